"""Areas built while idle are built in stages (``ui/steps.next_stage``), one per event-loop turn.

A staged panel must end up the very panel a build at once gives, and asking for it while its
stages run must finish it then and there: one panel, in the stack, loading its data.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.history.panel import HistoryPanel
from contiple_desktop.ui.shell.areas import build_area
from contiple_desktop.ui.shell.main_window import MainWindow
from contiple_desktop.ui.steps import finish_stages, next_stage
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.window import open_window, requests_to, wait_idle


def _anatomy(panel: QWidget) -> list[tuple[str, str, bool]]:
    """Every widget under ``panel``: class, accessible name, and whether it is hidden."""
    return sorted((type(w).__name__, w.accessibleName(), w.isHidden()) for w in panel.findChildren(QWidget))


@pytest.mark.parametrize("area", ["ticket", "history"])
def test_a_panel_built_in_stages_is_the_panel_built_at_once(
    qtbot: QtBot, offline_appctx: AppContext, area: str
) -> None:
    whole = build_area(area, offline_appctx, load_now=False)
    qtbot.addWidget(whole)
    staged = build_area(area, offline_appctx, load_now=False, staged=True)
    qtbot.addWidget(staged)
    assert staged.findChildren(QWidget) == []  # the constructor itself builds nothing
    stages = 0
    while next_stage(staged):
        stages += 1
    assert stages >= 4  # the construction really is split (it was one 30–55 ms step)
    assert isinstance(staged, (NewTicketPanel, HistoryPanel))
    assert isinstance(whole, type(staged))
    assert staged.stages is None and whole.stages is None
    assert _anatomy(staged) == _anatomy(whole)


def test_finishing_the_stages_at_once_gives_the_same_panel(qtbot: QtBot, offline_appctx: AppContext) -> None:
    staged = build_area("history", offline_appctx, load_now=False, staged=True)
    qtbot.addWidget(staged)
    assert next_stage(staged)  # one stage ran, the others are still to come
    finish_stages(staged)
    assert not next_stage(staged)
    whole = build_area("history", offline_appctx, load_now=False)
    qtbot.addWidget(whole)
    assert _anatomy(staged) == _anatomy(whole)


class _OpenWhenStaging(QObject):
    """Opens the new-ticket area in the turn right after its staged build began (a panel
    joined the stack's children, not its pages), and notes what the window showed then."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen: tuple[int, QWidget | None] | None = None
        window.stack.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildAdded and self.seen is None:
            QTimer.singleShot(0, self, self._open)
        return False

    def _open(self) -> None:
        if self.seen is None and self.window.findChild(NewTicketPanel) is not None:
            self.seen = (len(self.window.findChildren(NewTicketPanel)), self.window.built("ticket"))
            self.window.go("ticket")  # the agent opens it (Ctrl+2)


def test_opening_an_area_while_it_is_built_in_stages_finishes_it_then(
    qtbot: QtBot, appctx: AppContext, sim: SimServer
) -> None:
    window = open_window(qtbot, appctx)
    qtbot.waitUntil(lambda: window.built("helpcenter") is not None, timeout=10000)
    wait_idle(qtbot, appctx)
    opener = _OpenWhenStaging(window)
    window.prebuild_hidden_areas()  # (the application does this once the window is idle)
    qtbot.waitUntil(lambda: opener.seen is not None, timeout=10000)
    assert opener.seen == (1, None)  # its stages were still to run: not in the stack yet
    panel = window.built("ticket")
    assert isinstance(panel, NewTicketPanel)
    assert window.findChildren(NewTicketPanel) == [panel]  # finished, not built a second time
    assert window.current_area == "ticket" and panel.isVisible()
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)  # it loads when used
    assert len(requests_to(sim, "/ticket/categories.json")) == 1
    assert panel.caller.isVisible() and panel.submit_button.isVisible()
    qtbot.waitUntil(lambda: isinstance(window.built("history"), HistoryPanel), timeout=10000)
    assert len(window.findChildren(HistoryPanel)) == 1
    assert [r for r in sim.requests() if "/enduser/" in r["path"]] == []  # built while idle: no data


def test_a_stage_that_fails_drops_the_half_built_panel_and_the_area_is_built_afresh(
    qtbot: QtBot, appctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contiple_desktop.ui.history.recent import RecentTicketsWidget

    window = open_window(qtbot, appctx)
    qtbot.waitUntil(lambda: window.built("helpcenter") is not None, timeout=10000)
    wait_idle(qtbot, appctx)
    built = RecentTicketsWidget.__init__
    failures: list[str] = []

    def fails_once(self: RecentTicketsWidget, *args: object, **kwargs: object) -> None:
        if not failures:
            failures.append("a stage's own bug")
            raise RuntimeError(failures[0])
        built(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RecentTicketsWidget, "__init__", fails_once)
    with qtbot.captureExceptions() as raised:
        window.prebuild_hidden_areas()
        qtbot.waitUntil(lambda: bool(raised), timeout=10000)  # reported, as any slot's error
        qtbot.waitUntil(lambda: isinstance(window.built("history"), HistoryPanel), timeout=10000)
    assert [str(e[1]) for e in raised] == ["a stage's own bug"]
    assert window.built("ticket") is None
    qtbot.waitUntil(lambda: window.findChildren(NewTicketPanel) == [], timeout=2000)  # dropped
    window.go("ticket")  # built afresh when the agent opens it
    panel = window.built("ticket")
    assert isinstance(panel, NewTicketPanel) and panel.isVisible()
    assert window.findChildren(NewTicketPanel) == [panel]
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)
