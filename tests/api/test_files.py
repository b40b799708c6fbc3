"""Uploads (streamed multipart, progress, cancel) and downloads (.part, progress, cancel, limits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.cancel import CancelToken
from contiple_desktop.errors import (
    Cancelled,
    ConfigurationError,
    FileRule,
    LocalFileError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
)
from tests.api.stub_server import Reply, StubServer, envelope

UPLOADED = envelope(
    result={
        "content": {
            "attachmentId": "8f0dc5854d2446b6aa2e6e41a0a2f55c", "fileName": "shot.png",
            "contentType": "image/png", "disposition": "attachment", "size": "300000",
            "createdDt": None, "repealFlag": None,
        }
    }
)


def _png(size: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(i % 251 for i in range(size - 8))


def test_upload_from_path_streams_with_progress(
    stub: StubServer, stub_client: ContipleClient, tmp_path: Path
) -> None:
    data = _png(300_000)
    path = tmp_path / "스크린샷 1.png"
    path.write_bytes(data)
    seen: list[tuple[int, int]] = []
    stub.push(Reply(body=UPLOADED))
    att = stub_client.upload_attachment(path, progress=lambda d, t: seen.append((d, t)))
    assert att.attachment_id == "8f0dc5854d2446b6aa2e6e41a0a2f55c" and att.size == 300_000
    rec = stub.requests[0]
    assert data in rec.body
    assert 'filename="스크린샷 1.png"'.encode() in rec.body
    assert rec.headers["Content-Length"] == str(len(rec.body))
    assert "Transfer-Encoding" not in rec.headers
    assert seen[0] == (0, 300_000) and seen[-1] == (300_000, 300_000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) >= 300_000 // (64 * 1024)


def test_upload_cancel_midway(stub: StubServer, stub_client: ContipleClient) -> None:
    data = _png(2_000_000)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 128 * 1024:
            token.cancel()

    stub.push(Reply(body=UPLOADED))
    with pytest.raises(Cancelled):
        stub_client.upload_attachment(data, file_name="big.png", progress=progress, cancel=token)
    assert stub.wait_for_requests(1)
    assert stub.requests[0].complete is False
    assert len(stub.requests[0].body) < len(data)


def test_upload_unreadable_file_is_local_error(stub_client: ContipleClient, tmp_path: Path) -> None:
    with pytest.raises(LocalFileError) as info:
        stub_client.upload_attachment(tmp_path / "missing.pdf")
    assert info.value.rule is FileRule.UNREADABLE and info.value.file_name == "missing.pdf"


def test_upload_bytes_needs_a_name(stub_client: ContipleClient) -> None:
    with pytest.raises(ConfigurationError):
        stub_client.upload_attachment(b"abc")


def test_upload_quotes_awkward_file_names(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.push(Reply(body=UPLOADED))
    stub_client.upload_attachment(b"x", file_name='a"b\r\nc.txt')
    assert b'filename="a%22b%0D%0Ac.txt"' in stub.requests[0].body


# ---------------------------------------------------------------- downloads


def test_download_to_part_then_rename(stub: StubServer, stub_client: ContipleClient, tmp_path: Path) -> None:
    data = _png(200_000)
    stub.push(Reply(200, data, {"Content-Type": "image/png"}))
    seen: list[tuple[int, int]] = []
    dest = tmp_path / "logo.png"
    out = stub_client.download_attachment(
        "notice", "42fb4c8801ed4c278475f70f531b8c92", dest, progress=lambda d, t: seen.append((d, t))
    )
    assert out == dest and dest.read_bytes() == data
    assert not (tmp_path / "logo.png.part").exists()
    assert seen[0] == (0, 200_000) and seen[-1] == (200_000, 200_000)
    rec = stub.requests[0]
    assert rec.path == "/svc/api/v2/notice/attachments/42fb4c8801ed4c278475f70f531b8c92"
    assert rec.query == [("type", "download")]
    assert "Authorization" not in rec.headers


@pytest.mark.parametrize("kind", ["notice", "helpdoc", "ticket"])
def test_attachment_bytes_each_kind(stub: StubServer, stub_client: ContipleClient, kind: str) -> None:
    stub.push(Reply(200, b"GIF89a...", {"Content-Type": "image/gif; charset=binary"}))
    data, ctype = stub_client.attachment_bytes(kind, "abc")
    assert data == b"GIF89a..." and ctype == "image/gif"
    assert stub.requests[0].path == f"/svc/api/v2/{kind}/attachments/abc"
    assert stub.requests[0].query == [("type", "open")]


def test_unknown_attachment_kind(stub_client: ContipleClient) -> None:
    with pytest.raises(ConfigurationError):
        stub_client.attachment_bytes("avatar", "abc")


def test_download_cancel_midway_removes_part(
    stub: StubServer, stub_client: ContipleClient, tmp_path: Path
) -> None:
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 64 * 1024:
            token.cancel()

    stub.push(Reply(200, _png(3_000_000), {"Content-Type": "image/png"}))
    dest = tmp_path / "big.png"
    with pytest.raises(Cancelled):
        stub_client.download_attachment("ticket", "abc", dest, progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_truncated_download_removes_part(
    stub: StubServer, stub_client: ContipleClient, tmp_path: Path
) -> None:
    stub.push(Reply(200, _png(100_000), {"Content-Type": "image/png"}, action="truncate"))
    with pytest.raises(NetworkError):
        stub_client.download_attachment("helpdoc", "abc", tmp_path / "f.png")
    assert list(tmp_path.iterdir()) == []
    assert len(stub.requests) == 1  # a started download is not restarted


def test_download_error_envelope_is_typed(
    stub: StubServer, stub_client: ContipleClient, tmp_path: Path
) -> None:
    stub.push(Reply(404, envelope(404, "Not Data Found")))
    with pytest.raises(NotFoundError):
        stub_client.download_attachment("notice", "nope", tmp_path / "f.png")
    assert list(tmp_path.iterdir()) == []


def test_download_html_error_page_is_malformed(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.push(Reply(502, b"<html>proxy error</html>", {"Content-Type": "text/html"}))
    stub_client.transport.get_retries = 0
    with pytest.raises(MalformedResponseError) as info:
        stub_client.attachment_bytes("notice", "x")
    assert info.value.http_status == 502


def test_attachment_bytes_limit(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.push(Reply(200, _png(300_000), {"Content-Type": "image/png"}))
    with pytest.raises(MalformedResponseError):
        stub_client.attachment_bytes("notice", "x", max_bytes=100_000)


def test_download_into_missing_folder_is_local_error(
    stub: StubServer, stub_client: ContipleClient, tmp_path: Path
) -> None:
    stub.push(Reply(200, b"data", {"Content-Type": "text/plain"}))
    with pytest.raises(LocalFileError):
        stub_client.download_attachment("notice", "x", tmp_path / "no" / "such" / "f.txt")
