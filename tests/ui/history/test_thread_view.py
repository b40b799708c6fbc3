"""The conversation is one document: bubbles with headers, attachment links that open files by
mouse and keyboard, inline attachment images through the client, hostile entries bounded,
scroll to the newest entry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QTextBrowser

from contiple_desktop.sim import seed_files
from contiple_desktop.ui.history.panel import HistoryPanel
from tests.ui.history.conftest import by_name, open_customer, select_row


def _ticket_row(panel: HistoryPanel, ticket_id: str) -> int:
    row = panel.model.row_of(ticket_id)
    assert row >= 0
    return row


def _long_thread(sim: Any, usercode: str = "cust-001", entries: int = 30) -> str:
    """Give the customer's first ticket ``entries`` thread entries (every third with a file)."""
    ticket = next(t for t in sim.state.tickets.values() if t["usercode"] == usercode)
    base = ticket["createdDt"]
    png = seed_files.png(30, 20)
    thread = []
    for i in range(entries):
        files = []
        if i % 3 == 0:
            att_id = f"thr{i:03d}"
            sim.state.attachments[att_id] = {
                "attachmentId": att_id, "fileName": f"shot-{i}.png", "contentType": "image/png",
                "size": len(png), "data": png, "createdDt": base + i,
            }  # fmt: skip
            files.append(att_id)
        kind = "reply" if i % 2 else "enduser"
        thread.append({"type": kind, "content": f"<p>entry {i}: {'text ' * 40}</p>",
                       "createdDt": base + 1000 * (i + 1), "attachmentIds": files})
    ticket["thread"] = thread
    ticket["updatedDt"] = thread[-1]["createdDt"]
    return str(ticket["ticketId"])


def _open(qtbot: Any, panel: HistoryPanel, ticket_id: str) -> QTextBrowser:
    open_customer(qtbot, panel, "cust-001")
    select_row(qtbot, panel, _ticket_row(panel, ticket_id))
    conversation = by_name(panel.detail, QTextBrowser, "Conversation")
    qtbot.waitUntil(lambda: panel.detail.thread_view.is_settled and conversation.isVisible(), timeout=5000)
    return conversation


def _anchors(doc: QTextDocument) -> list[str]:
    hrefs: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href and href not in hrefs:
                hrefs.append(href)
            it += 1
        block = block.next()
    return hrefs


def test_thirty_entries_are_one_document_with_headers(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    ticket_id = _long_thread(sim)
    conversation = _open(qtbot, panel, ticket_id)
    text = conversation.toPlainText()
    assert [b.entry.content for b in panel.detail.thread_view.bubbles] == [
        e["content"] for e in sim.state.tickets[ticket_id]["thread"]
    ]
    for i in range(30):
        assert f"entry {i}:" in text
    assert text.count("Agent") == 15 and text.count("Customer") == 15  # every entry has its header
    assert text.index("entry 0:") < text.index("entry 29:")  # oldest first
    # one text view for the content and one for the whole conversation, however long it is
    assert len(panel.detail.findChildren(QTextBrowser)) == 2
    files = by_name(panel.detail, type(panel.detail.attachments), "Conversation attachments")
    assert [a.attachment_id for a in files.attachments()] == [f"thr{i:03d}" for i in range(0, 30, 3)]


def test_attachment_link_opens_the_file_by_mouse_and_keyboard(
    qtbot: Any, panel: HistoryPanel, sim: Any
) -> None:
    ticket_id = _long_thread(sim, entries=4)
    conversation = _open(qtbot, panel, ticket_id)
    links = [h for h in _anchors(conversation.document()) if h.startswith("contiple:")]
    assert links == ["contiple:attachment/thr000", "contiple:attachment/thr003"]
    assert "shot-0.png" in conversation.toPlainText()
    opened: list[Path] = []
    panel.detail.open_file = opened.append
    with qtbot.waitSignal(panel.detail.attachment_saved, timeout=5000) as saved:
        conversation.anchorClicked.emit(QUrl(links[1]))  # the agent clicks the second file
    assert saved.args[0] == "thr003" and opened[-1].read_bytes() == sim.state.attachments["thr003"]["data"]
    conversation.setFocus()
    qtbot.keyClick(conversation, Qt.Key.Key_Tab)  # Tab moves from link to link inside the document
    assert conversation.textCursor().charFormat().anchorHref() == links[0]
    with qtbot.waitSignal(panel.detail.attachment_saved, timeout=5000) as saved:
        qtbot.keyClick(conversation, Qt.Key.Key_Return)
    assert saved.args[0] == "thr000"


def test_inline_attachment_image_loads_through_the_client(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    ticket_id = _long_thread(sim, entries=2)
    url = f"/{sim.service_id}/api/v2/ticket/attachments/thr000"
    sim.state.tickets[ticket_id]["thread"][1]["content"] = (
        f'<p>see <img src="{url}"> and <img src="https://evil.example/x.png" alt="pixel"></p>'
    )
    sim.clear_requests()
    conversation = _open(qtbot, panel, ticket_id)
    kind = QTextDocument.ResourceType.ImageResource.value
    qtbot.waitUntil(
        lambda: isinstance(image := conversation.document().resource(kind, QUrl(url)), QImage)
        and image.width() == 30, timeout=5000,
    )  # fmt: skip
    assert "[image: pixel]" in conversation.toPlainText()  # the remote one became words
    assert len([r for r in sim.requests() if r["path"] == url]) == 1
    assert not [r for r in sim.requests() if "evil" in r["path"]]


def test_hostile_entry_is_bounded_and_says_so(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    ticket_id = _long_thread(sim, entries=2)
    tables = "<table><tr><td>" * 300 + "deep" + "</td></tr></table>" * 300
    hostile = tables + "<p>" + "word " * 100_000 + "</p>"
    sim.state.tickets[ticket_id]["thread"][0]["content"] = hostile
    conversation = _open(qtbot, panel, ticket_id)
    text = conversation.toPlainText()
    assert "deep" in text and "This text was shown in part (" in text
    assert "entry 1:" in text  # the next entry is still there, after it


def test_scroll_to_latest_brings_the_newest_entry_into_view(
    qtbot: Any, panel: HistoryPanel, sim: Any
) -> None:
    ticket_id = _long_thread(sim)
    _open(qtbot, panel, ticket_id)
    bar = panel.detail.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    assert bar.value() == 0
    panel.detail.thread_view.scroll_to_latest()
    assert bar.value() > bar.maximum() // 2


def test_after_a_follow_up_the_newest_entry_is_in_view(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    ticket_id = _long_thread(sim)
    _open(qtbot, panel, ticket_id)
    bar = panel.detail.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    resets: list[int] = []
    panel.detail.thread_model.modelReset.connect(lambda: resets.append(1))
    editor = by_name(panel, QPlainTextEdit, "Follow-up text")
    editor.setFocus()
    qtbot.keyClicks(editor, "newest words")
    with qtbot.waitSignal(panel.detail.follow_up_sent, timeout=5000):
        qtbot.mouseClick(by_name(panel, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    view = panel.detail.thread_view
    qtbot.waitUntil(lambda: view.is_settled and "newest" in view.bubbles[-1].entry.content, timeout=5000)
    qtbot.waitUntil(lambda: panel.ctx.runner.active_count == 0, timeout=5000)  # the reload, too
    assert bar.value() > bar.maximum() // 2  # scrolled down to it, and it stayed there
    assert len(view.bubbles) == 31 and resets == []  # the reload kept the drawn thread (no rebuild)

