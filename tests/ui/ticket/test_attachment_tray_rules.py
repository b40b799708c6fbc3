"""Attachment tray, local rules: every rejected-file rule gives a per-file message (no upload)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QLabel, QPushButton

from contiple_desktop.domain.files import MAX_FILE_BYTES
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments import AttachmentTray, Status
from tests.ui.ticket.helpers import drop_files, find, make_file


@pytest.fixture
def tray(qtbot: Any, offline_appctx: AppContext) -> AttachmentTray:
    t = AttachmentTray(offline_appctx)
    qtbot.addWidget(t)
    return t


def _status(tray: AttachmentTray, name: str) -> str:
    return str(find(tray, QLabel, f"Status of {name}").text())


def _settled(tray: AttachmentTray) -> bool:
    return not tray.busy()


def test_extension_rule(qtbot: Any, tray: AttachmentTray, tmp_path: Path) -> None:
    drop_files(tray, [make_file(tmp_path, "setup.exe", b"MZ\x90\x00")])
    [item] = tray.items()
    assert item.status is Status.REJECTED
    assert _status(tray, "setup.exe") == "This file type cannot be attached."


def test_name_length_rule(qtbot: Any, tray: AttachmentTray, tmp_path: Path) -> None:
    name = "n" * 96 + ".txt"  # 100 characters: must be *shorter* than 100
    drop_files(tray, [make_file(tmp_path, name)])
    assert tray.items()[0].status is Status.REJECTED
    assert _status(tray, name) == "File names must be shorter than 100 characters."


def test_size_rule(qtbot: Any, tray: AttachmentTray, tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(MAX_FILE_BYTES)  # exactly 10 MB: must be *smaller*
    drop_files(tray, [big])
    qtbot.waitUntil(lambda: _settled(tray), timeout=3000)
    assert tray.items()[0].status is Status.REJECTED
    assert _status(tray, "big.pdf") == "Files must be smaller than 10 MB."


def test_content_mismatch_rule(qtbot: Any, tray: AttachmentTray, tmp_path: Path) -> None:
    drop_files(tray, [make_file(tmp_path, "photo.png", b"%PDF-1.4 this is not a png")])
    qtbot.waitUntil(lambda: _settled(tray), timeout=3000)
    assert tray.items()[0].status is Status.REJECTED
    assert "does not match its type" in _status(tray, "photo.png")


def test_sixth_file_is_refused_and_others_untouched(qtbot: Any, tray: AttachmentTray, tmp_path: Path) -> None:
    paths = [make_file(tmp_path, f"f{i}.txt") for i in range(6)]
    drop_files(tray, paths)
    qtbot.waitUntil(lambda: _settled(tray), timeout=3000)
    statuses = [i.status for i in tray.items()]
    assert statuses[5] is Status.REJECTED
    assert _status(tray, "f5.txt") == "At most 5 files can be attached."
    # offline: the five accepted files passed the local rules and failed only for lack of a connection
    assert all(s is Status.FAILED for s in statuses[:5])
    assert tray.failed_names() == [f"f{i}.txt" for i in range(5)]
    assert not tray.add_button.isEnabled()
    find(tray, QPushButton, "Remove f5.txt").click()
    assert len(tray.items()) == 5 and tray.accepted_count() == 5


def test_missing_file_is_unreadable_and_can_be_removed(
    qtbot: Any, tray: AttachmentTray, tmp_path: Path
) -> None:
    drop_files(tray, [tmp_path / "gone.txt"])
    qtbot.waitUntil(lambda: _settled(tray), timeout=3000)
    assert _status(tray, "gone.txt") == "The file cannot be read."
    with qtbot.waitSignal(tray.changed):
        find(tray, QPushButton, "Remove gone.txt").click()
    assert tray.items() == [] and tray.all_uploaded()


def test_clipboard_image_becomes_a_screenshot_png(
    qtbot: Any, tray: AttachmentTray, offline_appctx: AppContext
) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    QGuiApplication.clipboard().setImage(image)
    assert tray.paste_from_clipboard()
    qtbot.waitUntil(lambda: len(tray.items()) == 1 and _settled(tray), timeout=3000)
    [item] = tray.items()
    assert item.pasted and item.path.parent == offline_appctx.paths.drafts_dir
    assert item.name.startswith("screenshot-") and item.name.endswith(".png")
    assert len(item.name) == len("screenshot-20260101-120000.png")
    assert item.path.read_bytes().startswith(b"\x89PNG")
    # the PNG passed every local rule; offline it fails only for lack of a connection
    assert item.status is Status.FAILED
    tray.clear(delete_pasted=True)
    qtbot.waitUntil(lambda: not item.path.exists(), timeout=3000)


def test_copied_files_paste_as_files(qtbot: Any, tray: AttachmentTray, tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_file(tmp_path, "memo.exe", b"MZ")))])
    assert tray.accept_mime(mime)
    assert tray.items()[0].status is Status.REJECTED


def test_state_round_trip_keeps_uploaded_ids(qtbot: Any, tray: AttachmentTray, tmp_path: Path) -> None:
    state: list[dict[str, Any]] = [
        {"path": str(tmp_path / "a.png"), "status": "uploaded", "attachment_id": "a" * 32, "size": 10},
        {"path": str(tmp_path / "b.exe"), "status": "rejected", "error": "nope"},
    ]
    tray.restore(state)
    assert tray.attachment_ids() == ["a" * 32]
    assert tray.all_uploaded() and not tray.busy()
    assert [s["status"] for s in tray.state()] == ["uploaded", "rejected"]
