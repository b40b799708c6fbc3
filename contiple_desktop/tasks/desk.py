"""``DeskEngines``: the long-lived engines of one desk, built together by the composition root.

* ``spam`` — ``SpamGuard``: this profile's ticket count, the warning before the spam limits, the
  block after a 1001/1002 refusal;
* ``outbox`` — ``Outbox``: tickets queued when they could not be filed, replayed safely;
* ``watch`` — ``WatchList``: tickets filed here (and pinned ones) polled for answers.

All three follow ``ctx.session`` (each profile has its own data), count/watch every ticket
announced on ``Bus.ticket_created`` (the ticket panel emits it after a live submit, the outbox
after a replay), and register a flush hook for shutdown. ``start()`` once the window exists;
until then nothing is read or polled.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.outbox import Outbox, ReplaySchedule
from contiple_desktop.tasks.spam_guard import SpamGuard
from contiple_desktop.tasks.watch import WatchList, WatchTimings


class DeskEngines(QObject):
    """The spam guard, outbox and watch list of one application. Signals: none (see each engine)."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        schedule: ReplaySchedule | None = None,
        timings: WatchTimings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spam = SpamGuard(ctx, self)
        self.outbox = Outbox(ctx, self.spam, self, schedule=schedule)
        self.watch = WatchList(ctx, self, timings=timings)

    def start(self) -> None:
        """Load the current profile's data and begin replaying and polling (idempotent)."""
        self.spam.start()
        self.outbox.start()
        self.watch.start()
