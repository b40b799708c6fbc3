"""Saving drafts from editors: debounce with a maximum wait, the disk lane, flush, discard."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contiple_desktop.domain.drafts import KIND_FOLLOWUP, KIND_TICKET
from contiple_desktop.storage.drafts import DraftStore
from contiple_desktop.tasks.drafts import DraftAutosaver
from contiple_desktop.tasks.runner import TaskRunner


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    r = TaskRunner(max_threads=2)
    yield r
    r.shutdown(3000)


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


def test_typing_without_a_pause_still_reaches_the_disk(
    qtbot: Any, tmp_path: Path, runner: TaskRunner
) -> None:
    """The debounce has a maximum wait: an agent who never pauses still has a draft on disk."""
    from PySide6.QtCore import QTimer

    store = DraftStore(tmp_path)
    state = {"text": ""}
    saver = DraftAutosaver(
        store,
        runner,
        KIND_TICKET,
        "typing",
        lambda: ({"text": state["text"]}, {}),
        delay_ms=300,
        max_wait_ms=600,
    )
    keys = QTimer()
    keys.setInterval(40)  # a key every 40 ms: the 300 ms debounce alone would never fire

    def key() -> None:
        state["text"] += "가"
        saver.schedule()

    keys.timeout.connect(key)
    keys.start()
    try:
        qtbot.waitUntil(lambda: store.load(KIND_TICKET, "typing") is not None, timeout=5000)
        assert keys.isActive(), "written while the typing went on"
        first = store.load(KIND_TICKET, "typing")
        assert first is not None and first.data["text"]
        qtbot.waitUntil(
            lambda: len((store.load(KIND_TICKET, "typing") or first).data["text"]) > len(first.data["text"]),
            timeout=5000,
        )  # and again, while it still goes on
    finally:
        keys.stop()
    qtbot.waitUntil(lambda: not saver.pending, timeout=5000)
