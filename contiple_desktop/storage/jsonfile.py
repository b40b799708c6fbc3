"""Reading small JSON files defensively, and moving damaged ones aside (never deleting them).

Shared by the per-profile stores of the outbox, spam counter, watch list, templates and
snippets (the drafts journal uses ``depth`` with its own limits). ``read_json`` raises
``Damage`` with a ``DamageReason`` for anything that is not a readable JSON document within
the size and depth limits; ``move_aside`` puts a file (or a folder) into a ``damaged/`` folder
under a name that never overwrites another. ``GatedJsonFile`` is the single-file store the spam
counter and the watch list share: ordered writes (``SeqGate``) and a damaged file set aside.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from contiple_desktop.domain.drafts import DamageReason
from contiple_desktop.storage.atomic import atomic_write, fsync_dir

T = TypeVar("T")
log = logging.getLogger(__name__)

MAX_JSON_BYTES = 4 * 1024 * 1024
MAX_JSON_DEPTH = 32


class Damage(Exception):
    """Why a stored file cannot be used."""

    def __init__(self, reason: DamageReason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def depth(value: object, limit: int) -> int:
    """Nesting depth of a JSON value, iteratively (stops counting past ``limit``)."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def parse_json(raw: bytes, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH) -> object:
    """The JSON document in ``raw`` or ``Damage``."""
    if not raw.strip():
        raise Damage(DamageReason.EMPTY, "the file is empty")
    if len(raw) > max_bytes:
        raise Damage(DamageReason.TOO_LARGE, f"{len(raw)} bytes")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise Damage(DamageReason.TOO_DEEP, "nested too deeply to read") from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise Damage(DamageReason.UNREADABLE, type(exc).__name__ + ": " + str(exc)[:120]) from None
    if depth(doc, max_depth) > max_depth:
        raise Damage(DamageReason.TOO_DEEP, f"nested deeper than {max_depth} levels")
    return doc


def read_json(path: Path, *, max_bytes: int = MAX_JSON_BYTES, max_depth: int = MAX_JSON_DEPTH) -> object:
    """The JSON document in ``path``; ``FileNotFoundError`` when absent, else ``Damage``."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise Damage(DamageReason.UNREADABLE, type(exc).__name__) from None
    return parse_json(raw, max_bytes=max_bytes, max_depth=max_depth)


def encode_json(doc: object) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def move_aside(path: Path, damaged_dir: Path) -> Path | None:
    """Move ``path`` into ``damaged_dir`` (``name.YYYYmmdd-HHMMSS[-n].ext``); None when it
    vanished meanwhile. Raises ``OSError`` when it cannot be moved (the caller leaves it)."""
    damaged_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    stem, suffix = (path.stem, path.suffix) if path.is_file() else (path.name, "")
    target = damaged_dir / f"{stem}.{stamp}{suffix}"
    n = 1
    while target.exists():
        n += 1
        target = damaged_dir / f"{stem}.{stamp}-{n}{suffix}"
    try:
        os.replace(path, target)
    except FileNotFoundError:
        return None
    fsync_dir(damaged_dir)
    fsync_dir(path.parent)
    return target


def safe_name(text: str, limit: int = 64) -> str:
    """``text`` as a file-name component: letters, digits, ``-`` and ``_`` only."""
    cleaned = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in text)[:limit]
    return cleaned or "_"


class SeqGate:
    """Write ordering for a single-file store: a write older than the last one applied is
    dropped, so a queued background write can never overwrite a newer synchronous one
    (shutdown flush). Callers take ``next()`` on the GUI thread and ``claim`` under their lock."""

    def __init__(self) -> None:
        self._next = 0
        self._applied = 0

    def next(self) -> int:
        self._next += 1
        return self._next

    @property
    def applied(self) -> int:
        return self._applied

    def claim(self, seq: int | None) -> bool:
        if seq is None:
            seq = self.next()
        if seq <= self._applied:
            return False
        self._applied = seq
        return True


class GatedJsonFile:
    """One JSON file of a profile, read and written whole under a lock, writes ordered by a
    ``SeqGate``; ``damaged_dir`` receives a file that cannot be read (``what`` names it in logs)."""

    what = "file"

    def __init__(self, path: Path, damaged_dir: Path) -> None:
        self.path = Path(path)
        self.damaged_dir = Path(damaged_dir)
        self._lock = threading.Lock()
        self._gate = SeqGate()

    def next_seq(self) -> int:
        with self._lock:
            return self._gate.next()

    @property
    def applied_seq(self) -> int:
        with self._lock:
            return self._gate.applied

    def _load(self, decode: Callable[[object], T], empty: Callable[[Path | None], T]) -> T:
        """``decode`` of the document; ``empty(None)`` when there is none, ``empty(kept)`` when
        it was damaged (``kept``: where it was moved, None if it could not be moved)."""
        with self._lock:
            try:
                return decode(read_json(self.path))
            except FileNotFoundError:
                return empty(None)
            except Damage as exc:
                try:
                    kept = move_aside(self.path, self.damaged_dir)
                except OSError as move_exc:
                    kept = None
                    log.warning("could not move the damaged %s aside: %s", self.what, move_exc)
                log.warning("%s %s is unreadable (%s: %s); starting again; kept at %s",
                            self.what, self.path.name, exc.reason.value, exc.detail, kept)  # fmt: skip
                return empty(kept)

    def _save(self, raw: Callable[[], bytes], seq: int | None) -> bool:
        """Write ``raw()``; False when a newer write already happened."""
        with self._lock:
            if not self._gate.claim(seq):
                return False
            atomic_write(self.path, raw())
            return True
