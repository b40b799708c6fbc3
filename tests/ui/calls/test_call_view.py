"""The call view in the main window: a hand-off fills the caller box (no dialog), the card beside it
shows the timer, who is calling (masked), the lookup's notice and the open tickets; the caller
stays after a submit until "Next caller", which deletes that call's drafts."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.call_session import call_session
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.calls.conftest import KNOWN_EMAIL, KNOWN_PHONE, UNKNOWN_PHONE, clear_files, hand_off, ime_type
from tests.ui.window import named, open_window, requests_to, wait_idle

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
RECEIPTS = 2581  # "영수증 발급": the default form (subject, details, attachments, consent)


def fill_receipt(panel: Any, subject: str) -> None:
    """The required fields of the default form (2581), through the widgets' own API."""
    for code, value in {
        "subject": subject,
        "content": "카드 영수증이 필요합니다.",
        "personalAgree": "true",
    }.items():
        widget = panel.form.widget_for(code)
        assert widget is not None, code
        widget.set_value(value)


def caller_values(window: MainWindow) -> dict[str, str]:
    box = window.ticket.caller
    return {name: named(box, QLineEdit, name).text() for name in ("User code", "Name", "E-mail", "Phone")}


def drafts_on_disk(ctx: AppContext) -> dict[str, dict[str, Any]]:
    return {p.name: json.loads(p.read_text("utf-8")) for p in ctx.paths.drafts_dir.glob("*.json")}


def wait_known_caller(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: caller_values(window)["Name"] == "김민준", timeout=10_000)
    banner = named(window.ticket, QFrame, "Open tickets")
    qtbot.waitUntil(banner.isVisible, timeout=10_000)


def test_a_hand_off_fills_the_caller_box_and_shows_the_call(
    qtbot: Any, window: MainWindow, call_ctx: AppContext, sim: SimServer
) -> None:
    window.showMinimized()
    sim.clear_requests()
    hand_off(window)
    assert window.current_area == "ticket"
    assert named(window, QLabel, "Current work area").text() == "New ticket"
    assert caller_values(window)["Phone"] == KNOWN_PHONE  # at once, before the lookup answered
    wait_known_caller(qtbot, window)
    assert caller_values(window) == {
        "User code": "cust-001", "Name": "김민준", "E-mail": KNOWN_EMAIL, "Phone": KNOWN_PHONE,
    }  # fmt: skip
    panel = window.ticket
    timer = named(panel, QLabel, "Call timer")
    assert timer.isVisible() and timer.text().startswith("Call since ")
    identity = named(panel, QLabel, "Caller identity").text()
    assert identity == "김민준 (cust-001)\n010-1001-**** \u00b7 mi***@example.com"  # masked outside the box
    assert named(panel, QLabel, "Caller lookup").text() == "Customer found by the caller lookup."
    open_text = named(panel, QLabel, "Open tickets message").text()
    # "8 open tickets" with the English plural catalogue installed (the app), "ticket(s)" without
    assert open_text.startswith(("8 open tickets \u2014", "8 open ticket(s) \u2014"))
    assert "follow up on the newest instead?" in open_text
    recent = named(panel, QListWidget, "Recent tickets")
    qtbot.waitUntil(lambda: recent.count() == 5, timeout=5000)
    assert QApplication.focusWidget() is panel.picker.filter  # next: the inquiry type
    assert "1001" not in window.windowTitle()
    wait_idle(qtbot, call_ctx)
    lookups = requests_to(sim, "/_demo/customer-info", "POST")
    assert [r["json_body"]["callNum"] for r in lookups] == ["0101001****"]  # masked in the log too
    lists = requests_to(sim, "/enduser/cust-001/list.json")
    assert sorted(dict(r["query"])["pageSize"] for r in lists) == ["5", "50"]  # recent, open tickets


def test_a_korean_number_on_a_japanese_profile_finds_the_caller(
    qtbot: Any, make_appctx: Any, lookup_profile: ConnectionProfile, sim: SimServer
) -> None:
    # the demo in Japanese (or a Korean caller of a Japanese service): 010-… is no Japanese
    # number, yet the hand-off accepts it as Korean; the call view must not call it unusable
    profile = dataclasses.replace(lookup_profile, language="ja")
    client = ContipleClient(profile, sim.api_key, backoff=0.01)
    try:
        ctx = make_appctx(profile, client)
        window = open_window(qtbot, ctx)
        wait_idle(qtbot, ctx, timeout=10_000)
        hand_off(window)
        wait_known_caller(qtbot, window)
        assert caller_values(window) == {
            "User code": "cust-001", "Name": "김민준", "E-mail": KNOWN_EMAIL, "Phone": "+82 10-1001-5007",
        }  # fmt: skip
        assert named(window.ticket, QLabel, "Caller lookup").text() == "Customer found by the caller lookup."
        wait_idle(qtbot, ctx, timeout=10_000)
    finally:
        client.close()


def test_an_unknown_number_fills_the_phone_and_says_so(
    qtbot: Any, window: MainWindow, call_ctx: AppContext, sim: SimServer
) -> None:
    hand_off(window, UNKNOWN_PHONE)
    notice = named(window.ticket, QLabel, "Caller lookup")
    qtbot.waitUntil(lambda: notice.text() == "No customer found for this number", timeout=10_000)
    assert notice.isVisible()
    assert caller_values(window) == {"User code": "", "Name": "", "E-mail": "", "Phone": UNKNOWN_PHONE}
    assert not named(window.ticket, QFrame, "Open tickets").isVisible()
    assert not named(window.ticket, QListWidget, "Recent tickets").isVisible()  # no code: no column
    assert named(window.ticket, QLabel, "Call timer").isVisible()
    wait_idle(qtbot, call_ctx)
    assert not [r for r in sim.requests() if "/enduser/" in r["path"]]  # nothing asked for a user code


def test_a_lookup_failure_never_blocks_the_ticket(
    qtbot: Any, window: MainWindow, call_ctx: AppContext, sim: SimServer, expect_log: Any
) -> None:
    sim.faults.add("http_500", "customer-info", times=None)
    hand_off(window)
    notice = named(window.ticket, QLabel, "Caller lookup")
    qtbot.waitUntil(lambda: notice.text().startswith("The caller lookup failed"), timeout=10_000)
    assert "You can still file the ticket." in notice.text() and "1001-5007" not in notice.text()
    panel = window.ticket
    assert caller_values(window)["Phone"] == KNOWN_PHONE
    panel.picker.select(RECEIPTS)
    qtbot.waitUntil(lambda: panel.form.widget_for("subject") is not None, timeout=5000)
    fill_receipt(panel, "조회 실패에도 접수")
    panel.caller.set_values({"name": "김민준", "mail": KNOWN_EMAIL})
    panel.submit()
    qtbot.waitUntil(lambda: panel.result.kind == "success", timeout=10_000)


def test_the_caller_stays_after_a_submit_until_next_caller_which_deletes_the_drafts(
    qtbot: Any, window: MainWindow, call_ctx: AppContext, sim: SimServer
) -> None:
    hand_off(window)
    wait_known_caller(qtbot, window)
    panel = window.ticket
    wait_idle(qtbot, call_ctx)
    assert drafts_on_disk(call_ctx) == {}  # only what the call filled in: not worth a file
    assert not named(panel, QPushButton, "Discard this ticket draft").isEnabled()
    panel.picker.select(RECEIPTS)
    qtbot.waitUntil(lambda: panel.form.widget_for("subject") is not None, timeout=5000)
    ime_type(panel.form.widget_for("subject").input_widget(), "영수증 재발급")  # type: ignore[union-attr]
    notes = named(panel, QPlainTextEdit, "Call notes")
    ime_type(notes, "카드 영수증 필요")
    qtbot.waitUntil(
        lambda: not panel.saver.pending and not call_session(call_ctx).saver.pending, timeout=3000
    )
    kinds = sorted(d["kind"] for d in drafts_on_disk(call_ctx).values())
    assert kinds == ["callnotes", "ticket"]  # within a second: a crash loses nothing
    fill_receipt(panel, "영수증 재발급")
    created: list[str] = []
    panel.ticket_submitted.connect(created.append)
    panel.submit()
    qtbot.waitUntil(lambda: bool(created), timeout=10_000)
    assert caller_values(window) == {
        "User code": "cust-001", "Name": "김민준", "E-mail": KNOWN_EMAIL, "Phone": KNOWN_PHONE,
    }  # fmt: skip
    assert named(panel, QLabel, "Call timer").isVisible()
    assert named(panel, QListWidget, "Recent tickets").isVisible()
    wait_idle(qtbot, call_ctx)
    assert [d["kind"] for d in drafts_on_disk(call_ctx).values()] == ["callnotes"]
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)  # Next caller
    assert caller_values(window) == {"User code": "", "Name": "", "E-mail": "", "Phone": ""}
    assert not named(panel, QLabel, "Call timer").isVisible()
    assert not named(panel, QListWidget, "Recent tickets").isVisible()
    assert not call_session(call_ctx).active
    assert QApplication.focusWidget() is named(panel.caller, QLineEdit, "User code")
    wait_idle(qtbot, call_ctx)
    assert drafts_on_disk(call_ctx) == {}
    assert clear_files(call_ctx.paths.config_dir.parent) == []


def test_next_caller_asks_again_before_dropping_an_unsent_ticket(
    qtbot: Any, window: MainWindow, call_ctx: AppContext
) -> None:
    hand_off(window, UNKNOWN_PHONE)
    panel = window.ticket
    ime_type(named(panel.caller, QLineEdit, "Name"), "홍길동")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    assert call_session(call_ctx).active  # not yet: the ticket was not sent
    assert panel.result.isVisible() and "Press Next caller again" in panel.result.message.text()
    assert caller_values(window)["Name"] == "홍길동"
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)
    assert not call_session(call_ctx).active and caller_values(window)["Name"] == ""
    wait_idle(qtbot, call_ctx)
    assert drafts_on_disk(call_ctx) == {}


def test_a_new_hand_off_keeps_the_previous_callers_written_ticket_as_a_draft(
    qtbot: Any, window: MainWindow, call_ctx: AppContext
) -> None:
    hand_off(window, UNKNOWN_PHONE)
    panel = window.ticket
    ime_type(named(panel.caller, QLineEdit, "Name"), "홍길동")
    hand_off(window)  # the phone rings again: a new caller
    wait_known_caller(qtbot, window)
    drafts = named(panel, QListWidget, "Unsent drafts list")
    qtbot.waitUntil(lambda: drafts.count() == 1, timeout=5000)
    assert "홍길동" in drafts.item(0).text()


def test_new_ticket_for_this_customer_fills_every_known_identity_field(
    qtbot: Any, window: MainWindow, call_ctx: AppContext
) -> None:
    hand_off(window)
    wait_known_caller(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL_SHIFT)  # the call ends; the caller was served today
    history = window.history
    window.go("history")
    history.show_customer("cust-001")
    qtbot.mouseClick(named(history, QPushButton, "New ticket for this customer"), Qt.MouseButton.LeftButton)
    assert window.current_area == "ticket"
    assert caller_values(window) == {
        "User code": "cust-001", "Name": "김민준", "E-mail": KNOWN_EMAIL, "Phone": KNOWN_PHONE,
    }  # fmt: skip
    wait_idle(qtbot, call_ctx)


def test_new_call_starts_the_timer_and_a_typed_phone_is_looked_up_on_enter(
    qtbot: Any, window: MainWindow, call_ctx: AppContext
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New call
    panel = window.ticket
    assert window.current_area == "ticket" and call_session(call_ctx).active
    assert named(panel, QLabel, "Call timer").isVisible()
    phone = named(panel.caller, QLineEdit, "Phone")
    phone.setFocus()
    qtbot.keyClicks(phone, "01010015007")
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: caller_values(window)["Name"] == "김민준", timeout=10_000)
    assert caller_values(window)["Phone"] == KNOWN_PHONE  # shown the usual way
    assert QApplication.focusWidget() is panel.picker.filter  # and on to the next step
    wait_idle(qtbot, call_ctx)
