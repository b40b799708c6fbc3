"""``ReplayLoop``: the outbox's replay, one item at a time, and why it is waiting.

Part of ``tasks.outbox.Outbox`` (which owns the items and their storage); split out to keep the
steps readable. One attempt of the oldest WAITING item::

    _begin ─ uploads ─▶ (maybe_sent? list + match ─ found ─▶ SENT)
                        └─▶ spam guard ─▶ SENDING + create_started_ms on disk ─▶ create (SendOnce)
                                            CREATED ─▶ SENT · FAILED ─▶ classify · UNRESOLVED ─▶ maybe_sent

Between attempts the loop waits (``Pause``): for the network (probing ``service.json`` with
backoff and jitter), after a 5xx (backoff, ``Retry-After`` honoured), for a spam block to end
(24 h after the first refusal), for the per-minute window (``SPAM_PACING``), before the 10th
ticket of a day (``SPAM_DAILY``), or for a new connection/key (``NO_CONNECTION``/``AUTH``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from contiple_desktop.domain.backoff import Backoff
from contiple_desktop.domain.outbox import Attention, AttentionReason, ItemState, OutboxItem
from contiple_desktop.domain.spam import SpamLimit
from contiple_desktop.tasks import outbox_replay as replay
from contiple_desktop.tasks.ops import submit_with_client
from contiple_desktop.tasks.send_once import Outcome, OutcomeKind, SendOnce
from contiple_desktop.tasks.task_scope import TaskScope

if TYPE_CHECKING:
    from contiple_desktop.tasks.outbox import Outbox


class Pause(enum.Enum):
    """Why replay is not sending right now (``ReplayStatus.until_ms``: when it tries again)."""

    NONE = "none"  # sending, or nothing to send
    LOADING = "loading"  # reading this profile's outbox
    NO_CONNECTION = "no_connection"  # no connection configured: waits for one
    OFFLINE = "offline"  # the network failed: probing (until = next probe)
    SERVER = "server"  # the service failed (5xx, garbled answer): retries at until
    SPAM_BLOCKED = "spam_blocked"  # refused with 1001/1002 (code); until = 24 h after the first refusal
    SPAM_PACING = "spam_pacing"  # waits so as not to file the 3rd ticket within a minute (code 1001)
    SPAM_DAILY = "spam_daily"  # the next would be the 10th within 24 h (code 1002): waits for the agent
    AUTH = "auth"  # the key, signature or this PC's address was refused: waits for a change


@dataclass(frozen=True, slots=True)
class ReplayStatus:
    pause: Pause = Pause.NONE
    until_ms: int | None = None
    code: int | None = None
    sending: str | None = None  # the item being replayed


@dataclass(frozen=True, slots=True)
class ReplaySchedule:
    """Timings (tests shorten them): probes and 5xx retries back off ×2 up to the caps, ±20 %."""

    probe: Backoff = Backoff(base_s=2.0, cap_s=120.0)
    server: Backoff = Backoff(base_s=5.0, cap_s=300.0)
    upload_max_age_ms: int = replay.UPLOAD_MAX_AGE_MS
    pacing_slack_ms: int = 2_000


class ReplayLoop(QObject):
    """Replays the host's items. Signals: status_changed(object): the new ``ReplayStatus``."""

    status_changed = Signal(object)

    def __init__(self, host: Outbox) -> None:
        super().__init__(host)
        self.host = host
        self.tasks = TaskScope(self, "outbox")
        self.flow = SendOnce(host.ctx, self.tasks, self)
        self.flow.finished.connect(self._create_finished)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.kick)
        self.status = ReplayStatus(Pause.NO_CONNECTION)
        self.active: str | None = None
        self.failures = 0
        self.override_spam = False
        self.reuploaded: set[str] = set()
        self.gen = 0

    # -- status ----------------------------------------------------------------------------
    def set_status(self, pause: Pause, until_ms: int | None = None, code: int | None = None) -> None:
        status = ReplayStatus(pause, until_ms, code, self.active)
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)

    def pause_until(self, pause: Pause, until_ms: int | None, code: int | None = None) -> None:
        self.set_status(pause, until_ms, code)
        self.timer.stop()
        if until_ms is not None:
            self.timer.start(max(0, min(until_ms - self.host.clock(), 2**31 - 1)))

    def pause_for(self, pause: Pause, backoff: Backoff, retry_after_s: float | None = None) -> None:
        self.failures += 1
        delay_ms = int(backoff.delay(self.failures, retry_after_s=retry_after_s) * 1000)
        self.pause_until(pause, self.host.clock() + delay_ms)

    def resume(self) -> None:
        """End a wait now (unless loading); the next ``kick`` re-checks everything."""
        self.failures = 0
        if self.status.pause is not Pause.LOADING and self.active is None:
            self.set_status(Pause.NONE)
        self.kick_soon()

    def kick_soon(self) -> None:
        if self.active is None:
            self.timer.start(0)  # kick re-arms the timer for a pause that has not ended

    def abort(self) -> None:
        """Stop the current attempt (profile switch, discard). A POST already sent stays sent."""
        self.gen += 1
        self.tasks.cancel_all()
        self.flow.cancel()
        item = self.host.item(self.active) if self.active is not None else None
        if item is not None and item.state is ItemState.SENDING:
            self.host.keep(item.changed(self.host.clock(), state=ItemState.WAITING))
        self.active = None

    # -- the loop --------------------------------------------------------------------------
    @Slot()
    def kick(self) -> None:
        """Start the next step: wait out a pause, probe when offline, or replay the oldest item."""
        host = self.host
        if self.active is not None or not host.ready or not host.spam.loaded:
            return  # (the spam guard's record may hold a block: wait for it)
        status, now = self.status, host.clock()
        if status.pause is Pause.LOADING:
            return
        if status.until_ms is not None and now < status.until_ms:
            self.pause_until(status.pause, status.until_ms, status.code)  # (re-)arm the timer
            return
        if status.pause is Pause.AUTH:
            return  # until the profile changes or the agent says replay_now
        item = host.next_waiting()
        if item is None:
            self.set_status(Pause.NONE)
            return
        if host.ctx.session.client is None:
            self.set_status(Pause.NO_CONNECTION)
            return
        if status.pause is Pause.OFFLINE:
            self._probe()
            return
        if self._spam_wait(now):
            return
        self._begin(item)

    def _spam_wait(self, now: int) -> bool:
        """Pause for a spam block or the guard's limits; True when replay must wait."""
        spam, schedule = self.host.spam, self.host.schedule
        block = spam.block(now)
        if block is not None and not self.override_spam:
            self.pause_until(Pause.SPAM_BLOCKED, block.until_ms, block.code)
            return True
        warning = spam.warning(now)
        if warning is None:
            return False
        until = warning.frees_at_ms + schedule.pacing_slack_ms
        if warning.limit is SpamLimit.PER_MINUTE:
            self.pause_until(Pause.SPAM_PACING, until, warning.limit.value)
            return True
        if not self.override_spam:
            self.pause_until(Pause.SPAM_DAILY, until, warning.limit.value)
            return True
        return False

    def _probe(self) -> None:
        gen = self.gen

        def answered(_info: object) -> None:
            if gen == self.gen:
                self.failures = 0
                self.set_status(Pause.NONE)
                self.kick_soon()

        def failed(exc: BaseException) -> None:
            if gen != self.gen:
                return
            verdict = replay.classify(exc, None, reuploaded=True)
            if verdict.next is replay.Next.NO_CONNECTION:
                self.set_status(Pause.NO_CONNECTION)
            elif verdict.next is replay.Next.AUTH:
                self.set_status(Pause.AUTH, code=verdict.code)
            else:
                self.pause_for(Pause.OFFLINE, self.host.schedule.probe, verdict.retry_after_s)

        self.tasks.track(submit_with_client(
            self.host.ctx, lambda client, task: client.service(cancel=task.cancel),
            on_success=answered, on_failure=failed, key="outbox:probe",
        ))  # fmt: skip

    def _current(self, gen: int, item_id: str) -> OutboxItem | None:
        if gen != self.gen or self.active != item_id:
            return None
        return self.host.item(item_id)

    def _begin(self, item: OutboxItem) -> None:
        host = self.host
        self.active = item.item_id
        gen, store, now, clock = self.gen, host.store, host.clock(), host.clock
        assert store is not None
        item = item.changed(now, state=ItemState.SENDING)
        host.keep(item)
        self.set_status(Pause.NONE)
        max_age = host.schedule.upload_max_age_ms
        self.tasks.track(submit_with_client(
            host.ctx,
            lambda client, task: replay.upload_files(client, task, store, item, now, clock, max_age),
            on_success=lambda ups: self._uploaded(gen, item.item_id, ups),
            on_failure=lambda exc: self._failed(gen, item.item_id, exc),
            key="outbox:step",
        ))  # fmt: skip

    def _uploaded(self, gen: int, item_id: str, uploads: list[replay.Uploaded]) -> None:
        item = self._current(gen, item_id)
        if item is None:
            return
        if uploads:
            item = item.changed(self.host.clock(), files=replay.with_uploads(item, uploads))
            self.host.keep(item)
        if not item.maybe_sent:
            self._before_create(gen, item)
            return
        usercode, subject = item.usercode, item.ticket.subject
        since, claimed = item.since_ms or item.created_ms, self.host.claimed_ticket_ids()
        self.tasks.track(submit_with_client(
            self.host.ctx,
            lambda client, task: replay.find_unclaimed(client, task, usercode, subject, since, claimed),
            on_success=lambda found: self._looked_up(gen, item_id, found),
            on_failure=lambda exc: self._failed(gen, item_id, exc),
            key="outbox:step",
        ))  # fmt: skip

    def _looked_up(self, gen: int, item_id: str, found: object) -> None:
        item = self._current(gen, item_id)
        if item is None:
            return
        ticket_id = getattr(found, "ticket_id", None)
        if ticket_id:
            self._done(item, str(ticket_id), found_by_lookup=True)
        else:
            self._before_create(gen, item)

    def _before_create(self, gen: int, item: OutboxItem) -> None:
        now = self.host.clock()
        if self._spam_wait(now):  # a live submit may have filed tickets meanwhile
            self.active = None
            self.host.put(item.changed(now, state=ItemState.WAITING))
            return
        item = item.changed(
            now, state=ItemState.SENDING, create_started_ms=now, attempts=item.attempts + 1,
            since_ms=item.since_ms if item.maybe_sent and item.since_ms is not None else now,
        )  # fmt: skip
        # The create goes out only once "sending" is on disk: a kill -9 from here on is recovered
        # as maybe_sent, and the next attempt looks the ticket up before creating anything.
        self.host.put(
            item,
            then=lambda: self._create(gen, item.item_id),
            on_failure=lambda _exc: self._not_written(gen, item.item_id),
        )

    def _not_written(self, gen: int, item_id: str) -> None:
        item = self._current(gen, item_id)
        if item is None:
            return
        self.active = None
        self.host.keep(item.changed(self.host.clock(), state=ItemState.WAITING, create_started_ms=None))
        self.pause_for(Pause.SERVER, self.host.schedule.server)

    def _create(self, gen: int, item_id: str) -> None:
        item = self._current(gen, item_id)
        if item is None or item.create_started_ms is None:
            return
        ids = tuple(f.attachment_id for f in item.files if f.attachment_id)
        ticket = replace(item.ticket, attachment_ids=ids)
        since = item.since_ms or item.create_started_ms
        self.flow.send(replay.create_plan(ticket, since, self.host.claimed_ticket_ids()))

    @Slot(object)
    def _create_finished(self, outcome: Outcome) -> None:
        item = self.host.item(self.active) if self.active is not None else None
        if item is None:
            return
        if outcome.kind is OutcomeKind.CREATED:
            self._done(item, str(outcome.value.ticket_id), found_by_lookup=outcome.found_by_lookup)
        elif outcome.kind is OutcomeKind.FAILED:
            assert outcome.error is not None
            self._failed(self.gen, item.item_id, outcome.error)
        else:
            self._unresolved(item, outcome)

    def _unresolved(self, item: OutboxItem, outcome: Outcome) -> None:
        """The create may have reached the server, and no lookup found it (or none could run)."""
        self.active = None
        item = item.changed(
            self.host.clock(), state=ItemState.WAITING, maybe_sent=True, create_started_ms=None,
            last_error=type(outcome.error).__name__ if outcome.error else None,
        )  # fmt: skip
        if not item.usercode:
            self.host.needs_attention(item, Attention(AttentionReason.MAYBE_SENT_NO_USERCODE))
            self.kick_soon()
            return
        self.host.put(item)
        if outcome.looked_up:  # the service answered the lookup: try again soon (looking first)
            self.pause_for(Pause.SERVER, self.host.schedule.server)
        else:
            self.pause_for(Pause.OFFLINE, self.host.schedule.probe)

    def _failed(self, gen: int, item_id: str, exc: BaseException) -> None:
        item = self._current(gen, item_id)
        if item is None:
            return
        host, step = self.host, replay.Next
        self.active = None
        verdict = replay.classify(exc, item, reuploaded=item_id in self.reuploaded)
        item = item.changed(
            host.clock(), state=ItemState.WAITING, create_started_ms=None, last_error=type(exc).__name__
        )
        if verdict.next is step.REUPLOAD:
            self.reuploaded.add(item_id)
            host.put(replace(item, files=replay.without_uploads(item)))
            self.kick_soon()
            return
        if verdict.next is step.ATTENTION:
            assert verdict.attention is not None
            host.needs_attention(item, verdict.attention)
            self.kick_soon()
            return
        host.put(item)
        if verdict.next is step.SPAM_BLOCKED:
            self.override_spam = False
            block = host.spam.record_refusal(verdict.code or SpamLimit.PER_MINUTE.value, host.clock())
            self.pause_until(Pause.SPAM_BLOCKED, block.until_ms if block else None, verdict.code)
        elif verdict.next is step.OFFLINE:
            self.pause_for(Pause.OFFLINE, host.schedule.probe, verdict.retry_after_s)
        elif verdict.next is step.RETRY_LATER:
            self.pause_for(Pause.SERVER, host.schedule.server, verdict.retry_after_s)
        elif verdict.next is step.AUTH:
            self.set_status(Pause.AUTH, code=verdict.code)
        else:
            self.set_status(Pause.NO_CONNECTION)

    def _done(self, item: OutboxItem, ticket_id: str, *, found_by_lookup: bool) -> None:
        self.active = None
        self.failures = 0
        self.reuploaded.discard(item.item_id)
        self.set_status(Pause.NONE)
        self.host.finish_sent(item, ticket_id, found_by_lookup=found_by_lookup)
        self.kick_soon()
