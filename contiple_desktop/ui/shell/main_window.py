"""The main window: composes navigation, the demo banner, the three work areas and the status bar.

It only composes and routes: the panels own their behaviour, the actions table owns the menus
and every shortcut (work-area commands go to the current panel, see ``work_area``), the
composition root (``app.py``) owns start-up and shutdown.

**Areas are built on first use** (``areas.py``): the window paints first with a placeholder per
area, then builds the shown area right after its first exposure (``first_shown``). A hidden area
is built when it is shown, when the bus asks for it (``new_ticket_for``, ``show_customer``,
``show_ticket``, "Insert into ticket"), by a keyboard command, or when code reads
``window.helpcenter`` / ``window.ticket`` / ``window.history`` (properties that build it). The
first bus request for an area that is built by it is handed to the new panel here (a slot
connected while a signal is emitted does not receive that emission).

"Insert into ticket" is routed here (``bus.set_insert_router``) to exactly one editor: the
new-ticket form when it was the last-used editor (or a ticket is in progress there), else the
follow-up composer when a ticket is open in the history; the window then switches to that area.
When neither can take the text the Help Center copies it to the clipboard instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop import APP_NAME
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.actions import ActionSpec, build_menus
from contiple_desktop.ui.shell.areas import WorkAreas
from contiple_desktop.ui.shell.demo_banner import DemoBanner
from contiple_desktop.ui.shell.navigation import AREA_IDS, NavigationList, area_text
from contiple_desktop.ui.shell.status_bar import ShellStatusBar
from contiple_desktop.ui.shell.windowing import bring_to_front
from contiple_desktop.ui.shell.work_area import command

if TYPE_CHECKING:
    from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel
    from contiple_desktop.ui.history.panel import HistoryPanel
    from contiple_desktop.ui.ticket.panel import NewTicketPanel

log = logging.getLogger(__name__)

DEFAULT_SIZE = (1280, 800)
EDITOR_AREAS = ("ticket", "history")


class MainWindow(QMainWindow):
    """The application window.

    Signals:
        area_changed(str): the visible work area changed ("helpcenter", "ticket", "history").
        area_built(str): a work area's panel was built (first use).
        first_shown(): the window was first exposed and painted (start-up continues from here).
        profiles_requested(): File ▸ Connection profiles… or the demo banner's button.
        closing(): the window is about to close (the composition root runs the shutdown sequence).
    """

    area_changed = Signal(str)
    area_built = Signal(str)
    first_shown = Signal()
    profiles_requested = Signal()
    closing = Signal()

    def __init__(self, ctx: AppContext, *, ui_language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ui_language = ui_language
        self._closing = False
        self._connecting = ""
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)

        self.last_editor = ""  # "ticket" | "history": the editor the agent used last
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("work-area")
        self.areas = WorkAreas(ctx, self.stack, self._wire, self)
        self.areas.built.connect(self.area_built)

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
        ctx.bus.show_customer.connect(self._route_show_customer)
        ctx.bus.show_ticket.connect(self._route_show_ticket)
        ctx.bus.new_ticket_for.connect(self._route_new_ticket_for)
        ctx.bus.set_insert_router(self.route_insert)
        self.destroyed.connect(lambda *_: _drop_router(ctx))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        ctx.session.changed.connect(self._session_changed)
        ctx.session.language_changed.connect(self._content_language_changed)
        self._session_changed()
        ui_action = self.actions_by_id.get(f"ui_lang_{ui_language}")
        if ui_action is not None:
            ui_action.setChecked(True)
        self.restore_state()

    # -- work areas, built on first use ------------------------------------------------------
    @property
    def helpcenter(self) -> HelpCenterPanel:
        return cast("HelpCenterPanel", self.areas.get("helpcenter"))

    @property
    def ticket(self) -> NewTicketPanel:
        return cast("NewTicketPanel", self.areas.get("ticket"))

    @property
    def history(self) -> HistoryPanel:
        return cast("HistoryPanel", self.areas.get("history"))

    def built(self, area: str) -> QWidget | None:
        """The panel of ``area`` if it has been built, else None (never builds)."""
        return self.areas.panel(area)

    def area(self, area: str) -> QWidget:
        """The panel of ``area``, built now if it was not yet."""
        return self.areas.get(area)

    def _wire(self, area: str, panel: QWidget) -> None:
        connecting = getattr(panel, "set_connecting", None)
        if self._connecting and callable(connecting):
            connecting(self._connecting)
        if area == "ticket":
            cast("NewTicketPanel", panel).usercode_entered.connect(lambda _code: self._mark_editor("ticket"))

    def set_connecting(self, text: str) -> None:
        """Say what the window waits for ("Connecting to the demo workspace…"); "" clears it.

        Shown in the status bar and by areas not built yet; a connection clears it."""
        self._connecting = text
        self.status.set_pending(text)
        self.areas.set_message(text)
        for area in AREA_IDS:
            connecting = getattr(self.areas.panel(area), "set_connecting", None)
            if callable(connecting):
                connecting(text)

    def prebuild_hidden_areas(self) -> None:
        """Build the areas not opened yet while the app is idle (their data loads when used)."""
        self.areas.prebuild([a for a in AREA_IDS if a != self.current_area])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if not self.areas.ready and handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.areas.ready
            and watched is self.windowHandle()
            and event.type() == QEvent.Type.Expose
            and self.windowHandle().isExposed()
        ):
            watched.removeEventFilter(self)
            self.areas.ready = True
            QTimer.singleShot(0, self, self._after_first_paint)  # the first frame is on screen now
        return super().eventFilter(watched, event)

    @Slot()
    def _after_first_paint(self) -> None:
        self.first_shown.emit()  # start-up goes on (connecting) while the shown area is built
        self.areas.prepare(self.current_area)

    # -- bus requests for an area that may not be built yet -------------------------------------
    @Slot(str)
    def _route_show_customer(self, usercode: str) -> None:
        if self.areas.panel("history") is None:  # its own bus slot missed this emission
            self.areas.when_built(
                "history", lambda panel: cast("HistoryPanel", panel).show_customer(usercode)
            )
        self.go("history")

    @Slot(str, str)
    def _route_show_ticket(self, usercode: str, ticket_id: str) -> None:
        if self.areas.panel("history") is None:
            self.areas.when_built(
                "history", lambda panel: cast("HistoryPanel", panel).show_ticket(usercode, ticket_id)
            )
        self.go("history")

    @Slot(dict)
    def _route_new_ticket_for(self, data: dict[str, Any]) -> None:
        if self.areas.panel("ticket") is None:
            self.areas.when_built("ticket", lambda panel: cast("NewTicketPanel", panel).prefill_caller(data))
        self.go("ticket")

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
        """Show ``area`` (built now, or right after the first paint while the window starts)."""
        if area not in AREA_IDS:
            log.debug("unknown area %r", area)
            return
        changed = area != self.current_area or self.header.text() == ""
        self.areas.show(area)
        self.navigation.blockSignals(True)
        self.navigation.select_area(area)
        self.navigation.blockSignals(False)
        self.header.setText(area_text(area))
        if area in EDITOR_AREAS:
            self._mark_editor(area)
        if changed:
            self.area_changed.emit(area)

    # -- work-area commands (actions table) ----------------------------------------------
    def _run(self, area: str, name: str) -> None:
        """Call the panel's command (once the area is built, when it is not yet)."""

        def run(panel: QWidget) -> None:
            method = command(panel, name)
            if method is not None:
                method()

        self.areas.when_built(area, run)

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
        ticket, history = self.areas.panel("ticket"), self.areas.panel("history")
        if ticket is not None and ticket.isAncestorOf(new):
            self._mark_editor("ticket")
        elif history is not None and cast("HistoryPanel", history).detail.composer.isAncestorOf(new):
            self._mark_editor("history")

    def insert_target(self) -> str:
        """The area whose editor takes "Insert into ticket" now.

        The last-used editor wins (the ticket form, or the follow-up composer of an open ticket);
        with neither in use, the agent is starting from an answer, so a new ticket takes it.
        """
        ticket = cast("NewTicketPanel | None", self.areas.panel("ticket"))
        history = cast("HistoryPanel | None", self.areas.panel("history"))
        ticket_ok = self.last_editor == "ticket" or (ticket is not None and ticket.in_progress())
        order = ("ticket", "history") if self.last_editor != "history" else ("history", "ticket")
        for area in order:
            if area == "ticket" and ticket_ok:
                return area
            if area == "history" and history is not None and history.can_insert():
                return area
        return "ticket"

    def route_insert(self, text: str) -> bool:
        """The bus's insert router: exactly one editor takes ``text``; then show that area.

        A new ticket not built yet takes it once it is (the form always accepts)."""
        area = self.insert_target()
        if not area:
            return False
        if self.areas.panel(area) is None:
            self.areas.when_built(area, lambda panel: cast("NewTicketPanel", panel).insert_text(text))
            self.go(area)
            return True
        panel = cast("NewTicketPanel | HistoryPanel", self.areas.get(area))
        previous = self.current_area
        self.go(area)  # first, so the editor is shown and can take the keyboard focus
        if panel.insert_text(text):
            return True
        self.go(previous)
        return False

    def find_caller(self) -> None:
        """Ctrl+L: customer history with the user-code search focused."""
        self.go("history")
        self._run("history", "focus_search")

    # -- session -------------------------------------------------------------------------
    @Slot()
    def _session_changed(self) -> None:
        if self._connecting and self.ctx.session.client is not None:
            self.set_connecting("")
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
        from PySide6.QtWidgets import QMessageBox

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
        from contiple_desktop.ui.shell.dialogs import ShortcutsDialog

        self._show_dialog(ShortcutsDialog(self))

    def show_about(self) -> None:
        from contiple_desktop.ui.shell.dialogs import AboutDialog

        self._show_dialog(AboutDialog(self))

    def _show_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        bring_to_front(dialog)

    def copy_diagnostics(self) -> None:
        from contiple_desktop.ui.diagnostics import diagnostics_text

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
        self.go(last if last in AREA_IDS else "helpcenter")

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
