"""Submit flow: client-side validation, server errors on widgets, spam limits, 500, network,
single flight (double submit), dropped responses and reconciliation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.ticket.conftest import choose_type, fill_required, ticket_posts, tickets_with_subject
from tests.ui.ticket.helpers import drop_files, find, make_file, type_text

TICKET = "*/openapi/v1/ticket.json"


def banner_text(panel: NewTicketPanel) -> str:
    return str(find(panel, QLabel, "Submit result message").text())


def idle(panel: NewTicketPanel) -> bool:
    return not panel.flow.busy and panel.submit_button.isEnabled()


def test_client_side_validation_names_field_and_rule(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.caller.set_values({"mail": "not-mail", "name": "x"})
    panel.form.widget_for("dateperiod").set_value("2024-02-03 ~ 2024-02-01")  # type: ignore[union-attr]
    panel.form.widget_for("datetime").set_value("2024-02-01")  # type: ignore[union-attr]
    find(panel, QPushButton, "Submit ticket").click()
    errors = {
        lbl.accessibleName(): lbl.text() for lbl in panel.findChildren(QLabel) if lbl.isVisibleTo(panel)
    }
    assert errors["Error in 이메일"] == "\u201c이메일\u201d is not a valid e-mail address."
    assert errors["Error in 제목"] == "\u201c제목\u201d is required."
    assert errors["Error in 회원 ID"] == "\u201c회원 ID\u201d is required."
    assert (
        errors["Error in 문제 발생 기간"]
        == "\u201c문제 발생 기간\u201d: the start must not be after the end."
    )
    assert (
        errors["Error in 마지막 요청 일시"] == "\u201c마지막 요청 일시\u201d must look like 2024-01-31 13:00."
    )
    assert errors["Error in 개인정보수집"] == "\u201c개인정보수집\u201d must be accepted."
    assert errors["Error in 문의내용"] == "\u201c문의내용\u201d is required."
    assert "7 field(s) need attention" in banner_text(panel)
    assert panel.focusWidget() is find(panel, QLineEdit, "E-mail")  # the window's focus goes there
    assert ticket_posts(sim) == []
    # the accessible description of the input carries the error too
    assert "not a valid e-mail" in find(panel, QLineEdit, "E-mail").accessibleDescription()


def test_length_is_enforced_while_typing(qtbot: Any, panel: NewTicketPanel) -> None:
    choose_type(qtbot, panel)
    edit = find(panel, QLineEdit, "회원 ID")
    assert edit.maxLength() == 50
    edit.setText("x" * 80)
    assert len(edit.text()) == 50
    assert any(lbl.text() == "50/50" for lbl in panel.findChildren(QLabel))


def test_server_validation_errors_land_on_their_widgets(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    panel.show()
    qtbot.waitExposed(panel)
    fill_required(panel)
    with sim.state.lock:  # the admin shortened the field after the form was loaded
        sim.state.fields[721]["length"] = 3
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: idle(panel) and panel.result.isVisibleTo(panel), timeout=5000)
    assert [p["result_code"] for p in ticket_posts(sim)] == [400]
    error = find(panel, QLabel, "Error in 회원 ID")
    assert error.isVisibleTo(panel) and "too long" in error.text()
    assert panel.focusWidget() is find(panel, QLineEdit, "회원 ID")
    # the error line itself is scrolled into view, not only the input above it
    viewport = panel.scroll_area.viewport()
    top_left = error.mapTo(viewport, error.rect().topLeft())
    bottom_right = error.mapTo(viewport, error.rect().bottomRight())
    assert viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_success_scrolls_the_reset_form_back_to_the_caller(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    panel.resize(1000, 500)
    panel.show()
    qtbot.waitExposed(panel)
    fill_required(panel)
    bar = panel.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: [p["result_code"] for p in ticket_posts(sim)] == [200], timeout=5000)
    qtbot.waitUntil(lambda: idle(panel), timeout=5000)
    assert bar.value() == 0  # the next caller's fields are in view


def _spam(sim: SimServer, attempts_ago_ms: list[int]) -> None:
    now = sim.clock.now_ms()
    with sim.state.lock:
        sim.state.spam["127.0.0.1"] = {
            "attempts": [now - a for a in attempts_ago_ms],
            "blocked_until": 0,
            "code": None,
        }
    sim.config.spam_blocking = True


def test_spam_limit_1001_is_explained_and_the_draft_kept(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel)
    _spam(sim, [1_000, 2_000])
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: idle(panel) and panel.result.isVisibleTo(panel), timeout=5000)
    text = banner_text(panel)
    assert "1001" in text and "within a minute" in text and "draft is kept" in text
    assert find(panel, QLineEdit, "제목").text() == "환불 문의"


def test_spam_limit_1002_is_explained(qtbot: Any, panel: NewTicketPanel, sim: SimServer) -> None:
    choose_type(qtbot, panel)
    fill_required(panel)
    _spam(sim, [3_600_000 * h for h in range(1, 10)])
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: idle(panel) and panel.result.isVisibleTo(panel), timeout=5000)
    assert "1002" in banner_text(panel) and "24 hours" in banner_text(panel)


def test_server_error_500_then_success(qtbot: Any, panel: NewTicketPanel, sim: SimServer) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, subject="500 test")
    sim.faults.http_500(TICKET, times=1)
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: idle(panel) and panel.result.isVisibleTo(panel), timeout=5000)
    assert panel.result.kind == "error" and not find(panel, QPushButton, "Send again").isVisibleTo(panel)
    assert tickets_with_subject(sim, "500 test") == []
    QTest.keyClick(find(panel, QPushButton, "Submit ticket"), Qt.Key.Key_Return)  # Enter on the button
    qtbot.waitUntil(lambda: panel.result.kind == "success", timeout=5000)
    assert len(tickets_with_subject(sim, "500 test")) == 1


def test_double_submit_sends_one_request(qtbot: Any, panel: NewTicketPanel, sim: SimServer) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, subject="double")
    sim.faults.latency(0.3, TICKET, times=1)
    button = find(panel, QPushButton, "Submit ticket")
    subject = find(panel, QLineEdit, "제목")
    QTest.keyClick(subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # sends
    assert panel.flow.busy
    QTest.keyClick(subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # ignored
    button.click()
    button.click()
    QTest.keyClick(button, Qt.Key.Key_Return)
    panel.submit()
    assert not button.isEnabled() and button.text() == "Sending…"
    qtbot.waitUntil(lambda: panel.result.kind == "success", timeout=5000)
    assert len(ticket_posts(sim)) == 1 and len(tickets_with_subject(sim, "double")) == 1


def test_dropped_response_is_reconciled_into_one_ticket(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, usercode="cust-003", subject="dropped answer")
    sim.faults.drop_after(TICKET, times=1)
    created: list[str] = []
    panel.ticket_submitted.connect(created.append)
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: bool(created), timeout=8000)
    [ticket] = tickets_with_subject(sim, "dropped answer")
    assert created == [ticket["ticketId"]] and len(ticket_posts(sim)) == 1
    assert "found in the customer's list" in banner_text(panel)
    lists = [r for r in sim.requests() if r["path"].endswith("/cust-003/list.json")]
    assert lists, "the app must look the ticket up instead of sending again"


def test_network_failure_not_found_offers_send_again(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, usercode="cust-004", subject="net down")
    sim.faults.drop_before(TICKET, times=1)
    find(panel, QPushButton, "Submit ticket").click()
    again = find(panel, QPushButton, "Send again")
    qtbot.waitUntil(lambda: again.isVisibleTo(panel), timeout=8000)
    assert tickets_with_subject(sim, "net down") == []
    again.click()
    qtbot.waitUntil(lambda: panel.result.kind == "success", timeout=5000)
    assert len(tickets_with_subject(sim, "net down")) == 1


def test_ambiguous_without_usercode_asks_before_sending_again(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, usercode="", subject="guest")
    sim.faults.drop_after(TICKET, times=1)
    find(panel, QPushButton, "Submit ticket").click()
    again = find(panel, QPushButton, "Send again")
    qtbot.waitUntil(lambda: again.isVisibleTo(panel), timeout=8000)
    assert "Without a user code" in banner_text(panel) and "duplicate" in banner_text(panel)
    assert not [r for r in sim.requests() if "/list.json" in r["path"]]
    assert len(tickets_with_subject(sim, "guest")) == 1  # it did reach the server


def test_submit_waits_for_uploads(qtbot: Any, panel: NewTicketPanel, sim: SimServer, tmp_path: Path) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, subject="with file")
    sim.faults.latency(0.3, "*/attachments/upload.json", times=1)
    drop_files(panel.tray, [make_file(tmp_path, "late.png")])
    find(panel, QPushButton, "Submit ticket").click()
    assert "Waiting for attachments" in banner_text(panel) and ticket_posts(sim) == []
    qtbot.waitUntil(lambda: panel.result.kind == "success", timeout=5000)
    [post] = ticket_posts(sim)
    assert post["json_body"]["attachments"] == [
        {"attachmentId": a}
        for a in sim.state.tickets[next(iter(t["ticketId"] for t in tickets_with_subject(sim, "with file")))][
            "attachmentIds"
        ]
    ]
    assert len(post["json_body"]["attachments"]) == 1


def test_failed_upload_blocks_submit_with_a_message(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer, tmp_path: Path
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel)
    sim.faults.http_500("*/attachments/upload.json", times=1)
    drop_files(panel.tray, [make_file(tmp_path, "bad.png")])
    qtbot.waitUntil(lambda: not panel.tray.busy(), timeout=5000)
    find(panel, QPushButton, "Submit ticket").click()
    assert "bad.png" in banner_text(panel) and "Retry or remove" in banner_text(panel)
    assert ticket_posts(sim) == []


def test_no_type_chosen(qtbot: Any, panel: NewTicketPanel, appctx: AppContext) -> None:
    find(panel, QPushButton, "Submit ticket").click()
    assert banner_text(panel) == "Choose an inquiry type first."


def test_connection_refused_is_a_plain_error_without_send_again(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, subject="offline")
    sim.stop()  # nothing listens any more: the request never left, so it is not ambiguous
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: idle(panel) and panel.result.kind == "error", timeout=8000)
    assert not find(panel, QPushButton, "Send again").isVisibleTo(panel)
    assert banner_text(panel)  # the error presenter's wording
    assert find(panel, QLineEdit, "제목").text() == "offline"  # nothing lost


def test_second_press_after_a_fast_success_keeps_the_ticket_id_on_screen(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    """Two Ctrl+Enter 150 ms apart, the server answering in ~50 ms: one ticket, and the second
    press must not turn the green "created" banner into "N fields need attention"."""
    choose_type(qtbot, panel)
    fill_required(panel, subject="pressed twice")
    sim.faults.latency(0.05, TICKET, times=1)
    subject = find(panel, QLineEdit, "제목")
    QTest.keyClick(subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.result.kind == "success", timeout=5000)
    [ticket] = tickets_with_subject(sim, "pressed twice")
    QTest.keyClick(subject, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # the second press
    find(panel, QPushButton, "Submit ticket").click()
    assert panel.result.kind == "success"
    assert ticket["ticketId"] in banner_text(panel) and "need attention" not in banner_text(panel)
    assert find(panel, QLineEdit, "Ticket ID").text() == ticket["ticketId"]
    assert [label for label in panel.findChildren(QLabel) if label.accessibleName().startswith("Error in ")
            and label.isVisibleTo(panel)] == []  # fmt: skip
    assert len(ticket_posts(sim)) == 1
    # once the agent starts on the next ticket, a submit validates that one as usual
    qtbot.keyClicks(subject, "next caller")
    find(panel, QPushButton, "Submit ticket").click()
    assert "need attention" in banner_text(panel)


def test_errors_clear_as_the_agent_fixes_each_field_and_the_banner_follows(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    choose_type(qtbot, panel)
    panel.show()
    qtbot.waitExposed(panel)
    find(panel, QPushButton, "Submit ticket").click()
    assert "need attention" in banner_text(panel)
    first_count = int(banner_text(panel).split()[0])
    name_error = find(panel, QLabel, "Error in 이름")
    assert name_error.isVisibleTo(panel) and "이름" in banner_text(panel)
    # the banner lists the fields top to bottom: the caller box first, then the form
    assert banner_text(panel).index("이름") < banner_text(panel).index("제목")

    type_text(find(panel, QLineEdit, "Name"), "김민지")
    assert not name_error.isVisibleTo(panel), "a fixed field's error goes at once"
    assert int(banner_text(panel).split()[0]) == first_count - 1 and "이름" not in banner_text(panel)

    type_text(find(panel, QLineEdit, "제목"), "결제 오류")
    assert not find(panel, QLabel, "Error in 제목").isVisibleTo(panel)
    assert int(banner_text(panel).split()[0]) == first_count - 2

    fill_required(panel, subject="결제 오류")
    qtbot.waitUntil(lambda: not panel.result.isVisible(), timeout=3000)  # nothing left: no stale banner
    assert ticket_posts(sim) == []
