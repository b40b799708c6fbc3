"""Issue 12 in the New ticket area, driven as a person does; each test failed before its fix.

* density (7): the inquiry types fold into a one-line breadcrumb once a type is chosen (the
  path is printed once; Ctrl+Shift+T or "Change…" reopens them, Escape folds them again), an
  empty side column is hidden, the Details box is as tall as its text;
* keyboard paths (8): Enter in the user code moves to that caller's recent tickets; Enter in the
  history lookup moves to the ticket list;
* feedback (11): "Draft saved automatically." only after a real save, "Insert into ticket"
  before a type is chosen shows the waiting text, "Discard draft…" is disabled on an empty form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from contiple_desktop.tasks.context import AppContext
from tests.ui.ticket.conftest import FULL_FORM_TYPE, choose_type
from tests.ui.ticket.helpers import find, type_text
from tests.ui.window import named, open_window, wait_idle

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEAF = "재설정 메일 미수신"  # the leaf of FULL_FORM_TYPE


def visible_texts(root: QWidget, needle: str) -> list[str]:
    return [w.text() for w in root.findChildren(QLabel) if w.isVisible() and needle in w.text()]


def test_the_inquiry_types_fold_into_a_breadcrumb_and_reopen_with_one_key(
    qtbot: Any, appctx: AppContext
) -> None:
    window = open_window(qtbot, appctx)
    window.go("ticket")
    panel = window.ticket
    wait_idle(qtbot, appctx)
    assert panel.picker.isVisible() and not named(panel, QLabel, "Inquiry type").isVisible()
    width_before = panel.scroll_area.width()
    choose_type(qtbot, panel)
    breadcrumb = named(panel, QLabel, "Inquiry type")
    assert not panel.picker.isVisible() and breadcrumb.isVisible()
    assert breadcrumb.text().endswith(LEAF) and breadcrumb.toolTip().endswith(LEAF)
    assert len(visible_texts(window, LEAF)) == 1  # the path once, not three times
    assert not named(panel, QLabel, "Form status").isVisible()
    assert panel.scroll_area.width() >= width_before + 200  # the form got the picker's room
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)  # one key reopens the types
    assert panel.picker.isVisible() and QApplication.focusWidget() is panel.picker.filter
    qtbot.keyClick(panel.picker.filter, Qt.Key.Key_Escape)  # and Escape folds them again
    assert not panel.picker.isVisible()
    qtbot.mouseClick(named(panel, QPushButton, "Change inquiry type"), Qt.MouseButton.LeftButton)
    assert panel.picker.isVisible()


def test_an_empty_side_column_is_hidden_and_details_fit_their_text(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    window.go("ticket")
    panel = window.ticket
    wait_idle(qtbot, appctx)
    assert not panel.side.isVisible()  # no call, no user code: no empty "Recent tickets" column
    choose_type(qtbot, panel)
    content = find(panel, QPlainTextEdit, "문의내용")
    line = content.fontMetrics().lineSpacing()
    empty = content.height()
    assert empty <= 5 * line  # was a fixed 140 px (190 px with the counter) box
    content.setFocus()
    content.insertPlainText("\n".join(f"{i}번째 줄입니다." for i in range(8)))  # as a paste does
    qtbot.waitUntil(lambda: content.height() >= empty + 4 * line, timeout=2000)  # grows with the text
    type_text(find(panel.caller, QLineEdit, "User code"), "cust-001")
    qtbot.waitUntil(panel.side.isVisible, timeout=3000)  # a caller: their tickets beside the form
    wait_idle(qtbot, appctx)


def test_enter_in_the_user_code_moves_to_the_recent_tickets(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    panel = window.ticket
    user_code = find(panel.caller, QLineEdit, "User code")
    assert QApplication.focusWidget() is user_code
    qtbot.keyClicks(user_code, "cust-001")
    qtbot.keyClick(user_code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.recent.list, timeout=5000)
    assert panel.recent.list.currentRow() == 0  # arrows and Enter open a ticket from here
    wait_idle(qtbot, appctx)


def test_enter_in_the_history_lookup_moves_to_the_ticket_list(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    history = window.history
    line = history.lookup.combo.lineEdit()
    assert line is not None and history.lookup.combo.hasFocus()
    qtbot.keyClicks(line, "cust-002")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is history.table, timeout=5000)
    wait_idle(qtbot, appctx)


def test_feedback_says_what_happened(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    window.go("ticket")
    panel = window.ticket
    wait_idle(qtbot, appctx)
    status = named(panel, QLabel, "Draft status")
    discard = named(panel, QPushButton, "Discard this ticket draft")
    assert status.text() == "" and not discard.isEnabled()  # nothing typed: nothing saved or to discard
    # "Insert into ticket" before a type is chosen: the text waits, visibly
    window.ctx.bus.request_insert("FAQ 답변: 앱을 다시 설치하세요.")
    waiting = named(panel, QLabel, "Text waiting to be inserted")
    assert window.current_area == "ticket" and waiting.isVisible()
    assert "FAQ 답변: 앱을 다시 설치하세요." in waiting.text()
    assert QApplication.focusWidget() is panel.picker.filter  # choose a type and it goes in
    assert discard.isEnabled()
    qtbot.waitUntil(lambda: status.text() == "Draft saved automatically.", timeout=3000)
    panel.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: not waiting.isVisible(), timeout=5000)
    content = find(panel, QPlainTextEdit, "문의내용")
    assert content.toPlainText() == "FAQ 답변: 앱을 다시 설치하세요."
    wait_idle(qtbot, appctx)
