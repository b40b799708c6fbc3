"""``SpamGuard``: this profile's ticket count for the spam limits, and the block after a refusal.

Every created ticket is counted (it listens to ``Bus.ticket_created``, which the ticket panel
emits after a live submit and the outbox after a replay; the same ticket ID counts once). The
record lives in memory on the GUI thread, so ``warning()`` and ``block()`` are cheap to ask
before each submit; every change is written to the profile's ``spam.json`` on the disk lane.

* ``warning()``: ``SpamWarning`` when the profile says the service blocks spam and the next
  ticket would be the 3rd within a minute or the 10th within 24 hours (``domain.spam``);
* ``block()``: the 24-hour block after the service refused with 1001/1002
  (``record_refusal``), whatever the profile says — the service has told us; ``clear_block()``
  when the agent knows it was lifted (e.g. the admin turned the setting off).

Follows the session: another profile brings its own record (loaded on the disk lane; counts
made meanwhile are merged in).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from contiple_desktop.domain.spam import SpamBlock, SpamRecord, SpamWarning, spam_warning
from contiple_desktop.storage.profile_data import DAMAGED_DIR, SPAM_FILE, profile_dir
from contiple_desktop.storage.spam_counter import SpamCounterStore
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.send_once import local_now_ms

log = logging.getLogger(__name__)


class SpamGuard(QObject):
    """Counts this profile's tickets; warns before the spam limits; remembers a block.

    Signals:
        changed(): the count or the block changed (ask ``warning()`` / ``block()`` again).
    """

    changed = Signal()

    def __init__(
        self, ctx: AppContext, parent: QObject | None = None, *, clock: Callable[[], int] = local_now_ms
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.clock = clock
        self._profile_id: str | None = None
        self._store: SpamCounterStore | None = None
        self._record = SpamRecord()
        self._loaded = False
        self._last_seq = 0
        self._started = False

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Follow the session and count created tickets (call once)."""
        if self._started:
            return
        self._started = True
        self.ctx.session.changed.connect(self._session_changed)
        self.ctx.bus.ticket_created.connect(self._ticket_created)
        self.ctx.add_flush_hook(self, self.flush)
        self._session_changed()

    @property
    def loaded(self) -> bool:
        """True once the current profile's record was read from disk."""
        return self._loaded

    def store_for(self, profile_id: str) -> SpamCounterStore:
        folder = profile_dir(self.ctx.paths.data_dir, profile_id)
        return SpamCounterStore(folder / SPAM_FILE, folder / DAMAGED_DIR)

    @Slot()
    def _session_changed(self) -> None:
        profile = self.ctx.session.profile
        profile_id = profile.profile_id if profile is not None else None
        if profile_id == self._profile_id:
            self.changed.emit()  # the spam_blocking flag may have changed
            return
        self.flush()
        self._profile_id = profile_id
        self._record = SpamRecord()
        self._loaded = False
        self._store = None
        if profile_id is None:
            self.changed.emit()
            return
        store = self._store = self.store_for(profile_id)
        now = self.clock()
        self.ctx.disk.submit(
            lambda _t: store.load(now),
            on_success=lambda record: self._loaded_record(profile_id, record),
            on_failure=self._disk_failed,
        )
        self.changed.emit()

    def _loaded_record(self, profile_id: str, record: SpamRecord) -> None:
        if profile_id != self._profile_id:
            return
        pending = self._record
        merged = record
        for ms, ticket_id in pending.filed:
            merged = merged.with_ticket(ticket_id, ms)
        if pending.block is not None:
            merged = merged.with_refusal(pending.block.code, pending.block.since_ms)
        self._record = merged
        self._loaded = True
        if pending != SpamRecord():
            self._save()
        self.changed.emit()

    # -- questions -------------------------------------------------------------------------
    def warning(self, now_ms: int | None = None) -> SpamWarning | None:
        """Would the next ticket be refused (only when the profile says the service blocks spam)?"""
        now = self.clock() if now_ms is None else now_ms
        return spam_warning(self.ctx.session.profile, self._record, now)

    def block(self, now_ms: int | None = None) -> SpamBlock | None:
        """The running block after a 1001/1002 refusal, or None."""
        now = self.clock() if now_ms is None else now_ms
        return self._record.active_block(now)

    def counts(self, now_ms: int | None = None) -> tuple[int, int]:
        """Tickets filed by this profile within the last minute and the last 24 hours."""
        now = self.clock() if now_ms is None else now_ms
        times = [t for t in self._record.times() if 0 <= now - t]
        return sum(1 for t in times if now - t < 60_000), sum(1 for t in times if now - t < 86_400_000)

    # -- changes ---------------------------------------------------------------------------
    @Slot(str, str)
    def _ticket_created(self, _usercode: str, ticket_id: str) -> None:
        self.record_created(ticket_id)

    def record_created(self, ticket_id: str, at_ms: int | None = None) -> None:
        """Count one created ticket (the same ticket ID counts once)."""
        if self._profile_id is None:
            return
        now = self.clock() if at_ms is None else at_ms
        record = self._record.with_ticket(ticket_id, now).pruned(self.clock())
        if record != self._record:
            self._record = record
            self._save()
            self.changed.emit()

    def record_refusal(self, code: int, at_ms: int | None = None) -> SpamBlock | None:
        """The service refused a create with 1001/1002: blocked for 24 h from the first refusal."""
        if self._profile_id is None:
            return None
        now = self.clock() if at_ms is None else at_ms
        record = self._record.pruned(now).with_refusal(code, now)
        if record != self._record:
            self._record = record
            self._save()
            self.changed.emit()
        return record.active_block(now)

    def clear_block(self) -> None:
        """The agent says the block is over (the admin lifted it, or changed the setting)."""
        if self._record.block is not None:
            self._record = self._record.without_block()
            self._save()
            self.changed.emit()

    # -- disk ------------------------------------------------------------------------------
    def _save(self) -> None:
        store, record = self._store, self._record
        if store is None:
            return
        seq = self._last_seq = store.next_seq()
        now = self.clock()
        self.ctx.disk.submit(lambda _t: store.save(record, seq=seq, now_ms=now), on_failure=self._disk_failed)

    def flush(self) -> None:
        """Write a change still queued for the disk lane now (shutdown, profile switch)."""
        store = self._store
        if store is not None and self._last_seq > store.applied_seq:
            try:
                store.save(self._record, now_ms=self.clock())
            except OSError as exc:
                log.error("could not save the spam counter: %s", exc)

    def _disk_failed(self, exc: BaseException) -> None:
        log.error("spam counter: %s", exc)
