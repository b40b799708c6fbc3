"""The outbox on disk: one JSON file per queued ticket plus copies of its attachments.

Layout (per profile, under ``storage.profile_data.profile_dir(...) / "outbox"``)::

    items/<item id>.json            {"version": 1, "item_id": …, "state": "waiting", "ticket": {…}, …}
    files/<item id>/<n>/<file name> the attachment copies (original names: they are uploaded as is)
    damaged/                        anything unreadable, moved aside

Guarantees, the same as the drafts journal (``storage.drafts``):

* Item files are written atomically (temp file + fsync + rename + directory fsync); every write
  carries a sequence number per item and an older write never overwrites a newer one.
* **Attachments are copied when the ticket is queued**, so deleting or editing the original
  afterwards cannot change what is sent; the copy's size and SHA-256 are recorded and checked
  before each upload. ``add`` copies first and writes the item file last: a kill in between
  leaves only copies without an item, which ``scan`` moves aside as ``orphan_files``.
* A damaged item file (truncated, not JSON, wrong shape, other version) never hides the others:
  ``scan`` moves it (and its attachment folder) into ``damaged/`` and reports it; nothing is
  ever deleted except by ``delete`` (the agent discarded the item) and ``remove_files`` (the
  ticket was filed, the copies are no longer needed).

``OutboxStore`` is Qt-free and thread-safe; ``tasks.outbox.Outbox`` calls it on the disk lane.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from contiple_desktop.domain.drafts import DamageReason
from contiple_desktop.domain.outbox import (
    OUTBOX_VERSION,
    DamagedItem,
    ItemShapeError,
    OutboxItem,
    OutboxScan,
    QueuedFile,
    item_from_dict,
    item_to_dict,
)
from contiple_desktop.errors import FileRule, LocalFileError
from contiple_desktop.storage.atomic import atomic_write, fsync_dir
from contiple_desktop.storage.jsonfile import Damage, encode_json, move_aside, read_json

log = logging.getLogger(__name__)

ITEMS_DIR = "items"
FILES_DIR = "files"
DAMAGED_DIR = "damaged"
ORPHAN_FILES = "orphan_files"
MAX_ITEM_BYTES = 4 * 1024 * 1024
_CHUNK = 256 * 1024


def _copy_with_hash(source: Path, target: Path) -> tuple[int, str]:
    """Copy ``source`` to ``target`` durably (temp + fsync + rename); (size, sha256 hex)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp = tempfile.mkstemp(prefix=".copy.", suffix=".tmp", dir=target.parent)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)
    return size, digest.hexdigest()


def file_digest(path: Path) -> tuple[int, str]:
    """(size, sha256 hex) of a file on disk."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


class OutboxStore:
    """Thread-safe, atomic, one-file-per-item store under ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.RLock()
        self._seq: dict[str, int] = {}
        self._applied: dict[str, int] = {}

    @property
    def items_dir(self) -> Path:
        return self.directory / ITEMS_DIR

    @property
    def files_dir(self) -> Path:
        return self.directory / FILES_DIR

    @property
    def damaged_dir(self) -> Path:
        return self.directory / DAMAGED_DIR

    def path_for(self, item_id: str) -> Path:
        return self.items_dir / f"{item_id}.json"

    def files_for(self, item_id: str) -> Path:
        return self.files_dir / item_id

    def file_path(self, item_id: str, queued: QueuedFile) -> Path:
        return self.files_for(item_id) / queued.stored

    # -- sequencing ------------------------------------------------------------------------
    def next_seq(self, item_id: str) -> int:
        with self._lock:
            value = self._seq.get(item_id, 0) + 1
            self._seq[item_id] = value
            return value

    def applied_seq(self, item_id: str) -> int:
        with self._lock:
            return self._applied.get(item_id, 0)

    def _claim(self, item_id: str, seq: int | None) -> bool:
        if seq is None:
            seq = self._seq.get(item_id, 0) + 1
            self._seq[item_id] = seq
        if seq <= self._applied.get(item_id, 0):
            return False
        self._applied[item_id] = seq
        return True

    # -- writing ---------------------------------------------------------------------------
    def add(self, item: OutboxItem, sources: Sequence[Path], *, seq: int | None = None) -> OutboxItem:
        """Copy ``sources`` into the item's folder, then write the item (with its files).

        A source that cannot be read raises ``LocalFileError(UNREADABLE)`` and nothing is kept.
        """
        with self._lock:
            folder = self.files_for(item.item_id)
            queued: list[QueuedFile] = []
            try:
                for index, source in enumerate(sources):
                    name = Path(source).name
                    stored = f"{index}/{name}"
                    try:
                        size, sha = _copy_with_hash(Path(source), folder / stored)
                    except OSError as exc:
                        raise LocalFileError(
                            FileRule.UNREADABLE, name, f"{name}: {exc.strerror or exc}"
                        ) from exc
                    queued.append(QueuedFile(name=name, stored=stored, size=size, sha256=sha))
                stored_item = replace(item, files=tuple(queued))
                if not self.save(stored_item, seq=seq) and not self.path_for(item.item_id).exists():
                    shutil.rmtree(folder, ignore_errors=True)  # discarded before it was written
            except BaseException:
                shutil.rmtree(folder, ignore_errors=True)
                raise
            return stored_item

    def save(self, item: OutboxItem, *, seq: int | None = None) -> bool:
        """Write ``item`` atomically; False when a newer write or delete already happened."""
        with self._lock:
            if not self._claim(item.item_id, seq):
                return False
            atomic_write(self.path_for(item.item_id), encode_json(item_to_dict(item)))
            return True

    def delete(self, item_id: str, *, seq: int | None = None) -> bool:
        """Remove the item and its attachment copies (the agent discarded it)."""
        with self._lock:
            if not self._claim(item_id, seq):
                return False
            self.path_for(item_id).unlink(missing_ok=True)
            shutil.rmtree(self.files_for(item_id), ignore_errors=True)
            if self.items_dir.is_dir():
                fsync_dir(self.items_dir)
            return True

    def remove_files(self, item_id: str) -> None:
        """Drop the attachment copies of a filed ticket (its item file stays as the record)."""
        with self._lock:
            shutil.rmtree(self.files_for(item_id), ignore_errors=True)

    # -- checking --------------------------------------------------------------------------
    def check_file(self, item_id: str, queued: QueuedFile) -> bool:
        """True when the copy is still there, unchanged (size and SHA-256)."""
        try:
            size, sha = file_digest(self.file_path(item_id, queued))
        except OSError:
            return False
        return size == queued.size and sha == queued.sha256

    # -- reading ---------------------------------------------------------------------------
    def scan(self) -> OutboxScan:
        """Every readable item (oldest first) and everything moved aside."""
        with self._lock:
            items: list[OutboxItem] = []
            damaged: list[DamagedItem] = []
            if self.items_dir.is_dir():
                for path in sorted(self.items_dir.glob("*.json")):
                    item = self._read(path, damaged)
                    if item is not None:
                        items.append(item)
            known = {i.item_id for i in items}
            if self.files_dir.is_dir():
                for folder in sorted(p for p in self.files_dir.iterdir() if p.is_dir()):
                    if folder.name not in known:
                        self._set_aside(folder, ORPHAN_FILES, "attachment copies without an item", damaged)
            items.sort(key=lambda i: (i.created_ms, i.item_id))
            return OutboxScan(items, damaged)

    def _read(self, path: Path, damaged: list[DamagedItem]) -> OutboxItem | None:
        try:
            doc = read_json(path, max_bytes=MAX_ITEM_BYTES)
            if not isinstance(doc, dict):
                raise Damage(DamageReason.WRONG_SHAPE, f"the document is a {type(doc).__name__}")
            version = doc.get("version")
            if version != OUTBOX_VERSION:
                raise Damage(DamageReason.UNSUPPORTED_VERSION, f"unsupported version {version!r}")
            try:
                item = item_from_dict(doc)
            except ItemShapeError as exc:
                raise Damage(DamageReason.WRONG_SHAPE, str(exc)) from None
            if item.item_id != path.stem:
                raise Damage(DamageReason.WRONG_SHAPE, "item_id does not match the file name")
            return item
        except FileNotFoundError:
            return None
        except Damage as exc:
            self._set_aside(path, exc.reason.value, exc.detail, damaged)
            folder = self.files_for(path.stem)
            if folder.is_dir():
                self._set_aside(folder, ORPHAN_FILES, "attachments of a damaged item", damaged)
            return None

    def _set_aside(self, path: Path, reason: str, detail: str, damaged: list[DamagedItem]) -> None:
        try:
            kept = move_aside(path, self.damaged_dir)
        except OSError as exc:
            log.warning("could not move the damaged outbox entry %s aside: %s", path.name, exc)
            kept = path  # left in place; still reported, never deleted
        if kept is None:
            return
        log.warning("outbox entry %s is unusable (%s: %s); kept at %s", path.name, reason, detail, kept)
        damaged.append(DamagedItem(path.name, kept, reason, detail))
