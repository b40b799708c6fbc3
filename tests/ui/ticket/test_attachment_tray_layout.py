"""Attachment rows fit their text: a wrapped reason grows the row, a long name elides, nothing is cut.

Checked at 1366 px and at 200 % (the same screen: 683 logical pixels with a font twice as large),
in English, Korean and Japanese, in a bare tray and in the new-ticket form itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from contiple_desktop import i18n
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.attachments.row import ElidedLabel, Status, TrayItem
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.ticket.conftest import choose_type, open_panel

NAMES = {
    "en": "quarterly-billing-report-for-the-customer-final-version-signed.pdf",
    "ko": "고객 통화 녹취 요약 최종 수정본 (2024년 1월 결제 오류 확인 완료).pdf",
    "ja": "お客様との通話記録の要約_最終修正版_二〇二四年一月の請求エラー確認済み.pdf",
}
REASONS = {
    "en": [
        "The file's content does not match its type, or it is damaged.",
        "This link points to a pipe, socket or device, not a file; it cannot be attached.",
        "Cannot reach the server: the host name was not found or the connection was refused. "
        "Check the environment and domain, the network connection, and proxy or firewall settings.",
    ],
    "ko": [
        "파일 내용이 형식과 맞지 않거나 파일이 손상되었습니다.",
        "이 링크는 파일이 아니라 파이프, 소켓 또는 장치를 가리키므로 첨부할 수 없습니다.",
        "contiple.example에 연결할 수 없습니다. 호스트 이름을 찾지 못했거나 연결이 거부되었습니다"
        "(ECONNREFUSED). 환경과 도메인, 네트워크 연결, 프록시나 방화벽 설정을 확인하세요.",
    ],
    "ja": [
        "ファイルの内容が種類と一致しないか、ファイルが破損しています。",
        "このリンクはファイルではなくパイプ、ソケット、またはデバイスを指しているため添付できません。",
        "contiple.example に接続できません。ホスト名が見つからないか、接続が拒否されました。"
        "環境とドメイン、ネットワーク接続、プロキシやファイアウォールの設定を確認してください。",
    ],
}


def draft_state(lang: str, tmp: Path) -> list[dict[str, Any]]:
    """Five rows as a draft restores them: long refusals, a long name, an attached file."""
    state: list[dict[str, Any]] = [
        {"path": str(tmp / f"{lang}-{i}.png"), "status": "rejected", "error": reason}
        for i, reason in enumerate(REASONS[lang])
    ]
    state.append(
        {"path": str(tmp / NAMES[lang]), "status": "uploaded", "attachment_id": "a" * 32, "size": 91_234}
    )
    state.append({"path": str(tmp / "짧은.txt"), "status": "rejected", "error": REASONS[lang][0]})
    return state


def problems(tray: AttachmentTray) -> list[str]:
    """Every label or button in a row that is smaller than its text needs (empty when all fit)."""
    found: list[str] = []
    rows = tray.rows()
    assert len(rows) == 5
    for row in rows:
        inside = row.contentsRect()
        if row.geometry().right() > tray.contentsRect().right():
            found.append(f"row {row.accessibleName()!r} sticks out of the tray")
        for label in row.findChildren(QLabel):
            if not label.isVisibleTo(row) or not label.text():
                continue
            where = f"{row.accessibleName()!r}: {label.accessibleName() or label.text()!r}"
            if label.wordWrap():
                need = label.heightForWidth(label.width())
                if need > label.height():
                    found.append(f"{where} needs {need} px height, has {label.height()}")
            elif label.sizeHint().height() > label.height():
                found.append(f"{where} needs {label.sizeHint().height()} px height, has {label.height()}")
            if not label.wordWrap() and not isinstance(label, ElidedLabel):
                if label.sizeHint().width() > label.width():
                    found.append(f"{where} needs {label.sizeHint().width()} px width, has {label.width()}")
            if isinstance(label, ElidedLabel) and label.is_elided() and label.toolTip() != label.text():
                found.append(f"{where} is elided without the full name in its tooltip")
            if not inside.contains(label.geometry()):
                found.append(f"{where} lies outside its row ({label.geometry()} in {inside})")
        for button in row.findChildren(QPushButton):
            if button.isVisibleTo(row):
                need_size = button.minimumSizeHint()
                if need_size.width() > button.width() or need_size.height() > button.height():
                    found.append(f"{row.accessibleName()!r}: button {button.text()!r} is cut")
    return found


def show_transfers(tray: AttachmentTray) -> None:
    """Put the first two rows in the states with the longest line-1 texts (sending, waiting)."""
    first, second = tray.rows()[:2]
    sending = TrayItem(
        first.uid, Path("a.png"), Status.UPLOADING, size=9_000_000, done=4_000_000, total=9_000_000
    )
    waiting = TrayItem(
        second.uid, Path("b.png"), Status.UPLOADING, size=9_000_000, done=9_000_000, total=9_000_000
    )
    first.update_from(sending)
    second.update_from(waiting)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


@pytest.fixture(params=["en", "ko", "ja"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    installed = i18n.install_translators(qapp, request.param)
    try:
        yield str(request.param)
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def scaled(widget: QWidget, scale: int) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200%"])
def test_rows_fit_their_text_in_a_tray(
    qtbot: Any, offline_appctx: AppContext, tmp_path: Path, lang: str, scale: int
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    scaled(window, scale)
    scroll = QScrollArea(window)
    scroll.setWidgetResizable(True)
    body = QWidget()
    column = QVBoxLayout(body)
    tray = AttachmentTray(offline_appctx, body)
    column.addWidget(tray)
    column.addStretch(1)
    scroll.setWidget(body)
    QVBoxLayout(window).addWidget(scroll)
    # The tray as wide as the form column gets (about half the window), and as wide as the window.
    for width in (1366 // scale // 2, 1366 // scale):
        window.resize(width, 768 // scale)
        window.show()
        qtbot.waitExposed(window)
        tray.restore(draft_state(lang, tmp_path))
        settle()
        assert problems(tray) == []
        show_transfers(tray)
        settle()
        assert problems(tray) == []
    assert any(r.name_label.is_elided() for r in tray.rows()) or scale == 1


@pytest.mark.parametrize("scale", [1, 2], ids=["100%", "200%"])
def test_rows_fit_their_text_in_the_ticket_form(
    qtbot: Any, appctx: AppContext, tmp_path: Path, lang: str, scale: int
) -> None:
    panel: NewTicketPanel = open_panel(qtbot, appctx)
    scaled(panel, scale)
    panel.resize(1366 // scale, 768 // scale)
    panel.show()
    qtbot.waitExposed(panel)
    choose_type(qtbot, panel)
    qtbot.waitUntil(panel.form.is_built, timeout=5000)  # the form builds its rows in chunks
    panel.tray.restore(draft_state(lang, tmp_path))
    settle()
    assert panel.tray.isVisibleTo(panel)
    # The form is wide once the inquiry types fold away: rows that wrap grow over a few layout
    # passes (each pass a turn of the event loop, not a frame the agent waits for).
    qtbot.waitUntil(lambda: problems(panel.tray) == [], timeout=2000)
