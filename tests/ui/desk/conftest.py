"""Fixtures for the desk's ui: the engines with short timings on the shared ``appctx``, and helpers
that fill and submit the new-ticket form of the real main window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from contiple_desktop.domain.backoff import Backoff
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.desk import DeskEngines
from contiple_desktop.tasks.outbox import ReplaySchedule
from contiple_desktop.tasks.watch import PollPause, WatchTimings
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.ticket.conftest import choose_type, fill_required
from tests.ui.window import open_window

FAST_REPLAY = ReplaySchedule(probe=Backoff(0.05, 0.3), server=Backoff(0.05, 0.3), pacing_slack_ms=500)
QUIET_WATCH = WatchTimings(interval_s=600, jitter=0.0, backoff=Backoff(0.1, 0.4))
FAST_WATCH = WatchTimings(interval_s=0.2, jitter=0.2, backoff=Backoff(0.1, 0.4), max_in_flight=2)
CREATE = "*/openapi/v1/ticket.json"
MakeDesk = Callable[..., DeskEngines]


@pytest.fixture
def make_desk(qtbot: Any) -> Iterator[MakeDesk]:
    made: list[DeskEngines] = []

    def make(ctx: AppContext, timings: WatchTimings = QUIET_WATCH) -> DeskEngines:
        desk = DeskEngines(ctx, schedule=FAST_REPLAY, timings=timings)
        ctx.desk = desk
        made.append(desk)
        desk.start()
        qtbot.waitUntil(
            lambda: (
                desk.outbox.ready and desk.spam.loaded and desk.watch.status.pause is not PollPause.LOADING
            ),
            timeout=5000,
        )
        return desk

    yield make
    for desk in made:
        desk.watch.deleteLater()  # no poll starts after the test
        desk.outbox.loop.abort()
        desk.deleteLater()


@pytest.fixture
def desk(make_desk: MakeDesk, appctx: AppContext) -> DeskEngines:
    return make_desk(appctx)


@pytest.fixture
def window(qtbot: Any, desk: DeskEngines, appctx: AppContext) -> MainWindow:
    win = open_window(qtbot, appctx)
    win.go("ticket")
    qtbot.waitUntil(lambda: win.ticket.picker.model.rowCount() > 0, timeout=5000)
    return win


def labelled(root: QWidget, cls: type[Any], name: str) -> Any:
    """The visible ``cls`` widget under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name and w.isVisibleTo(root)]
    assert len(found) == 1, f"{len(found)} visible {cls.__name__} named {name!r}"
    return found[0]


def submit(qtbot: Any, window: MainWindow, subject: str, usercode: str = "cust-002") -> None:
    """Fill form 2542 for ``usercode`` and press "Submit ticket"."""
    panel = window.ticket
    choose_type(qtbot, panel)
    fill_required(panel, usercode=usercode, subject=subject)
    labelled(panel, QPushButton, "Submit ticket").click()


def result_text(window: MainWindow) -> str:
    return str(labelled(window.ticket, QLabel, "Submit result message").text())
