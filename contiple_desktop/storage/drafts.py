"""Draft journal: unsent tickets, follow-ups and call notes survive crashes, kills and power loss.

One JSON file per draft in ``paths.drafts_dir``, written atomically (temp file in the same
directory + ``fsync`` + ``os.replace`` + directory ``fsync``)::

    {"version": 1, "kind": "ticket", "key": "<id>", "updated_ms": 1764031689401,
     "summary": {"caller": "cust-001", "subject": "..."}, "data": {...}}

* ``DraftStore`` is Qt-free and thread-safe; ``shared_store(dir)`` gives the process-wide one
  (``AppContext.drafts``). Every write carries a sequence number from ``next_seq``; a write or
  delete older than the last one applied is dropped, so a slow worker can never resurrect a
  deleted draft or overwrite a newer one.
* **A damaged file never hides the others.** ``scan`` reads every file it can; a file that is
  truncated, not JSON, empty, too large, nested too deeply, of another schema version or with a
  field of the wrong type is *moved* into ``damaged/`` beside the drafts (never deleted) and
  reported as a ``DamagedDraft``, so the ui can say where it was kept. ``summary`` is cosmetic:
  a wrong one is replaced by an empty one and the draft is still offered.
* Debounced saving from an editor is ``tasks.drafts.DraftAutosaver``; the records themselves are
  ``domain.drafts``.
"""

from __future__ import annotations

import builtins
import json
import logging
import os
import re
import threading
import time
from pathlib import Path

from contiple_desktop.domain.drafts import (
    DRAFT_VERSION,
    KIND_FOLLOWUP,
    KIND_TICKET,
    DamagedDraft,
    DamageReason,
    Draft,
    DraftScan,
    new_draft_key,
)
from contiple_desktop.storage.atomic import atomic_write, fsync_dir
from contiple_desktop.storage.jsonfile import depth

log = logging.getLogger(__name__)

__all__ = [
    "DAMAGED_DIR",
    "DRAFT_VERSION",
    "KIND_FOLLOWUP",
    "KIND_TICKET",
    "MAX_DRAFT_BYTES",
    "MAX_DRAFT_DEPTH",
    "Draft",
    "DraftStore",
    "new_draft_key",
    "shared_store",
]

DAMAGED_DIR = "damaged"
MAX_DRAFT_BYTES = 16 * 1024 * 1024
"""A draft holds text and attachment references (never file bytes): anything larger is damage."""
MAX_DRAFT_DEPTH = 32
_SAFE = re.compile(r"[^A-Za-z0-9_-]")


class _Damage(Exception):
    def __init__(self, reason: DamageReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def encode(draft: Draft) -> bytes:
    doc = {
        "version": DRAFT_VERSION,
        "kind": draft.kind,
        "key": draft.key,
        "updated_ms": draft.updated_ms,
        "summary": draft.summary,
        "data": draft.data,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def decode(raw: bytes, file_name: str) -> Draft:
    """A ``Draft`` from file bytes, or ``_Damage`` saying exactly what is wrong."""
    if not raw.strip():
        raise _Damage(DamageReason.EMPTY, "the file is empty")
    if len(raw) > MAX_DRAFT_BYTES:
        raise _Damage(DamageReason.TOO_LARGE, f"{len(raw)} bytes")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise _Damage(DamageReason.TOO_DEEP, "nested too deeply to read") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise _Damage(DamageReason.UNREADABLE, type(exc).__name__ + ": " + str(exc)[:120]) from None
    if depth(doc, MAX_DRAFT_DEPTH) > MAX_DRAFT_DEPTH:
        raise _Damage(DamageReason.TOO_DEEP, f"nested deeper than {MAX_DRAFT_DEPTH} levels")
    if not isinstance(doc, dict):
        raise _Damage(DamageReason.WRONG_SHAPE, f"the document is a {type(doc).__name__}")
    version = doc.get("version")
    if type(version) is not int:
        raise _Damage(DamageReason.WRONG_SHAPE, f"version is {type(version).__name__}")
    if version != DRAFT_VERSION:
        raise _Damage(DamageReason.UNSUPPORTED_VERSION, f"unsupported version {version!r}")
    kind, key, data, updated = doc.get("kind"), doc.get("key"), doc.get("data"), doc.get("updated_ms", 0)
    if not isinstance(kind, str) or not kind:
        raise _Damage(DamageReason.WRONG_SHAPE, f"kind is {type(kind).__name__}")
    if not isinstance(key, str) or not key:
        raise _Damage(DamageReason.WRONG_SHAPE, f"key is {type(key).__name__}")
    if not isinstance(data, dict):
        raise _Damage(DamageReason.WRONG_SHAPE, f"data is {type(data).__name__}")
    if type(updated) is not int or updated < 0:
        raise _Damage(DamageReason.WRONG_SHAPE, f"updated_ms is {type(updated).__name__}")
    raw_summary = doc.get("summary")
    summary: dict[str, str] = {}
    if isinstance(raw_summary, dict):
        summary = {str(k): v for k, v in raw_summary.items() if isinstance(v, str)}
    elif raw_summary is not None:
        log.info(
            "draft %s has a summary of type %s; shown without one", file_name, type(raw_summary).__name__
        )
    return Draft(kind=kind, key=key, data=data, summary=summary, updated_ms=updated)


class DraftStore:
    """Thread-safe, atomic, one-file-per-draft store under ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._seq: dict[tuple[str, str], int] = {}
        self._applied: dict[tuple[str, str], int] = {}

    @property
    def damaged_dir(self) -> Path:
        return self.directory / DAMAGED_DIR

    # -- naming ----------------------------------------------------------------------------
    def path_for(self, kind: str, key: str) -> Path:
        safe = _SAFE.sub("_", key)[:64]
        if safe != key:
            from hashlib import sha1  # (OpenSSL) only for a key that is not a safe name already

            safe = f"{safe}-{sha1(key.encode('utf-8')).hexdigest()[:10]}"
        return self.directory / f"{_SAFE.sub('_', kind)}-{safe}.json"

    # -- sequencing ------------------------------------------------------------------------
    def next_seq(self, kind: str, key: str) -> int:
        with self._lock:
            value = self._seq.get((kind, key), 0) + 1
            self._seq[(kind, key)] = value
            return value

    def applied_seq(self, kind: str, key: str) -> int:
        with self._lock:
            return self._applied.get((kind, key), 0)

    def _claim(self, kind: str, key: str, seq: int | None) -> bool:
        """Under the lock: may an operation with ``seq`` run? Records it when yes."""
        if seq is None:
            seq = self._seq.get((kind, key), 0) + 1
            self._seq[(kind, key)] = seq
        if seq <= self._applied.get((kind, key), 0):
            return False
        self._applied[(kind, key)] = seq
        return True

    # -- writing ---------------------------------------------------------------------------
    def save(self, draft: Draft, *, seq: int | None = None) -> bool:
        """Write ``draft`` atomically; False when a newer write or delete already happened."""
        with self._lock:
            if not self._claim(draft.kind, draft.key, seq):
                return False
            if not draft.updated_ms:
                draft.updated_ms = int(time.time() * 1000)
            atomic_write(self.path_for(draft.kind, draft.key), encode(draft))
            return True

    def delete(self, kind: str, key: str, *, seq: int | None = None) -> bool:
        """Remove the draft (missing is fine); False when a newer operation already ran."""
        with self._lock:
            if not self._claim(kind, key, seq):
                return False
            try:
                self.path_for(kind, key).unlink()
            except FileNotFoundError:
                pass
            return True

    # -- reading ---------------------------------------------------------------------------
    def load(self, kind: str, key: str) -> Draft | None:
        """The draft, or None when there is none (a damaged file is moved aside: see ``scan``)."""
        damaged: builtins.list[DamagedDraft] = []
        return self._read(self.path_for(kind, key), damaged)

    def list(self, kind: str | None = None) -> list[Draft]:
        """Every readable draft (of ``kind``), newest first."""
        return self.scan(kind).drafts

    def scan(self, kind: str | None = None) -> DraftScan:
        """Every readable draft (of ``kind``, newest first) and every damaged file moved aside."""
        drafts: builtins.list[Draft] = []
        damaged: builtins.list[DamagedDraft] = []
        if self.directory.is_dir():
            for path in sorted(self.directory.glob("*.json")):
                draft = self._read(path, damaged)
                if draft is not None and (kind is None or draft.kind == kind):
                    drafts.append(draft)
        drafts.sort(key=lambda d: d.updated_ms, reverse=True)
        return DraftScan(drafts, damaged)

    def _read(self, path: Path, damaged: builtins.list[DamagedDraft]) -> Draft | None:
        try:
            with open(path, "rb") as fh:
                raw = fh.read(MAX_DRAFT_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            problem = _Damage(DamageReason.UNREADABLE, type(exc).__name__)
        else:
            try:
                return decode(raw, path.name)
            except _Damage as exc:
                problem = exc
        kept = self._move_aside(path)
        log.warning(
            "draft %s is unreadable (%s: %s); kept at %s",
            path.name,
            problem.reason.value,
            problem.detail,
            kept,
        )
        if kept is not None:
            damaged.append(DamagedDraft(path.name, kept, problem.reason, problem.detail))
        return None

    def _move_aside(self, path: Path) -> Path | None:
        """Move a damaged file into ``damaged/`` under a name that never overwrites another."""
        with self._lock:
            target_dir = self.damaged_dir
            try:
                target_dir.mkdir(parents=True, exist_ok=True)
                stamp = time.strftime("%Y%m%d-%H%M%S")
                target = target_dir / f"{path.stem}.{stamp}{path.suffix}"
                n = 1
                while target.exists():
                    n += 1
                    target = target_dir / f"{path.stem}.{stamp}-{n}{path.suffix}"
                os.replace(path, target)
                fsync_dir(target_dir)
                fsync_dir(path.parent)
            except FileNotFoundError:
                return None  # someone else moved or deleted it meanwhile
            except OSError as exc:
                log.warning("could not move the damaged draft %s aside: %s", path.name, exc)
                return path  # left in place; still reported, never deleted
            return target


_SHARED: dict[Path, DraftStore] = {}
_SHARED_LOCK = threading.Lock()


def shared_store(directory: Path) -> DraftStore:
    """The one ``DraftStore`` of this process for ``directory`` (shared sequencing, so two
    widgets writing the same draft can never reorder each other's writes)."""
    key = Path(directory).resolve()
    with _SHARED_LOCK:
        store = _SHARED.get(key)
        if store is None:
            store = _SHARED[key] = DraftStore(key)
        return store
