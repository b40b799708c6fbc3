"""Keyboard-only history: Tab leaves the ticket list and walks the open ticket in reading order.

Regressions: Tab moved from cell to cell inside the ticket table and never left it; the thread's
bubbles (built when a ticket opens) sat at the end of the window's focus chain, after the
follow-up composer, the navigation and the banner. The conversation is now one document (a
``QTextBrowser`` named "Conversation" whose links Tab also visits), so the test checks that it —
and its attachment list — come between the content and the composer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from contiple_desktop.tasks.context import AppContext
from tests.ui.history.conftest import by_name
from tests.ui.window import open_window, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def test_tab_from_the_list_through_the_thread_to_the_composer(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    panel = window.history
    qtbot.keyClicks(QApplication.focusWidget(), "cust-001")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    detail = panel.detail
    conversation = by_name(detail, QTextBrowser, "Conversation")
    thread = detail.thread_view
    qtbot.waitUntil(
        lambda: thread.is_settled and bool(thread.bubbles) and detail.content.isVisible(), timeout=5000
    )
    wait_idle(qtbot, appctx)
    assert QApplication.focusWidget() is panel.table

    seen: list[QWidget] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
        if detail.composer.isAncestorOf(focus):
            break
    assert seen[0] is not panel.table  # Tab leaves the table
    assert detail.composer.isAncestorOf(seen[-1])
    assert conversation in seen  # the whole conversation before the composer
    assert seen.index(detail.content) < seen.index(conversation)
    conversation_files = detail.attachment_lists()[1]
    files = [w for w in seen if conversation_files.isAncestorOf(w)]
    assert all(seen.index(conversation) < seen.index(w) for w in files)  # its attachments follow it
    assert all(w is not window.navigation for w in seen)
