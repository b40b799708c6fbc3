"""``OutboxStore``: atomic items, attachment copies, damaged files moved aside and reported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from contiple_desktop.domain.drafts import DamageReason
from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue
from contiple_desktop.domain.outbox import (
    Attention,
    AttentionReason,
    ItemState,
    OutboxItem,
    item_from_dict,
    item_to_dict,
)
from contiple_desktop.errors import FileRule, LocalFileError
from contiple_desktop.storage.outbox import ORPHAN_FILES, OutboxStore

TICKET = NewTicket(
    category_id=2542, subject="환불 문의", content="내용\n둘째 줄",
    end_user=EndUser(email="a@example.com", username="김", usercode="cust-001", phone="010-1001-5007"),
    type_one="A", language="ko",
    user_fields=(UserFieldValue("checkbox", ["옵션1", "옵션2"]), UserFieldValue("personalAgree", "true")),
)  # fmt: skip


def _item(item_id: str = "a1", **changes: object) -> OutboxItem:
    base = OutboxItem(item_id, TICKET, created_ms=1, updated_ms=2)
    return base.changed(2, **changes) if changes else base


def test_item_round_trips_through_json() -> None:
    item = _item(
        state=ItemState.NEEDS_ATTENTION, maybe_sent=True, since_ms=5, attempts=2, last_error="NetworkError",
        attention=Attention(AttentionReason.VALIDATION, {"errors": [["mail", "invalid"]]}),
    )  # fmt: skip
    assert item_from_dict(json.loads(json.dumps(item_to_dict(item)))) == item


def test_add_copies_files_and_the_copy_is_checked(tmp_path: Path) -> None:
    store = OutboxStore(tmp_path / "outbox")
    source = tmp_path / "shot.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\nabc")
    item = store.add(_item(), [source])
    [queued] = item.files
    assert queued.name == "shot.png" and queued.size == source.stat().st_size
    source.unlink()
    assert store.check_file(item.item_id, queued)
    assert store.file_path(item.item_id, queued).read_bytes() == b"\x89PNG\r\n\x1a\nabc"
    store.file_path(item.item_id, queued).write_bytes(b"changed")
    assert not store.check_file(item.item_id, queued)
    assert store.scan().items == [item]


def test_unreadable_source_keeps_nothing(tmp_path: Path) -> None:
    store = OutboxStore(tmp_path / "outbox")
    good = tmp_path / "a.txt"
    good.write_text("hello")
    with pytest.raises(LocalFileError) as info:
        store.add(_item(), [good, tmp_path / "gone.png"])
    assert info.value.rule is FileRule.UNREADABLE
    assert not store.files_for("a1").exists() and store.scan().items == []


def test_older_writes_never_win(tmp_path: Path) -> None:
    store = OutboxStore(tmp_path / "outbox")
    old, new = store.next_seq("a1"), store.next_seq("a1")
    assert store.save(_item(attempts=2), seq=new)
    assert not store.save(_item(attempts=1), seq=old)
    assert store.scan().items[0].attempts == 2
    assert store.delete("a1", seq=store.next_seq("a1"))
    assert not store.save(_item(attempts=3), seq=new) and store.scan().items == []


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", DamageReason.EMPTY.value),
        (b'{"version": 1, "item_id": "x"', DamageReason.UNREADABLE.value),
        (b"[1, 2]", DamageReason.WRONG_SHAPE.value),
        (b'{"version": 99}', DamageReason.UNSUPPORTED_VERSION.value),
        (b'{"version": 1, "item_id": "bad1", "state": "flying"}', DamageReason.WRONG_SHAPE.value),
    ],
)
def test_damaged_items_are_moved_aside_and_reported(
    tmp_path: Path, raw: bytes, reason: str, expect_log: Any
) -> None:
    expect_log("is unusable")
    store = OutboxStore(tmp_path / "outbox")
    store.save(_item("good1"))
    store.items_dir.joinpath("bad1.json").write_bytes(raw)
    store.files_for("bad1").mkdir(parents=True)
    store.files_for("bad1").joinpath("x.txt").write_text("kept")
    scan = store.scan()
    assert [i.item_id for i in scan.items] == ["good1"]
    assert [d.reason for d in scan.damaged] == [reason, ORPHAN_FILES]
    assert all(d.kept_at.exists() and d.kept_at.parent == store.damaged_dir for d in scan.damaged)
    assert not store.items_dir.joinpath("bad1.json").exists()
    assert store.scan().damaged == []  # reported once; never deleted


def test_copies_without_an_item_are_set_aside(tmp_path: Path, expect_log: Any) -> None:
    expect_log("attachment copies without an item")
    store = OutboxStore(tmp_path / "outbox")
    (store.files_for("orphan") / "0").mkdir(parents=True)
    (store.files_for("orphan") / "0" / "a.txt").write_text("copy")
    [damaged] = store.scan().damaged
    assert damaged.reason == ORPHAN_FILES and (damaged.kept_at / "0" / "a.txt").read_text() == "copy"


def test_a_stored_path_may_not_leave_the_outbox(tmp_path: Path, expect_log: Any) -> None:
    expect_log("file path leaves the outbox")
    store = OutboxStore(tmp_path / "outbox")
    doc = item_to_dict(_item("evil1"))
    doc["files"] = [{"name": "x", "stored": "../../x", "size": 1, "sha256": "0"}]
    store.items_dir.mkdir(parents=True)
    store.items_dir.joinpath("evil1.json").write_text(json.dumps(doc))
    scan = store.scan()
    assert scan.items == [] and scan.damaged[0].reason == DamageReason.WRONG_SHAPE.value


def test_recovered_item_was_maybe_sent_only_if_its_create_had_started() -> None:
    uploading = _item(state=ItemState.SENDING)
    assert uploading.recovered() == uploading.changed(2, state=ItemState.WAITING)
    creating = _item(state=ItemState.SENDING, create_started_ms=50)
    back = creating.recovered()
    assert back.state is ItemState.WAITING and back.maybe_sent and back.since_ms == 50
    assert back.create_started_ms is None
    assert _item(state=ItemState.SENT).recovered().state is ItemState.SENT
