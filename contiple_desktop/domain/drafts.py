"""What a saved draft is, independent of where it is kept: kinds, the record, why one is unreadable.

``storage.drafts.DraftStore`` writes and reads these records; ``tasks.drafts.DraftAutosaver``
keeps one editor's draft on disk; the ui only ever sees ``Draft`` and ``DamagedDraft`` values.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DRAFT_VERSION = 1
KIND_TICKET = "ticket"
KIND_FOLLOWUP = "followup"
KIND_CALL_NOTES = "callnotes"
DRAFT_KINDS = (KIND_TICKET, KIND_FOLLOWUP, KIND_CALL_NOTES)


@dataclass(slots=True)
class Draft:
    """One saved draft; ``data`` is owned by whoever wrote it (JSON-able values only).

    ``kind`` is ``"ticket"`` (new-ticket form, ``key`` = a random draft id), ``"followup"``
    (a follow-up composer, ``key`` = the ticket id) or ``"callnotes"`` (the notes of one call).
    ``summary`` holds short strings for a "restore drafts" list.
    """

    kind: str
    key: str
    data: dict[str, Any]
    summary: dict[str, str] = field(default_factory=dict)
    updated_ms: int = 0


class DamageReason(enum.Enum):
    """Why a draft file could not be read (the ui words it; the file itself is kept)."""

    UNREADABLE = "unreadable"  # I/O error, not UTF-8, truncated or not JSON
    EMPTY = "empty"
    TOO_LARGE = "too_large"
    TOO_DEEP = "too_deep"
    WRONG_SHAPE = "wrong_shape"  # a field is missing or has the wrong type
    UNSUPPORTED_VERSION = "unsupported_version"


@dataclass(frozen=True, slots=True)
class DamagedDraft:
    """A draft file that could not be read, and where it was moved (never deleted)."""

    file_name: str
    kept_at: Path
    reason: DamageReason
    detail: str = ""


@dataclass(frozen=True, slots=True)
class DraftScan:
    """Everything one look into the drafts folder found: readable drafts (newest first) and
    the files that had to be moved aside."""

    drafts: list[Draft]
    damaged: list[DamagedDraft]


def new_draft_key() -> str:
    import uuid  # (with platform: ~3 ms) only when a draft is first made, not at start-up

    return uuid.uuid4().hex
