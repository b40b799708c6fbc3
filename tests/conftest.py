"""Test-suite rules: offscreen Qt, and strictness.

* Qt warnings fail a test (``qt_log_level_fail`` in pyproject.toml).
* Python warnings are errors (``filterwarnings = error``).
* A WARNING or worse logged by ``contiple_desktop`` fails the test unless the test asks for
  it with the ``expect_log`` fixture.
* A test that leaves a non-daemon thread, a running task (``pytest_runtest_call`` below) or a
  visible top-level window fails.

Fixture modules live in ``tests/fixtures/`` and are loaded automatically.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CONTIPLE_DESKTOP_TESTING", "1")
# Never let a developer's real profile, settings or drafts leak into a test run.
os.environ.pop("CONTIPLE_API_KEY", None)

pytest_plugins = [
    f"tests.fixtures.{p.stem}"
    for p in sorted((Path(__file__).parent / "fixtures").glob("*.py"))
    if not p.stem.startswith("_")
]

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"
# A copy of shared/signing-vectors.json kept in the repo (tests/test_signing.py checks it is identical).
SIGNING_VECTORS_FILE = Path(__file__).parent / "data" / "signing-vectors.json"


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class ExpectLog:
    """Lets a test declare the warnings it provokes: ``expect_log("keyring")``."""

    def __init__(self) -> None:
        self.patterns: list[str] = []

    def __call__(self, *patterns: str) -> None:
        self.patterns.extend(patterns)

    def allows(self, record: logging.LogRecord) -> bool:
        text = f"{record.name}: {record.getMessage()}"
        return any(p in text for p in self.patterns)


@pytest.fixture
def expect_log() -> ExpectLog:
    return ExpectLog()


@pytest.fixture(autouse=True)
def _strict_logging(request: pytest.FixtureRequest) -> Iterator[None]:
    collector = _WarningCollector()
    root = logging.getLogger("contiple_desktop")
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
    expected = request.node.funcargs.get("expect_log")
    unexpected = [
        r for r in collector.records if not (isinstance(expected, ExpectLog) and expected.allows(r))
    ]
    if unexpected:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected)
        pytest.fail(f"unexpected log warnings:\n{lines}", pytrace=False)


def _live_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.is_alive() and not t.daemon}


@pytest.fixture(autouse=True)
def _gui_thread_gc(request: pytest.FixtureRequest) -> Iterator[None]:
    """In tests that run Qt, cyclic garbage is collected on the GUI thread only, as in the app
    (``contiple_desktop.ui.gc_guard``): a collection on a worker can destroy Qt objects there
    while the GUI thread is inside Qt. Other tests keep CPython's automatic collector."""
    import gc

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    uses_qt = app is not None and bool({"qapp", "qtbot"} & set(request.fixturenames))
    if uses_qt:
        from contiple_desktop.ui import gc_guard

        gc_guard.install(app)
    else:
        gc.enable()
    yield
    if uses_qt:
        gc.collect()  # (on this, the GUI thread) what the test left in cycles
        gc.disable()


@pytest.fixture(autouse=True)
def _no_leaked_threads() -> Iterator[None]:
    before = _live_threads()
    yield
    leaked = _live_threads() - before
    for t in leaked:
        t.join(timeout=5)
    still = [t.name for t in leaked if t.is_alive()]
    if still:
        pytest.fail(f"test leaked running threads: {still}", pytrace=False)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    yield
    if "qtbot" not in getattr(item, "fixturenames", ()):
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    visible = [
        f"{type(w).__name__}({w.objectName() or w.windowTitle()!r})"
        for w in app.topLevelWidgets()
        if w.isVisible()
    ]
    for w in app.topLevelWidgets():  # do not let one leak cascade into the next test
        if w.isVisible():
            w.close()
    if visible:
        pytest.fail(f"test leaked visible top-level widgets: {visible}", pytrace=False)



@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A test must not end with tasks still running on a runner that is alive and accepting work
    (napari's ``_dangling_qthread_pool`` in spirit). Checked right after the test body, before
    the fixtures shut runners down; deliveries already on their way get a moment to arrive."""
    result = yield
    from contiple_desktop.tasks.runner import live_runners

    busy = [r for r in live_runners() if r.active_count]
    if busy:
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(2000)
        while any(r.active_count for r in busy) and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        left = sum(r.active_count for r in busy)
        if left:
            for r in busy:
                r.cancel_all()
            pytest.fail(f"test left {left} task(s) running in a TaskRunner: wait for them or cancel them")
    return result
