"""A call handed to the running app: the window comes to front (restored from minimised, still
maximised if it was) and ``bus.call_started`` carries the request; macOS open-URL events are
parsed like the command line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from contiple_desktop.app import Application
from contiple_desktop.cli import Options
from contiple_desktop.domain.handoff import CallRequest, HandoffSource
from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.paths import AppPaths
from contiple_desktop.tasks.caller_ops import CallerLookupResult, lookup_caller
from contiple_desktop.ui.shell.open_url import OpenUrlEvents
from contiple_desktop.ui.shell.windowing import bring_to_front

PHONE = "010-1001-5007"


@pytest.fixture
def demo_app(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Application]:
    app = Application(
        Options(demo=True, lang="en"), AppPaths.under(tmp_path / "base").ensure(), qapp, quit_app=False
    )
    app.start()
    qtbot.waitExposed(app.window)
    qtbot.waitUntil(lambda: app.session.profile is not None, timeout=10_000)  # connects after the first frame
    try:
        yield app
    finally:
        app.window.close()
        app.shutdown()


def test_bring_to_front_restores_a_minimised_window(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.showMaximized()
    widget.setWindowState(widget.windowState() | Qt.WindowState.WindowMinimized)
    assert widget.isMinimized()
    bring_to_front(widget)
    assert not widget.isMinimized() and widget.isVisible()
    assert widget.windowState() & Qt.WindowState.WindowMaximized  # as it was before


def test_a_call_brings_the_window_to_front_and_is_announced(qtbot: QtBot, demo_app: Application) -> None:
    window = demo_app.window
    window.showMinimized()
    assert window.isMinimized()
    request = CallRequest(PHONE, "cust-001", source=HandoffSource.URL)
    with qtbot.waitSignal(demo_app.bus.call_started, timeout=5000) as blocker:
        demo_app.handle_call(request)
    assert blocker.args == [request]
    assert not window.isMinimized() and window.isVisible()


def test_activate_only_brings_to_front(qtbot: QtBot, demo_app: Application) -> None:
    seen: list[Any] = []
    demo_app.bus.call_started.connect(seen.append)
    demo_app.window.showMinimized()
    demo_app.handle_call(None)
    assert not demo_app.window.isMinimized() and seen == []


def test_the_demo_profile_looks_callers_up(qtbot: QtBot, demo_app: Application) -> None:
    profile = demo_app.session.profile
    assert profile is not None and profile.caller_lookup is not None
    got: list[CallerLookupResult] = []
    lookup_caller(demo_app.ctx, PHONE, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=15_000)
    assert got[0].identity == CallerIdentity("cust-001", "김민준", "minjun.kim@example.com", PHONE)


def test_open_url_events_become_handoffs(qtbot: QtBot) -> None:
    target = QObject()
    events = OpenUrlEvents(lambda: "ko")
    target.installEventFilter(events)
    got: list[Any] = []
    events.handoff_received.connect(got.append)
    QCoreApplication.sendEvent(target, QFileOpenEvent(QUrl(f"contiple-desktop://call?phone={PHONE}&name=%EA%B9%80")))
    QCoreApplication.sendEvent(target, QFileOpenEvent(QUrl(f"tel:{PHONE}")))
    QCoreApplication.sendEvent(target, QFileOpenEvent(QUrl("tel:abc")))  # refused, not emitted
    QCoreApplication.sendEvent(target, QFileOpenEvent(QUrl("contiple-desktop://hangup")))
    assert got == [
        CallRequest(PHONE, name="김", source=HandoffSource.URL),
        CallRequest(PHONE, source=HandoffSource.TEL),
    ]
    other = QFileOpenEvent(QUrl.fromLocalFile("/tmp/report.pdf"))
    assert events.eventFilter(target, other) is False  # files are not ours
    target.removeEventFilter(events)
