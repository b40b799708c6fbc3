"""``Outbox``: tickets that could not be filed yet, kept on disk and replayed safely.

The ticket panel offers "Queue and continue with the next caller" when the network is down, the
service answered 5xx, or creation was refused for spam (1001/1002). ``queue`` copies the ticket's
attachments into the outbox and writes the item on the disk lane at once (``stored`` follows
within a write; the form and its draft may be cleared then), and the agent moves on. The engine
replays one item at a time, oldest first, on its own (``tasks.outbox_loop``):

* **network back → replay**: after a network failure it probes the unsigned ``service.json``
  with backoff and jitter; a ticket filed live (``Bus.ticket_created``) also says "back".
  ``retry_after_s`` on an error is honoured; a 5xx backs off the same way.
* **uploads first** (again when an ID is older than an hour, or the create answered 9005);
  then, when an earlier attempt may have reached the server (``maybe_sent``), **the caller's
  tickets are listed and matched** before any create; the create goes through ``SendOnce``, so
  an ambiguous drop reconciles exactly as a live one. Without a user code such an item is never
  replayed blindly: it waits for the agent (``mark_not_sent`` / ``mark_sent`` / ``discard``).
* **spam**: a 1001/1002 refusal stops replay until the block ends (24 h after the first refusal,
  kept by ``SpamGuard``) or the agent says ``replay_now``; when the profile says the service
  blocks spam, replay waits rather than file a 3rd ticket within a minute, and stops before the
  10th of a day.
* **kill -9 at any point**: the item is on disk as SENDING with ``create_started_ms`` *before*
  its create POST is sent; at start-up it becomes WAITING + ``maybe_sent`` (looked up first).

A filed item keeps its ticket ID (``sent``; ``Bus.ticket_created`` is emitted, so the spam
counter, the watch list and the recent-tickets list follow), its attachment copies are removed,
and it stays listed for a day. Everything is reported structurally (``ItemState``,
``AttentionReason`` + params, ``Pause``); the ui words it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from contiple_desktop.domain.models import NewTicket
from contiple_desktop.domain.outbox import (
    Attention,
    AttentionReason,
    ItemState,
    OutboxItem,
    OutboxScan,
    new_item_id,
)
from contiple_desktop.storage.outbox import OutboxStore
from contiple_desktop.storage.profile_data import OUTBOX_DIR, profile_dir
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import no_connection
from contiple_desktop.tasks.outbox_disk import ItemWriter
from contiple_desktop.tasks.outbox_loop import Pause, ReplayLoop, ReplaySchedule, ReplayStatus
from contiple_desktop.tasks.send_once import local_now_ms
from contiple_desktop.tasks.spam_guard import SpamGuard

log = logging.getLogger(__name__)

__all__ = ["MAYBE_SENT_LOOKBACK_MS", "SENT_RETENTION_MS", "Outbox", "Pause", "ReplaySchedule", "ReplayStatus"]

MAYBE_SENT_LOOKBACK_MS = 10 * 60_000
"""A ticket queued as ``maybe_sent`` without ``since_ms`` is looked for this far back."""
SENT_RETENTION_MS = 24 * 3_600_000
"""Filed items stay listed ("sent with ID") this long, then are dropped at start-up."""


class Outbox(QObject):
    """The per-profile outbox and its replay engine (one per application).

    Signals:
        changed(): items or their states changed (re-read ``items()``).
        stored(str): the item is on disk (the form and its draft may now be cleared).
        store_failed(str, object): the item could not be written (item id, exception); it is
            not in the outbox — keep the form.
        sent(str, str): (item id, ticket ID) the ticket was filed or found on the server
            (ticket ID "" when the agent marked it sent without one).
        attention(str): the item needs the agent (see its ``attention``).
        status_changed(object): the ``ReplayStatus`` (why replay waits, until when).
        damaged(list): ``DamagedItem`` entries moved aside while loading.
    """

    changed = Signal()
    stored = Signal(str)
    store_failed = Signal(str, object)
    sent = Signal(str, str)
    attention = Signal(str)
    status_changed = Signal(object)
    damaged = Signal(list)

    def __init__(
        self,
        ctx: AppContext,
        spam: SpamGuard,
        parent: QObject | None = None,
        *,
        schedule: ReplaySchedule | None = None,
        clock: Callable[[], int] = local_now_ms,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.spam = spam
        self.schedule = schedule or ReplaySchedule()
        self.clock = clock
        self._items: dict[str, OutboxItem] = {}
        self._writer: ItemWriter | None = None
        self._profile_id: str | None = None
        self._loading = False
        self._started = False
        self.loop = ReplayLoop(self)
        self.loop.status_changed.connect(self.status_changed)

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Load the current profile's outbox and follow the session (call once)."""
        if self._started:
            return
        self._started = True
        self.ctx.session.changed.connect(self._session_changed)
        self.ctx.bus.ticket_created.connect(self._network_is_back)
        self.spam.changed.connect(self._spam_changed)
        self.ctx.add_flush_hook(self, self.flush)
        self._session_changed()

    def store_for(self, profile_id: str) -> OutboxStore:
        return OutboxStore(profile_dir(self.ctx.paths.data_dir, profile_id) / OUTBOX_DIR)

    @property
    def store(self) -> OutboxStore | None:
        return self._writer.store if self._writer is not None else None

    @property
    def ready(self) -> bool:
        return self._writer is not None and not self._loading

    @Slot()
    def _session_changed(self) -> None:
        profile = self.ctx.session.profile
        profile_id = profile.profile_id if profile is not None else None
        if profile_id == self._profile_id and self._writer is not None:
            if self.loop.status.pause in (Pause.NO_CONNECTION, Pause.AUTH, Pause.OFFLINE, Pause.SERVER):
                self.loop.resume()  # a new key or address may have fixed it
            self.loop.kick_soon()
            return
        self.flush()
        self.loop.abort()
        if self._writer is not None:
            self._writer.closed = True
        self._items.clear()
        self._profile_id = profile_id
        self._writer = None
        self.loop.reuploaded.clear()
        self.loop.failures = 0
        self.changed.emit()
        if profile_id is None:
            self.loop.set_status(Pause.NO_CONNECTION)
            return
        writer = self._writer = ItemWriter(self.store_for(profile_id), self.ctx.disk)
        self._loading = True
        self.loop.set_status(Pause.LOADING)
        self.ctx.disk.submit(
            lambda _t: writer.store.scan(),
            on_success=lambda scan: self._loaded(writer, scan),
            on_failure=lambda exc: log.error("could not read the outbox: %s", exc),
        )

    def _loaded(self, writer: ItemWriter, scan: OutboxScan) -> None:
        if writer is not self._writer:
            return
        now = self.clock()
        for item in scan.items:
            if item.state is ItemState.SENT and now - item.updated_ms >= SENT_RETENTION_MS:
                writer.delete(item.item_id)
                continue
            recovered = item.recovered()
            if recovered.maybe_sent and not recovered.usercode and recovered.pending:
                recovered = self._attention_item(recovered, AttentionReason.MAYBE_SENT_NO_USERCODE)
            self._items[item.item_id] = recovered
            if recovered != item:
                writer.save(recovered)
        self._loading = False
        self.loop.set_status(Pause.NONE)
        self.changed.emit()
        if scan.damaged:
            self.damaged.emit(list(scan.damaged))
        self.loop.kick_soon()

    def flush(self) -> None:
        """Write what is still queued for the disk lane now (shutdown, profile switch)."""
        if self._writer is not None:
            self._writer.flush(self._items.values())

    # -- the agent's view ------------------------------------------------------------------
    def items(self) -> list[OutboxItem]:
        """Every item of this profile, oldest first."""
        return sorted(self._items.values(), key=lambda i: (i.created_ms, i.item_id))

    def item(self, item_id: str) -> OutboxItem | None:
        return self._items.get(item_id)

    @property
    def count_pending(self) -> int:
        """Items the outbox will still send on its own (waiting or sending): the status bar count."""
        return sum(1 for i in self._items.values() if i.pending)

    @property
    def count_attention(self) -> int:
        return sum(1 for i in self._items.values() if i.state is ItemState.NEEDS_ATTENTION)

    @property
    def status(self) -> ReplayStatus:
        return self.loop.status

    def claimed_ticket_ids(self) -> set[str]:
        """Ticket IDs already owned by an item (a lookup never matches them again)."""
        return {i.ticket_id for i in self._items.values() if i.ticket_id}

    # -- the agent's actions ---------------------------------------------------------------
    def queue(
        self,
        ticket: NewTicket,
        attachment_paths: Sequence[Path] = (),
        *,
        maybe_sent: bool = False,
        since_ms: int | None = None,
    ) -> str:
        """Keep ``ticket`` for later and return its item id at once (``stored`` or
        ``store_failed`` follows). ``ticket.attachment_ids`` are ignored: ``attachment_paths``
        are copied now and uploaded during replay. ``maybe_sent``: a live attempt may already
        have created it; ``since_ms`` is when that attempt started (default: 10 minutes ago)."""
        item_id = new_item_id()
        writer = self._writer
        if writer is None:
            exc = no_connection()
            QTimer.singleShot(0, self, lambda: self.store_failed.emit(item_id, exc))
            return item_id
        # Strictly increasing creation times keep replay in queue order (oldest first).
        now = max(self.clock(), max((i.created_ms + 1 for i in self._items.values()), default=0))
        since = since_ms if since_ms is not None else now - MAYBE_SENT_LOOKBACK_MS
        item = OutboxItem(
            item_id, replace(ticket, attachment_ids=()), maybe_sent=maybe_sent,
            since_ms=since if maybe_sent else None, created_ms=now, updated_ms=now,
        )  # fmt: skip
        if maybe_sent and not item.usercode:
            item = self._attention_item(item, AttentionReason.MAYBE_SENT_NO_USERCODE)
        self._items[item_id] = item
        writer.add(
            item, [Path(p) for p in attachment_paths],
            on_success=lambda stored: self._stored(writer, stored),
            on_failure=lambda exc: self._store_failed(writer, item_id, exc),
        )  # fmt: skip
        self.changed.emit()
        return item_id

    def _stored(self, writer: ItemWriter, stored: OutboxItem) -> None:
        if writer is not self._writer or stored.item_id not in self._items:
            return
        current = replace(self._items[stored.item_id], files=stored.files)
        self._items[stored.item_id] = current
        if current != stored:  # changed by the agent while it was being written
            writer.save(current)
        self.stored.emit(stored.item_id)
        self.changed.emit()
        if current.state is ItemState.NEEDS_ATTENTION:
            self.attention.emit(stored.item_id)
        self.loop.kick_soon()

    def _store_failed(self, writer: ItemWriter, item_id: str, exc: BaseException) -> None:
        if writer is self._writer:
            self._items.pop(item_id, None)
            self.changed.emit()
        log.error("could not queue a ticket in the outbox: %s", exc)
        self.store_failed.emit(item_id, exc)

    def replay_now(self) -> None:
        """The agent asks to try now: ends any wait, including a spam block and the daily guard
        (a new 1001/1002 refusal stops replay again; the per-minute pacing still applies)."""
        if self.loop.status.pause in (Pause.SPAM_BLOCKED, Pause.SPAM_DAILY):
            self.loop.override_spam = True
        self.loop.resume()

    def retry(self, item_id: str) -> bool:
        """Send an item that needed attention again (the agent fixed the cause). Refused for
        ``MAYBE_SENT_NO_USERCODE``: that needs ``mark_not_sent`` or ``mark_sent``."""
        item = self._items.get(item_id)
        if item is None or item.state is not ItemState.NEEDS_ATTENTION or item.attention is None:
            return False
        if item.attention.reason is AttentionReason.MAYBE_SENT_NO_USERCODE:
            return False
        self.loop.reuploaded.discard(item_id)
        self.put(item.changed(self.clock(), state=ItemState.WAITING, attention=None))
        self.loop.kick_soon()
        return True

    def mark_not_sent(self, item_id: str) -> bool:
        """The agent checked: it is not on the server. It is sent like a new item."""
        item = self._items.get(item_id)
        if item is None or item.state in (ItemState.SENT, ItemState.SENDING):
            return False
        self.put(item.changed(
            self.clock(), state=ItemState.WAITING, attention=None, maybe_sent=False, since_ms=None,
        ))  # fmt: skip
        self.loop.kick_soon()
        return True

    def mark_sent(self, item_id: str, ticket_id: str = "") -> bool:
        """The agent found it on the server (``ticket_id`` if known): nothing more is sent."""
        item = self._items.get(item_id)
        if item is None or item.state in (ItemState.SENT, ItemState.SENDING):
            return False
        self.finish_sent(item, ticket_id, found_by_lookup=False)
        return True

    def discard(self, item_id: str) -> bool:
        """Drop an item and its attachment copies. Refused while its create is in flight."""
        item = self._items.get(item_id)
        if item is None or self._writer is None:
            return False
        if item_id == self.loop.active:
            if item.create_started_ms is not None:
                return False
            self.loop.abort()
            self.loop.kick_soon()
        del self._items[item_id]
        self._writer.delete(item_id)
        self.changed.emit()
        return True

    def clear_sent(self) -> None:
        """Forget every filed item (they are only a record)."""
        for item in [i for i in self._items.values() if i.state is ItemState.SENT]:
            del self._items[item.item_id]
            if self._writer is not None:
                self._writer.delete(item.item_id)
        self.changed.emit()

    # -- used by the replay loop -------------------------------------------------------------
    def next_waiting(self) -> OutboxItem | None:
        writer = self._writer
        waiting = [
            i for i in self._items.values()
            if i.state is ItemState.WAITING and writer is not None and not writer.adding(i.item_id)
        ]  # fmt: skip
        return min(waiting, key=lambda i: (i.created_ms, i.item_id), default=None)

    def keep(self, item: OutboxItem) -> None:
        """Change ``item`` in memory only (states that need not survive a crash)."""
        self._items[item.item_id] = item
        self.changed.emit()

    def put(
        self,
        item: OutboxItem,
        *,
        then: Callable[[], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Change ``item`` and write it; ``then`` runs once it is on disk."""
        self.keep(item)
        if self._writer is not None:
            self._writer.save(item, then=then, on_failure=on_failure)

    def needs_attention(self, item: OutboxItem, attention: Attention) -> None:
        self.put(item.changed(self.clock(), state=ItemState.NEEDS_ATTENTION, attention=attention))
        self.attention.emit(item.item_id)

    def _attention_item(self, item: OutboxItem, reason: AttentionReason) -> OutboxItem:
        return item.changed(self.clock(), state=ItemState.NEEDS_ATTENTION, attention=Attention(reason))

    def finish_sent(self, item: OutboxItem, ticket_id: str, *, found_by_lookup: bool) -> None:
        """Record the ticket ID, drop the attachment copies, tell everyone."""
        writer = self._writer
        done = item.changed(
            self.clock(), state=ItemState.SENT, ticket_id=ticket_id or None, attention=None,
            create_started_ms=None, found_by_lookup=found_by_lookup,
        )  # fmt: skip
        self.put(done, then=(lambda: writer.remove_files(item.item_id)) if writer is not None else None)
        self.sent.emit(item.item_id, ticket_id)
        if ticket_id:
            self.ctx.bus.ticket_created.emit(item.usercode, ticket_id)

    # -- outside events --------------------------------------------------------------------
    @Slot(str, str)
    def _network_is_back(self, _usercode: str, _ticket_id: str) -> None:
        """A ticket was filed (live or by replay): the service is reachable."""
        if self.loop.status.pause in (Pause.OFFLINE, Pause.SERVER) and self.loop.active is None:
            self.loop.resume()

    @Slot()
    def _spam_changed(self) -> None:
        if self.loop.status.pause is Pause.SPAM_BLOCKED and self.spam.block() is None:
            self.loop.resume()
        else:
            self.loop.kick_soon()  # e.g. the guard's record has just been loaded
