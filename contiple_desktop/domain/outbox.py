"""What an outbox item is: a ticket that could not be filed yet, its files, and where it stands.

An item is queued when the network is down, the service answered 5xx, or creation was refused
for spam (1001/1002): the agent goes on with the next caller and the outbox files the ticket
later (``tasks.outbox.Outbox``). ``storage.outbox.OutboxStore`` keeps one JSON file per item.

States::

    WAITING ──replay──▶ SENDING ──created / found by lookup──▶ SENT (ticket_id)
       ▲                   │
       └── retry later ────┤  (network, 5xx, spam block: nothing lost)
                           └── the agent must decide ──▶ NEEDS_ATTENTION (attention.reason)

``maybe_sent`` is set once a create may have reached the server without an answer; from then
on every attempt first lists the caller's tickets (``since_ms`` onwards) and only creates when
none matches. An item without a user code that ``maybe_sent`` is never replayed blindly: it
needs the agent (``AttentionReason.MAYBE_SENT_NO_USERCODE``).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue

OUTBOX_VERSION = 1


class ItemState(enum.Enum):
    WAITING = "waiting"
    SENDING = "sending"
    SENT = "sent"
    NEEDS_ATTENTION = "needs_attention"


class AttentionReason(enum.Enum):
    """Why an item waits for the agent (the ui words it from the reason and ``params``)."""

    MAYBE_SENT_NO_USERCODE = "maybe_sent_no_usercode"
    """It may already be on the server, and without a user code it cannot be looked up."""
    VALIDATION = "validation"
    """The server refused field values; params ``errors``: [[field code, rule], …]."""
    ATTACHMENT_REJECTED = "attachment_rejected"
    """An upload rule refused a file; params ``file``, ``rule`` (``FileRule`` name)."""
    ATTACHMENT_MISSING = "attachment_missing"
    """The outbox's own copy of a file is gone or changed on disk; params ``file``."""
    NOT_FOUND = "not_found"
    """9005/404 even after uploading the files again: the inquiry type probably no longer exists."""
    REJECTED = "rejected"
    """Any other definite refusal; params ``result_code`` (or ``error`` = exception type)."""


@dataclass(frozen=True, slots=True)
class Attention:
    reason: AttentionReason
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class QueuedFile:
    """One attachment, copied into the outbox when queued (the copy is what gets sent).

    ``stored`` is the copy's path relative to the item's file folder; ``attachment_id`` and
    ``uploaded_ms`` are the last upload (IDs may expire, so old ones are uploaded again).
    """

    name: str
    stored: str
    size: int
    sha256: str
    attachment_id: str | None = None
    uploaded_ms: int | None = None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One queued ticket. ``ticket.attachment_ids`` is always empty here: ``files`` are the
    attachments, uploaded during replay.

    * ``since_ms``: local time of the first attempt that may have reached the server (the
      lookup looks for tickets created from then on);
    * ``create_started_ms``: set (and on disk) while a create POST is under way; an item found
      SENDING with it at start-up was interrupted mid-create, so it ``maybe_sent``;
    * ``attempts``: create attempts made; ``last_error``: the type of the last failure.
    """

    item_id: str
    ticket: NewTicket
    files: tuple[QueuedFile, ...] = ()
    state: ItemState = ItemState.WAITING
    ticket_id: str | None = None
    attention: Attention | None = None
    attempts: int = 0
    maybe_sent: bool = False
    since_ms: int | None = None
    create_started_ms: int | None = None
    created_ms: int = 0
    updated_ms: int = 0
    last_error: str | None = None
    found_by_lookup: bool = False

    @property
    def usercode(self) -> str:
        return self.ticket.end_user.usercode or ""

    @property
    def pending(self) -> bool:
        """Still to be sent by the outbox on its own (waiting or being sent)."""
        return self.state in (ItemState.WAITING, ItemState.SENDING)

    def changed(self, now_ms: int, **changes: Any) -> OutboxItem:
        return replace(self, updated_ms=now_ms, **changes)

    def recovered(self) -> OutboxItem:
        """The item as found at start-up: one left SENDING goes back to WAITING, and if its
        create had started it may have reached the server (``maybe_sent``)."""
        if self.state is not ItemState.SENDING:
            return self
        started = self.create_started_ms
        return replace(
            self,
            state=ItemState.WAITING,
            maybe_sent=self.maybe_sent or started is not None,
            since_ms=self.since_ms if self.since_ms is not None else started,
            create_started_ms=None,
        )


def new_item_id() -> str:
    return uuid.uuid4().hex


# -- JSON ------------------------------------------------------------------------------------
class ItemShapeError(ValueError):
    """A stored item with a missing or wrongly typed field (``detail`` names it)."""


def ticket_to_dict(ticket: NewTicket) -> dict[str, Any]:
    return {
        "category_id": ticket.category_id,
        "subject": ticket.subject,
        "content": ticket.content,
        "end_user": {
            "email": ticket.end_user.email,
            "username": ticket.end_user.username,
            "usercode": ticket.end_user.usercode,
            "phone": ticket.end_user.phone,
        },
        "type_one": ticket.type_one,
        "type_two": ticket.type_two,
        "language": ticket.language,
        "source": ticket.source,
        "user_fields": [
            {"code": f.code, "value": list(f.value) if isinstance(f.value, list) else f.value}
            for f in ticket.user_fields
        ],
    }


def _get(doc: Mapping[str, Any], key: str, kind: type | tuple[type, ...], *, optional: bool = False) -> Any:
    value = doc.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ItemShapeError(f"{key} is {type(value).__name__}")
    return value


def _field_value(raw: object) -> str | list[str]:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list) and all(isinstance(v, str) for v in raw):
        return list(raw)
    raise ItemShapeError(f"user field value is {type(raw).__name__}")


def ticket_from_dict(doc: Mapping[str, Any]) -> NewTicket:
    end = _get(doc, "end_user", dict)
    fields_raw = _get(doc, "user_fields", list)
    user_fields = []
    for item in fields_raw:
        if not isinstance(item, dict):
            raise ItemShapeError("user field is not an object")
        user_fields.append(UserFieldValue(_get(item, "code", str), _field_value(item.get("value"))))
    return NewTicket(
        category_id=_get(doc, "category_id", int),
        subject=_get(doc, "subject", str),
        content=_get(doc, "content", str),
        end_user=EndUser(
            email=_get(end, "email", str),
            username=_get(end, "username", str),
            usercode=_get(end, "usercode", str, optional=True),
            phone=_get(end, "phone", str, optional=True),
        ),
        type_one=_get(doc, "type_one", str, optional=True),
        type_two=_get(doc, "type_two", str, optional=True),
        language=_get(doc, "language", str, optional=True),
        source=_get(doc, "source", str),
        user_fields=tuple(user_fields),
    )


def item_to_dict(item: OutboxItem) -> dict[str, Any]:
    attention = None
    if item.attention is not None:
        attention = {"reason": item.attention.reason.value, "params": dict(item.attention.params)}
    return {
        "version": OUTBOX_VERSION,
        "item_id": item.item_id,
        "state": item.state.value,
        "ticket": ticket_to_dict(item.ticket),
        "files": [
            {
                "name": f.name, "stored": f.stored, "size": f.size, "sha256": f.sha256,
                "attachment_id": f.attachment_id, "uploaded_ms": f.uploaded_ms,
            }
            for f in item.files
        ],
        "ticket_id": item.ticket_id,
        "attention": attention,
        "attempts": item.attempts,
        "maybe_sent": item.maybe_sent,
        "since_ms": item.since_ms,
        "create_started_ms": item.create_started_ms,
        "created_ms": item.created_ms,
        "updated_ms": item.updated_ms,
        "last_error": item.last_error,
        "found_by_lookup": item.found_by_lookup,
    }  # fmt: skip


def _file_from_dict(doc: object) -> QueuedFile:
    if not isinstance(doc, dict):
        raise ItemShapeError("file is not an object")
    stored = _get(doc, "stored", str)
    if stored.startswith(("/", "\\")) or ".." in stored.replace("\\", "/").split("/"):
        raise ItemShapeError("file path leaves the outbox")
    return QueuedFile(
        name=_get(doc, "name", str),
        stored=stored,
        size=_get(doc, "size", int),
        sha256=_get(doc, "sha256", str),
        attachment_id=_get(doc, "attachment_id", str, optional=True),
        uploaded_ms=_get(doc, "uploaded_ms", int, optional=True),
    )


def item_from_dict(doc: Mapping[str, Any]) -> OutboxItem:
    """An item from its stored form; ``ItemShapeError`` names the first bad field."""
    try:
        state = ItemState(doc.get("state"))
    except ValueError:
        raise ItemShapeError(f"state is {doc.get('state')!r}") from None
    attention = None
    raw_attention = doc.get("attention")
    if raw_attention is not None:
        if not isinstance(raw_attention, dict):
            raise ItemShapeError("attention is not an object")
        try:
            reason = AttentionReason(raw_attention.get("reason"))
        except ValueError:
            raise ItemShapeError(f"attention reason is {raw_attention.get('reason')!r}") from None
        params = raw_attention.get("params")
        attention = Attention(reason, dict(params) if isinstance(params, dict) else {})
    if state is ItemState.NEEDS_ATTENTION and attention is None:
        raise ItemShapeError("needs_attention without a reason")
    item_id = _get(doc, "item_id", str)
    if not item_id or not all(c.isalnum() or c in "-_" for c in item_id):
        raise ItemShapeError("item_id is not a safe name")
    return OutboxItem(
        item_id=item_id,
        ticket=ticket_from_dict(_get(doc, "ticket", dict)),
        files=tuple(_file_from_dict(f) for f in _get(doc, "files", list)),
        state=state,
        ticket_id=_get(doc, "ticket_id", str, optional=True),
        attention=attention,
        attempts=_get(doc, "attempts", int),
        maybe_sent=_get(doc, "maybe_sent", bool),
        since_ms=_get(doc, "since_ms", int, optional=True),
        create_started_ms=_get(doc, "create_started_ms", int, optional=True),
        created_ms=_get(doc, "created_ms", int),
        updated_ms=_get(doc, "updated_ms", int),
        last_error=_get(doc, "last_error", str, optional=True),
        found_by_lookup=bool(doc.get("found_by_lookup", False)),
    )


@dataclass(frozen=True, slots=True)
class DamagedItem:
    """An outbox file or folder that could not be used, and where it was moved (never deleted).

    ``reason`` is a ``domain.drafts.DamageReason`` value for unreadable item files, or
    ``"orphan_files"`` for attachment copies whose item file is missing.
    """

    file_name: str
    kept_at: Path
    reason: str
    detail: str = ""


@dataclass(frozen=True, slots=True)
class OutboxScan:
    items: list[OutboxItem]
    damaged: list[DamagedItem]
