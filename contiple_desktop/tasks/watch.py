"""``WatchList``: the agent hears back when a ticket they filed (or pinned) changes.

Tickets filed from this desk are watched on their own (``Bus.ticket_created``, emitted by the
ticket panel and the outbox); the agent may pin any ticket (``pin``). The poller lists each
watched *caller's* tickets with one request (``tasks.watch_poll.poll_caller``) every
``interval_s`` (120 s) ±20 % jitter, at most ``max_in_flight`` at a time; the detail of a ticket is
fetched only when its ``updatedDt`` moved. A status change or a new agent reply is a
``WatchEvent`` (``changed``); it stays unseen (``events()``, ``unseen_count``) until the agent
opens the ticket (``mark_seen``). Watching ends when a ticket is closed, gone, or quiet for the
retention (default 7 days, ``set_retention_days``).

While there is no connection, or after network or server errors, polling pauses
(``PollStatus``) and backs off exponentially (30 s … 15 min, ``retry_after_s`` honoured), then
resumes with one caller at a time until the service answers. ``request_count`` counts every
request the poller made. The list, the unseen events and the retention live in the profile's
``watch.json`` (disk lane).
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from contiple_desktop.domain.backoff import jittered
from contiple_desktop.domain.models import TicketDetail
from contiple_desktop.domain.watch import (
    DAY_MS,
    CallerPoll,
    WatchedTicket,
    WatchEnd,
    WatchEvent,
    WatchSource,
    agent_replies,
    apply_poll,
    expired,
)
from contiple_desktop.storage.profile_data import DAMAGED_DIR, WATCH_FILE, profile_dir
from contiple_desktop.storage.watch import MAX_EVENTS, WatchState, WatchStore
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import submit_with_client
from contiple_desktop.tasks.send_once import local_now_ms
from contiple_desktop.tasks.task_scope import TaskScope
from contiple_desktop.tasks.watch_poll import (
    Failure,
    PollPause,
    PollStatus,
    RequestCounter,
    WatchTimings,
    classify,
    poll_caller,
)

log = logging.getLogger(__name__)

__all__ = ["PollPause", "PollStatus", "WatchList", "WatchTimings"]

_WAITING_FOR_EVENT = (PollPause.LOADING, PollPause.NO_CONNECTION, PollPause.AUTH)


class WatchList(QObject):
    """Watched tickets of the current profile and their poller.

    Signals:
        changed(object): a ``WatchEvent`` (status change and/or new agent reply).
        watches_changed(): tickets were added to or removed from the list, or events seen.
        ended(str, object): (ticket ID, ``WatchEnd``) watching a ticket ended.
        status_changed(object): the ``PollStatus``.
    """

    changed = Signal(object)
    watches_changed = Signal()
    ended = Signal(str, object)
    status_changed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        timings: WatchTimings | None = None,
        clock: Callable[[], int] = local_now_ms,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timings = timings or WatchTimings()
        self.clock = clock
        self.rng = rng or random.Random()
        self.counter = RequestCounter()
        self._tasks = TaskScope(self, "watch")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        self._tickets: dict[str, WatchedTicket] = {}
        self._events: list[WatchEvent] = []
        self._retention_days = 7
        self._due: dict[str, int] = {}
        self._in_flight: set[str] = set()
        self._started_at: dict[str, int] = {}
        self._status = PollStatus(PollPause.NO_CONNECTION)
        self._store: WatchStore | None = None
        self._profile_id: str | None = None
        self._last_seq = 0
        self._gen = 0
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Load the current profile's list, follow the session, watch filed tickets (once)."""
        if self._started:
            return
        self._started = True
        self.ctx.session.changed.connect(self._session_changed)
        self.ctx.bus.ticket_created.connect(self._ticket_created)
        self.ctx.add_flush_hook(self, self.flush)
        self._session_changed()

    def store_for(self, profile_id: str) -> WatchStore:
        folder = profile_dir(self.ctx.paths.data_dir, profile_id)
        return WatchStore(folder / WATCH_FILE, folder / DAMAGED_DIR)

    @Slot()
    def _session_changed(self) -> None:
        profile = self.ctx.session.profile
        profile_id = profile.profile_id if profile is not None else None
        if profile_id == self._profile_id and self._store is not None:
            if self._status.pause is not PollPause.LOADING:
                self._set_status(PollPause.NONE if self.ctx.session.client else PollPause.NO_CONNECTION)
            self._schedule()
            return
        self.flush()
        self._gen += 1
        self._tasks.cancel_all()
        self._in_flight.clear()
        self._tickets.clear()
        self._events.clear()
        self._due.clear()
        self._profile_id = profile_id
        self._store = None
        self.watches_changed.emit()
        if profile_id is None:
            self._set_status(PollPause.NO_CONNECTION)
            self._timer.stop()
            return
        store = self._store = self.store_for(profile_id)
        gen = self._gen
        self._set_status(PollPause.LOADING)
        self.ctx.disk.submit(
            lambda _t: store.load(),
            on_success=lambda state: self._loaded(gen, state),
            on_failure=self._disk_failed,
        )

    def _loaded(self, gen: int, state: WatchState) -> None:
        if gen != self._gen:
            return
        pending = dict(self._tickets)  # watched while loading
        self._tickets = {t.ticket_id: t for t in state.tickets}
        self._tickets.update(pending)
        self._events = [*state.events, *self._events][-MAX_EVENTS:]
        self._retention_days = state.retention_days
        now, interval_ms = self.clock(), self.timings.interval_s * 1000
        for usercode in {t.usercode for t in self._tickets.values()}:  # spread over one interval
            self._due.setdefault(usercode, now + int(self.rng.uniform(0, interval_ms)))
        self._set_status(PollPause.NONE if self.ctx.session.client else PollPause.NO_CONNECTION)
        if pending:
            self._save()
        self.watches_changed.emit()
        self._expire(now)
        self._schedule()

    def flush(self) -> None:
        store = self._store
        if store is not None and self._last_seq > store.applied_seq:
            try:
                store.save(self._state())
            except OSError as exc:
                log.error("could not save the watch list: %s", exc)

    # -- what the agent sees -----------------------------------------------------------------
    def watched(self) -> list[WatchedTicket]:
        """Watched tickets, newest first."""
        return sorted(self._tickets.values(), key=lambda t: t.added_ms, reverse=True)

    def is_watched(self, ticket_id: str) -> bool:
        return ticket_id in self._tickets

    def events(self) -> list[WatchEvent]:
        """Changes the agent has not opened yet, newest first."""
        return list(reversed(self._events))

    @property
    def unseen_count(self) -> int:
        """Tickets with an unseen change (the badge on Customer history)."""
        return len({e.ticket_id for e in self._events})

    def unseen_for(self, usercode: str) -> list[WatchEvent]:
        return [e for e in reversed(self._events) if e.usercode == usercode]

    @property
    def status(self) -> PollStatus:
        return self._status

    @property
    def request_count(self) -> int:
        """Requests the poller made so far (list and detail, failed ones included)."""
        return self.counter.value

    @property
    def retention_days(self) -> int:
        return self._retention_days

    def callers(self) -> set[str]:
        return {t.usercode for t in self._tickets.values()}

    # -- what the agent does -----------------------------------------------------------------
    def watch(
        self,
        usercode: str,
        ticket_id: str,
        *,
        subject: str = "",
        source: WatchSource = WatchSource.FILED,
        status: str | None = "new",
        updated_ms: int | None = None,
        agent_replies: int | None = 0,
    ) -> bool:
        """Start watching (defaults: a ticket just filed). False when already watched, without a
        connection profile, or without a user code (a guest ticket cannot be listed)."""
        if not usercode or not ticket_id or ticket_id in self._tickets or self._profile_id is None:
            return False
        now = self.clock()
        self._tickets[ticket_id] = WatchedTicket(
            ticket_id, usercode, source, now, subject=subject, status=status,
            updated_ms=updated_ms, agent_replies=agent_replies,
        )  # fmt: skip
        if usercode not in self._due:
            self._due[usercode] = self._next_due(now)
        self._save()
        self.watches_changed.emit()
        self._schedule()
        return True

    def pin(self, usercode: str, detail: TicketDetail) -> bool:
        """Watch a ticket the agent is looking at (its detail is the baseline)."""
        return self.watch(
            usercode, detail.ticket_id, subject=detail.subject, source=WatchSource.PINNED,
            status=detail.status or None, updated_ms=detail.updated_ms, agent_replies=agent_replies(detail),
        )  # fmt: skip

    def unwatch(self, ticket_id: str) -> bool:
        ticket = self._tickets.get(ticket_id)
        if ticket is None:
            return False
        self._end([(ticket, WatchEnd.UNWATCHED)])
        self._save()
        return True

    def mark_seen(self, ticket_id: str | None = None) -> None:
        """The agent opened ``ticket_id`` (None: all): its changes are no longer unseen."""
        before = len(self._events)
        self._events = [e for e in self._events if ticket_id is not None and e.ticket_id != ticket_id]
        if len(self._events) != before:
            self._save()
            self.watches_changed.emit()

    def set_retention_days(self, days: int) -> None:
        self._retention_days = max(1, int(days))
        self._save()
        self._expire(self.clock())

    def poll_now(self) -> None:
        """Poll every watched caller as soon as possible (ends a backoff)."""
        now = self.clock()
        self._due = {u: now for u in self._due}
        if self._status.pause in (PollPause.OFFLINE, PollPause.SERVER):
            self._set_status(PollPause.NONE)
        self._schedule()

    @Slot(str, str)
    def _ticket_created(self, usercode: str, ticket_id: str) -> None:
        self.watch(usercode, ticket_id)

    # -- polling ---------------------------------------------------------------------------
    def _set_status(self, pause: PollPause, until_ms: int | None = None, failures: int | None = None) -> None:
        status = PollStatus(pause, until_ms, self._status.failures if failures is None else failures)
        if status != self._status:
            self._status = status
            self.status_changed.emit(status)

    def _schedule(self) -> None:
        self._timer.stop()
        status = self._status
        if self._store is None or status.pause in _WAITING_FOR_EVENT:
            return
        now = self.clock()
        if status.until_ms is not None and status.until_ms > now:
            self._timer.start(min(status.until_ms - now, 2**31 - 1))
            return
        pending = [due for code, due in self._due.items() if code not in self._in_flight]
        if pending:
            self._timer.start(max(0, min(min(pending) - now, 2**31 - 1)))

    @Slot()
    def _tick(self) -> None:
        if self.ctx.session.client is None:
            self._set_status(PollPause.NO_CONNECTION)
            return
        now = self.clock()
        self._expire(now)
        recovering = self._status.pause in (PollPause.OFFLINE, PollPause.SERVER)
        limit = 1 if recovering else self.timings.max_in_flight  # one probe-like poll after a backoff
        for usercode, due in sorted(self._due.items(), key=lambda kv: kv[1]):
            if len(self._in_flight) >= limit or due > now:
                break
            if usercode not in self._in_flight:
                self._poll(usercode)
        self._schedule()

    def _poll(self, usercode: str) -> None:
        watched = tuple(t for t in self._tickets.values() if t.usercode == usercode)
        if not watched:
            self._due.pop(usercode, None)
            return
        self._in_flight.add(usercode)
        self._started_at[usercode] = self.clock()
        gen, counter = self._gen, self.counter
        self._tasks.track(submit_with_client(
            self.ctx, lambda client, task: poll_caller(client, task, usercode, watched, counter),
            on_success=lambda poll: self._polled(gen, poll),
            on_failure=lambda exc: self._poll_failed(gen, usercode, exc),
            key=f"watch:{usercode}",
        ))  # fmt: skip

    def _next_due(self, now: int) -> int:
        return now + int(jittered(self.timings.interval_s, self.timings.jitter, self.rng) * 1000)

    def _polled(self, gen: int, poll: CallerPoll) -> None:
        if gen != self._gen:
            return
        self._in_flight.discard(poll.usercode)
        now = self.clock()
        if self._status.pause in (PollPause.OFFLINE, PollPause.SERVER) or self._status.failures:
            self._set_status(PollPause.NONE, failures=0)
        watched = [t for t in self._tickets.values() if t.usercode == poll.usercode]
        result = apply_poll(watched, poll, now, self._retention_days * DAY_MS)
        for ticket in result.kept:
            self._tickets[ticket.ticket_id] = ticket
        for event in result.events:  # the change first, then (for closed) the end of watching
            self._events.append(event)
            self.changed.emit(event)
        self._events = self._events[-MAX_EVENTS:]
        self._end(result.ended)
        if any(t.usercode == poll.usercode for t in self._tickets.values()):
            # one interval from when this poll started: the request time does not stretch the period
            self._due[poll.usercode] = self._next_due(self._started_at.pop(poll.usercode, now))
        else:
            self._due.pop(poll.usercode, None)
        if result.events or result.ended or result.kept != watched:  # (no write for a quiet poll)
            self._save()
        self._schedule()

    def _poll_failed(self, gen: int, usercode: str, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self._in_flight.discard(usercode)
        kind, retry_after = classify(exc)
        now = self.clock()
        if kind is Failure.GONE:
            self._end([(t, WatchEnd.GONE) for t in self._tickets.values() if t.usercode == usercode])
            self._due.pop(usercode, None)
            self._save()
        elif kind is Failure.AUTH:
            self._set_status(PollPause.AUTH)
        elif kind is Failure.NO_CONNECTION:
            self._set_status(PollPause.NO_CONNECTION)
        elif kind is Failure.SKIP:
            log.info("watch list: polling one caller failed (%s)", type(exc).__name__)
            self._due[usercode] = self._next_due(now)
        else:
            failures = self._status.failures + 1
            delay_s = self.timings.backoff.delay(failures, retry_after_s=retry_after, rng=self.rng)
            until = now + int(delay_s * 1000)
            pause = PollPause.OFFLINE if kind is Failure.OFFLINE else PollPause.SERVER
            self._set_status(pause, until, failures)
            self._due[usercode] = until
        self._schedule()

    def _expire(self, now: int) -> None:
        retention = self._retention_days * DAY_MS
        gone = [(t, WatchEnd.RETENTION) for t in self._tickets.values() if expired(t, now, retention)]
        if gone:
            self._end(gone)
            self._save()

    def _end(self, ended: list[tuple[WatchedTicket, WatchEnd]]) -> None:
        for ticket, why in ended:
            if self._tickets.pop(ticket.ticket_id, None) is not None:
                self.ended.emit(ticket.ticket_id, why)
        if ended:
            callers = self.callers()
            self._due = {u: d for u, d in self._due.items() if u in callers}
            self.watches_changed.emit()

    # -- disk ------------------------------------------------------------------------------
    def _state(self) -> WatchState:
        return WatchState(tuple(self._tickets.values()), tuple(self._events), self._retention_days)

    def _save(self) -> None:
        store = self._store
        if store is None or self._status.pause is PollPause.LOADING:
            return
        state, seq = self._state(), store.next_seq()
        self._last_seq = seq
        self.ctx.disk.submit(lambda _t: store.save(state, seq=seq), on_failure=self._disk_failed)

    def _disk_failed(self, exc: BaseException) -> None:
        log.error("watch list: %s", exc)
