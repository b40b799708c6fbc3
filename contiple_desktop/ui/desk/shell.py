"""The desk in the main window: status bar entries, the badge, the notifier and the Tools menu.

``DeskShell`` is built with the window's shell (``ui.shell.frame.frame_stages``: the status bar
and the navigation exist then) and found with ``desk_shell(window)``. The desk engines
(``ctx.desk``) may come later (the application starts them once the session has a profile,
``startup.start_desk``); ``attach()`` then adds "Outbox: N" to the status bar (click: the
outbox view), the badge over "Customer history" and the ``WatchNotifier`` (OS notifications
where the desktop has a system tray, else a note in the status bar), and says in the status bar
when the outbox filed a ticket or needs the agent. Its modules load only then: none of them is
part of the first frame.

``run(command)`` serves the Tools menu (``ui.shell.actions``: entries with handler ``"desk"``):

==================  =============  ===============================================================
command             key            does
==================  =============  ===============================================================
``outbox``          Ctrl+Shift+B   the outbox view
``watched``                        the watched tickets (and the retention)
``latest_update``   Ctrl+Shift+W   open the newest changed watched ticket
``apply_template``  Ctrl+T         the template picker of the new-ticket form
``save_template``                  "Save form as template" (name asked inline)
``manage_templates``               rename, delete, import, export
``insert_snippet``  Ctrl+Shift+S   the reply-snippet picker; the text goes to the active editor
==================  =============  ===============================================================

Windows are made on first use and kept (one of each); they are non-modal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QListWidget, QMainWindow, QStatusBar, QWidget

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.formatting import fill

if TYPE_CHECKING:
    from contiple_desktop.ui.desk.outbox_view import OutboxWindow
    from contiple_desktop.ui.desk.snippets import SnippetPicker
    from contiple_desktop.ui.desk.status import OutboxCount, WatchNote
    from contiple_desktop.ui.desk.template_manager import TemplateManager
    from contiple_desktop.ui.desk.tray import HistoryBadge, WatchNotifier
    from contiple_desktop.ui.desk.watch_view import WatchedWindow
    from contiple_desktop.ui.shell.main_window import MainWindow

OBJECT_NAME = "desk-shell"
STATUS_MESSAGE_MS = 6000
COMMANDS = (
    "outbox",
    "watched",
    "latest_update",
    "apply_template",
    "save_template",
    "manage_templates",
    "insert_snippet",
)


def desk_shell(window: QObject) -> DeskShell | None:
    """The desk part of ``window`` (None before its shell is built)."""
    return window.findChild(DeskShell, OBJECT_NAME)


def _show(widget: QWidget) -> None:
    from contiple_desktop.ui.shell.windowing import bring_to_front

    bring_to_front(widget)


class DeskShell(QObject):
    """The desk's parts of one main window. Signals: none."""

    def __init__(
        self, window: QMainWindow, ctx: AppContext, status: QStatusBar, navigation: QListWidget
    ) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.main = window
        self.ctx = ctx
        self.status = status
        self.navigation = navigation
        self.outbox_window: OutboxWindow | None = None
        self.watched_window: WatchedWindow | None = None
        self.template_manager: TemplateManager | None = None
        self.snippets: SnippetPicker | None = None
        self.count: OutboxCount | None = None
        self.notifier: WatchNotifier | None = None
        self.badge: HistoryBadge | None = None
        self.note: WatchNote | None = None
        self.attach()

    @property
    def window(self) -> MainWindow:
        return cast("MainWindow", self.main)

    def attach(self) -> None:
        """Show the desk engines' state (once ``ctx.desk`` is set; again: nothing)."""
        engines = self.ctx.desk
        if engines is None or self.count is not None:
            return
        from contiple_desktop.ui.desk.status import OutboxCount, WatchNote
        from contiple_desktop.ui.desk.tray import HistoryBadge, WatchNotifier

        outbox, status = engines.outbox, self.status
        self.count = OutboxCount(outbox, status)
        status.addPermanentWidget(self.count)
        self.count.clicked.connect(self.show_outbox)
        outbox.sent.connect(self._filed)
        outbox.attention.connect(self._attention)
        notifier = self.notifier = WatchNotifier(self.ctx, engines.watch, self)
        self.badge = HistoryBadge(self.navigation)
        self.badge.clicked.connect(notifier.open_latest)
        notifier.unseen_changed.connect(self.badge.set_count)
        if not notifier.uses_tray:
            self.note = WatchNote(status)
            status.addPermanentWidget(self.note)
            self.note.clicked.connect(notifier.open_latest)
            notifier.unseen_changed.connect(self.note.set_count)
        notifier.unseen_changed.emit(engines.watch.unseen_count)

    def _say(self, text: str) -> None:
        self.status.showMessage(text, STATUS_MESSAGE_MS)

    @Slot()
    def _not_inserted(self) -> None:
        self._say(self.tr("Open a ticket or a follow-up first, then insert the snippet."))

    @Slot(str)
    def _attention(self, _item_id: str) -> None:
        self._say(self.tr("A ticket in the outbox needs you (Ctrl+Shift+B)."))

    @Slot(str, str)
    def _filed(self, _item_id: str, ticket_id: str) -> None:
        if ticket_id:
            self._say(fill(self.tr("The outbox filed ticket %1."), ticket_id))

    # -- the Tools menu --------------------------------------------------------------------
    def run(self, command: str) -> None:
        if command not in COMMANDS:
            raise ValueError(f"unknown desk command {command!r}")
        getattr(self, command if command != "outbox" else "show_outbox")()

    @Slot()
    def show_outbox(self) -> None:
        engines = self.ctx.desk
        if engines is None:
            self._say(self.tr("The outbox is not available yet."))
            return
        if self.outbox_window is None:
            from contiple_desktop.ui.desk.outbox_view import OutboxWindow

            self.outbox_window = OutboxWindow(self.ctx, engines.outbox, self.main)
        _show(self.outbox_window)

    def watched(self) -> None:
        engines = self.ctx.desk
        if engines is None:
            self._say(self.tr("The watch list is not available yet."))
            return
        if self.watched_window is None:
            from contiple_desktop.ui.desk.watch_view import WatchedWindow

            self.watched_window = WatchedWindow(self.ctx, engines.watch, self.main)
        _show(self.watched_window)

    def latest_update(self) -> None:
        if self.notifier is None or not self.notifier.open_latest():
            self._say(self.tr("No watched ticket has changed."))

    def apply_template(self) -> None:
        self.window.go("ticket")
        self.window.ticket.desk.templates.open_picker()

    def save_template(self) -> None:
        self.window.go("ticket")
        self.window.ticket.desk.templates.ask_name()

    def manage_templates(self) -> None:
        if self.template_manager is None:
            from contiple_desktop.ui.desk.template_manager import TemplateManager

            self.template_manager = TemplateManager(self.ctx, self._type_name, self.main)
            self.template_manager.apply_requested.connect(self._apply_from_manager)
        else:
            self.template_manager.reload()
        _show(self.template_manager)

    def _type_name(self, category_id: int) -> str:
        model = self.window.ticket.picker.model
        return model.path_names(category_id) if model.category_by_id(category_id) is not None else ""

    def _apply_from_manager(self, template: object) -> None:
        self.window.go("ticket")
        self.window.ticket.desk.templates.apply(template)

    def insert_snippet(self) -> None:
        if self.snippets is None:
            from contiple_desktop.ui.desk.snippets import SnippetPicker

            self.snippets = SnippetPicker(self.ctx, self.main)
            self.snippets.not_inserted.connect(self._not_inserted)
        self.snippets.open(self.window.area(self.window.current_area), self.ctx.bus.request_insert)
