"""Attachment tray, what a file really is: links, pipes, devices, folders, hidden characters."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from contiple_desktop.domain import files
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments import AttachmentTray, Status
from contiple_desktop.ui.attachments.row import AttachmentRow
from tests.ui.ticket.helpers import SAMPLES, drop_files, find, make_file

posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symbolic links as on POSIX")
PIPE = "This is a pipe, socket or device, not a file; it cannot be attached."


@pytest.fixture
def tray(qtbot: Any, appctx: AppContext) -> AttachmentTray:
    t = AttachmentTray(appctx)
    qtbot.addWidget(t)
    t.resize(900, 300)
    return t


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    real_open = os.open

    def spy(path: Any, flags: int, *args: Any) -> int:
        calls.append(os.fspath(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(files.os, "open", spy)
    return calls


def _row(tray: AttachmentTray, shown: str) -> AttachmentRow:
    [row] = [r for r in tray.rows() if r.accessibleName() == shown]
    return row


def _status(tray: AttachmentTray, shown: str) -> str:
    return str(find(tray, QLabel, f"Status of {shown}").text())


def _uploaded_names(sim: SimServer) -> list[str]:
    return [r["upload"]["name"] for r in sim.requests() if r["path"].endswith("upload.json")]


@posix
def test_a_link_shows_its_real_file_and_uploads_under_the_dropped_name(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path
) -> None:
    real = make_file(tmp_path / "archive", "real-name.pdf")
    link = tmp_path / "report.pdf"
    link.symlink_to(real)
    drop_files(tray, [link])
    qtbot.waitUntil(tray.all_uploaded, timeout=5000)
    name = _row(tray, "report.pdf").name_label
    assert name.text() == f"report.pdf \u2192 {real}"
    assert name.toolTip() == name.accessibleDescription() == f"report.pdf is a link to {real}"
    assert _uploaded_names(sim) == ["report.pdf"]
    [attachment_id] = tray.attachment_ids()
    assert sim.state.attachments[attachment_id]["data"] == real.read_bytes()
    [entry] = tray.state()
    assert entry["target"] == str(real) and entry["status"] == "uploaded"
    tray.restore(tray.state())  # the draft keeps the link's target
    assert _row(tray, "report.pdf").name_label.text() == f"report.pdf \u2192 {real}"


@posix
def test_pipes_devices_folders_and_broken_links_are_refused_unopened(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path, opened: list[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    to_fifo = tmp_path / "notes.txt"
    to_fifo.symlink_to(fifo)
    folder = tmp_path / "photos.png"
    folder.mkdir()
    broken = tmp_path / "gone.pdf"
    broken.symlink_to(tmp_path / "deleted.pdf")
    device = tmp_path / "null.txt"
    device.symlink_to(os.devnull)  # a character device
    drop_files(tray, [fifo, to_fifo, folder, broken, device])
    tray.add_files([Path(os.devnull)])  # no extension: refused by name at once
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    assert [i.status for i in tray.items()] == [Status.REJECTED] * 6
    assert _status(tray, "pipe.txt") == PIPE
    link_text = "This link points to a pipe, socket or device, not a file; it cannot be attached."
    assert _status(tray, "notes.txt") == _status(tray, "null.txt") == link_text
    assert _status(tray, "photos.png") == "This is a folder, not a file. Attach the files inside it."
    assert _status(tray, "gone.pdf") == "This link points to a file that does not exist (any more)."
    assert opened == [] and _uploaded_names(sim) == []
    assert tray.all_uploaded() and tray.failed_names() == []  # nothing to retry, nothing blocks


@posix
def test_a_copied_path_is_checked_like_a_dropped_one(
    qtbot: Any, tray: AttachmentTray, tmp_path: Path
) -> None:
    fifo = tmp_path / "clip.txt"
    os.mkfifo(fifo)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fifo))])
    assert tray.accept_mime(mime)
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    assert _status(tray, "clip.txt") == PIPE


@posix
def test_a_draft_file_that_became_a_fifo_is_refused_on_restore(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path, opened: list[str]
) -> None:
    path = tmp_path / "memo.txt"
    os.mkfifo(path)  # it was a text file when the draft was saved
    tray.restore([{"path": str(path), "status": "checking", "size": 12, "target": str(tmp_path / "old")}])
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    [item] = tray.items()
    assert item.status is Status.REJECTED and item.target is None
    assert _status(tray, "memo.txt") == PIPE
    assert opened == [] and _uploaded_names(sim) == []


def test_hidden_characters_are_shown_and_the_real_extension_decides(
    qtbot: Any, tray: AttachmentTray, tmp_path: Path
) -> None:
    spoof = make_file(tmp_path, "invoice\u202efdp.exe", SAMPLES["pdf"])  # drawn as "invoiceexe.pdf"
    shown = "invoice\u2039U+202E\u203afdp.exe"
    drop_files(tray, [spoof])
    row = _row(tray, shown)
    assert _status(tray, shown) == "This file type cannot be attached."
    texts = [row.name_label.text(), row.name_label.toolTip(), row.toolTip(), row.accessibleDescription()]
    texts += [w.accessibleName() for w in row.findChildren(QLabel) + row.findChildren(QPushButton)]
    assert all(shown in t or not t or t == "File name" for t in texts), texts
    assert not any(c in files.BIDI_CONTROLS for t in texts for c in t)
    find(tray, QPushButton, f"Remove {shown}").click()
    assert tray.items() == []


def test_failed_names_are_the_names_as_shown(qtbot: Any, offline_appctx: AppContext, tmp_path: Path) -> None:
    tray = AttachmentTray(offline_appctx)
    qtbot.addWidget(tray)
    tray.add_files([make_file(tmp_path, "a\u200bb.txt")])  # offline: fails for lack of a connection
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    assert tray.failed_names() == ["a\u2039U+200B\u203ab.txt"]


def test_long_names_elide_in_the_middle_with_the_full_name_in_tooltip_and_description(
    qtbot: Any, tray: AttachmentTray, tmp_path: Path
) -> None:
    name = "통화 녹취 요약 " * 5 + "최종.pdf"
    drop_files(tray, [make_file(tmp_path, name)])
    qtbot.waitUntil(tray.all_uploaded, timeout=5000)
    tray.resize(520, 200)
    tray.show()
    qtbot.waitExposed(tray)
    label = _row(tray, name).name_label
    assert label.is_elided() and label.text() == name
    assert label.toolTip() == name and label.accessibleDescription() == name
    assert name in _row(tray, name).accessibleDescription()


def test_the_file_picker_does_not_block_and_adds_what_is_chosen(
    qtbot: Any, tray: AttachmentTray, tmp_path: Path
) -> None:
    chosen = [make_file(tmp_path, "a.png"), make_file(tmp_path, "b.pdf")]
    tray.show()
    qtbot.waitExposed(tray)
    find(tray, QPushButton, "Attach files").click()  # returns at once: the dialog is window-modal
    dialog = tray.findChild(QFileDialog, "attachment-pick-dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile('"a.png" "b.pdf"')
    dialog.accept()
    qtbot.waitUntil(tray.all_uploaded, timeout=5000)
    assert [i.path for i in tray.items()] == chosen
    qtbot.waitUntil(lambda: tray.findChild(QFileDialog, "attachment-pick-dialog") is None, timeout=2000)
