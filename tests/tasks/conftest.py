"""Fixtures for the desk engines (outbox, spam guard, watch list): a shiftable clock
(``desk_clock``) and engine factories with short timings (helpers in ``tests.tasks.helpers``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.outbox import Outbox, ReplaySchedule
from contiple_desktop.tasks.spam_guard import SpamGuard
from tests.tasks.helpers import FAST, ShiftClock


@pytest.fixture
def desk_clock() -> ShiftClock:
    return ShiftClock()


MakeOutbox = Callable[..., tuple[Outbox, SpamGuard]]


@pytest.fixture
def make_outbox(qtbot: Any, desk_clock: ShiftClock) -> Iterator[MakeOutbox]:
    made: list[Any] = []

    def make(
        ctx: AppContext, *, schedule: ReplaySchedule = FAST, start: bool = True
    ) -> tuple[Outbox, SpamGuard]:
        guard = SpamGuard(ctx, clock=desk_clock)
        outbox = Outbox(ctx, guard, schedule=schedule, clock=desk_clock)
        made.extend((outbox, guard))
        if start:
            guard.start()
            outbox.start()
            qtbot.waitUntil(lambda: outbox.ready and guard.loaded, timeout=5000)
        return outbox, guard

    yield make
    for obj in made:
        obj.deleteLater()
