"""The main window: composes navigation, the demo banner, the three work areas and the status bar.

It only composes and routes: the panels own their behaviour, the actions table owns the menus
and every shortcut (work-area commands go to the current panel, see ``work_area``), the
composition root (``app.py``) owns start-up and shutdown.

"Insert into ticket" is routed here (``bus.set_insert_router``) to exactly one editor: the
new-ticket form when it was the last-used editor (or a ticket is in progress there), else the
follow-up composer when a ticket is open in the history; the window then switches to that area.
When neither can take the text the Help Center copies it to the clipboard instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop import APP_NAME
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.diagnostics import diagnostics_text
from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel
from contiple_desktop.ui.history.panel import HistoryPanel
from contiple_desktop.ui.shell.actions import ActionSpec, build_menus
from contiple_desktop.ui.shell.call_commands import CallCommands
from contiple_desktop.ui.shell.demo_banner import DemoBanner
from contiple_desktop.ui.shell.dialogs import AboutDialog, ShortcutsDialog
from contiple_desktop.ui.shell.navigation import AREA_IDS, NavigationList, area_text
from contiple_desktop.ui.shell.status_bar import ShellStatusBar
from contiple_desktop.ui.shell.windowing import bring_to_front
from contiple_desktop.ui.shell.work_area import command
from contiple_desktop.ui.ticket.panel import NewTicketPanel

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)
EDITOR_AREAS = ("ticket", "history")


class MainWindow(CallCommands, QMainWindow):
    """The application window (the Call menu and the hand-off: ``CallCommands``).

    Signals:
        area_changed(str): the visible work area changed ("helpcenter", "ticket", "history").
        profiles_requested(): File ▸ Connection profiles… or the demo banner's button.
        closing(): the window is about to close (the composition root runs the shutdown sequence).
    """

    area_changed = Signal(str)
    profiles_requested = Signal()
    closing = Signal()

    def __init__(self, ctx: AppContext, *, ui_language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ui_language = ui_language
        self._closing = False
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)

        self.helpcenter = HelpCenterPanel(ctx)
        self.ticket = NewTicketPanel(ctx)
        self.history = HistoryPanel(ctx)
        self.panels: dict[str, QWidget] = {
            "helpcenter": self.helpcenter,
            "ticket": self.ticket,
            "history": self.history,
        }
        self.last_editor = ""  # "ticket" | "history": the editor the agent used last
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("work-area")
        for area in AREA_IDS:
            self.stack.addWidget(self.panels[area])

        self.navigation = NavigationList(self)
        self.banner = DemoBanner(self)
        self.header = QLabel(self)
        self.header.setObjectName("area-header")
        self.header.setAccessibleName(self.tr("Current work area"))
        self.setCentralWidget(self._compose())
        self.status = ShellStatusBar(ctx.session, ctx.runner, self)
        self.setStatusBar(self.status)
        self.actions_by_id = build_menus(self.menuBar(), self, self._resolve)

        self.navigation.area_selected.connect(self.go)
        self.banner.connect_requested.connect(self.profiles_requested)
        ctx.bus.navigate.connect(self.go)
        ctx.bus.show_customer.connect(lambda _code: self.go("history"))
        ctx.bus.new_ticket_for.connect(lambda _data: self.go("ticket"))
        ctx.bus.set_insert_router(self.route_insert)
        self.connect_calls()  # bus.call_started → start_call; the call card's buttons
        self.destroyed.connect(lambda *_: _drop_router(ctx))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.ticket.usercode_entered.connect(lambda _code: self._mark_editor("ticket"))
        ctx.session.changed.connect(self._session_changed)
        ctx.session.language_changed.connect(self._content_language_changed)
        self._session_changed()
        ui_action = self.actions_by_id.get(f"ui_lang_{ui_language}")
        if ui_action is not None:
            ui_action.setChecked(True)
        self.restore_state()

    # -- composition -------------------------------------------------------------------
    def _compose(self) -> QWidget:
        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        brand = QLabel(APP_NAME, sidebar)
        brand.setObjectName("brand")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(10, 16, 10, 10)
        side.setSpacing(12)
        side.addWidget(brand)
        side.addWidget(self.navigation, 1)

        content = QWidget(self)
        content.setObjectName("content")
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.banner)
        header_box = QVBoxLayout()
        header_box.setContentsMargins(18, 14, 18, 4)
        header_box.addWidget(self.header)
        body.addLayout(header_box)
        stack_box = QVBoxLayout()
        stack_box.setContentsMargins(10, 0, 10, 6)
        stack_box.addWidget(self.stack, 1)
        body.addLayout(stack_box, 1)

        root = QWidget(self)
        layout = QHBoxLayout(root)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(content, 1)
        return root

    def _resolve(self, spec: ActionSpec) -> Callable[..., None]:
        method = getattr(self, spec.handler)
        if spec.arg is None:
            return lambda *_: method()
        arg = spec.arg
        return lambda *_: method(arg)

    # -- navigation ----------------------------------------------------------------------
    @property
    def current_area(self) -> str:
        return AREA_IDS[self.stack.currentIndex()]

    @Slot(str)
    def go(self, area: str) -> None:
        if area not in self.panels:
            log.debug("unknown area %r", area)
            return
        changed = area != self.current_area or self.header.text() == ""
        self.stack.setCurrentWidget(self.panels[area])
        self.navigation.blockSignals(True)
        self.navigation.select_area(area)
        self.navigation.blockSignals(False)
        self.header.setText(area_text(area))
        if area in EDITOR_AREAS:
            self._mark_editor(area)
        if changed:
            self.area_changed.emit(area)

    # -- work-area commands (actions table) ----------------------------------------------
    def _run(self, area: str, name: str) -> bool:
        method = command(self.panels[area], name)
        if method is None:
            return False
        method()
        return True

    def focus_search(self) -> None:
        """Ctrl+F: the search/filter box of the current area."""
        self._run(self.current_area, "focus_search")

    def refresh_area(self) -> None:
        """F5: reload the current area."""
        self._run(self.current_area, "refresh")

    def submit_area(self) -> None:
        """Ctrl+Enter: submit the ticket or send the follow-up (current area only)."""
        self._run(self.current_area, "submit")

    def focus_ticket_caller(self) -> None:
        """Ctrl+Shift+U: the new-ticket form's caller user code."""
        self.go("ticket")
        self._run("ticket", "focus_caller")

    def focus_ticket_type(self) -> None:
        """Ctrl+Shift+T: the new-ticket form's inquiry-type filter."""
        self.go("ticket")
        self._run("ticket", "focus_search")

    # -- insert into ticket ----------------------------------------------------------------
    def _mark_editor(self, area: str) -> None:
        self.last_editor = area

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        if self.ticket.isAncestorOf(new):
            self._mark_editor("ticket")
        elif self.history.detail.composer.isAncestorOf(new):
            self._mark_editor("history")

    def insert_target(self) -> str:
        """The area whose editor takes "Insert into ticket" now.

        The last-used editor wins (the ticket form, or the follow-up composer of an open ticket);
        with neither in use, the agent is starting from an answer, so a new ticket takes it.
        """
        ticket_ok = self.last_editor == "ticket" or self.ticket.in_progress()
        order = ("ticket", "history") if self.last_editor != "history" else ("history", "ticket")
        for area in order:
            if area == "ticket" and ticket_ok:
                return area
            if area == "history" and self.history.can_insert():
                return area
        return "ticket"

    def route_insert(self, text: str) -> bool:
        """The bus's insert router: exactly one editor takes ``text``; then show that area."""
        area = self.insert_target()
        if not area:
            return False
        panel = self.ticket if area == "ticket" else self.history
        previous = self.current_area
        self.go(area)  # first, so the editor is shown and can take the keyboard focus
        if panel.insert_text(text):
            return True
        self.go(previous)
        return False

    def find_caller(self) -> None:
        """Ctrl+L: customer history with the user-code search focused."""
        self.go("history")
        self.history.focus_search()

    # -- session -------------------------------------------------------------------------
    @Slot()
    def _session_changed(self) -> None:
        self.banner.setVisible(self.ctx.session.is_demo)
        self._content_language_changed(self.ctx.session.content_language)

    @Slot(str)
    def _content_language_changed(self, language: str) -> None:
        action = self.actions_by_id.get(f"content_lang_{language}")
        if action is not None:
            action.setChecked(True)

    def set_content_language(self, language: str) -> None:
        self.ctx.session.set_content_language(language)

    def set_interface_language(self, language: str) -> None:
        self.ctx.settings.ui_language = language
        if language == self._ui_language:
            return
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Interface language"),
            self.tr("The new interface language is used after Contiple Desktop restarts."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("restart-prompt")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    # -- help ----------------------------------------------------------------------------
    def show_profiles(self) -> None:
        self.profiles_requested.emit()

    def show_shortcuts(self) -> None:
        self._show_dialog(ShortcutsDialog(self))

    def show_about(self) -> None:
        self._show_dialog(AboutDialog(self))

    def _show_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        bring_to_front(dialog)

    def copy_diagnostics(self) -> None:
        QGuiApplication.clipboard().setText(diagnostics_text(self.ctx))
        self.status.showMessage(self.tr("Diagnostics copied to the clipboard."), 4000)

    # -- window state --------------------------------------------------------------------
    def restore_state(self) -> None:
        settings = self.ctx.settings
        geometry = settings.window_geometry
        restored = bool(geometry) and self.restoreGeometry(QByteArray(geometry))
        if not restored:
            self._default_geometry()
        if settings.window_state:
            self.restoreState(QByteArray(settings.window_state))
        last = settings.last_area
        self.go(last if last in self.panels else "helpcenter")

    def _default_geometry(self) -> None:
        width, height = DEFAULT_SIZE
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            avail = screen.availableGeometry()
            width = min(width, int(avail.width() * 0.95))
            height = min(height, int(avail.height() * 0.92))
            self.resize(width, height)
            frame = self.frameGeometry()
            frame.moveCenter(avail.center())
            self.move(frame.topLeft())
        else:
            self.resize(width, height)

    def save_state(self) -> None:
        settings = self.ctx.settings
        settings.window_geometry = bytes(self.saveGeometry().data())
        settings.window_state = bytes(self.saveState().data())
        settings.last_area = self.current_area

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            self._closing = True
            self.closing.emit()
        event.accept()
        super().closeEvent(event)


def _drop_router(ctx: AppContext) -> None:
    try:
        ctx.bus.set_insert_router(None)
    except RuntimeError:  # the bus went first (application shutdown)
        pass
