"""Draft journal: atomic files, sequencing, listing, debounced background saving, flush."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contiple_desktop.storage.drafts import (
    DRAFT_VERSION,
    KIND_FOLLOWUP,
    KIND_TICKET,
    Draft,
    DraftAutosaver,
    DraftStore,
)
from contiple_desktop.tasks.runner import TaskRunner


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    r = TaskRunner(max_threads=2)
    yield r
    r.shutdown(3000)


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


def test_autosaver_debounces_writes_on_the_runner(qtbot: Any, tmp_path: Path, runner: TaskRunner) -> None:
    store = DraftStore(tmp_path)
    state: dict[str, Any] = {"text": ""}
    calls: list[str] = []

    def snapshot() -> tuple[dict[str, Any], dict[str, str]] | None:
        calls.append(threading.current_thread().name)
        return ({"text": state["text"]}, {"subject": state["text"]}) if state["text"] else None

    saver = DraftAutosaver(store, runner, KIND_FOLLOWUP, "T1", snapshot, delay_ms=50)
    for ch in "hello":
        state["text"] += ch
        saver.schedule()
    assert saver.pending
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    qtbot.waitUntil(lambda: not saver.pending, timeout=2000)
    assert len(calls) == 1, "five quick changes must give one write"
    assert calls[0] == threading.main_thread().name  # the snapshot is taken on the GUI thread
    loaded = store.load(KIND_FOLLOWUP, "T1")
    assert loaded is not None and loaded.data == {"text": "hello"}
    state["text"] = ""
    saver.schedule()
    qtbot.waitUntil(lambda: store.load(KIND_FOLLOWUP, "T1") is None, timeout=2000)


def test_switching_drafts_leaves_nothing_pending(qtbot: Any, tmp_path: Path, runner: TaskRunner) -> None:
    """Write sequence numbers belong to one draft: the next draft starts clean."""
    store = DraftStore(tmp_path)
    saver = DraftAutosaver(store, runner, KIND_FOLLOWUP, "a", lambda: ({"t": 1}, {}), delay_ms=10)
    for _ in range(3):
        saver.schedule()
        saver.flush_async()
    qtbot.waitUntil(lambda: not saver.pending, timeout=2000)
    saver.set_key("b")
    assert not saver.pending
    assert store.load(KIND_FOLLOWUP, "a") is not None and store.load(KIND_FOLLOWUP, "b") is None


def test_flush_writes_synchronously_even_after_runner_shutdown(
    qtbot: Any, tmp_path: Path, runner: TaskRunner
) -> None:
    store = DraftStore(tmp_path)
    saver = DraftAutosaver(store, runner, KIND_TICKET, "k", lambda: ({"x": 1}, {}), delay_ms=10_000)
    saver.schedule()
    runner.shutdown(1000)  # refuses new work, as during application shutdown
    saver.flush()
    loaded = store.load(KIND_TICKET, "k")
    assert loaded is not None and loaded.data == {"x": 1}
    assert not saver.pending


def test_discard_removes_the_file(qtbot: Any, tmp_path: Path, runner: TaskRunner) -> None:
    store = DraftStore(tmp_path)
    saver = DraftAutosaver(store, runner, KIND_TICKET, "k", lambda: ({"x": 1}, {}), delay_ms=10)
    saver.schedule()
    saver.flush()
    assert store.load(KIND_TICKET, "k") is not None
    saver.schedule()
    saver.discard()
    qtbot.waitUntil(lambda: store.load(KIND_TICKET, "k") is None, timeout=2000)
    qtbot.waitUntil(lambda: runner.active_count == 0, timeout=2000)
    assert not saver.pending


def test_shared_store_is_one_per_directory(tmp_path: Path) -> None:
    from contiple_desktop.storage.drafts import shared_store

    a = shared_store(tmp_path / "d")
    assert shared_store(tmp_path / "d" / ".." / "d") is a
    assert shared_store(tmp_path / "other") is not a
