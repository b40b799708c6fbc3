"""Korean and Japanese input: a composition in progress ("한" shown, not yet committed) is never
lost and Enter during it only confirms it — on the subject, the details, the follow-up, the
inquiry-type filter and the history lookup. Input methods are simulated with
``QInputMethodEvent`` preedit/commit sequences, as a platform IME sends them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui import ime
from tests.ui.ticket.conftest import choose_type, fill_required, ticket_posts
from tests.ui.ticket.helpers import find
from tests.ui.window import named, open_window, requests_to, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def compose(widget: QWidget, committed: str, preedit: str) -> None:
    """The agent typed ``committed`` and is composing ``preedit`` (e.g. 문의 + 한)."""
    widget.setFocus()
    if committed:
        event = QInputMethodEvent()
        event.setCommitString(committed)
        QApplication.sendEvent(widget, event)
    QApplication.sendEvent(widget, QInputMethodEvent(preedit, []))
    assert ime.composing(widget)


def form_window(qtbot: Any, appctx: AppContext) -> Any:
    window = open_window(qtbot, appctx)
    window.go("ticket")
    wait_idle(qtbot, appctx)
    choose_type(qtbot, window.ticket)
    fill_required(window.ticket, subject="")
    return window


def test_enter_during_a_composition_in_the_subject_only_confirms_it(
    qtbot: Any, appctx: AppContext, sim: SimServer
) -> None:
    window = form_window(qtbot, appctx)
    subject = find(window.ticket, QLineEdit, "제목")
    compose(subject, "환불 문의", "한")
    qtbot.keyClick(subject, Qt.Key.Key_Return)
    assert subject.text() == "환불 문의한" and not ime.composing(subject)
    assert ticket_posts(sim) == [] and not window.ticket.result.isVisible()  # nothing submitted
    compose(subject, "", "다")
    qtbot.keyClick(subject, Qt.Key.Key_Tab)  # a focus change commits it too
    assert subject.text() == "환불 문의한다"
    wait_idle(qtbot, appctx)


def test_ctrl_enter_during_a_composition_in_the_details_submits_the_whole_text(
    qtbot: Any, appctx: AppContext, sim: SimServer
) -> None:
    window = form_window(qtbot, appctx)
    find(window.ticket, QLineEdit, "제목").setText("결제 문의")
    content = find(window.ticket, QPlainTextEdit, "문의내용")
    content.clear()
    compose(content, "두 번 결제되었습니", "다")
    qtbot.keyClick(content, Qt.Key.Key_Return, CTRL)  # the window's Submit shortcut
    qtbot.waitUntil(lambda: len(ticket_posts(sim)) == 1, timeout=5000)
    assert ticket_posts(sim)[0]["json_body"]["content"].endswith("두 번 결제되었습니다")
    wait_idle(qtbot, appctx)


def test_a_click_on_submit_commits_the_composition_first(
    qtbot: Any, appctx: AppContext, sim: SimServer
) -> None:
    window = form_window(qtbot, appctx)
    subject = find(window.ticket, QLineEdit, "제목")
    compose(subject, "영수증 발급 요", "청")
    submit = named(window.ticket, QPushButton, "Submit ticket")
    submit.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # even a button that does not take the focus
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(ticket_posts(sim)) == 1, timeout=5000)
    assert ticket_posts(sim)[0]["json_body"]["subject"] == "영수증 발급 요청"
    wait_idle(qtbot, appctx)


def test_the_follow_up_sends_nothing_on_enter_and_everything_on_ctrl_enter(
    qtbot: Any, appctx: AppContext, sim: SimServer
) -> None:
    window = open_window(qtbot, appctx)
    history = window.history
    history.show_ticket(
        "cust-002", next(t for t, v in sim.state.tickets.items() if v["usercode"] == "cust-002")
    )
    composer = history.detail.composer
    qtbot.waitUntil(lambda: history.detail.detail is not None, timeout=5000)
    editor = composer.editor
    compose(editor, "아직 해결되지 않았습니", "다")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.toPlainText() == "아직 해결되지 않았습니다" and requests_to(sim, "/comment.json") == []
    compose(editor, "", "요")
    sent: list[Any] = []
    composer.sent.connect(sent.append)
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: bool(sent), timeout=5000)
    [post] = requests_to(sim, "/comment.json", "POST")
    assert "아직 해결되지 않았습니다요" in str(post["json_body"]["comment"])
    wait_idle(qtbot, appctx)


def test_searches_wait_for_the_composition(qtbot: Any, appctx: AppContext, sim: SimServer) -> None:
    window = open_window(qtbot, appctx)
    window.go("ticket")
    wait_idle(qtbot, appctx)
    picker = window.ticket.picker
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=5000)  # the types are shown
    chosen: list[int] = []
    picker.category_chosen.connect(chosen.append)
    compose(picker.filter, "환", "불")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.filter.text() == "환불" and chosen == []  # confirmed, and the tree filtered by it
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)  # now Enter chooses
    assert len(chosen) == 1

    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    combo = window.history.lookup.combo
    line = combo.lineEdit()
    assert line is not None
    sim.clear_requests()
    compose(combo, "김민", "준")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.currentText() == "김민준"
    assert requests_to(sim, "/list.json") == []  # Enter only confirmed: no search yet
    wait_idle(qtbot, appctx)
