"""Follow-up composer: send with attachments, single flight, errors keep everything, drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from contiple_desktop.sim import seed_files
from contiple_desktop.storage.drafts import KIND_FOLLOWUP, DraftStore
from contiple_desktop.ui.history.panel import HistoryPanel
from tests.ui.history.conftest import by_name, open_customer, select_row, wait_idle


def comment_posts(sim: Any) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["method"] == "POST" and r["path"].endswith("/comment.json")]


def open_first_ticket(qtbot: Any, panel: HistoryPanel) -> str:
    open_customer(qtbot, panel, "cust-001")
    select_row(qtbot, panel, 0)
    return panel.detail.ticket_id


def attach_png(qtbot: Any, panel: HistoryPanel, tmp_path: Path, name: str = "shot.png") -> str:
    path = tmp_path / name
    path.write_bytes(seed_files.png(24, 16))
    tray = panel.detail.composer.tray
    tray.add_files([path])
    qtbot.waitUntil(lambda: len(tray.attachment_ids()) == 1 and not tray.busy(), timeout=5000)
    return tray.attachment_ids()[0]


def type_text(qtbot: Any, panel: HistoryPanel, text: str) -> QPlainTextEdit:
    editor = by_name(panel, QPlainTextEdit, "Follow-up text")
    editor.setFocus()
    qtbot.keyClicks(editor, text)
    return editor


def test_follow_up_with_attachment_reaches_server_and_thread(
    qtbot: Any, panel: HistoryPanel, sim: Any, tmp_path: Path
) -> None:
    ticket_id = open_first_ticket(qtbot, panel)
    att_id = attach_png(qtbot, panel, tmp_path)
    type_text(qtbot, panel, "Still broken after restart")
    send = by_name(panel, QPushButton, "Send follow-up")
    assert send.isEnabled()
    with qtbot.waitSignal(panel.detail.composer.sent, timeout=5000):
        qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    posts = comment_posts(sim)
    assert len(posts) == 1
    assert f"/ticket/enduser/cust-001/{ticket_id}/comment.json" in posts[0]["path"]
    assert dict(posts[0]["query"]) == {"attachments": att_id}
    assert posts[0]["json_body"] == {"comment": "Still broken after restart"}
    qtbot.waitUntil(lambda: panel.detail.thread_view.is_settled, timeout=5000)  # drawn in steps
    bubbles = panel.detail.thread_view.bubbles
    last = max(bubbles, key=lambda b: b.entry.created_ms or 0)
    assert last.kind == "customer" and "Still broken" in last.entry.content
    assert [a.attachment_id for a in last.entry.attachments] == [att_id]
    assert by_name(panel, QPlainTextEdit, "Follow-up text").toPlainText() == ""
    assert panel.detail.composer.tray.items() == []
    wait_idle(qtbot, panel.ctx)
    row = panel.model.ticket_at(panel.model.row_of(ticket_id))  # updated in place from the reload
    assert row is not None and row.updated_ms == sim.state.tickets[ticket_id]["updatedDt"]


def test_send_is_single_flight(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    open_first_ticket(qtbot, panel)
    type_text(qtbot, panel, "once only")
    sim.faults.latency(0.3, "comment.json", method="POST")
    send = by_name(panel, QPushButton, "Send follow-up")
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    assert panel.detail.composer.busy and not send.isEnabled()
    panel.detail.composer.send()
    qtbot.keyClick(by_name(panel, QPlainTextEdit, "Follow-up text"), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.detail.composer.busy, timeout=5000)
    assert len(comment_posts(sim)) == 1


def test_dropped_connection_before_processing_keeps_text_and_attachments(
    qtbot: Any, panel: HistoryPanel, sim: Any, tmp_path: Path
) -> None:
    ticket_id = open_first_ticket(qtbot, panel)
    att_id = attach_png(qtbot, panel, tmp_path)
    editor = type_text(qtbot, panel, "did this arrive?")
    sim.faults.drop_before("comment.json", method="POST")
    status = by_name(panel, QLabel, "Follow-up status")
    qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not reach" in status.text(), timeout=8000)
    assert editor.toPlainText() == "did this arrive?"
    assert panel.detail.composer.tray.attachment_ids() == [att_id]
    assert len(comment_posts(sim)) == 1  # never retried blindly
    detail_gets = [r for r in sim.requests() if r["path"].endswith(f"{ticket_id}/detail.json")]
    assert len(detail_gets) >= 2  # reconciled by reloading the ticket
    assert by_name(panel, QPushButton, "Send follow-up").isEnabled()
    with qtbot.waitSignal(panel.detail.composer.sent, timeout=5000):
        qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    assert len(comment_posts(sim)) == 2
    wait_idle(qtbot, panel.ctx)


def test_dropped_connection_after_processing_is_reconciled(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    ticket_id = open_first_ticket(qtbot, panel)
    editor = type_text(qtbot, panel, "arrived after all")
    sim.faults.drop_after("comment.json", method="POST")
    with qtbot.waitSignal(panel.detail.composer.reconciled, timeout=8000) as reconciled:
        qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    assert reconciled.args[1] is True
    assert "did arrive" in by_name(panel, QLabel, "Follow-up status").text()
    assert editor.toPlainText() == ""
    assert len(comment_posts(sim)) == 1
    entries = [e for e in sim.state.tickets[ticket_id]["thread"] if "arrived after all" in e["content"]]
    assert len(entries) == 1
    qtbot.waitUntil(lambda: panel.detail.thread_view.is_settled, timeout=5000)  # drawn in steps
    assert any("arrived after all" in b.entry.content for b in panel.detail.thread_view.bubbles)


def test_a_server_error_is_shown_in_full_and_keeps_everything(
    qtbot: Any, panel: HistoryPanel, sim: Any, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFrame

    open_first_ticket(qtbot, panel)
    att_id = attach_png(qtbot, panel, tmp_path)
    editor = type_text(qtbot, panel, "still closing")
    sim.faults.http_500("comment.json", method="POST", times=None)
    error = by_name(panel, QFrame, "Follow-up error")
    assert not error.isVisible()
    qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(error.isVisible, timeout=8000)
    words = error.accessibleDescription()
    assert "The follow-up was not sent:" in words and "500" in words
    status = by_name(panel, QLabel, "Follow-up status")
    assert status.text() == "Your text and files are kept. Send again when ready."
    assert editor.toPlainText() == "still closing"
    assert panel.detail.composer.tray.attachment_ids() == [att_id]
    assert len(comment_posts(sim)) == 1  # a failure is not sent again by itself
    sim.faults.clear()
    with qtbot.waitSignal(panel.detail.composer.sent, timeout=5000):
        qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    assert not error.isVisible() and len(comment_posts(sim)) == 2
    wait_idle(qtbot, panel.ctx)


def test_unknown_ticket_keeps_text(qtbot: Any, panel: HistoryPanel, sim: Any, tmp_path: Path) -> None:
    ticket_id = open_first_ticket(qtbot, panel)
    att_id = attach_png(qtbot, panel, tmp_path)
    editor = type_text(qtbot, panel, "hello?")
    sim.state.tickets[ticket_id]["usercode"] = "someone-else"  # now a usercode mismatch
    status = by_name(panel, QLabel, "Follow-up status")
    qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not found" in status.text(), timeout=5000)
    assert editor.toPlainText() == "hello?"
    assert panel.detail.composer.tray.attachment_ids() == [att_id]
    assert by_name(panel, QPushButton, "Send follow-up").isEnabled()


def test_unknown_attachment_9005_keeps_text(
    qtbot: Any, panel: HistoryPanel, sim: Any, tmp_path: Path
) -> None:
    open_first_ticket(qtbot, panel)
    stale = tmp_path / "old.png"
    stale.write_bytes(seed_files.png(8, 8))
    tray = panel.detail.composer.tray
    # a draft restored with an upload the server no longer knows
    tray.restore([{"path": str(stale), "status": "uploaded", "attachment_id": "0" * 32, "size": 10}])
    editor = type_text(qtbot, panel, "see attached")
    status = by_name(panel, QLabel, "Follow-up status")
    qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.detail.composer.busy and status.text() != "Sending\u2026", timeout=5000)
    post = comment_posts(sim)[-1]
    assert post["result_code"] == 9005
    assert "attachment" in status.text().lower()
    assert editor.toPlainText() == "see attached" and tray.attachment_ids() == ["0" * 32]


def test_draft_restored_after_recreating_the_panel(
    qtbot: Any, panel: HistoryPanel, appctx: Any, sim: Any
) -> None:
    ticket_id = open_first_ticket(qtbot, panel)
    type_text(qtbot, panel, "half-typed question")
    store = DraftStore(appctx.paths.drafts_dir)
    qtbot.waitUntil(lambda: store.load(KIND_FOLLOWUP, ticket_id) is not None, timeout=5000)
    wait_idle(qtbot, appctx)
    panel.close()
    again = HistoryPanel(appctx)
    qtbot.addWidget(again)
    again.show()
    open_customer(qtbot, again, "cust-001")
    select_row(qtbot, again, again.model.row_of(ticket_id))
    editor = by_name(again, QPlainTextEdit, "Follow-up text")
    qtbot.waitUntil(lambda: editor.toPlainText() == "half-typed question", timeout=5000)
    assert "Restored" in by_name(again, QLabel, "Follow-up status").text()
    wait_idle(qtbot, appctx)


def test_insert_into_ticket_only_when_a_ticket_is_open(qtbot: Any, panel: HistoryPanel, appctx: Any) -> None:
    assert not panel.can_insert() and not panel.insert_text("nothing open")
    open_first_ticket(qtbot, panel)
    editor = by_name(panel, QPlainTextEdit, "Follow-up text")
    assert panel.can_insert() and panel.insert_text("FAQ answer text")  # what the shell's router calls
    assert editor.toPlainText() == "FAQ answer text"
    panel.detail.clear()
    assert not panel.can_insert() and not panel.insert_text(" more")
    assert editor.toPlainText() == ""


def test_a_failed_follow_up_in_the_window_keeps_send_in_view(
    qtbot: Any, appctx: Any, sim: Any
) -> None:
    # The wrapped error once made the whole shell scroll at 1366 x 768 (its scroll area asked
    # the shell for its preferred height) and Send went below the window's edge.
    from PySide6.QtWidgets import QFrame, QScrollArea

    from tests.ui.window import open_window

    window = open_window(qtbot, appctx)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel = window.history
    open_first_ticket(qtbot, panel)
    type_text(qtbot, panel, "still closing after the update, twice today")
    sim.faults.http_500("comment.json", method="POST", times=None)
    error = by_name(panel, QFrame, "Follow-up error")
    send = by_name(panel, QPushButton, "Send follow-up")
    qtbot.mouseClick(send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(error.isVisible, timeout=8000)
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()), timeout=2000)
    scroller = next(s for s in window.findChildren(QScrollArea) if s.objectName() == "shell-scroller")
    assert scroller.verticalScrollBar().maximum() == 0  # the shell does not scroll
    bottom = send.mapTo(window, send.rect().bottomLeft()).y()
    assert bottom < window.statusBar().mapTo(window, window.statusBar().rect().topLeft()).y()
    sim.faults.clear()
    wait_idle(qtbot, panel.ctx)
