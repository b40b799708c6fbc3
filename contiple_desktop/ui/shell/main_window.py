"""The main window: composes navigation, the demo banner, the three work areas and the status bar.

It only composes and routes: the panels own their behaviour, the actions table owns the menus
and every shortcut (work-area commands go to the current panel, see ``work_area``), the
composition root (``app.py``) owns start-up and shutdown.

**The first frame waits for almost nothing.** With ``defer_shell=True`` (the application) the
first frame is an outline of plain widgets (``skeleton.py``; this module does not touch the ``Qt``
namespace before it); the shell (``frame.py``) follows in GUI steps.
Any attribute that needs the shell (``navigation``, ``status``, ``areas``…) builds it when read
earlier. Without it (tests) the shell is built in the constructor.

**Areas are built on first use** (``areas.py``): a placeholder per area, the shown one built right
after the first exposure (``first_shown``); a hidden one when it is shown, asked for by the bus
(``routing.py``), a keyboard command, or ``window.helpcenter`` / ``.ticket`` / ``.history``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from contiple_desktop import APP_NAME
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell import routing
from contiple_desktop.ui.shell.area_names import AREA_IDS, area_text
from contiple_desktop.ui.shell.call_commands import CallCommands
from contiple_desktop.ui.shell.window_state import restore_window, save_window
from contiple_desktop.ui.shell.work_area import command

if TYPE_CHECKING:  # the shell's widgets load when it is built (after the first frame)
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QStackedWidget

    from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel
    from contiple_desktop.ui.history.panel import HistoryPanel
    from contiple_desktop.ui.shell.actions import ActionSpec
    from contiple_desktop.ui.shell.areas import WorkAreas
    from contiple_desktop.ui.shell.demo_banner import DemoBanner
    from contiple_desktop.ui.shell.frame import ShellParts
    from contiple_desktop.ui.shell.navigation import NavigationList
    from contiple_desktop.ui.shell.status_bar import ShellStatusBar
    from contiple_desktop.ui.steps import Steps
    from contiple_desktop.ui.ticket.panel import NewTicketPanel

log = logging.getLogger(__name__)

EDITOR_AREAS = ("ticket", "history")


class MainWindow(CallCommands, QMainWindow):
    """The application window (the New ticket area's keys, the Call menu, the hand-off: ``CallCommands``).

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

    def __init__(
        self,
        ctx: AppContext,
        *,
        ui_language: str = "en",
        parent: QWidget | None = None,
        defer_shell: bool = False,
        before_shell: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ui_language = ui_language
        self._closing = False
        self._painted = False
        self._connecting = ""
        self._parts: ShellParts | None = None
        self._areas: WorkAreas | None = None
        self._actions: dict[str, QAction] = {}
        self._area = ""  # the area to show (kept until the shell exists)
        self._before_shell = before_shell  # e.g. the application's style: not needed by the outline
        self._shell_steps: Steps | None = None
        self._frame: Iterator[ShellParts | None] | None = None  # the shell's widgets, in stages
        self.last_editor = ""  # "ticket" | "history": the editor the agent used last
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        ctx.bus.navigate.connect(self.go)
        ctx.bus.show_customer.connect(self._route_show_customer)
        ctx.bus.show_ticket.connect(self._route_show_ticket)
        ctx.bus.new_ticket_for.connect(self._route_new_ticket_for)
        ctx.bus.set_insert_router(self.route_insert)
        self.connect_calls()  # bus.call_started → start_call; the call card's buttons
        self.destroyed.connect(lambda *_: _drop_router(ctx))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        if defer_shell:
            from contiple_desktop.ui.shell.skeleton import ShellSkeleton

            self.setCentralWidget(ShellSkeleton("", self))
        else:
            self._build_shell()
        self.restore_state()

    # -- the shell ---------------------------------------------------------------------------
    def _build_shell(self) -> ShellParts:
        """Navigation, banner, header, work-area stack, status bar and menus (once)."""
        if self._parts is not None:
            return self._parts
        from contiple_desktop.ui.shell.actions import build_menus
        from contiple_desktop.ui.shell.areas import WorkAreas
        from contiple_desktop.ui.shell.frame import finish_frame

        self._apply_before_shell()
        parts = finish_frame(self._frame_stages())
        self._parts = parts
        self._areas = WorkAreas(self.ctx, parts.stack, self._wire, self)
        # not ready until start_areas (right after the first frame) builds the shown area in steps
        self._areas.built.connect(self.area_built)
        self._actions = build_menus(self.menuBar(), self, self._resolve)
        parts.navigation.area_selected.connect(self.go)
        parts.banner.connect_requested.connect(self.profiles_requested)
        self.ctx.session.changed.connect(self._session_changed)
        self.ctx.session.language_changed.connect(self._content_language_changed)
        ui_action = self._actions.get(f"ui_lang_{self._ui_language}")
        if ui_action is not None:
            ui_action.setChecked(True)
        if self._connecting:
            self.set_connecting(self._connecting)
        self._session_changed()
        if self._area:
            self.go(self._area)
        return parts

    def _frame_stages(self) -> Iterator[ShellParts | None]:
        from contiple_desktop.ui.shell.frame import frame_stages

        self._frame = self._frame or frame_stages(self, self.ctx)
        return self._frame

    def _apply_before_shell(self) -> None:
        before, self._before_shell = self._before_shell, None
        if before is not None:
            before()

    @property
    def navigation(self) -> NavigationList:
        return self._build_shell().navigation

    @property
    def banner(self) -> DemoBanner:
        return self._build_shell().banner

    @property
    def header(self) -> QLabel:
        return self._build_shell().header

    @property
    def stack(self) -> QStackedWidget:
        return self._build_shell().stack

    @property
    def status(self) -> ShellStatusBar:
        return self._build_shell().status

    @property
    def areas(self) -> WorkAreas:
        self._build_shell()
        assert self._areas is not None
        return self._areas

    @property
    def actions_by_id(self) -> dict[str, QAction]:
        self._build_shell()
        return self._actions

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
        """The panel of ``area`` if it has been built, else None (never builds, not even the shell)."""
        return None if self._areas is None else self._areas.panel(area)

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

        Shown in the first frame, the status bar and by areas not built yet; a connection
        clears it."""
        self._connecting = text
        if self._parts is None:
            skeleton = self.centralWidget()
            set_message = getattr(skeleton, "set_message", None)
            if callable(set_message):
                set_message(text)
            return
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
        if not self._painted and handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._painted
            and watched is self.windowHandle()
            and event.type() == QEvent.Type.Expose
            and self.windowHandle().isExposed()
        ):
            watched.removeEventFilter(self)
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)  # the first frame is on screen now
        return super().eventFilter(watched, event)

    @Slot()
    def _after_first_paint(self) -> None:
        self.first_shown.emit()  # start-up goes on (connecting) while the shown area is built
        self.start_areas()

    def start_areas(self) -> None:
        """The shell, then the shown area, in steps (``ui/steps.py``, ``WorkAreas.build_soon``)
        after the first frame, or when none came in time (the application calls it then)."""
        if self._parts is None:
            if self._shell_steps is None:
                from contiple_desktop.ui.steps import Steps, import_step

                names = ("navigation", "frame", "actions", "areas")
                steps = [import_step(f"contiple_desktop.ui.shell.{m}") for m in names]
                # the style, FRAME_STAGES - 1 stages (none once reading a part built the shell), the rest
                stage = lambda: self._parts or next(self._frame_stages(), None)  # noqa: E731
                steps += [self._apply_before_shell, stage, stage, self._build_shell, self.start_areas]
                self._shell_steps = Steps(self, steps)  # (from the next turn on)
            return
        areas = self.areas
        if not areas.ready:
            areas.ready = True
            areas.build_soon(self.current_area)

    # -- bus requests for an area that may not be built yet (``routing``) ----------------------
    @Slot(str)
    def _route_show_customer(self, usercode: str) -> None:
        routing.show_customer(self, usercode)

    @Slot(str, str)
    def _route_show_ticket(self, usercode: str, ticket_id: str) -> None:
        routing.show_ticket(self, usercode, ticket_id)

    @Slot(dict)
    def _route_new_ticket_for(self, data: dict[str, Any]) -> None:
        routing.new_ticket_for(self, data)

    # -- actions --------------------------------------------------------------------------
    def _resolve(self, spec: ActionSpec) -> Callable[..., None]:
        method = getattr(self, spec.handler)
        if spec.arg is None:
            return lambda *_: method()
        arg = spec.arg
        return lambda *_: method(arg)

    # -- navigation ----------------------------------------------------------------------
    @property
    def current_area(self) -> str:
        if self._parts is None:
            return self._area or AREA_IDS[0]
        return AREA_IDS[self.stack.currentIndex()]

    @Slot(str)
    def go(self, area: str) -> None:
        """Show ``area`` (built now, or right after the first paint while the window starts)."""
        if area not in AREA_IDS:
            log.debug("unknown area %r", area)
            return
        if self._parts is None:  # the first frame is still to come: show it once the shell is there
            self._area = area
            return
        self._area = area
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

    # -- insert into ticket ----------------------------------------------------------------
    def _mark_editor(self, area: str) -> None:
        self.last_editor = area

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self._areas is None:  # (never builds the shell: its steps may be under way)
            return
        ticket, history = self._areas.panel("ticket"), self._areas.panel("history")
        if ticket is not None and ticket.isAncestorOf(new):
            self._mark_editor("ticket")
        elif history is not None and cast("HistoryPanel", history).detail.composer.isAncestorOf(new):
            self._mark_editor("history")

    def insert_target(self) -> str:
        """The area whose editor takes "Insert into ticket" now (``routing``)."""
        return routing.insert_target(self)

    def route_insert(self, text: str) -> bool:
        """The bus's insert router: exactly one editor takes ``text``; then show that area."""
        return routing.route_insert(self, text)

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
        from contiple_desktop.ui.shell.dialogs import show_restart_prompt

        show_restart_prompt(self)

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
        from contiple_desktop.ui.shell.windowing import show_dialog

        show_dialog(dialog)

    def copy_diagnostics(self) -> None:
        from contiple_desktop.ui.diagnostics import diagnostics_text

        QGuiApplication.clipboard().setText(diagnostics_text(self.ctx))
        self.status.showMessage(self.tr("Diagnostics copied to the clipboard."), 4000)

    # -- window state (``window_state.py``) ---------------------------------------------------
    def restore_state(self) -> None:
        restore_window(self, shell_built=self._parts is not None)

    def save_state(self) -> None:
        save_window(self, shell_built=self._parts is not None)

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
