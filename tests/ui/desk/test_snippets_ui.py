"""Reply snippets through the main window: a Help Center answer is saved as a snippet
("Save as reply snippet"), then inserted into a follow-up with the composer's type-ahead picker,
and into the new-ticket form with Tools ▸ Insert reply snippet (Ctrl+Shift+S)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from contiple_desktop.domain.html import html_to_text
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.desk.picker import TypeAheadPicker
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.desk.conftest import labelled
from tests.ui.ticket.conftest import choose_type
from tests.ui.ticket.helpers import type_text

FAQ = 3413


def _picker(qtbot: Any, window: MainWindow) -> TypeAheadPicker:
    def shown() -> list[TypeAheadPicker]:
        return [w for w in window.findChildren(TypeAheadPicker) if w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=5000)
    return shown()[0]


def _save_snippet(qtbot: Any, window: MainWindow) -> str:
    window.go("helpcenter")
    tab = window.helpcenter.faq
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        tab.open_item(FAQ)
    title = tab.detail.title.text()
    labelled(tab.detail, QPushButton, "Save as reply snippet").click()
    status = labelled(window.helpcenter, QLabel, "Status")
    qtbot.waitUntil(lambda: status.text() == f"Saved as a reply snippet: {title}", timeout=5000)
    return title


def test_a_saved_answer_goes_into_a_follow_up(
    qtbot: Any, window: MainWindow, appctx: AppContext, sim: SimServer
) -> None:
    title = _save_snippet(qtbot, window)
    with sim.state.lock:
        ticket_id = next(t["ticketId"] for t in sim.state.tickets.values() if t["usercode"] == "cust-001")
        answer = html_to_text(sim.state.faqs[FAQ]["content"]["ko"])
    appctx.bus.show_ticket.emit("cust-001", ticket_id)
    detail = window.history.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.ticket_id == ticket_id, timeout=5000)
    editor = labelled(detail, QPlainTextEdit, "Follow-up text")
    editor.setFocus()
    qtbot.keyClicks(editor, "Hello. ")
    labelled(detail, QPushButton, "Insert a reply snippet").click()
    picker = _picker(qtbot, window)
    assert QApplication.focusWidget() is picker.filter
    type_text(picker.filter, title[:4])
    assert picker.entries() == [title]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert editor.toPlainText() == "Hello. " + answer and "<" not in editor.toPlainText()


def test_tools_insert_reply_snippet_goes_to_the_active_editor(
    qtbot: Any, window: MainWindow, sim: SimServer
) -> None:
    title = _save_snippet(qtbot, window)
    with sim.state.lock:
        answer = html_to_text(sim.state.faqs[FAQ]["content"]["ko"])
    window.go("ticket")
    choose_type(qtbot, window.ticket)
    content = window.ticket.form.content_field()
    assert content is not None
    content.input_widget().setFocus()
    qtbot.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    picker = _picker(qtbot, window)
    type_text(picker.filter, title[:4])
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert window.current_area == "ticket"
    assert content.value() == answer
