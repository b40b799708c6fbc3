"""The links between the work areas: recent tickets beside the form, one shortcut table routed to
the current panel, "Insert into ticket" to exactly one editor, a late connection, column sizes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QToolButton,
)

from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.actions import ACTIONS
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.fixtures.appctx import MakeAppContext
from tests.ui.window import named, open_window, requests_to, wait_idle, wait_inquiry_types

FULL_FORM_TYPE = 2542
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def wait_helpcenter(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.helpcenter.faq.model.rowCount() > 0, timeout=10_000)


def open_faq(qtbot: Any, window: MainWindow) -> int:
    tab = window.helpcenter.faq
    faq_id = tab.model.item(0).help_doc_id
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        tab.open_item(faq_id)
    return faq_id


def click_insert(qtbot: Any, window: MainWindow) -> None:
    insert = named(window.helpcenter.faq, QPushButton, "Insert into ticket")
    qtbot.mouseClick(insert, Qt.MouseButton.LeftButton)


def open_history_ticket(qtbot: Any, window: MainWindow, usercode: str) -> str:
    history = window.history
    window.go("history")
    history.show_customer(usercode)
    qtbot.waitUntil(lambda: history.model.rowCount() > 0 and not history.model.loading, timeout=5000)
    history.table.selectRow(0)
    ticket = history.model.ticket_at(0)
    assert ticket is not None
    qtbot.waitUntil(lambda: history.detail.detail is not None, timeout=5000)
    return ticket.ticket_id


# -- 1. recent tickets beside the new-ticket form ------------------------------------------------
def test_recent_tickets_follow_the_caller_code(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    window = open_window(qtbot, appctx)
    panel = window.ticket
    window.go("ticket")
    recent = named(panel, QListWidget, "Recent tickets")
    assert not recent.isVisible()  # an empty column is not shown: the form gets the room
    user_code = named(panel.caller, QLineEdit, "User code")
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    assert QApplication.focusWidget() is user_code
    with qtbot.waitSignal(panel.recent.loaded, timeout=5000) as loaded:
        qtbot.keyClicks(user_code, "cust-001")
    assert loaded.args == [12]
    assert recent.isVisible() and recent.count() == 5
    lists = requests_to(sim, "/cust-001/list.json")
    assert len(lists) == 1  # debounced: one request for the whole code
    assert len(requests_to(sim, "/cust-00/list.json")) == 0
    query = dict(lists[0]["query"])
    assert query["pageSize"] == "5" and query["sort"] == "updatedDt:desc"
    # the form keeps its room at 1366×768: the side column is narrower than the form
    assert panel.scroll_area.width() > 2 * panel.recent.width()
    assert panel.scroll_area.width() >= 500
    # collapsible
    toggle = named(panel, QToolButton, "Show the caller's recent tickets")
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not recent.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert recent.isVisible()
    # a new ticket for this caller refreshes the column
    with qtbot.waitSignal(panel.recent.loaded, timeout=5000):
        appctx.bus.ticket_created.emit("cust-001", "T-new")
    assert len(requests_to(sim, "/cust-001/list.json")) == 2
    # "Open history" goes to the history of the same caller
    with qtbot.waitSignal(window.area_changed, timeout=2000):
        qtbot.mouseClick(named(panel.recent, QPushButton, "Open history"), Qt.MouseButton.LeftButton)
    assert window.current_area == "history" and window.history.usercode == "cust-001"
    # Enter on a recent ticket opens exactly that ticket in the history
    window.go("ticket")
    recent.setFocus()
    recent.setCurrentRow(2)
    wanted = recent.currentItem().data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(window.history.detail.detail_loaded, timeout=5000):
        qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.current_area == "history"
    assert window.history.detail.detail is not None and window.history.detail.ticket_id == wanted
    wait_idle(qtbot, appctx)


# -- 4. keyboard first: one actions table, dispatched to the current panel ------------------------
def test_window_shortcuts_reach_the_current_panel(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    window = open_window(qtbot, appctx)
    wait_helpcenter(qtbot, window)
    hc = window.helpcenter
    named(hc, QToolButton, "Refresh").setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is hc.faq.search
    before = len(requests_to(sim, "/helpdoc/list.json"))
    qtbot.keyClick(hc.faq.search, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: hc.status.text() == "Refreshed.", timeout=5000)  # once it has worked
    qtbot.waitUntil(lambda: len(requests_to(sim, "/helpdoc/list.json")) > before, timeout=5000)

    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)  # jump to the inquiry-type filter
    assert window.current_area == "ticket"
    assert QApplication.focusWidget() is named(window.ticket, QLineEdit, "Filter inquiry types")
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)  # and to the caller's user code
    assert QApplication.focusWidget() is named(window.ticket.caller, QLineEdit, "User code")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)  # Find in the ticket area = type filter
    assert QApplication.focusWidget() is window.ticket.picker.filter
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)  # submit without a type
    assert "Choose an inquiry type first." in " ".join(
        lb.text() for lb in window.ticket.result.findChildren(QLabel)
    )
    assert requests_to(sim, "/ticket.json", "POST") == []

    ticket_id = open_history_ticket(qtbot, window, "cust-001")
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.history.lookup.combo.isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is window.history.lookup.combo
    )
    details = len(requests_to(sim, f"/{ticket_id}/detail.json"))
    qtbot.keyClick(window.history.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(requests_to(sim, f"/{ticket_id}/detail.json")) > details, timeout=5000)
    editor = named(window.history, QPlainTextEdit, "Follow-up text")
    editor.setFocus()
    qtbot.keyClicks(editor, "sent with the keyboard")
    with qtbot.waitSignal(window.history.detail.follow_up_sent, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    posts = requests_to(sim, "comment.json", "POST")
    assert len(posts) == 1 and posts[0]["json_body"]["comment"] == "sent with the keyboard"
    wait_idle(qtbot, appctx)


def test_shortcut_help_lists_the_work_area_keys(qtbot: Any, offline_appctx: AppContext) -> None:
    window = open_window(qtbot, offline_appctx)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QTableWidget, None)
    table = next(t for t in window.findChildren(QTableWidget) if t.accessibleName() == "Shortcut list")
    assert dialog is not None
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Search in this area"] == "Ctrl+F"
    assert rows["Refresh"] == "F5"
    assert rows["Submit ticket / send follow-up"] == "Ctrl+Return, Ctrl+Enter"
    assert rows["Ticket caller"] == "Ctrl+Shift+U" and rows["Ticket inquiry type"] == "Ctrl+Shift+T"
    assert rows["Back to the previous document"] == "Alt+Left, Backspace"
    # every window-wide key (alternates included) is bound exactly once
    keys = [QKeySequence(k).toString() for a in ACTIONS for k in (a.shortcut, *a.alternates) if k]
    assert len(keys) == len(set(keys))
    bound = [k.toString() for action in window.actions_by_id.values() for k in action.shortcuts()]
    assert sorted(bound) == sorted(keys)
    table.window().close()


# -- 5. insert into ticket goes to the active editor only --------------------------------------------
def test_insert_with_no_editor_in_use_starts_a_new_ticket(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    window = open_window(qtbot, appctx)
    wait_helpcenter(qtbot, window)
    open_faq(qtbot, window)
    summary = window.helpcenter.faq.detail._summary
    assert summary
    QGuiApplication.clipboard().clear()
    click_insert(qtbot, window)  # nothing in progress anywhere: the answer starts a ticket
    assert window.current_area == "ticket"
    assert QGuiApplication.clipboard().text() == ""
    wait_inquiry_types(qtbot, window)
    assert window.ticket.picker.select(FULL_FORM_TYPE)  # the text waits for the form
    qtbot.waitUntil(lambda: window.ticket.form.content_field() is not None, timeout=5000)
    content = window.ticket.form.content_field()
    assert content is not None and str(content.value()) == summary
    wait_idle(qtbot, appctx)


def test_insert_goes_to_exactly_one_editor(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    window = open_window(qtbot, appctx)
    wait_helpcenter(qtbot, window)
    open_faq(qtbot, window)
    summary = window.helpcenter.faq.detail._summary  # what "Copy link" would copy
    assert summary

    open_history_ticket(qtbot, window, "cust-001")
    composer = named(window.history, QPlainTextEdit, "Follow-up text")
    window.go("helpcenter")
    QGuiApplication.clipboard().clear()
    click_insert(qtbot, window)
    assert window.current_area == "history"
    assert composer.toPlainText() == summary and QGuiApplication.clipboard().text() == ""
    assert QApplication.focusWidget() is composer  # ready to go on typing

    window.go("ticket")  # the agent now works on a new ticket: it becomes the editor
    wait_inquiry_types(qtbot, window)
    assert window.ticket.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: window.ticket.form.content_field() is not None, timeout=5000)
    window.go("helpcenter")
    click_insert(qtbot, window)
    assert window.current_area == "ticket"
    content = window.ticket.form.content_field()
    assert content is not None and summary in str(content.value())
    assert QApplication.focusWidget() is content.input_widget()
    assert composer.toPlainText() == summary  # not a second copy

    composer.setFocus()  # typing in the composer makes it the active editor again
    window.go("history")
    qtbot.waitUntil(lambda: window.last_editor == "history", timeout=1000)
    appctx.bus.insert_into_ticket.emit("!")  # the plain signal is routed the same way
    assert composer.toPlainText().endswith("!") and str(content.value()).count(summary) == 1
    wait_idle(qtbot, appctx)


# -- 6. a connection that arrives after the window is shown -----------------------------------------
def test_late_connection_loads_all_three_areas(
    qtbot: Any, make_appctx: MakeAppContext, demo_profile: ConnectionProfile, client: Any, sim: Any
) -> None:
    ctx = make_appctx()
    window = open_window(qtbot, ctx)
    assert "Not connected" in window.helpcenter.status.text()
    window.history.show_customer("cust-001")  # typed before the keyring answered
    assert sim.requests() == []
    ctx.session.set_connection(demo_profile, client)
    wait_helpcenter(qtbot, window)
    qtbot.waitUntil(lambda: "Not connected" not in window.helpcenter.status.text(), timeout=5000)
    assert window.helpcenter.language_combo.count() >= 3
    qtbot.waitUntil(lambda: window.ticket.picker.model.rowCount() > 0, timeout=5000)
    qtbot.waitUntil(lambda: window.history.model.rowCount() > 0, timeout=5000)
    assert window.history.filters.category.count() > 1  # inquiry types for the filter
    wait_idle(qtbot, ctx)
    assert requests_to(sim, "/cust-001/list.json")


# -- 7. the Help Center title column takes the room ----------------------------------------------------
def test_helpcenter_title_column_takes_the_stretch(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    wait_helpcenter(qtbot, window)
    tab = window.helpcenter.faq
    header = tab.list.horizontalHeader()
    model = tab.model
    title = header.sectionSize(model.COL_TITLE)
    assert title > 2 * header.sectionSize(model.COL_CATEGORY)
    assert title > header.sectionSize(model.COL_DATE) + header.sectionSize(model.COL_MARKERS)
    assert title >= 200
    wait_idle(qtbot, appctx)


def test_ctrl_enter_in_the_content_editor_submits(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    window = open_window(qtbot, appctx)
    window.go("ticket")
    panel = window.ticket
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)
    assert panel.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: panel.form.widget_for("subject") is not None, timeout=5000)
    panel.caller.set_values({"usercode": "cust-002", "name": "Kim", "mail": "kim@example.com"})
    for code, value in {"subject": "keyboard only", "textbox": "kim", "personalAgree": "true"}.items():
        widget = panel.form.widget_for(code)
        assert widget is not None, code
        widget.set_value(value)
    fields_before = len(requests_to(sim, f"/field/user/{FULL_FORM_TYPE}.json"))
    qtbot.keyClick(window, Qt.Key.Key_F5)  # reloads types and form; what was typed stays
    qtbot.waitUntil(
        lambda: len(requests_to(sim, f"/field/user/{FULL_FORM_TYPE}.json")) > fields_before, timeout=5000
    )
    wait_idle(qtbot, appctx)
    subject = panel.form.widget_for("subject")
    assert subject is not None and subject.value() == "keyboard only"
    content = panel.form.content_field()
    assert content is not None
    editor = content.input_widget()
    editor.setFocus()
    qtbot.keyClicks(editor, "typed, then sent")
    with qtbot.waitSignal(panel.ticket_submitted, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    posts = requests_to(sim, "/ticket.json", "POST")
    assert len(posts) == 1 and posts[0]["json_body"]["content"] == "typed, then sent"
    wait_idle(qtbot, appctx)


# -- 3. one draft store per directory ------------------------------------------------------------
def test_ticket_form_and_composer_share_one_draft_store(qtbot: Any, offline_appctx: AppContext) -> None:
    window = open_window(qtbot, offline_appctx)
    store = offline_appctx.drafts
    assert window.ticket.draft.saver.store is store
    window.history.detail.composer.set_ticket("cust-001", "T1658199661153IXTfw", None)
    saver = window.history.detail.composer.saver
    assert saver is not None and saver.store is store
