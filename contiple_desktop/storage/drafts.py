"""Draft journal: unsent tickets and follow-ups survive crashes, kills and power loss.

One JSON file per draft in ``paths.drafts_dir``, written atomically (temp file in the same
directory + ``fsync`` + ``os.replace`` + directory ``fsync``)::

    {"version": 1, "kind": "ticket", "key": "<id>", "updated_ms": 1764031689401,
     "summary": {"caller": "cust-001", "subject": "..."}, "data": {...}}

* ``kind`` is ``"ticket"`` (new-ticket form, ``key`` = a random draft id) or ``"followup"``
  (a follow-up composer, ``key`` = the ticket id). ``data`` belongs to the owner of the draft;
  ``summary`` holds short strings for a "restore drafts" list.
* ``DraftStore`` is Qt-free and thread-safe; ``shared_store(dir)`` gives the process-wide one.
  Every write carries a sequence number from ``next_seq``; a write or delete older than the
  last one applied is dropped, so a slow worker can never resurrect a deleted draft or
  overwrite a newer one.
* ``DraftAutosaver`` debounces changes (~500 ms) and submits the write to the task runner (no
  GUI-thread I/O); ``flush()`` writes synchronously and is meant for ``ctx.flush_hooks``.

Usage from a panel (the follow-up composer does the same with ``kind="followup"``)::

    store = shared_store(ctx.paths.drafts_dir)
    saver = DraftAutosaver(store, ctx.runner, "followup", ticket_id, snapshot=self._draft_data)
    ctx.flush_hooks.append(saver.flush)
    editor.textChanged.connect(saver.schedule)      # after a successful send: saver.discard()
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from hashlib import sha1
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from contiple_desktop.storage.atomic import atomic_write

log = logging.getLogger(__name__)

DRAFT_VERSION = 1
KIND_TICKET = "ticket"
KIND_FOLLOWUP = "followup"
_SAFE = re.compile(r"[^A-Za-z0-9_-]")


@dataclass(slots=True)
class Draft:
    """One saved draft; ``data`` is owned by whoever wrote it (JSON-able values only)."""

    kind: str
    key: str
    data: dict[str, Any]
    summary: dict[str, str] = field(default_factory=dict)
    updated_ms: int = 0

    def to_json(self) -> bytes:
        doc = {
            "version": DRAFT_VERSION,
            "kind": self.kind,
            "key": self.key,
            "updated_ms": self.updated_ms,
            "summary": self.summary,
            "data": self.data,
        }
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def new_draft_key() -> str:
    return uuid.uuid4().hex


class DraftStore:
    """Thread-safe, atomic, one-file-per-draft store under ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._seq: dict[tuple[str, str], int] = {}
        self._applied: dict[tuple[str, str], int] = {}

    # -- naming ----------------------------------------------------------------------------
    def path_for(self, kind: str, key: str) -> Path:
        safe = _SAFE.sub("_", key)[:64]
        if safe != key:
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
            atomic_write(self.path_for(draft.kind, draft.key), draft.to_json())
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
        return self._read(self.path_for(kind, key))

    def list(self, kind: str | None = None) -> list[Draft]:
        """Every readable draft (of ``kind``), newest first. Unreadable files are logged."""
        if not self.directory.is_dir():
            return []
        drafts = []
        for path in self.directory.glob("*.json"):
            draft = self._read(path)
            if draft is not None and (kind is None or draft.kind == kind):
                drafts.append(draft)
        drafts.sort(key=lambda d: d.updated_ms, reverse=True)
        return drafts

    def _read(self, path: Path) -> Draft | None:
        try:
            doc = json.loads(path.read_bytes().decode("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("draft %s is unreadable: %s", path.name, exc)
            return None
        if not isinstance(doc, dict) or not isinstance(doc.get("data"), dict):
            log.warning("draft %s has no data object", path.name)
            return None
        if doc.get("version") != DRAFT_VERSION:
            log.warning("draft %s has unsupported version %r", path.name, doc.get("version"))
            return None
        raw_summary = doc.get("summary")
        summary: dict[str, Any] = raw_summary if isinstance(raw_summary, dict) else {}
        return Draft(
            kind=str(doc.get("kind", "")),
            key=str(doc.get("key", "")),
            data=doc["data"],
            summary={str(k): str(v) for k, v in summary.items()},
            updated_ms=int(doc.get("updated_ms") or 0),
        )


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


class Submitter(Protocol):
    """What ``DraftAutosaver`` needs from ``tasks.runner.TaskRunner`` (kept structural so
    ``storage`` does not import ``tasks``)."""

    def submit(self, fn: Callable[[Any], Any], *, on_failure: Any = ..., key: str | None = ...) -> Any:
        ...


Snapshot = Callable[[], "tuple[dict[str, Any], dict[str, str]] | None"]


class DraftAutosaver(QObject):
    """Debounced background saving of one draft.

    ``snapshot()`` returns ``(data, summary)`` or None when there is nothing worth keeping
    (the draft file is then removed). Call ``schedule()`` on every change.

    Signals:
        saved(): a write submitted by this saver was handed to the runner.
        failed(object): a background write failed (the exception; also logged).
    """

    saved = Signal()
    failed = Signal(object)

    def __init__(
        self,
        store: DraftStore,
        runner: Submitter,
        kind: str,
        key: str,
        snapshot: Snapshot,
        *,
        delay_ms: int = 500,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._runner = runner
        self.kind = kind
        self.key = key
        self._snapshot = snapshot
        self._dirty = False
        self._submitted_seq = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_now)

    @property
    def pending(self) -> bool:
        """True while a change is waiting for the debounce timer or for its background write."""
        return self._dirty or self._submitted_seq > self.store.applied_seq(self.kind, self.key)

    def set_key(self, key: str) -> None:
        """Switch to another draft (e.g. after restoring one); pending changes go first."""
        if key != self.key:
            self.flush_async()
            self.key = key
            self._submitted_seq = 0  # write sequence numbers are per draft

    @Slot()
    def schedule(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush_async(self) -> None:
        """Submit any pending change now instead of after the debounce delay."""
        if self._dirty:
            self._timer.stop()
            self._save_now()

    @Slot()
    def _save_now(self) -> None:
        self._dirty = False
        kind, key, store = self.kind, self.key, self.store
        seq = store.next_seq(kind, key)
        self._submitted_seq = seq
        snap = self._snapshot()
        if snap is None:
            self._runner.submit(
                lambda _t: store.delete(kind, key, seq=seq), on_failure=self._on_failed
            )
            return
        draft = Draft(kind, key, snap[0], snap[1], int(time.time() * 1000))
        self._runner.submit(lambda _t: store.save(draft, seq=seq), on_failure=self._on_failed)
        self.saved.emit()

    def flush(self) -> None:
        """Write pending changes synchronously (shutdown: the runner no longer accepts work)."""
        self._timer.stop()
        lost = self._submitted_seq > self.store.applied_seq(self.kind, self.key)
        if not (self._dirty or lost):
            return
        self._dirty = False
        snap = self._snapshot()
        try:
            if snap is None:
                self.store.delete(self.kind, self.key)
            else:
                self.store.save(Draft(self.kind, self.key, snap[0], snap[1]))
        except OSError as exc:
            log.error("could not save draft %s/%s: %s", self.kind, self.key, exc)

    def discard(self) -> None:
        """Forget pending changes and remove the draft file (in the background)."""
        self._timer.stop()
        self._dirty = False
        kind, key, store = self.kind, self.key, self.store
        seq = store.next_seq(kind, key)
        self._submitted_seq = seq
        self._runner.submit(lambda _t: store.delete(kind, key, seq=seq), on_failure=self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        log.error("could not save draft %s/%s: %s", self.kind, self.key, exc)
        self.failed.emit(exc)
