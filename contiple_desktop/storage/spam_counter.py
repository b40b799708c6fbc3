"""The spam counter on disk (per profile): tickets filed in the last 24 h and any block.

``spam.json`` in the profile's folder (``storage.profile_data``)::

    {"version": 1, "filed": [[1764031689401, "T1764031689401AbCdE"], …],
     "block": {"code": 1002, "since_ms": 1764031689401, "until_ms": 1764118089401} | null}

Entries older than 24 h are pruned on every write. A damaged file is moved into the profile's
``damaged/`` folder (never deleted) and counting starts again from zero; that is logged, since
the guard may then warn late. Qt-free and thread-safe; written on the disk lane.
"""

from __future__ import annotations

import logging
import time

from contiple_desktop.domain.drafts import DamageReason
from contiple_desktop.domain.spam import SpamBlock, SpamRecord
from contiple_desktop.storage.jsonfile import Damage, GatedJsonFile, encode_json

log = logging.getLogger(__name__)

VERSION = 1


def encode(record: SpamRecord) -> bytes:
    block = record.block
    return encode_json({
        "version": VERSION,
        "filed": [[ms, ticket_id] for ms, ticket_id in record.filed],
        "block": None if block is None else
        {"code": block.code, "since_ms": block.since_ms, "until_ms": block.until_ms},
    })  # fmt: skip


def _int(value: object) -> int:
    if type(value) is not int:
        raise Damage(DamageReason.WRONG_SHAPE, f"expected a number, got {type(value).__name__}")
    return value


def decode(doc: object) -> SpamRecord:
    if not isinstance(doc, dict):
        raise Damage(DamageReason.WRONG_SHAPE, f"the document is a {type(doc).__name__}")
    if doc.get("version") != VERSION:
        raise Damage(DamageReason.UNSUPPORTED_VERSION, f"unsupported version {doc.get('version')!r}")
    raw = doc.get("filed")
    if not isinstance(raw, list):
        raise Damage(DamageReason.WRONG_SHAPE, "filed is not a list")
    filed: list[tuple[int, str]] = []
    for entry in raw:
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], str)):
            raise Damage(DamageReason.WRONG_SHAPE, "a filed entry is not [ms, ticket id]")
        filed.append((_int(entry[0]), entry[1]))
    block = None
    raw_block = doc.get("block")
    if raw_block is not None:
        if not isinstance(raw_block, dict):
            raise Damage(DamageReason.WRONG_SHAPE, "block is not an object")
        block = SpamBlock(_int(raw_block.get("code")), _int(raw_block.get("since_ms")),
                          _int(raw_block.get("until_ms")))  # fmt: skip
    return SpamRecord(tuple(sorted(filed)), block)


class SpamCounterStore(GatedJsonFile):
    """One profile's ``spam.json``; ``damaged_dir`` receives a file that cannot be read
    (counting starts again)."""

    what = "spam counter"

    def load(self, now_ms: int | None = None) -> SpamRecord:
        now = int(time.time() * 1000) if now_ms is None else now_ms
        return self._load(lambda doc: decode(doc).pruned(now), lambda _kept: SpamRecord())

    def save(self, record: SpamRecord, *, seq: int | None = None, now_ms: int | None = None) -> bool:
        """Write ``record`` (pruned); False when a newer write already happened."""
        now = int(time.time() * 1000) if now_ms is None else now_ms
        return self._save(lambda: encode(record.pruned(now)), seq)
