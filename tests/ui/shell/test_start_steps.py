"""Start-up in GUI steps (``ui/steps.py``): the shell and the shown area after the first frame."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.main_window import MainWindow
from contiple_desktop.ui.shell.skeleton import BACKGROUND, SIDEBAR
from contiple_desktop.ui.steps import Steps


def test_steps_run_in_order_and_finish_runs_the_rest_at_once(qtbot: QtBot) -> None:
    owner = QObject()
    done: list[int] = []
    steps = Steps(owner, [lambda: done.append(1), lambda: done.append(2)])  # from the next turn on
    qtbot.waitUntil(lambda: done == [1, 2], timeout=2000)
    steps.add(lambda: done.append(3), lambda: done.append(4))
    steps.finish()  # someone needs their results now
    assert done == [1, 2, 3, 4]
    assert steps.pending == 0


def test_a_failing_step_does_not_stop_the_ones_after_it(qtbot: QtBot) -> None:
    owner = QObject()
    done: list[str] = []

    def broken() -> None:
        raise RuntimeError("a step's own bug")

    with qtbot.captureExceptions() as errors:
        Steps(owner, [lambda: done.append("first"), broken, lambda: done.append("after")])
        qtbot.waitUntil(lambda: done == ["first", "after"], timeout=2000)
    assert [str(e[1]) for e in errors] == ["a step's own bug"]


def _deferred_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx, ui_language="en", defer_shell=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.first_shown, timeout=5000):
        window.show()
    return window


def test_the_shell_and_the_shown_area_follow_the_first_frame(
    qtbot: QtBot, offline_appctx: AppContext
) -> None:
    window = _deferred_window(qtbot, offline_appctx)
    qtbot.waitUntil(lambda: window.built("helpcenter") is not None, timeout=10000)
    status = window.findChild(QStatusBar, "status-bar")
    assert status is not None and status.isVisible()
    assert window.header.text() == "Help Center"


def test_reading_a_shell_part_meanwhile_builds_it_and_the_steps_still_end(
    qtbot: QtBot, offline_appctx: AppContext
) -> None:
    window = _deferred_window(qtbot, offline_appctx)
    window.status.showMessage("read before its steps ran")  # builds the whole shell at once
    qtbot.waitUntil(lambda: window.built("helpcenter") is not None, timeout=10000)
    assert window.findChildren(QStatusBar, "status-bar") == [window.status]  # one shell, not two


FIRST_FRAME = """
import sys, tempfile
from pathlib import Path
import PySide6.QtCore as core
import contiple_desktop.app  # noqa: F401  (what the start imports before the window)
from PySide6.QtWidgets import QApplication
from contiple_desktop.paths import AppPaths
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.shell.main_window import MainWindow

app = QApplication(sys.argv[:1])
paths = AppPaths.under(Path(tempfile.mkdtemp())).ensure()
runner = TaskRunner()
ctx = AppContext(runner, Session(), Bus(), paths, Settings(paths.settings_file), print)
window = MainWindow(ctx, ui_language="en", defer_shell=True)
window.set_connecting("Connecting to the demo workspace...")
window.resize(1000, 600)
window.show()
frame = window.grab().toImage()
print("Qt loaded" if "Qt" in core.__dict__ else "Qt not loaded", window.centralWidget().accessibleName())
print(frame.pixelColor(100, 300).name(), frame.pixelColor(600, 300).name())
runner.shutdown(2000)
"""


def test_the_first_frame_needs_no_qt_namespace(tmp_path: Path) -> None:
    # PySide makes the Qt namespace's 94 enum types when any is first touched (~23 ms here,
    # more than a tenth of a bare window's start): the outline is painted before that.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    lines = done.stdout.strip().splitlines()
    assert lines[0] == "Qt not loaded Connecting to the demo workspace...", done.stdout + done.stderr
    sidebar, work_area = lines[1].split()
    assert (sidebar, work_area) == (SIDEBAR.name(), BACKGROUND.name())  # the outline is drawn
