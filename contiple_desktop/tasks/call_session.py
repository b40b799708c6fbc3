"""The call in progress: when it began, who is calling, and the agent's private notes for it.

A call starts on a hand-off (``bus.call_started``) or on "New call" (``start``) and lasts until
the agent says "Next caller" (``end``) — a submit does not end it. One ``CallSession`` per
``AppContext`` (``call_session(ctx)``); the ui shows it (timer, identity, notes) and decides
what to fill in.

* **Who.** ``identity`` is what the hand-off said, completed by the caller lookup
  (``tasks.caller_ops.lookup_caller``, started by ``start`` for the hand-off's number or by
  ``look_up`` for a number the agent typed): ``looked_up`` carries each
  ``CallerLookupResult`` of the current call. ``load_open_tickets`` asks for the caller's open
  tickets (``tasks.call_ops``): ``open_tickets`` carries the answer.
* **Notes.** ``set_notes`` keeps the notes in a ``DraftAutosaver`` (``KIND_CALL_NOTES``, key =
  the call id; at most ~0.6 s behind, flushed at shutdown). Only calls *with* notes are written:
  an empty pad leaves nothing on disk. ``end`` deletes the call's notes draft. After a crash,
  the notes drafts found on disk (``scan_notes``) can be resumed (``resume``): identity, start
  time and notes come back. Notes never leave the machine unless the agent inserts them.

Times are epoch milliseconds (the ui formats them). ``repr`` of everything here masks phone
numbers and e-mail addresses; nothing personal is logged.

Signals (``CallSession``):
    started(): a call began (or was resumed); read ``identity``, ``started_ms``, ``notes``.
    looked_up(object): a ``CallerLookupResult`` for the current call arrived.
    open_tickets(object): an ``OpenTickets`` for the current caller arrived.
    lookup_failed(object): an open-tickets request failed (the exception).
    ended(): the call ended ("Next caller"); its notes draft is deleted.
    command(str): the agent asked, with a button of the call view, for ``"follow_up"``,
        ``"summary"`` or ``"next_caller"``; the shell carries it out as for the Call menu.
"""

from __future__ import annotations

import logging
import time
import uuid
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from contiple_desktop.domain.drafts import KIND_CALL_NOTES, Draft, DraftScan, new_draft_key
from contiple_desktop.domain.handoff import CallRequest
from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.tasks import call_ops, caller_ops
from contiple_desktop.tasks import drafts as draft_ops
from contiple_desktop.tasks.caller_ops import CallerLookupResult
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.drafts import DraftAutosaver

log = logging.getLogger(__name__)

LOOKUP_KEY = "call:lookup"
NOTES_SCAN_KEY = "call:notes-scan"


def _now_ms() -> int:
    return int(time.time() * 1000)


def _identity_data(identity: CallerIdentity) -> dict[str, str]:
    parts = {"usercode": identity.usercode, "name": identity.name, "email": identity.email,
             "phone": identity.phone}  # fmt: skip
    return {k: v for k, v in parts.items() if v}


def identity_from_data(data: object) -> CallerIdentity:
    """The identity a notes draft carries (anything unreadable is left out)."""
    if not isinstance(data, dict):
        return CallerIdentity()

    def part(name: str) -> str | None:
        value = data.get(name)
        return value.strip() or None if isinstance(value, str) else None

    return CallerIdentity(part("usercode"), part("name"), part("email"), part("phone"))


def merge_identity(base: CallerIdentity, found: CallerIdentity) -> CallerIdentity:
    """``base`` with its empty parts taken from ``found`` (what the hand-off said wins)."""
    return CallerIdentity(
        usercode=base.usercode or found.usercode,
        name=base.name or found.name,
        email=base.email or found.email,
        phone=base.phone or found.phone,
    )


class CallSession(QObject):
    """The call in progress (at most one). Signals: see the module docstring."""

    started = Signal()
    looked_up = Signal(object)
    open_tickets = Signal(object)
    lookup_failed = Signal(object)
    ended = Signal()
    command = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.active = False
        self.call_id = ""
        self.started_ms = 0
        self.request: CallRequest | None = None
        self.identity = CallerIdentity()
        self.lookup: CallerLookupResult | None = None
        self.open: call_ops.OpenTickets | None = None
        self.notes = ""
        self._saver = DraftAutosaver.for_editor(
            ctx, KIND_CALL_NOTES, new_draft_key(), self._snapshot, parent=self
        )
        ctx.add_flush_hook(self, self._flush)

    def __repr__(self) -> str:
        state = f"call {self.call_id[:8]}" if self.active else "no call"
        return f"CallSession({state}, identity={self.identity!r})"

    # -- the call ----------------------------------------------------------------------------
    def start(self, request: CallRequest | None = None) -> None:
        """Begin a call (a hand-off's ``request``, or None for "New call"); the caller lookup
        starts at once when there is a phone number. A call in progress ends first (its notes
        draft stays on disk when it has notes: ``scan_notes`` offers it)."""
        self._close_current(keep_notes=True)
        self._begin(uuid.uuid4().hex, _now_ms(), request, "")
        if request is not None:
            self.identity = CallerIdentity(request.usercode, request.name, request.email, request.phone)
        log.info("call started (%s)", request.source.value if request is not None else "new call")
        self.started.emit()
        if request is not None and request.phone:
            self.look_up(request.phone)

    def resume(self, draft: Draft) -> None:
        """Continue the call a notes draft belongs to (after a crash): same id, start and notes."""
        self._close_current(keep_notes=True)
        started = draft.data.get("started_ms")
        notes = draft.data.get("notes")
        self._begin(
            draft.key,
            started if isinstance(started, int) and not isinstance(started, bool) else draft.updated_ms,
            None,
            notes if isinstance(notes, str) else "",
        )
        self.identity = identity_from_data(draft.data.get("identity"))
        log.info("call resumed from its notes")
        self.started.emit()

    def end(self) -> None:
        """ "Next caller": the call is over; its notes draft is deleted."""
        if not self.active:
            return
        self._close_current(keep_notes=False)
        log.info("call ended")
        self.ended.emit()

    def _begin(self, call_id: str, started_ms: int, request: CallRequest | None, notes: str) -> None:
        self.active = True
        self.call_id = call_id
        self.started_ms = started_ms
        self.request = request
        self.identity = CallerIdentity()
        self.lookup = None
        self.open = None
        self.notes = notes
        self._saver.set_key(call_id)

    def _close_current(self, *, keep_notes: bool) -> None:
        self.ctx.runner.cancel_key(LOOKUP_KEY)
        self.ctx.runner.cancel_key(call_ops.OPEN_KEY)
        if self.active:
            if keep_notes and self.notes.strip():
                self._saver.flush_async()  # kept on disk: offered again by ``scan_notes``
            else:
                self._saver.discard()
        self.active = False
        self.call_id = ""
        self.request = None
        self.identity = CallerIdentity()
        self.lookup = None
        self.open = None
        self.notes = ""

    def set_identity(self, identity: CallerIdentity) -> None:
        """What the ui now shows for the caller (the notes draft keeps it for a resume)."""
        self.identity = identity
        if self.notes.strip():
            self._saver.schedule()

    def elapsed_ms(self, now_ms: int | None = None) -> int:
        return max(0, (now_ms if now_ms is not None else _now_ms()) - self.started_ms) if self.active else 0

    # -- lookups -----------------------------------------------------------------------------
    def look_up(self, phone_text: str) -> None:
        """Ask the caller lookup who calls from ``phone_text`` (newest wins); ``looked_up``."""
        call_id = self.call_id

        def done(result: CallerLookupResult) -> None:
            if call_id != self.call_id:
                return  # another call meanwhile
            self.lookup = result
            if result.identity is not None:
                self.identity = merge_identity(self.identity, result.caller())
            log.info("caller lookup: %s", result.outcome.value)
            self.looked_up.emit(result)

        caller_ops.lookup_caller(self.ctx, phone_text, done, key=LOOKUP_KEY)

    def load_open_tickets(self, usercode: str) -> None:
        """Ask for ``usercode``'s open tickets; ``open_tickets`` (or ``lookup_failed``)."""
        call_id = self.call_id

        def done(found: call_ops.OpenTickets) -> None:
            if call_id == self.call_id:
                self.open = found
                self.open_tickets.emit(found)

        def failed(exc: BaseException) -> None:
            if call_id == self.call_id:
                log.info("open tickets not loaded: %s", type(exc).__name__)
                self.lookup_failed.emit(exc)

        call_ops.load_open_tickets(self.ctx, usercode, done, failed)

    # -- notes -------------------------------------------------------------------------------
    def set_notes(self, text: str) -> None:
        """The notes pad changed: saved within ~0.6 s (an empty pad removes the draft)."""
        if text == self.notes:
            return
        self.notes = text
        if self.active:
            self._saver.schedule()

    @property
    def saver(self) -> DraftAutosaver:
        """The notes' autosaver (its ``key`` is the current call's id)."""
        return self._saver

    def _snapshot(self) -> tuple[dict[str, Any], dict[str, str]] | None:
        if not self.active or not self.notes.strip():
            return None
        data = {
            "call_id": self.call_id,
            "started_ms": self.started_ms,
            "identity": _identity_data(self.identity),
            "notes": self.notes,
        }
        summary = {"caller": self.identity.usercode or self.identity.name or "", "notes": self.notes[:80]}
        return data, summary

    def _flush(self) -> None:
        if self.active:
            self._saver.flush()

    def scan_notes(self, on_success: Callable[[DraftScan], None]) -> None:
        """The notes drafts on disk other than the current call's (newest first), and the draft
        files of any kind that could not be read (a scan moves them aside: show them)."""

        def scanned(scan: DraftScan) -> None:
            on_success(DraftScan([d for d in scan.drafts if d.key != self.call_id], scan.damaged))

        draft_ops.scan_drafts(self.ctx, KIND_CALL_NOTES, on_success=scanned, key=NOTES_SCAN_KEY)

    def delete_notes(self, draft: Draft) -> None:
        draft_ops.delete_draft(self.ctx, KIND_CALL_NOTES, draft.key)


_sessions: weakref.WeakKeyDictionary[AppContext, CallSession] = weakref.WeakKeyDictionary()


def call_session(ctx: AppContext) -> CallSession:
    """The call session of ``ctx`` (made on first use, a child of its bus)."""
    session = _sessions.get(ctx)
    if session is None:
        session = _sessions[ctx] = CallSession(ctx, ctx.bus)
    return session
