"""Issue 12, items 9 and 12: the history area gives the conversation the room and says what to do.

* Before a lookup the list is a short instruction ("Look up a caller by phone or user code…")
  with the user-code box focused; there is no empty table and no disabled composer.
* The follow-up composer is compact (two lines and the Send row, no attachment tray) until the
  agent goes to it, so at the size the area has in a 1366×768 window the conversation shows
  several messages, and after a follow-up is sent the new message is in view.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextFrame
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QTableView, QTextBrowser

from contiple_desktop.sim import seed_files
from contiple_desktop.ui.history.panel import HistoryPanel
from tests.ui.history.conftest import by_name, open_customer, select_row, wait_idle
from tests.ui.ticket.helpers import drop_files

AREA_AT_1366x768 = (1160, 620)  # the history area's size inside a 1366×768 main window


def _thread(sim: Any, entries: int = 8) -> str:
    ticket = next(t for t in sim.state.tickets.values() if t["usercode"] == "cust-001")
    base = ticket["createdDt"]
    ticket["thread"] = [
        {"type": "reply" if i % 2 else "enduser", "content": f"<p>message {i}: {'words ' * 25}</p>",
         "createdDt": base + 1000 * (i + 1), "attachmentIds": []}
        for i in range(entries)
    ]  # fmt: skip
    ticket["updatedDt"] = base + 1000 * entries
    return str(ticket["ticketId"])


def _open(qtbot: Any, panel: HistoryPanel, ticket_id: str) -> QTextBrowser:
    open_customer(qtbot, panel, "cust-001")
    select_row(qtbot, panel, panel.model.row_of(ticket_id))
    conversation = by_name(panel.detail, QTextBrowser, "Conversation")
    qtbot.waitUntil(lambda: panel.detail.thread_view.is_settled and conversation.isVisible(), timeout=5000)
    return conversation


def _messages_in_view(panel: HistoryPanel, conversation: QTextBrowser) -> list[float]:
    """For each message bubble, the part of it (0…1) inside the detail pane's visible area."""
    area = panel.detail.scroll_area
    viewport = area.viewport()
    layout = conversation.document().documentLayout()
    seen: list[float] = []
    for frame in conversation.document().rootFrame().childFrames():
        assert isinstance(frame, QTextFrame)
        rect = layout.frameBoundingRect(frame)
        top = conversation.viewport().mapTo(viewport, QPoint(0, int(rect.top()))).y()
        bottom = top + int(rect.height())
        inside = max(0, min(bottom, viewport.height()) - max(top, 0))
        seen.append(inside / max(1.0, rect.height()))
    return seen


def test_before_a_lookup_the_area_says_what_to_do(qtbot: Any, panel: HistoryPanel) -> None:
    hint = by_name(panel, QLabel, "What to do next")
    assert hint.isVisible() and hint.text().startswith("Look up a caller by phone or user code")
    assert not by_name(panel, QTableView, "Tickets").isVisible()  # no empty table
    assert not by_name(panel, QPlainTextEdit, "Follow-up text").isVisible()  # no disabled composer
    assert not by_name(panel, QPushButton, "Send follow-up").isVisible()
    focus = QApplication.focusWidget()
    combo = panel.lookup.combo
    assert focus is combo or (focus is not None and combo.isAncestorOf(focus))
    open_customer(qtbot, panel, "cust-001")
    assert by_name(panel, QTableView, "Tickets").isVisible() and not hint.isVisible()
    assert not by_name(panel, QPlainTextEdit, "Follow-up text").isVisible()  # still no ticket open
    select_row(qtbot, panel, 0)
    assert by_name(panel, QPlainTextEdit, "Follow-up text").isVisible()
    assert by_name(panel, QPushButton, "Send follow-up").isVisible()


def test_the_composer_is_compact_until_used(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    panel.resize(*AREA_AT_1366x768)
    _open(qtbot, panel, _thread(sim))
    editor = by_name(panel, QPlainTextEdit, "Follow-up text")
    attach = by_name(panel.detail.composer, QPushButton, "Attach files")
    composer = panel.detail.composer
    assert editor.isVisible() and not attach.isVisible()
    assert composer.height() < panel.detail.height() // 4  # the conversation has the pane
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: attach.isVisible(), timeout=2000)  # files can be attached now
    qtbot.keyClicks(editor, "x")
    panel.table.setFocus()
    assert attach.isVisible()  # text in it: it stays open
    editor.clear()
    qtbot.waitUntil(lambda: not attach.isVisible(), timeout=2000)
    wait_idle(qtbot, panel.ctx)


def test_a_sent_follow_up_is_in_view_with_the_messages_before_it(
    qtbot: Any, panel: HistoryPanel, sim: Any
) -> None:
    panel.resize(*AREA_AT_1366x768)
    conversation = _open(qtbot, panel, _thread(sim))
    editor = by_name(panel, QPlainTextEdit, "Follow-up text")
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor, "the newest question")
    with qtbot.waitSignal(panel.detail.follow_up_sent, timeout=5000):
        qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    view = panel.detail.thread_view
    qtbot.waitUntil(lambda: view.is_settled and "newest" in view.bubbles[-1].entry.content, timeout=5000)
    wait_idle(qtbot, panel.ctx)
    qtbot.waitUntil(lambda: _messages_in_view(panel, conversation)[-1] == 1.0, timeout=2000)  # whole
    assert len(_messages_in_view(panel, conversation)) == 9
    panel.table.setFocus()  # the agent moves on: the empty composer folds up again
    qtbot.waitUntil(lambda: _messages_in_view(panel, conversation)[-1] == 1.0, timeout=2000)
    shown = _messages_in_view(panel, conversation)
    assert sum(shown) >= 2.5, shown  # and more than the ~1.5 messages it used to be



def test_files_dropped_on_the_compact_composer_reach_its_tray(
    qtbot: Any, panel: HistoryPanel, sim: Any, tmp_path: Any
) -> None:
    panel.resize(*AREA_AT_1366x768)
    _open(qtbot, panel, _thread(sim))
    composer = panel.detail.composer
    attach = by_name(composer, QPushButton, "Attach files")
    assert not attach.isVisible()
    shot = tmp_path / "screen.png"
    shot.write_bytes(seed_files.png(20, 10))
    drop_files(composer, [shot])  # onto the composer's caption and Send row, its tray hidden
    tray = composer.tray
    qtbot.waitUntil(lambda: tray.all_uploaded() and len(tray.attachment_ids()) == 1, timeout=5000)
    assert attach.isVisible()  # it opened to show the file
    wait_idle(qtbot, panel.ctx)
