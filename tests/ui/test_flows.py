"""End to end at the main-window level, in the demo workspace: an answer from the Help Center goes
into a new ticket for caller ``cust-003``, which is submitted, found in the customer history,
opened and followed up — with the simulator's request log checked along the way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton

from contiple_desktop.tasks.context import AppContext
from tests.ui.window import named, open_window, requests_to, wait_idle, wait_inquiry_types

FULL_FORM_TYPE = 2542
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_answer_to_ticket_to_history_to_follow_up(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    assert appctx.session.is_demo
    window = open_window(qtbot, appctx)
    assert window.banner.isVisible()
    hc = window.helpcenter
    tab = hc.faq
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=10_000)

    # 1. find an answer: Ctrl+F, type a word of a FAQ title, open the first hit
    faq = next(iter(sim.state.faqs.values()))
    word = faq["title"]["ko"].split()[0]
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is tab.search
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.search.insert(word)  # QTest types ASCII only; Korean arrives like an input method's commit
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    searches = [dict(r["query"]) for r in requests_to(sim, "/helpdoc/list.json")]
    assert searches[-1].get("query") == word
    assert tab.model.rowCount() > 0
    tab.list.setFocus()
    tab.list.setCurrentIndex(tab.model.index(0, tab.model.COL_TITLE))
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    opened_id = tab.model.item(0).help_doc_id
    assert requests_to(sim, f"/helpdoc/detail/{opened_id}.json")

    # 2. the caller is on the line: start their ticket (Ctrl+Shift+U), come back, insert the answer
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    assert window.current_area == "ticket"
    user_code = named(window.ticket.caller, QLineEdit, "User code")
    assert QApplication.focusWidget() is user_code
    with qtbot.waitSignal(window.ticket.recent.loaded, timeout=5000):
        qtbot.keyClicks(user_code, "cust-003")
    assert requests_to(sim, "/enduser/cust-003/list.json")  # recent tickets beside the form
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    assert window.current_area == "helpcenter"
    qtbot.mouseClick(named(tab, QPushButton, "Insert into ticket"), Qt.MouseButton.LeftButton)
    assert window.current_area == "ticket"
    assert hc.status.text() == "Inserted into the ticket."

    # 3. choose the inquiry type, fill the form (the inserted answer is kept), submit with Ctrl+Enter
    wait_inquiry_types(qtbot, window)
    assert window.ticket.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: window.ticket.form.widget_for("subject") is not None, timeout=5000)
    content = window.ticket.form.content_field()
    assert content is not None
    inserted = str(content.value())
    assert faq["title"]["ko"] in inserted
    window.ticket.caller.set_values({"usercode": "cust-003", "name": "박지호", "mail": "jiho@example.com"})
    values = {"subject": "Flow test: 로그인 문의", "textbox": "jiho", "personalAgree": "true"}
    for code, value in values.items():
        widget = window.ticket.form.widget_for(code)
        assert widget is not None, code
        widget.set_value(value)
    window.ticket.form.widget_for("subject").input_widget().setFocus()  # type: ignore[union-attr]
    with qtbot.waitSignal(window.ticket.ticket_submitted, timeout=10_000) as submitted:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    ticket_id = submitted.args[0]
    posts = requests_to(sim, "/ticket.json", "POST")
    assert len(posts) == 1 and posts[0]["status"] == 200
    body = posts[0]["json_body"]
    assert body["endUser"]["usercode"] == "cust-003"
    assert body["subject"] == "Flow test: 로그인 문의" and faq["title"]["ko"] in body["content"]
    assert sim.state.tickets[ticket_id]["usercode"] == "cust-003"

    # 4. "Show customer history": the new ticket is in the list
    show = named(window.ticket.result, QPushButton, "Show customer history")
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert window.current_area == "history"
    history = window.history
    assert history.usercode == "cust-003"
    qtbot.waitUntil(lambda: history.model.row_of(ticket_id) >= 0 and not history.model.loading, timeout=5000)
    assert requests_to(sim, "/enduser/cust-003/list.json")

    # 5. open it and post a follow-up; it appears in the thread
    history.table.setFocus()
    history.table.selectRow(history.model.row_of(ticket_id))
    qtbot.waitUntil(lambda: history.detail.detail is not None and history.detail.ticket_id == ticket_id,
                    timeout=5000)
    assert requests_to(sim, f"/enduser/cust-003/{ticket_id}/detail.json")
    entries = len(history.detail.thread_view.bubbles)
    editor = named(history, QPlainTextEdit, "Follow-up text")
    editor.setFocus()
    qtbot.keyClicks(editor, "Still cannot log in after the reset.")
    with qtbot.waitSignal(history.detail.follow_up_sent, timeout=5000):
        qtbot.mouseClick(named(history, QPushButton, "Send follow-up"), Qt.MouseButton.LeftButton)
    comments = requests_to(sim, f"/enduser/cust-003/{ticket_id}/comment.json", "POST")
    assert len(comments) == 1 and comments[0]["status"] == 200
    assert comments[0]["json_body"]["comment"] == "Still cannot log in after the reset."
    qtbot.waitUntil(lambda: len(history.detail.thread_view.bubbles) == entries + 1, timeout=5000)
    last = history.detail.thread_view.bubbles[-1]
    assert "Still cannot log in" in last.entry.content and not last.entry.from_agent
    assert editor.toPlainText() == ""
    wait_idle(qtbot, appctx)
    assert appctx.runner.active_count == 0
