"""Fixtures for the call view: a context whose profile has the simulator's caller lookup, the
main window on it, hand-offs, and a key counter for keyboard-only flows."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.handoff import CallRequest, HandoffSource
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.ticket.helpers import type_text
from tests.ui.window import open_window, wait_idle

KNOWN_PHONE = "010-1001-5007"  # the demo lookup: cust-001, 김민준, minjun.kim@example.com
KNOWN_EMAIL = "minjun.kim@example.com"
UNKNOWN_PHONE = "010-9999-0000"
CLEAR = ("1001-5007", "10015007", "1001 5007", "9999-0000", "99990000", "minjun.kim@", "minjun.kim%40")
"""Spellings of the callers' numbers and address that must never be found in clear."""


@pytest.fixture
def lookup_profile(sim: SimServer, demo_profile: ConnectionProfile) -> ConnectionProfile:
    return dataclasses.replace(demo_profile, caller_lookup=sim.caller_lookup_config())


@pytest.fixture
def call_ctx(make_appctx: Any, lookup_profile: ConnectionProfile, sim: SimServer) -> Iterator[AppContext]:
    client = ContipleClient(lookup_profile, sim.api_key, backoff=0.01)
    try:
        yield make_appctx(lookup_profile, client)
    finally:
        client.close()


@pytest.fixture
def window(qtbot: Any, call_ctx: AppContext) -> Iterator[MainWindow]:
    win = open_window(qtbot, call_ctx)
    wait_idle(qtbot, call_ctx, timeout=10_000)
    yield win
    wait_idle(qtbot, call_ctx, timeout=10_000)


def hand_off(window: MainWindow, phone: str = KNOWN_PHONE, **values: Any) -> CallRequest:
    """A call handed to the running app (what ``Application.handle_call`` emits)."""
    request = CallRequest(phone, source=HandoffSource.URL, **values)
    window.ctx.bus.call_started.emit(request)
    return request


ime_type = type_text  # type like a person: key clicks for ASCII, an IME commit for Korean/Japanese


def preedit(widget: QWidget, text: str) -> None:
    """An input method shows ``text`` as a composition in progress (not committed yet)."""
    QApplication.sendEvent(widget, QInputMethodEvent(text, []))


class Keys:
    """Presses keys on the focused widget and counts the non-text ones (Tab, Enter, Space on a
    check box, arrows, Escape, shortcuts); typed text is not counted."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.pressed: list[str] = []

    @property
    def count(self) -> int:
        return len(self.pressed)

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        self.pressed.append(_key_name(key, modifier))
        self.qtbot.keyClick(target, key, modifier)

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        ime_type(target, text)


def _key_name(key: Qt.Key, modifier: Qt.KeyboardModifier) -> str:
    from PySide6.QtGui import QKeySequence

    return QKeySequence(int(modifier.value) | int(key.value)).toString()


def clear_files(base: Path) -> list[tuple[Path, str]]:
    """Every place under ``base`` where a caller's number or address is in clear."""
    found: list[tuple[Path, str]] = []
    for path in base.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(path, needle) for needle in CLEAR if needle.encode() in data]
    return found
