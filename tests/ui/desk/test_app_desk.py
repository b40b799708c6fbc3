"""The application builds and starts the desk engines once the session has a profile (after the
first frame, off the GUI thread's first paint), the demo profile has a stable ID and the
simulator's spam setting, and the window's desk part attaches to them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from contiple_desktop.app import Application
from contiple_desktop.cli import Options
from contiple_desktop.paths import AppPaths
from contiple_desktop.startup import DEMO_PROFILE_ID
from contiple_desktop.ui.desk.shell import desk_shell


def test_the_demo_starts_the_desk_engines(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    app = Application(
        Options(demo=True, lang="en"), AppPaths.under(tmp_path / "base").ensure(), qapp, quit_app=False
    )
    try:
        app.start()
        qtbot.waitUntil(lambda: app.ctx.desk is not None and app.ctx.desk.outbox.ready, timeout=10_000)
        profile = app.session.profile
        assert profile is not None and profile.profile_id == DEMO_PROFILE_ID
        assert app.sim is not None and profile.spam_blocking == app.sim.config.spam_blocking
        assert app.sim.config.demo_activity is not None
        shell = desk_shell(app.window)
        assert shell is not None and shell.count is not None and shell.notifier is not None
        counts: list[Any] = [
            b for b in app.window.status.findChildren(QToolButton) if b.objectName() == "outbox-count"
        ]
        assert len(counts) == 1 and not counts[0].isVisible()  # nothing queued
    finally:
        app.window.close()
        app.shutdown()
