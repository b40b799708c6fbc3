"""``TaskRunner``: delivery on the GUI thread, cancel, newest-wins keys, progress, shutdown.

Shutdown must always return and never leave a pool destructor waiting for stuck workers (the
old runner parented its QThreadPool to itself: quitting hung in ``~QThreadPool`` for good).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import Cancelled, NetworkError
from contiple_desktop.tasks.runner import TaskContext, TaskRunner
from tests.api.conftest import TEST_KEY, TEST_ORG
from tests.api.hostile import HostileServer
from tests.conftest import ExpectLog

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def runner(qapp: Any) -> Iterator[TaskRunner]:
    made = TaskRunner(max_threads=3)
    yield made
    made.shutdown(5000)


def _on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def test_success_and_failure_arrive_on_the_gui_thread(qtbot: Any, runner: TaskRunner) -> None:
    seen: list[tuple[str, object, bool]] = []
    runner.submit(lambda ctx: 42, on_success=lambda v: seen.append(("ok", v, _on_gui_thread())))

    def fail(ctx: TaskContext) -> None:
        raise NetworkError("down", endpoint="service")

    runner.submit(fail, on_failure=lambda e: seen.append(("failed", e, _on_gui_thread())))
    qtbot.waitUntil(lambda: len(seen) == 2)
    by_kind = {kind: (value, gui) for kind, value, gui in seen}
    assert by_kind["ok"] == (42, True)
    failure, gui = by_kind["failed"]
    assert gui and isinstance(failure, NetworkError)
    assert failure.__traceback__ is None  # the worker's frames (client, key, data) stay behind


def test_an_unexpected_exception_keeps_its_traceback_for_the_log(qtbot: Any, runner: TaskRunner) -> None:
    failures: list[BaseException] = []

    def bug(ctx: TaskContext) -> None:
        raise KeyError("x")

    runner.submit(bug, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], KeyError) and failures[0].__traceback__ is not None


def test_a_cancelled_task_calls_back_nothing(qtbot: Any, runner: TaskRunner) -> None:
    release = threading.Event()
    called: list[object] = []

    def work(ctx: TaskContext) -> str:
        release.wait(10)
        return "late"

    handle = runner.submit(work, on_success=called.append, on_failure=called.append)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.finished)
    qtbot.waitUntil(lambda: runner.active_count == 0)
    assert called == [] and handle.cancelled


def test_cancelled_is_never_reported_even_without_a_cancel(qtbot: Any, runner: TaskRunner) -> None:
    reported: list[BaseException] = []
    runner.set_default_failure_handler(reported.append)
    def gives_up(ctx: TaskContext) -> None:
        raise Cancelled()

    handle = runner.submit(gives_up)
    qtbot.waitUntil(lambda: handle.finished)
    assert reported == []


class _Tracked:
    """Records on which thread it was freed (stands for a widget a closure keeps alive)."""

    def __init__(self, freed_on: list[bool]) -> None:
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(_on_gui_thread())


def _work_holding(tracked: _Tracked) -> Any:
    def work(_t: TaskContext) -> bool:
        return tracked is not None

    return work


def test_what_a_task_holds_is_released_on_the_gui_thread(qtbot: Any, runner: TaskRunner) -> None:
    """A callable's or a callback's closure may hold the last reference to a widget: releasing it
    on the worker destroyed a QObject there while the GUI thread delivered an event to it (a
    segfault in Shiboken's override lookup, in full suite runs)."""
    freed_on: list[bool] = []
    results: list[bool] = []
    held_by_callback = _Tracked(freed_on)
    handle = runner.submit(
        _work_holding(_Tracked(freed_on)),
        on_success=lambda v, keep=held_by_callback: results.append(v and keep is not None),
    )
    del held_by_callback
    qtbot.waitUntil(lambda: handle.finished and len(freed_on) == 2, timeout=5000)
    assert results == [True]
    assert freed_on == [True, True]


def test_newest_wins_under_one_key(qtbot: Any, runner: TaskRunner) -> None:
    release = threading.Event()
    results: list[str] = []

    def slow(ctx: TaskContext) -> str:
        release.wait(10)
        return "old"

    first = runner.submit(slow, on_success=results.append, key="search")
    second = runner.submit(lambda ctx: "new", on_success=results.append, key="search")
    assert first.cancelled and not second.cancelled
    qtbot.waitUntil(lambda: results == ["new"])
    release.set()
    qtbot.waitUntil(lambda: first.finished)
    assert results == ["new"]
    runner.cancel_key("search")  # nothing left under the key: harmless


def test_progress_is_coalesced_and_the_last_report_arrives(qtbot: Any, runner: TaskRunner) -> None:
    reports: list[tuple[int, int]] = []

    def work(ctx: TaskContext) -> None:
        for done in range(1, 20_001):
            ctx.progress(done, 20_000)

    handle = runner.submit(work, on_progress=lambda d, t: reports.append((d, t)))
    qtbot.waitUntil(lambda: handle.finished)
    assert reports and reports[-1] == (20_000, 20_000)
    assert len(reports) < 20_000 / 10


def test_the_default_failure_handler_gets_unhandled_failures(qtbot: Any, runner: TaskRunner) -> None:
    reported: list[BaseException] = []
    runner.set_default_failure_handler(reported.append)

    def fail(ctx: TaskContext) -> None:
        raise NetworkError("down")

    runner.submit(fail)
    qtbot.waitUntil(lambda: bool(reported))
    assert isinstance(reported[0], NetworkError)


def test_busy_changed_brackets_the_work(qtbot: Any, runner: TaskRunner) -> None:
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    release = threading.Event()
    runner.submit(lambda ctx: release.wait(10))
    runner.submit(lambda ctx: release.wait(10))
    assert states == [True]
    release.set()
    qtbot.waitUntil(lambda: states == [True, False])
    assert runner.active_count == 0


def test_shutdown_refuses_new_work(qtbot: Any, runner: TaskRunner) -> None:
    assert runner.shutdown(1000) and not runner.accepting
    ran: list[int] = []
    handle = runner.submit(lambda ctx: ran.append(1))
    assert handle.cancelled and handle.finished
    assert runner.wait_idle(1000) and ran == []


def test_shutdown_returns_with_a_stuck_task_and_leaves_it_behind(
    qtbot: Any, qapp: Any, expect_log: ExpectLog
) -> None:
    expect_log("still running at shutdown")
    runner = TaskRunner(max_threads=2)
    started, release, ended = threading.Event(), threading.Event(), threading.Event()
    called: list[object] = []

    def stuck(ctx: TaskContext) -> None:  # ignores its cancel token, like a hung system call
        started.set()
        release.wait(600)
        ended.set()

    runner.submit(stuck, on_success=called.append, on_failure=called.append)
    assert started.wait(10)
    assert runner.shutdown(100) is False
    del runner  # dropping the runner does not wait for the worker either
    release.set()
    assert ended.wait(10) and called == []


def test_network_tasks_end_at_shutdown_because_cancel_closes_sockets(qtbot: Any, qapp: Any) -> None:
    with HostileServer("drip_body", interval=0.05) as server:
        url = server.base_url
        profile = ConnectionProfile("t", "svc", TEST_ORG, environment=Environment.CUSTOM, custom_url=url)
        with ContipleClient(profile, TEST_KEY, deadline=600.0, read_timeout=600.0) as client:
            runner = TaskRunner(max_threads=4)
            for _ in range(4):
                runner.submit(lambda ctx: client.customer_tickets("u1", cancel=ctx.cancel))
            assert server.wait_for_requests(4)
            assert runner.shutdown(10_000) is True  # every worker ended: their sockets were shut


STUCK_AT_EXIT = textwrap.dedent(
    """
    import threading, sys
    from PySide6.QtCore import QCoreApplication
    from contiple_desktop.tasks.runner import TaskRunner

    app = QCoreApplication([])
    runner = TaskRunner()
    started = threading.Event()
    def stuck(ctx):
        started.set()
        threading.Event().wait(600)  # never ends, never looks at its token
    for _ in range(3):
        runner.submit(stuck)
    started.wait(10)
    print("shutdown returned", runner.shutdown(200), flush=True)
    """
)


def test_the_process_exits_with_stuck_tasks_in_flight() -> None:
    """Interpreter exit destroys Python-owned QObjects; a pool with stuck workers must not be one."""
    done = subprocess.run(
        [sys.executable, "-c", STUCK_AT_EXIT],
        capture_output=True,
        text=True,
        timeout=40,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "shutdown returned False" in done.stdout
    assert done.returncode == 0, done.stderr


def test_the_suite_fails_a_test_that_leaves_a_task_running(tmp_path: Path) -> None:
    """The leak check in tests/conftest.py, run on a test that forgets a stuck task."""
    probe = tmp_path / "test_leaky.py"
    probe.write_text(
        "import threading\n"
        "from contiple_desktop.tasks.runner import TaskRunner\n"
        "RUNNERS = []\n"
        "def test_leaks(qapp):\n"
        "    gate = threading.Event()\n"
        "    runner = TaskRunner(max_threads=1)\n"
        "    RUNNERS.append((runner, gate))\n"
        "    runner.submit(lambda t: gate.wait(10))\n"
        "def teardown_module():\n"
        "    for runner, gate in RUNNERS:\n"
        "        gate.set()\n"
        "        runner.shutdown(5000)\n",
        encoding="utf-8",
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), "-c", os.devnull, str(probe)],
        cwd=root, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1, result.stdout + result.stderr
    assert "left 1 task(s) running in a TaskRunner" in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice values are Linux's")
def test_workers_run_at_a_lower_cpu_priority_than_the_gui_thread(qtbot: Any, runner: TaskRunner) -> None:
    from contiple_desktop.thread_priority import NICE, current_thread_nice

    gui = current_thread_nice()
    assert gui is not None
    seen: list[int | None] = []
    for _ in range(4):  # every pool thread, also the ones a busy pool adds
        runner.submit(lambda ctx: current_thread_nice(), on_success=seen.append)
    qtbot.waitUntil(lambda: len(seen) == 4)
    assert seen == [min(19, gui + NICE)] * 4
    assert current_thread_nice() == gui  # the GUI thread itself is untouched
