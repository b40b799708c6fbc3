"""Never lose a ticket: autosave, restore offer at start-up, explicit discard, crash recovery
(the writing process is SIGKILLed mid-draft), and the cross-panel hooks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton

from contiple_desktop.domain.drafts import KIND_TICKET
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.ticket.conftest import choose_type, fill_required, open_panel
from tests.ui.ticket.helpers import drop_files, find, make_file

ROOT = Path(__file__).resolve().parents[3]


def draft_files(ctx: AppContext) -> list[Path]:
    return sorted(ctx.paths.drafts_dir.glob("ticket-*.json"))


def test_autosave_writes_everything_and_restores_in_a_fresh_panel(
    qtbot: Any, panel: NewTicketPanel, appctx: AppContext, tmp_path: Path
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, usercode="cust-010", subject="임시 저장")
    panel.form.widget_for("checkbox").set_value(["옵션1", "옵션3"])  # type: ignore[union-attr]
    drop_files(panel.tray, [make_file(tmp_path, "kept.png")])
    qtbot.waitUntil(lambda: panel.tray.all_uploaded() and not panel.saver.pending, timeout=5000)
    qtbot.waitUntil(lambda: bool(draft_files(appctx)), timeout=3000)
    doc = json.loads(draft_files(appctx)[0].read_text(encoding="utf-8"))
    assert doc["version"] == 1 and doc["kind"] == "ticket"
    data = doc["data"]
    assert data["caller"]["usercode"] == "cust-010" and data["category_id"] == 2542
    assert data["values"]["subject"] == "임시 저장" and data["values"]["checkbox"] == ["옵션1", "옵션3"]
    [att] = data["attachments"]
    assert att["status"] == "uploaded" and att["attachment_id"] == panel.tray.attachment_ids()[0]
    assert doc["summary"] == {"caller": "cust-010", "subject": "임시 저장", "type": panel.picker.path_text()}

    fresh = open_panel(qtbot, appctx)
    banner_list = find(fresh, QListWidget, "Unsent drafts list")
    qtbot.waitUntil(lambda: banner_list.count() == 1, timeout=3000)
    assert "cust-010 — 임시 저장" in banner_list.item(0).text()
    find(fresh, QPushButton, "Restore draft").click()
    qtbot.waitUntil(lambda: find(fresh, QLineEdit, "제목").text() == "임시 저장", timeout=5000)
    assert find(fresh, QLineEdit, "User code").text() == "cust-010"
    assert fresh.form.widget_for("checkbox").value() == ["옵션1", "옵션3"]  # type: ignore[union-attr]
    assert fresh.tray.attachment_ids() == panel.tray.attachment_ids()  # no second upload
    assert fresh.saver.key == doc["key"]


def test_discard_needs_confirmation(qtbot: Any, panel: NewTicketPanel, appctx: AppContext) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, subject="버릴 초안")
    qtbot.waitUntil(lambda: bool(draft_files(appctx)) and not panel.saver.pending, timeout=3000)
    fresh = open_panel(qtbot, appctx)
    banner_list = find(fresh, QListWidget, "Unsent drafts list")
    qtbot.waitUntil(lambda: banner_list.count() == 1, timeout=3000)
    find(fresh, QPushButton, "Discard draft").click()
    assert draft_files(appctx), "nothing is deleted before the confirmation"
    find(fresh, QPushButton, "Keep draft").click()
    assert draft_files(appctx) and banner_list.count() == 1
    find(fresh, QPushButton, "Discard draft").click()
    find(fresh, QPushButton, "Confirm discard").click()
    qtbot.waitUntil(lambda: not draft_files(appctx), timeout=3000)
    assert banner_list.count() == 0 and not fresh.drafts.isVisibleTo(fresh)


def test_discarding_the_current_draft_resets_the_form(
    qtbot: Any, panel: NewTicketPanel, appctx: AppContext
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, subject="지금 것")
    qtbot.waitUntil(lambda: bool(draft_files(appctx)) and not panel.saver.pending, timeout=3000)
    find(panel, QPushButton, "Discard this ticket draft").click()
    assert draft_files(appctx)
    find(panel, QPushButton, "Confirm discarding this ticket draft").click()
    qtbot.waitUntil(lambda: not draft_files(appctx), timeout=3000)
    assert find(panel, QLineEdit, "제목").text() == "" and panel.caller.usercode() == ""


def test_flush_hook_writes_pending_changes_at_shutdown(
    qtbot: Any, panel: NewTicketPanel, appctx: AppContext
) -> None:
    choose_type(qtbot, panel)
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=3000)
    panel.caller.set_values({"usercode": "cust-011"})
    assert panel.saver.pending
    for lane in appctx.lanes:  # the shutdown sequence: stop work, then run flush hooks
        lane.shutdown(2000)
    for hook in appctx.flush_hooks:
        hook()
    [path] = draft_files(appctx)
    assert json.loads(path.read_text(encoding="utf-8"))["data"]["caller"]["usercode"] == "cust-011"


def test_killed_process_loses_nothing(qtbot: Any, make_appctx: Any, appctx: AppContext) -> None:
    base = appctx.paths.data_dir.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.ticket.draft_writer_app", str(base)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the draft file exists
        assert line.startswith("FILLED"), line
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    fresh = open_panel(qtbot, appctx)
    banner_list = find(fresh, QListWidget, "Unsent drafts list")
    qtbot.waitUntil(lambda: banner_list.count() == 1, timeout=3000)
    assert "cust-009" in banner_list.item(0).text()
    find(fresh, QPushButton, "Restore draft").click()
    qtbot.waitUntil(lambda: find(fresh, QLineEdit, "제목").text().startswith("전원이"), timeout=5000)
    assert find(fresh, QPlainTextEdit, "문의내용").toPlainText() == "정전 직전까지 적은 내용"
    qtbot.waitUntil(fresh.form.is_built, timeout=5000)  # later rows come in chunks
    assert find(fresh, QCheckBox, "옵션2").isChecked()
    assert find(fresh, QLineEdit, "E-mail").text() == "park@example.com"
    assert fresh.ctx.drafts.list(KIND_TICKET)[0].data["category_id"] == 2542


def test_bus_hooks_prefill_insert_and_usercode_signal(
    qtbot: Any, panel: NewTicketPanel, appctx: AppContext
) -> None:
    with qtbot.waitSignal(panel.usercode_entered, timeout=3000) as sig:
        appctx.bus.new_ticket_for.emit(
            {"usercode": "cust-012", "username": "이영희", "email": "lee@example.com"}
        )
    assert sig.args == ["cust-012"]
    assert find(panel, QLineEdit, "User code").text() == "cust-012"
    assert find(panel, QLineEdit, "Name").text() == "이영희"
    assert find(panel, QLineEdit, "E-mail").text() == "lee@example.com"
    assert panel.insert_text("FAQ 답변: ")  # before a type is chosen: kept for later
    choose_type(qtbot, panel)
    content = find(panel, QPlainTextEdit, "문의내용")
    assert content.toPlainText() == "FAQ 답변: "
    assert panel.insert_text("재부팅하세요.")  # the shell routes "Insert into ticket" here
    assert content.toPlainText() == "FAQ 답변: 재부팅하세요."


def test_a_damaged_draft_is_named_and_kept_and_the_good_one_still_offered(
    qtbot: Any, appctx: AppContext, expect_log: Any
) -> None:
    expect_log("is unreadable")
    drafts = appctx.paths.drafts_dir
    good = {
        "version": 1, "kind": "ticket", "key": "g1", "updated_ms": 1764031689401,
        "summary": {"caller": "cust-012", "subject": "살아남은 초안"},
        "data": {"caller": {"usercode": "cust-012"}},
    }  # fmt: skip
    (drafts / "ticket-g1.json").write_text(json.dumps(good), encoding="utf-8")
    (drafts / "ticket-bad.json").write_text(
        json.dumps({**good, "key": "bad", "updated_ms": "yesterday"}), encoding="utf-8"
    )
    panel = open_panel(qtbot, appctx)
    banner_list = find(panel, QListWidget, "Unsent drafts list")
    qtbot.waitUntil(lambda: banner_list.count() == 1, timeout=3000)
    assert "살아남은 초안" in banner_list.item(0).text()
    note = find(panel, QLabel, "Damaged drafts")
    [kept] = list((drafts / "damaged").iterdir())
    assert note.isVisibleTo(panel) and "could not be read" in note.text() and str(kept) in note.text()
    assert "ValueError" not in note.text() and "invalid literal" not in note.text()
