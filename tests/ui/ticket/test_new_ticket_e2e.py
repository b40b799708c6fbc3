"""End to end: file a ticket with every field type and five attachments (four dropped files and a
pasted screenshot) against the simulator, and check the exact body the server received."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton

from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.ticket.conftest import choose_type
from tests.ui.ticket.helpers import drop_files, find, make_file, type_text
from tests.ui.ticket.test_attachment_tray_upload import docx_bytes


def type_into(parent: Any, name: str, text: str) -> None:
    type_text(find(parent, QLineEdit, name), text)


def fill_full_form(qtbot: Any, panel: NewTicketPanel) -> None:
    type_into(panel, "User code", "cust-001")
    type_into(panel, "Name", "홍길동")
    type_into(panel, "E-mail", "hong@example.com")
    type_into(panel, "Phone", "010-1234-5678")
    type_into(panel, "제목", "비밀번호 재설정 메일이 오지 않아요")
    type_text(find(panel, QPlainTextEdit, "문의내용"), "어제부터 재설정 메일이 오지 않습니다.")
    type_into(panel, "구분1", "계정")
    type_into(panel, "구분2", "메일")
    type_into(panel, "회원 ID", "hong123")
    find(panel, QCheckBox, "옵션1").click()
    find(panel, QCheckBox, "옵션3").click()
    find(panel, QComboBox, "메일 서비스").setCurrentIndex(2)
    radios = [r for r in panel.findChildren(QRadioButton) if r.text() == "옵션2"]
    radios[0].click()
    type_into(panel, "가입일", "2024-01-31")
    type_into(panel, "마지막 요청 일시", "2024-02-01 09:30")
    type_into(panel, "문제 발생 기간 from", "2024-02-01")
    type_into(panel, "문제 발생 기간 until", "2024-02-03")
    type_into(panel, "연락 가능 시간 from", "2024-02-05 09:00")
    type_into(panel, "연락 가능 시간 until", "2024-02-05 18:00")
    find(panel, QCheckBox, "약관 동의: 이용약관에 동의합니다.").click()
    [agree] = [b for b in panel.findChildren(QCheckBox) if b.accessibleName().startswith("개인정보수집")]
    agree.click()


def test_file_ticket_with_every_field_type_and_five_attachments(
    qtbot: Any, panel: NewTicketPanel, appctx: AppContext, sim: SimServer, tmp_path: Path
) -> None:
    choose_type(qtbot, panel)
    assert {w.definition.type for w in panel.form.widgets()} == {
        "text", "textarea", "checkbox", "dropdown", "radio", "date", "datetime", "date_period",
        "datetime_period", "agree", "caption", "file",
    }  # fmt: skip
    fill_full_form(qtbot, panel)
    files = [
        make_file(tmp_path, "screen.png"),
        make_file(tmp_path, "manual.pdf"),
        make_file(tmp_path, "memo.txt"),
        make_file(tmp_path, "report.docx", docx_bytes()),
    ]
    drop_files(panel.tray, files[:2])
    drop_files(panel.tray, files[2:])
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    QGuiApplication.clipboard().setImage(image)
    panel.tray.setFocus()
    QTest.keyClick(panel.tray, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(panel.tray.attachment_ids()) == 5, timeout=8000)
    ids = panel.tray.attachment_ids()
    created: list[tuple[str, str]] = []
    appctx.bus.ticket_created.connect(lambda u, t: created.append((u, t)))
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: bool(created), timeout=5000)

    posts = [r for r in sim.requests() if r["method"] == "POST" and r["path"].endswith("/ticket.json")]
    assert len(posts) == 1 and posts[0]["result_code"] == 200
    body = posts[0]["json_body"]
    assert body["categoryId"] == 2542
    assert body["subject"] == "비밀번호 재설정 메일이 오지 않아요"
    assert body["content"] == "어제부터 재설정 메일이 오지 않습니다."
    assert body["endUser"] == {
        "usercode": "cust-001", "email": "hong@example.com", "username": "홍길동", "phone": "010-1234-5678",
    }  # fmt: skip
    assert body["attachments"] == [{"attachmentId": i} for i in ids]
    assert body["typeOne"] == "계정" and body["typeTwo"] == "메일"
    assert body["language"] == "ko" and body["source"] == "api"
    assert body["userFields"] == [
        {"code": "textbox", "value": "hong123"},
        {"code": "checkbox", "value": ["옵션1", "옵션3"]},
        {"code": "dropdown", "value": "옵션2"},
        {"code": "radiobutton", "value": "옵션2"},
        {"code": "date", "value": "2024-01-31"},
        {"code": "datetime", "value": "2024-02-01 09:30"},
        {"code": "dateperiod", "value": "2024-02-01 ~ 2024-02-03"},
        {"code": "datetimeperiod", "value": "2024-02-05 09:00 ~ 2024-02-05 18:00"},
        {"code": "agreetotheterms", "value": "true"},
        {"code": "personalAgree", "value": "true"},
    ]
    assert set(body) == {
        "categoryId", "subject", "content", "endUser", "attachments", "typeOne", "typeTwo",
        "language", "source", "userFields",
    }  # fmt: skip
    uploads = sorted(r["upload"]["name"] for r in sim.requests() if r["upload"])
    assert uploads[:4] == ["manual.pdf", "memo.txt", "report.docx", "screen.png"]
    assert uploads[4].startswith("screenshot-") and uploads[4].endswith(".png")

    usercode, ticket_id = created[0]
    assert usercode == "cust-001" and ticket_id.startswith("T")
    assert find(panel, QLineEdit, "Ticket ID").text() == ticket_id
    assert find(panel, QPushButton, "Show customer history").isVisibleTo(panel)
    find(panel, QPushButton, "Copy ticket ID").click()
    assert QGuiApplication.clipboard().text() == ticket_id
    shown: list[str] = []
    appctx.bus.show_customer.connect(shown.append)
    find(panel, QPushButton, "Show customer history").click()
    assert shown == ["cust-001"]
    # the form is reset and the draft is gone
    assert find(panel, QLineEdit, "제목").text() == "" and panel.tray.items() == []
    qtbot.waitUntil(lambda: panel.ctx.drafts.list() == [], timeout=3000)
