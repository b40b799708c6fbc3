"""Draft journal: atomic files, sequencing, listing, damaged files kept aside (saving from editors:
``tests/tasks/test_drafts.py``)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest

from contiple_desktop.storage.drafts import (
    DRAFT_VERSION,
    KIND_FOLLOWUP,
    KIND_TICKET,
    Draft,
    DraftStore,
)


def test_save_load_and_file_format(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "drafts")
    draft = Draft(KIND_TICKET, "abc", {"subject": "제목", "n": [1, 2]}, {"caller": "cust-001"}, 123)
    assert store.save(draft)
    doc = json.loads(store.path_for(KIND_TICKET, "abc").read_text(encoding="utf-8"))
    assert doc == {
        "version": DRAFT_VERSION,
        "kind": "ticket",
        "key": "abc",
        "updated_ms": 123,
        "summary": {"caller": "cust-001"},
        "data": {"subject": "제목", "n": [1, 2]},
    }
    loaded = store.load(KIND_TICKET, "abc")
    assert loaded is not None and loaded.data == draft.data and loaded.summary == draft.summary
    assert not list((tmp_path / "drafts").glob(".*.tmp")), "temp files must not survive"


def test_followups_keyed_by_ticket_and_listing_newest_first(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    store.save(Draft(KIND_TICKET, "t1", {"a": 1}, updated_ms=10))
    store.save(Draft(KIND_FOLLOWUP, "T1658199661153IXTfw", {"comment": "hi"}, updated_ms=30))
    store.save(Draft(KIND_TICKET, "t2", {"a": 2}, updated_ms=20))
    assert [d.key for d in store.list()] == ["T1658199661153IXTfw", "t2", "t1"]
    assert [d.key for d in store.list(KIND_TICKET)] == ["t2", "t1"]
    follow = store.load(KIND_FOLLOWUP, "T1658199661153IXTfw")
    assert follow is not None and follow.data == {"comment": "hi"}
    assert store.delete(KIND_FOLLOWUP, "T1658199661153IXTfw")
    assert store.load(KIND_FOLLOWUP, "T1658199661153IXTfw") is None
    assert store.delete(KIND_FOLLOWUP, "missing")  # deleting nothing is fine


def test_unsafe_keys_get_distinct_safe_file_names(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    a, b = store.path_for(KIND_FOLLOWUP, "../x"), store.path_for(KIND_FOLLOWUP, "__x")
    assert a != b and a.parent == tmp_path and "/" not in a.name


def test_older_sequence_never_overwrites_or_resurrects(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    s1 = store.next_seq(KIND_TICKET, "k")
    s2 = store.next_seq(KIND_TICKET, "k")
    s3 = store.next_seq(KIND_TICKET, "k")
    assert store.save(Draft(KIND_TICKET, "k", {"v": 2}), seq=s2)
    assert not store.save(Draft(KIND_TICKET, "k", {"v": 1}), seq=s1)
    assert store.delete(KIND_TICKET, "k", seq=s3)
    assert not store.save(Draft(KIND_TICKET, "k", {"v": 2}), seq=s2)
    assert store.load(KIND_TICKET, "k") is None


def test_concurrent_writers_leave_one_complete_file(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    big = {"text": "x" * 200_000}

    def write(i: int) -> None:
        for _ in range(5):
            store.save(Draft(KIND_TICKET, "k", {**big, "i": i}))

    threads = [threading.Thread(target=write, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    loaded = store.load(KIND_TICKET, "k")
    assert loaded is not None and loaded.data["text"] == big["text"]
    assert [p.name for p in tmp_path.iterdir()] == [store.path_for(KIND_TICKET, "k").name]


def test_corrupt_and_future_files_are_skipped_with_a_warning(tmp_path: Path, expect_log: Any) -> None:
    expect_log("is unreadable", "unsupported version")
    store = DraftStore(tmp_path)
    store.save(Draft(KIND_TICKET, "good", {"a": 1}))
    (tmp_path / "ticket-bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "ticket-future.json").write_text(
        json.dumps({"version": 99, "kind": "ticket", "key": "future", "data": {}}), encoding="utf-8"
    )
    assert [d.key for d in store.list()] == ["good"]


def test_shared_store_is_one_per_directory(tmp_path: Path) -> None:
    from contiple_desktop.storage.drafts import shared_store

    a = shared_store(tmp_path / "d")
    assert shared_store(tmp_path / "d" / ".." / "d") is a
    assert shared_store(tmp_path / "other") is not a


# -- damage: one bad file never hides the others, and nothing is deleted --------------------------
GOOD = {
    "version": 1,
    "kind": "ticket",
    "key": "good",
    "updated_ms": 5,
    "summary": {"caller": "x"},
    "data": {"a": 1},
}


def _doc(**changes: Any) -> bytes:
    doc = dict(GOOD, key="bad")
    doc.update(changes)
    return json.dumps(doc).encode("utf-8")


def _without(field: str) -> bytes:
    doc = dict(GOOD, key="bad")
    del doc[field]
    return json.dumps(doc).encode("utf-8")


DAMAGE = {
    "truncated": json.dumps(GOOD).encode("utf-8")[:40],
    "garbage": b"\x89PNG\r\n\x1a\n\x00\x00 not a draft \xff\xfe",
    "empty": b"",
    "whitespace": b"  \n\t ",
    "not an object": b"[1, 2, 3]",
    "version as text": _doc(version="1"),
    "version from the future": _doc(version=2),
    "kind wrong type": _doc(kind=7),
    "key wrong type": _doc(key=["k"]),
    "updated_ms yesterday": _doc(updated_ms="yesterday"),
    "updated_ms a list": _doc(updated_ms=[1]),
    "data not an object": _doc(data="text"),
    "data missing": _without("data"),
    "deep nesting": b'{"version": 1, "kind": "ticket", "key": "bad", "data": {"v": '
    + b"[" * 5000
    + b"]" * 5000
    + b"}}",
    "deep but parseable": _doc(data={"v": json.loads("[" * 60 + "]" * 60)}),
}


@pytest.mark.parametrize("shape", sorted(DAMAGE))
def test_a_damaged_draft_is_moved_aside_and_the_good_ones_still_offered(
    tmp_path: Path, expect_log: Any, shape: str
) -> None:
    expect_log("is unreadable")
    store = DraftStore(tmp_path)
    store.save(Draft(KIND_TICKET, "good", {"a": 1}, {"caller": "x"}, 5))
    (tmp_path / "ticket-bad.json").write_bytes(DAMAGE[shape])
    scan = store.scan(KIND_TICKET)
    assert [d.key for d in scan.drafts] == ["good"]
    [damaged] = scan.damaged
    assert damaged.file_name == "ticket-bad.json"
    assert damaged.kept_at.parent == tmp_path / "damaged" and damaged.kept_at.read_bytes() == DAMAGE[shape]
    assert not (tmp_path / "ticket-bad.json").exists()
    assert store.scan(KIND_TICKET).damaged == []  # reported once; the kept file is not read again


def test_a_wrong_summary_is_cosmetic_the_draft_is_offered(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    (tmp_path / "ticket-odd.json").write_bytes(_doc(key="odd", summary=["not", "a", "dict"]))
    (tmp_path / "ticket-odd2.json").write_bytes(_doc(key="odd2", summary={"caller": 5, "subject": "ok"}))
    scan = store.scan(KIND_TICKET)
    assert {d.key: d.summary for d in scan.drafts} == {"odd": {}, "odd2": {"subject": "ok"}}
    assert scan.damaged == []


def test_two_damaged_files_with_one_name_never_overwrite_each_other(tmp_path: Path, expect_log: Any) -> None:
    expect_log("is unreadable")
    store = DraftStore(tmp_path)
    for content in (b"{", b"{{"):
        (tmp_path / "ticket-bad.json").write_bytes(content)
        store.scan()
    kept = sorted(p.read_bytes() for p in (tmp_path / "damaged").iterdir())
    assert kept == [b"{", b"{{"]
