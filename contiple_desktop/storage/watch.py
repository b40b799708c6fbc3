"""The watch list on disk (per profile): watched tickets, unseen changes, the retention.

``watch.json`` in the profile's folder (``storage.profile_data``)::

    {"version": 1, "retention_days": 7,
     "tickets": [{"ticket_id": "T…", "usercode": "cust-001", "source": "filed", "added_ms": …,
                  "subject": "…", "status": "new", "updated_ms": …, "agent_replies": 0,
                  "last_change_ms": null, "missing": 0}, …],
     "events": [{"ticket_id": "T…", "usercode": "…", "subject": "…", "old_status": "new",
                 "new_status": "solved", "new_reply": true, "at_ms": …}, …]}

``events`` are the changes the agent has not opened yet (the badge survives a restart; at most
``MAX_EVENTS`` are kept). A damaged file is moved into the profile's ``damaged/`` folder (never
deleted), logged, and the list starts empty. Qt-free and thread-safe; written on the disk lane.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contiple_desktop.domain.drafts import DamageReason
from contiple_desktop.domain.watch import DEFAULT_RETENTION_DAYS, WatchedTicket, WatchEvent, WatchSource
from contiple_desktop.storage.jsonfile import Damage, GatedJsonFile, encode_json

log = logging.getLogger(__name__)

VERSION = 1
MAX_EVENTS = 200


@dataclass(frozen=True, slots=True)
class WatchState:
    tickets: tuple[WatchedTicket, ...] = ()
    events: tuple[WatchEvent, ...] = ()
    retention_days: int = DEFAULT_RETENTION_DAYS
    damaged: tuple[Path, ...] = field(default=(), compare=False)


def _opt_int(doc: dict[str, Any], key: str) -> int | None:
    value = doc.get(key)
    if value is None:
        return None
    if type(value) is not int:
        raise Damage(DamageReason.WRONG_SHAPE, f"{key} is {type(value).__name__}")
    return value


def _str(doc: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = doc.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise Damage(DamageReason.WRONG_SHAPE, f"{key} is {type(value).__name__}")
    return value


def _ticket(doc: object) -> WatchedTicket:
    if not isinstance(doc, dict):
        raise Damage(DamageReason.WRONG_SHAPE, "a ticket is not an object")
    try:
        source = WatchSource(doc.get("source"))
    except ValueError:
        raise Damage(DamageReason.WRONG_SHAPE, f"source is {doc.get('source')!r}") from None
    added = _opt_int(doc, "added_ms")
    return WatchedTicket(
        ticket_id=_str(doc, "ticket_id") or "", usercode=_str(doc, "usercode") or "", source=source,
        added_ms=added or 0, subject=_str(doc, "subject", optional=True) or "",
        status=_str(doc, "status", optional=True), updated_ms=_opt_int(doc, "updated_ms"),
        agent_replies=_opt_int(doc, "agent_replies"), last_change_ms=_opt_int(doc, "last_change_ms"),
        missing=_opt_int(doc, "missing") or 0,
    )  # fmt: skip


def _event(doc: object) -> WatchEvent:
    if not isinstance(doc, dict):
        raise Damage(DamageReason.WRONG_SHAPE, "an event is not an object")
    return WatchEvent(
        ticket_id=_str(doc, "ticket_id") or "", usercode=_str(doc, "usercode") or "",
        subject=_str(doc, "subject", optional=True) or "", old_status=_str(doc, "old_status", optional=True),
        new_status=_str(doc, "new_status") or "", new_reply=doc.get("new_reply") is True,
        at_ms=_opt_int(doc, "at_ms") or 0,
    )  # fmt: skip


def decode(doc: object) -> WatchState:
    if not isinstance(doc, dict):
        raise Damage(DamageReason.WRONG_SHAPE, f"the document is a {type(doc).__name__}")
    if doc.get("version") != VERSION:
        raise Damage(DamageReason.UNSUPPORTED_VERSION, f"unsupported version {doc.get('version')!r}")
    tickets, events = doc.get("tickets"), doc.get("events", [])
    if not isinstance(tickets, list) or not isinstance(events, list):
        raise Damage(DamageReason.WRONG_SHAPE, "tickets/events are not lists")
    retention = _opt_int(doc, "retention_days") or DEFAULT_RETENTION_DAYS
    return WatchState(tuple(_ticket(t) for t in tickets), tuple(_event(e) for e in events),
                      max(1, retention))  # fmt: skip


def encode(state: WatchState) -> bytes:
    return encode_json({
        "version": VERSION,
        "retention_days": state.retention_days,
        "tickets": [
            {"ticket_id": t.ticket_id, "usercode": t.usercode, "source": t.source.value,
             "added_ms": t.added_ms, "subject": t.subject, "status": t.status, "updated_ms": t.updated_ms,
             "agent_replies": t.agent_replies, "last_change_ms": t.last_change_ms, "missing": t.missing}
            for t in state.tickets
        ],
        "events": [
            {"ticket_id": e.ticket_id, "usercode": e.usercode, "subject": e.subject,
             "old_status": e.old_status, "new_status": e.new_status, "new_reply": e.new_reply,
             "at_ms": e.at_ms}
            for e in state.events[-MAX_EVENTS:]
        ],
    })  # fmt: skip


class WatchStore(GatedJsonFile):
    """One profile's ``watch.json``; ``damaged_dir`` receives a file that cannot be read
    (the list starts empty and says where the old one was kept)."""

    what = "watch list"

    def load(self) -> WatchState:
        return self._load(decode, lambda kept: WatchState(damaged=(kept,) if kept is not None else ()))

    def save(self, state: WatchState, *, seq: int | None = None) -> bool:
        return self._save(lambda: encode(state), seq)
