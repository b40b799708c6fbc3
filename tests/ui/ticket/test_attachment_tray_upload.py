"""Attachment tray against the simulator: parallel uploads, server rejections, retry, cancel."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton

from contiple_desktop.domain import files
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments import AttachmentTray, Status
from tests.ui.ticket.helpers import drop_files, find, make_file

UPLOAD = "*/attachments/upload.json"


@pytest.fixture
def tray(qtbot: Any, appctx: AppContext) -> AttachmentTray:
    t = AttachmentTray(appctx)
    qtbot.addWidget(t)
    return t


def _uploads(sim: SimServer) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["path"].endswith("upload.json")]


def docx_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def test_files_upload_in_parallel_and_ids_are_kept(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path
) -> None:
    paths = [
        make_file(tmp_path, "a.png"),
        make_file(tmp_path, "b.pdf"),
        make_file(tmp_path, "c.docx", docx_bytes()),
    ]
    drop_files(tray, paths)
    assert tray.busy() and not tray.all_uploaded()
    qtbot.waitUntil(tray.all_uploaded, timeout=5000)
    ids = tray.attachment_ids()
    assert len(ids) == 3 and all(len(i) == 32 for i in ids)
    assert sorted(u["upload"]["name"] for u in _uploads(sim)) == ["a.png", "b.pdf", "c.docx"]
    assert set(ids) <= set(sim.state.attachments)
    assert find(tray, QLabel, "Status of a.png").text() == "Attached"
    assert [s["attachment_id"] for s in tray.state()] == ids


def test_server_content_rejection_9017_is_shown_per_file(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path
) -> None:
    # Passes the local magic-byte check (a zip header) but is no real Word file: the server says 9017.
    bogus = make_file(tmp_path, "fake.docx", b"PK\x03\x04" + b"\x00" * 64)
    good = make_file(tmp_path, "ok.txt")
    drop_files(tray, [bogus, good])
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    statuses = {i.name: i.status for i in tray.items()}
    assert statuses == {"fake.docx": Status.REJECTED, "ok.txt": Status.UPLOADED}
    assert "does not match its type" in find(tray, QLabel, "Status of fake.docx").text()
    assert [u["result_code"] for u in _uploads(sim) if u["upload"]["name"] == "fake.docx"] == [9017]
    assert tray.all_uploaded()  # a rejected row is never sent and does not block


@pytest.mark.parametrize(
    ("name", "size", "code", "text"),
    [
        ("big.txt", 10 * 1024 * 1024, 4001, "smaller than 10 MB"),
        ("n" * 100 + ".txt", 10, 4002, "shorter than 100 characters"),
        ("tool.exe", 10, 4003, "cannot be attached"),
    ],
)
def test_server_rule_rejections_4001_to_4003(
    qtbot: Any,
    tray: AttachmentTray,
    sim: SimServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    size: int,
    code: int,
    text: str,
) -> None:
    # Simulate an outdated local rule set: the server's own answer must still be shown per file.
    def no_rules(p: Path, check: object = None) -> tuple[files.LocalFile, bytes]:
        data = p.read_bytes()
        return files.LocalFile(p, len(data)), data

    monkeypatch.setattr(files, "inspect", lambda p: no_rules(p)[0])
    monkeypatch.setattr(files, "read_for_upload", no_rules)
    monkeypatch.setattr(files, "check_name_and_size", lambda n, s: None)
    path = tmp_path / name
    path.write_bytes(b"t" * size)
    tray.add_files([path])
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    [item] = tray.items()
    assert item.status is Status.REJECTED and text in item.error
    if code != 4001:  # the simulator refuses an oversized body before logging it
        assert [u["result_code"] for u in _uploads(sim)] == [code]


def test_failed_upload_can_be_retried_without_touching_the_rest(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path
) -> None:
    sim.faults.http_500(UPLOAD, times=1)
    drop_files(tray, [make_file(tmp_path, "one.png")])
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    drop_files(tray, [make_file(tmp_path, "two.png")])
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    assert [i.status for i in tray.items()] == [Status.FAILED, Status.UPLOADED]
    two_id = tray.attachment_ids()
    assert find(tray, QLabel, "Status of one.png").text()  # a message is shown
    assert not tray.all_uploaded() and tray.failed_names() == ["one.png"]
    find(tray, QPushButton, "Retry one.png").click()
    qtbot.waitUntil(tray.all_uploaded, timeout=5000)
    assert tray.attachment_ids()[1:] == two_id and len(tray.attachment_ids()) == 2
    assert len(_uploads(sim)) == 3


def test_dropped_connection_then_retry(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path
) -> None:
    sim.faults.drop_before(UPLOAD, times=1)
    drop_files(tray, [make_file(tmp_path, "net.pdf")])
    qtbot.waitUntil(lambda: not tray.busy(), timeout=5000)
    assert tray.items()[0].status is Status.FAILED
    tray.retry(tray.items()[0].uid)
    qtbot.waitUntil(tray.all_uploaded, timeout=5000)


def test_cancel_while_uploading_then_retry(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path
) -> None:
    fault = sim.faults.latency(0.6, UPLOAD, times=1)
    drop_files(tray, [make_file(tmp_path, "slow.png")])
    qtbot.waitUntil(lambda: tray.items()[0].status is Status.UPLOADING, timeout=3000)
    find(tray, QPushButton, "Cancel upload of slow.png").click()
    assert tray.items()[0].status is Status.CANCELLED and not tray.busy()
    sim.faults.clear(fault)
    find(tray, QPushButton, "Retry slow.png").click()
    qtbot.waitUntil(tray.all_uploaded, timeout=5000)
    assert len(tray.attachment_ids()) == 1


def test_deleting_the_tray_mid_upload_drops_the_result(
    qtbot: Any, appctx: AppContext, sim: SimServer, tmp_path: Path
) -> None:
    tray = AttachmentTray(appctx)
    sim.faults.latency(0.3, UPLOAD, times=1)
    tray.add_files([make_file(tmp_path, "late.png")])
    [item] = tray.items()
    qtbot.waitUntil(lambda: item.status is Status.UPLOADING, timeout=3000)
    handle = item.handle
    assert handle is not None and handle.running
    tray.deleteLater()
    qtbot.waitUntil(lambda: handle.cancelled, timeout=2000)
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=3000)  # delivered nowhere, no crash


def test_after_the_last_byte_the_row_waits_for_the_server_not_100_percent(
    qtbot: Any, tray: AttachmentTray, sim: SimServer, tmp_path: Path
) -> None:
    sim.faults.latency(0.6, UPLOAD, times=1)  # the server answers late; every byte is already sent
    drop_files(tray, [make_file(tmp_path, "slow.png")])
    status = find(tray, QLabel, "Status of slow.png")
    qtbot.waitUntil(lambda: status.text() == "Waiting for the server…", timeout=3000)
    [item] = tray.items()
    assert item.status is Status.UPLOADING and item.done == item.total > 0
    bars = [b for b in tray.findChildren(QProgressBar) if b.isVisibleTo(tray)]
    assert bars == []  # no "100 %" beside a state that is not done
    assert tray.busy() and find(tray, QPushButton, "Cancel upload of slow.png").isVisibleTo(tray)
    qtbot.waitUntil(lambda: status.text() == "Attached", timeout=5000)
    assert tray.all_uploaded()
