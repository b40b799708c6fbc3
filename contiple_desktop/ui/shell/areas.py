"""Work areas built on first use: placeholders in the window's stack, and the panels behind them.

The window starts with one ``AreaPlaceholder`` per work area (same accessible name as the panel
it stands for, a one-line skeleton text) and ``WorkAreas`` builds a panel when it is first
needed. Two ways in:

* ``get(area)`` builds at once (code such as ``window.ticket``; the panel module is imported on
  the GUI thread if it is not loaded yet);
* ``when_built(area, fn)`` / ``show(area)`` (navigation, the bus, keyboard commands) run ``fn``
  now when the area exists, else after it has been built. A panel's modules are imported on the
  GUI thread: they define Qt classes, and Qt types must not be created by a worker thread while
  the GUI thread renders (a worker import raced ``QTextCursor.insertHtml`` into a crash).

``build_soon(area)`` (the shown area at start-up) and ``prebuild`` import the panel's modules
one per event-loop turn first (``AREA_IMPORTS``: each turn pays for one module, not for the
whole chain), then build the panel in a turn of its own.

``prebuild(areas)`` builds areas nobody has opened yet, one per idle moment, *without* their
data: such a panel loads when it is first used (``start_loading()``), so no request is made for
an area the agent has not opened. The new-ticket and history panels are built *in stages*, one
per event-loop turn (``ui/steps.next_stage``: each was one 30–55 ms step): a panel is kept out
of the stack, and out of ``panel()``, until its last stage ran; asking for it meanwhile
(``get``, ``when_built``…) runs the stages left at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.navigation import AREA_IDS, area_text
from contiple_desktop.ui.steps import STEP_DELAY_MS, finish_stages, import_missing, next_stage

log = logging.getLogger(__name__)

PREBUILD_GAP_MS = 400
"""Between two areas built while idle: each is one GUI-thread step, let input in between."""

_D, _T, _U = "contiple_desktop.domain.", "contiple_desktop.tasks.", "contiple_desktop.ui."
AREA_IMPORTS: dict[str, tuple[str, ...]] = {
    "helpcenter": (
        _D + "content_models", _D + "models", _T + "helpcenter_ops", _D + "html_bounds", "nh3", _D + "html",
        _D + "snippets", _D + "fields", _D + "templates", "contiple_desktop.storage.profile_data",
        _T + "template_ops", _U + "attachment_list", _U + "html_render", _U + "html_view",
        _U + "helpcenter.detail", _U + "helpcenter.browse_tab",
        _U + "helpcenter.panel",
    ),
    "ticket": (
        _D + "models", _D + "fields", _T + "ticket_ops", _D + "html", _U + "ticket.field_base",
        _U + "ticket.caller", _U + "ticket.panel_drafts", _U + "ticket.call_binding", _U + "attachments",
        _T + "template_ops", _U + "desk.templates", _T + "outbox", _U + "history.status", _U + "desk.words",
        _U + "ticket.desk", _U + "ticket.layout", _U + "ticket.panel",
    ),
    "history": (
        _D + "models", _T + "history_ops", _T + "download_ops", _U + "attachment_list",
        _U + "desk.watch_button", _U + "attachments", _D + "snippets", _T + "template_ops",
        _U + "desk.snippets", _U + "history.composer", _U + "history.thread_view", _U + "history.detail",
        _U + "history.lookup", _U + "history.panel",
    ),
}  # fmt: skip
"""Each area's panel module and the heavier modules it imports, dependencies first (measured
with ``-X importtime``). Only a pacing hint: a module missing here is imported with the panel."""


def import_next(area: str) -> bool:
    """Import the first module of ``AREA_IMPORTS[area]`` not loaded yet; False when none is left."""
    return any(import_missing(name) for name in AREA_IMPORTS.get(area, ()))


class AreaPlaceholder(QWidget):
    """Stands in for a work area that is not built yet. Signals: none."""

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"{area}-placeholder")
        self.setAccessibleName(area_text(area))
        self.label = QLabel(self)
        self.label.setObjectName("area-placeholder-text")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.set_message("")

    def set_message(self, text: str) -> None:
        """What the area is waiting for ("Connecting to the demo workspace…"); empty: loading."""
        self.label.setText(text or QCoreApplication.translate("MainWindow", "Loading\u2026"))
        self.label.setAccessibleName(self.label.text())


def build_area(
    area: str, ctx: AppContext, *, load_now: bool = True, staged: bool = False, parent: QWidget | None = None
) -> QWidget:
    """Import and build the panel of ``area``; ``load_now=False`` defers its first requests to
    ``start_loading()`` (the Help Center always loads when it is first shown). ``staged=True``:
    the new-ticket and history panels come back with the rest of their construction still to
    run (``ui/steps.next_stage``); the Help Center is built whole."""
    if area == "helpcenter":
        from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel

        return HelpCenterPanel(ctx, parent)
    if area == "ticket":
        from contiple_desktop.ui.ticket.panel import NewTicketPanel

        return NewTicketPanel(ctx, parent, load_now=load_now, staged=staged)
    if area == "history":
        from contiple_desktop.ui.history.panel import HistoryPanel

        return HistoryPanel(ctx, parent, load_now=load_now, staged=staged)
    raise ValueError(f"unknown work area {area!r}")


class WorkAreas(QObject):
    """The panels of one window's stack, built on demand.

    Signals:
        built(str): the panel of an area was built (its name).
    """

    built = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        stack: QStackedWidget,
        wire: Callable[[str, QWidget], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._stack = stack
        self._wire = wire
        self._panels: dict[str, QWidget] = {}
        self._placeholders = {area: AreaPlaceholder(area) for area in AREA_IDS}
        self._waiting: dict[str, list[Callable[[QWidget], object]]] = {}
        self._unused: set[str] = set()  # prebuilt, not opened: loads nothing yet
        self._staging: dict[str, QWidget] = {}  # being prebuilt, a stage per turn (not in the stack)
        self._queue: list[str] = []  # areas to prebuild
        self.ready = False  # the window has been painted: areas may be built now
        for area in AREA_IDS:
            stack.addWidget(self._placeholders[area])

    # -- asking for an area ------------------------------------------------------------------
    def panel(self, area: str) -> QWidget | None:
        """The panel of ``area`` if it exists (never builds, never counts as use)."""
        return self._panels.get(area)

    def widget(self, area: str) -> QWidget:
        """What the stack shows for ``area``: its panel, or its placeholder."""
        return self._panels.get(area) or self._placeholders[area]

    def get(self, area: str) -> QWidget:
        """The panel of ``area``, built now if need be (this is using it)."""
        panel = self._panels.get(area)
        if panel is None:
            staged = self._staging.pop(area, None)
            if staged is None:
                return self._build(area, load_now=True)
            self._run_stages(area, staged, finish_stages)  # needed now: the stages left run in this turn
            panel = self._place(area, staged, load_now=False)
        if area in self._unused:
            self._unused.discard(area)
            start = getattr(panel, "start_loading", None)
            if callable(start):
                start()
        return panel

    def when_built(self, area: str, fn: Callable[[QWidget], object]) -> None:
        """``fn(panel)`` now if the area exists, else once it has been built."""
        if area in self._panels:
            fn(self.get(area))
            return
        self._waiting.setdefault(area, []).append(fn)
        self.prepare(area)

    def show(self, area: str) -> None:
        """Make ``area`` the stack's current page (its placeholder until it is built)."""
        if area in self._panels:
            self._stack.setCurrentWidget(self.get(area))
            return
        self._stack.setCurrentWidget(self._placeholders[area])
        if self.ready:
            self.prepare(area)

    def set_message(self, text: str) -> None:
        for placeholder in self._placeholders.values():
            placeholder.set_message(text)

    # -- building ----------------------------------------------------------------------------
    def prepare(self, area: str) -> None:
        """Build ``area`` (if it is not built yet)."""
        if area not in self._panels:
            self.get(area)

    def build_soon(self, area: str) -> None:
        """Build ``area`` in steps: its modules one per event-loop turn, then the panel (loading
        its data if it is still the one shown). Anything that needs the area meanwhile (``get``,
        ``show``…) builds it at once."""
        if area in self._panels:
            return
        if import_next(area):
            QTimer.singleShot(STEP_DELAY_MS, self, lambda: self.build_soon(area))
            return
        if self._stack.currentWidget() is self._placeholders[area]:
            self.prepare(area)
        else:  # the agent went elsewhere meanwhile: built like an idle one, it loads when used
            panel = self._build(area, load_now=False)
            QTimer.singleShot(STEP_DELAY_MS, self, lambda: self._lay_out(panel))

    def _build(self, area: str, *, load_now: bool) -> QWidget:
        return self._place(area, build_area(area, self._ctx, load_now=load_now), load_now=load_now)

    def _place(self, area: str, panel: QWidget, *, load_now: bool) -> QWidget:
        """Put the (complete) ``panel`` of ``area`` in the stack instead of its placeholder."""
        placeholder = self._placeholders.pop(area)
        shown = self._stack.currentWidget() is placeholder
        self._panels[area] = panel
        if not load_now:
            self._unused.add(area)
        if area in self._queue:
            self._queue.remove(area)
        self._stack.insertWidget(self._stack.indexOf(placeholder), panel)
        if shown:
            self._stack.setCurrentWidget(panel)
        self._stack.removeWidget(placeholder)
        placeholder.setParent(None)  # out of the window at once (it is deleted later)
        placeholder.deleteLater()
        self._wire(area, panel)
        self.built.emit(area)
        for fn in self._waiting.pop(area, []):
            fn(self.get(area))
        return panel

    def prebuild(self, areas: Sequence[str]) -> None:
        """Build these areas, one per idle moment, without loading their data."""
        self._queue = [a for a in areas if a not in self._panels and a not in self._queue] + self._queue
        QTimer.singleShot(PREBUILD_GAP_MS, self, self._prebuild_next)

    def _prebuild_next(self) -> None:
        self._queue = [a for a in self._queue if a not in self._panels]
        if not self._queue:
            return
        area = self._queue[0]
        staged = self._staging.get(area)
        if staged is None:
            if self._ctx.runner.active_count:  # busy: try again in a moment
                QTimer.singleShot(PREBUILD_GAP_MS, self, self._prebuild_next)
                return
            if not import_next(area):  # its modules first, one per turn; then its first stage
                panel = build_area(area, self._ctx, load_now=False, staged=True, parent=self._stack)
                self._staging[area] = panel
            QTimer.singleShot(STEP_DELAY_MS, self, self._prebuild_next)
            return
        if self._run_stages(area, staged, next_stage):  # one stage per turn
            QTimer.singleShot(STEP_DELAY_MS, self, self._prebuild_next)
            return
        del self._staging[area]
        panel = self._place(area, staged, load_now=False)
        QTimer.singleShot(STEP_DELAY_MS, self, lambda: self._lay_out(panel))
        if self._queue:
            QTimer.singleShot(PREBUILD_GAP_MS, self, self._prebuild_next)

    def _run_stages(self, area: str, panel: QWidget, run: Callable[[QWidget], object]) -> object:
        """``run(panel)``; if a stage raises, the half-built panel is dropped (the error goes on
        to the error presenter), the other idle builds go on, and the area is built afresh when
        it is next needed."""
        try:
            return run(panel)
        except BaseException:
            self._staging.pop(area, None)
            self._queue = [a for a in self._queue if a != area]
            panel.setParent(None)
            panel.deleteLater()
            if self._queue:
                QTimer.singleShot(PREBUILD_GAP_MS, self, self._prebuild_next)
            raise

    def _lay_out(self, panel: QWidget) -> None:
        """Polish and lay out a prebuilt, hidden panel at the stack's size (its own step), so
        that showing it for the first time only paints."""
        if panel.isVisible():
            return
        for child in panel.findChildren(QWidget):
            child.ensurePolished()
        panel.resize(self._stack.size())
        layout = panel.layout()
        if layout is not None:
            layout.activate()
