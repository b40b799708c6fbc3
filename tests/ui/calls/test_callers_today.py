"""Callers by phone beyond the call view: the customer history takes a phone number (the same
caller lookup; never sent to Contiple as a user code, never kept among the recent codes), and
without a configured lookup the callers served in this session are offered as the agent types a
phone number or user code (masked in the list), and fill a hand-off's caller box."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit

from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.caller_memory import remember_caller
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.calls.conftest import KNOWN_EMAIL, KNOWN_PHONE, UNKNOWN_PHONE, hand_off
from tests.ui.window import named, open_window, wait_idle

MINJI = CallerIdentity("cust-002", "이서연", "seoyeon.lee@example.com", "010-1002-5014")


def lookup_line(window: MainWindow) -> QLineEdit:
    window.find_caller()
    line = window.history.lookup.combo.lineEdit()
    assert line is not None
    return line


def test_the_history_looks_a_phone_number_up(
    qtbot: Any, window: MainWindow, call_ctx: AppContext, sim: SimServer
) -> None:
    line = lookup_line(window)
    history = window.history
    qtbot.keyClicks(line, KNOWN_PHONE)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: history.usercode == "cust-001", timeout=10_000)
    notice = named(history, QLabel, "Caller lookup")
    assert notice.text() == "Customer cust-001 has this number." and line.text() == "cust-001"
    qtbot.waitUntil(lambda: history.model.rowCount() == 12, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table, timeout=5000)  # on to the result

    line = lookup_line(window)
    line.clear()
    qtbot.keyClicks(line, UNKNOWN_PHONE)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: notice.text() == "No customer found for this number", timeout=10_000)
    assert history.usercode == "cust-001"  # the list shown stays; nobody was asked for the number
    wait_idle(qtbot, call_ctx)
    paths = [r["path"] for r in sim.requests()]
    assert not [p for p in paths if "1001-5007" in p or "9999-0000" in p or "01099990000" in p]
    assert call_ctx.settings.recent_usercodes == ["cust-001"]  # a phone number is never kept


# A completer's list is a popup window: the offscreen platform cannot raise it or grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_without_a_lookup_the_callers_served_today_are_offered(
    qtbot: Any, appctx: AppContext, sim: SimServer
) -> None:
    assert appctx.session.profile is not None and appctx.session.profile.caller_lookup is None
    remember_caller(appctx, CallerIdentity("cust-001", "김민준", KNOWN_EMAIL, KNOWN_PHONE))
    remember_caller(appctx, MINJI)
    window = open_window(qtbot, appctx)
    window.new_call()
    panel = window.ticket
    phone = named(panel.caller, QLineEdit, "Phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "010-100")

    def offered() -> QAbstractItemView | None:  # the list the agent sees under the field
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QAbstractItemView) and w.isVisible()
        ]
        return next((w for w in shown if w.accessibleName() == "Callers served today"), None)

    qtbot.waitUntil(lambda: offered() is not None, timeout=2000)
    popup = offered()
    assert popup is not None
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["cust-002 · 이서연 · 010-1002-**** · se***@example.com",
                     "cust-001 · 김민준 · 010-1001-**** · mi***@example.com"]  # fmt: skip
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: offered() is None, timeout=2000)
    values = {k: named(panel.caller, QLineEdit, k).text() for k in ("User code", "Name", "E-mail", "Phone")}
    assert values == {"User code": "cust-002", "Name": "이서연", "E-mail": MINJI.email, "Phone": MINJI.phone}
    qtbot.waitUntil(lambda: panel.recent.list.count() > 0, timeout=5000)  # that caller's tickets
    wait_idle(qtbot, appctx)


def test_a_hand_off_without_a_lookup_fills_a_caller_served_today(qtbot: Any, appctx: AppContext) -> None:
    remember_caller(appctx, CallerIdentity("cust-001", "김민준", KNOWN_EMAIL, KNOWN_PHONE))
    window = open_window(qtbot, appctx)
    hand_off(window, "+82 10-1001-5007")
    panel = window.ticket
    notice = named(panel, QLabel, "Caller lookup")
    qtbot.waitUntil(lambda: notice.text() == "Filled from a call earlier today.", timeout=10_000)
    assert named(panel.caller, QLineEdit, "Name").text() == "김민준"
    assert named(panel.caller, QLineEdit, "Phone").text() == KNOWN_PHONE
    wait_idle(qtbot, appctx)
