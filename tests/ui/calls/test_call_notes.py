"""The private notes of a call: autosaved like drafts (well within a second), offered again after a
crash (the call resumes: caller, start time, notes), never sent unless the agent inserts them —
"Insert call summary" puts ``Call 14:02–14:09 (7 min)`` and the notes into the ticket's details or
into the follow-up."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.sim import SimServer
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.call_session import call_session
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.shell.main_window import MainWindow
from contiple_desktop.ui.ticket.call_view import call_summary
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.calls.conftest import KNOWN_PHONE, hand_off, ime_type
from tests.ui.window import named, requests_to, wait_idle

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SUMMARY = re.compile(r"^Call \d\d:\d\d\u2013\d\d:\d\d \(1 min\)\n")


def notes_files(ctx: AppContext) -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in ctx.paths.drafts_dir.glob("callnotes-*.json")]


@pytest.fixture
def restarted(
    call_ctx: AppContext, lookup_profile: ConnectionProfile, sim: SimServer, reported_errors: list[Any]
) -> Iterator[AppContext]:
    """A second run of the app on the same base directory (after a crash of the first)."""
    runner = TaskRunner(max_threads=2)
    runner.set_default_failure_handler(reported_errors.append)
    session = Session()
    client = ContipleClient(lookup_profile, sim.api_key, backoff=0.01)
    session.set_connection(lookup_profile, client)
    ctx = AppContext(
        runner=runner, session=session, bus=Bus(), paths=call_ctx.paths,
        settings=Settings(call_ctx.paths.settings_file), report_error=reported_errors.append,
    )  # fmt: skip
    try:
        yield ctx
    finally:
        for lane in ctx.lanes:
            lane.shutdown(5000)
        client.close()


def test_notes_are_saved_within_a_second_and_the_call_resumes_after_a_crash(
    qtbot: Any, window: MainWindow, call_ctx: AppContext, restarted: AppContext
) -> None:
    hand_off(window)
    name = named(window.ticket.caller, QLineEdit, "Name")
    qtbot.waitUntil(lambda: name.text() == "김민준", timeout=10_000)
    wait_idle(qtbot, call_ctx)
    assert notes_files(call_ctx) == []  # an empty pad leaves nothing on disk
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)  # Call notes
    notes = named(window.ticket, QPlainTextEdit, "Call notes")
    assert notes.hasFocus()
    ime_type(notes, "3월 결제 2건, 환불 원함")
    session = call_session(call_ctx)
    qtbot.waitUntil(lambda: not session.saver.pending, timeout=1500)  # ≤ 0.6 s + one write
    [saved] = notes_files(call_ctx)
    assert (
        saved["data"]["notes"] == "3월 결제 2건, 환불 원함"
        and saved["data"]["identity"]["usercode"] == "cust-001"
    )

    # the app dies here (no "Next caller"); it starts again on the same base directory
    panel = NewTicketPanel(restarted)
    qtbot.addWidget(panel)
    panel.resize(1366, 768)
    panel.show()
    qtbot.waitExposed(panel)
    offer = named(panel, QLabel, "Notes of an earlier call message")
    qtbot.waitUntil(offer.isVisible, timeout=5000)
    assert "김민준 (cust-001)" in offer.text() and "010-1001-****" in offer.text()
    assert KNOWN_PHONE not in offer.text()
    qtbot.mouseClick(named(panel, QPushButton, "Resume the earlier call"), Qt.MouseButton.LeftButton)
    resumed = call_session(restarted)
    assert resumed.active and resumed.call_id == session.call_id and resumed.started_ms == session.started_ms
    assert named(panel, QPlainTextEdit, "Call notes").toPlainText() == "3월 결제 2건, 환불 원함"
    assert named(panel.caller, QLineEdit, "Phone").text() == KNOWN_PHONE
    assert named(panel.caller, QLineEdit, "User code").text() == "cust-001"
    assert not offer.isVisible()
    assert panel.next_caller()
    wait_idle(qtbot, restarted)
    assert notes_files(restarted) == []
    wait_idle(qtbot, restarted)


def test_insert_call_summary_goes_into_the_details_or_the_follow_up(
    qtbot: Any, window: MainWindow, call_ctx: AppContext, sim: SimServer
) -> None:
    hand_off(window)
    panel = window.ticket
    qtbot.waitUntil(lambda: named(panel.caller, QLineEdit, "Name").text() == "김민준", timeout=10_000)
    ime_type(named(panel, QPlainTextEdit, "Call notes"), "영수증 재발급")
    summary = call_summary(call_session(call_ctx))
    assert SUMMARY.match(summary) and summary.endswith("\n영수증 재발급")
    panel.picker.select(2581)
    qtbot.waitUntil(lambda: panel.form.content_field() is not None, timeout=5000)
    content = panel.form.content_field()
    assert content is not None
    content.edit.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)  # Insert call summary
    assert SUMMARY.match(content.edit.toPlainText()) and "영수증 재발급" in content.edit.toPlainText()

    history = window.history
    ticket_id = next(t for t, v in sim.state.tickets.items() if v["usercode"] == "cust-001")
    call_ctx.bus.show_ticket.emit("cust-001", ticket_id)
    qtbot.waitUntil(lambda: history.detail.detail is not None, timeout=5000)
    history.detail.composer.focus_editor()
    editor = history.detail.composer.editor
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL_SHIFT)  # from the follow-up: into the follow-up
    assert window.current_area == "history"
    assert SUMMARY.match(editor.toPlainText()) and editor.toPlainText().rstrip().endswith("영수증 재발급")
    assert requests_to(sim, "/comment.json") == []  # inserted, not sent: the agent decides
    wait_idle(qtbot, call_ctx)
