"""Cyclic garbage is collected on the GUI thread only (``contiple_desktop.ui.gc_guard``)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from contiple_desktop.ui import gc_guard


class _Cycle:
    def __init__(self, sink: list[str]) -> None:
        self.me = self
        self.sink = sink

    def __del__(self) -> None:
        self.sink.append(threading.current_thread().name)


def test_automatic_collection_is_off_and_the_gui_thread_collects(qtbot: QtBot) -> None:
    collector = gc_guard.MainThreadCollector(interval_ms=10)
    try:
        assert not gc.isenabled()  # no collection can start on whichever thread allocates
        freed_on: list[str] = []

        def make_garbage() -> None:
            for _ in range(gc.get_threshold()[0] * 3):  # well past generation 0's threshold
                _Cycle(freed_on)

        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert freed_on == []  # the worker crossed the threshold and collected nothing
        qtbot.waitUntil(lambda: bool(freed_on))
        assert set(freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()
        collector.deleteLater()


def test_the_application_freezes_what_start_up_made_then_collects_as_usual() -> None:
    frozen_before = gc.get_freeze_count()
    # checked by hand here (its timer would not fire during the test; no event loop runs)
    collector = gc_guard.MainThreadCollector(interval_ms=600_000, freeze_startup=True)
    try:
        start_up = [[i] for i in range(gc.get_threshold()[0] * 2)]  # long-lived, past the threshold
        collector.check()
        assert gc.get_freeze_count() >= frozen_before + len(start_up)
        freed_on: list[str] = []
        for _ in range(gc.get_threshold()[0] * 3):  # later garbage is collected as before
            _Cycle(freed_on)
        collector.check()
        assert freed_on and set(freed_on) == {threading.main_thread().name}
    finally:
        collector.stop()
        collector.deleteLater()
        gc.unfreeze()
