"""Upload rules of §3.13 in order, content sniffing, multipart parsing and stored downloads."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest

from contiple_desktop.sim import SimServer, seed_files
from contiple_desktop.sim.uploads import check_upload, parse_multipart, sniff
from tests.sim._raw import Raw

MB10 = 10 * 1024 * 1024
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


DOCX = _zip("[Content_Types].xml", "word/document.xml")
XLSX = _zip("[Content_Types].xml", "xl/workbook.xml")
PPTX = _zip("[Content_Types].xml", "ppt/presentation.xml")
PLAIN_ZIP = _zip("readme.txt", "data/a.csv")

VALID = [
    ("screen.png", seed_files.png(), "image/png"),
    ("photo.JPG", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 32, "image/jpeg"),
    ("photo.jpeg", b"\xff\xd8\xff\xe1" + b"\x00" * 32, "image/jpeg"),
    ("anim.gif", b"GIF89a" + b"\x00" * 32, "image/gif"),
    ("old.bmp", b"BM" + b"\x00" * 60, "image/bmp"),
    ("scan.tif", b"II*\x00" + b"\x00" * 32, "image/tiff"),
    ("scan.tiff", b"MM\x00*" + b"\x00" * 32, "image/tiff"),
    ("misnamed.jpg", seed_files.png(), "image/png"),
    ("guide.pdf", seed_files.pdf(), "application/pdf"),
    ("memo.txt", "안녕하세요\nhello".encode(), "text/plain"),
    ("legacy.txt", "한국어 cp949".encode("cp949"), "text/plain"),
    ("notepad-unicode.txt", "한국어 utf-16".encode("utf-16"), "text/plain"),
    ("report.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("sheet.xlsx", XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ("deck.pptx", PPTX, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ("bundle.zip", PLAIN_ZIP, "application/zip"),
    ("old.doc", OLE2, "application/x-tika-msoffice"),
    ("old.xls", OLE2, "application/x-tika-msoffice"),
    ("old.ppt", OLE2, "application/x-tika-msoffice"),
    ("한글문서.hwp", OLE2, "application/x-hwp"),
    ("voice.mp3", b"ID3\x03\x00" + b"\x00" * 32, "audio/mpeg"),
    ("voice.wav", b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 32, "audio/wav"),
]


@pytest.mark.parametrize(("name", "data", "content_type"), VALID, ids=[v[0] for v in VALID])
def test_allowed_files(raw: Raw, sim: SimServer, name: str, data: bytes, content_type: str) -> None:
    response = raw.upload(name, data)
    assert response.status_code == 200
    doc = response.json()
    assert doc["header"] == {"resultCode": 200, "resultMessage": "", "isSuccessful": True}
    content = doc["result"]["content"]
    assert set(content) == {
        "attachmentId",
        "fileName",
        "contentType",
        "disposition",
        "size",
        "createdDt",
        "repealFlag",
    }
    assert len(content["attachmentId"]) == 32 and int(content["attachmentId"], 16) >= 0
    assert (content["fileName"], content["contentType"], content["size"]) == (name, content_type, len(data))
    assert content["disposition"] == "attachment" and content["createdDt"] is None
    download = raw.get(f"api/v2/ticket/attachments/{content['attachmentId']}", [("type", "download")])
    assert download.content == data and download.headers["Content-Type"] == content_type
    assert sim.requests()[-2]["upload"]["size"] == len(data)


def _rejected(response_json: dict[str, object], code: int, message: str) -> None:
    assert response_json == {
        "header": {"resultCode": code, "resultMessage": message, "isSuccessful": False},
        "result": {"content": {"exception": "OcException", "message": message}},
    }


def test_size_limit(raw: Raw) -> None:
    big = raw.upload("big.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (MB10 - 8))
    assert big.status_code == 200
    _rejected(big.json(), 4001, "Files can be attached within 10MB.")
    just_below = raw.upload("big.txt", b"a" * (MB10 - 1))
    assert just_below.json()["header"]["isSuccessful"] is True


def test_size_is_checked_before_name_and_extension(raw: Raw) -> None:
    response = raw.upload("x" * 120 + ".exe", b"\x00" * MB10)
    assert response.json()["header"]["resultCode"] == 4001


def test_name_limit(raw: Raw) -> None:
    _rejected(
        raw.upload("a" * 96 + ".exe", b"x").json(),
        4002,
        "You can only attach files that named within 100 characters.",
    )
    assert raw.upload("a" * 95 + ".txt", b"x").json()["header"]["isSuccessful"] is True


@pytest.mark.parametrize("name", ["setup.exe", "noextension", "archive.tar.gz", "script.js", "image.webp"])
def test_extension_not_allowed(raw: Raw, name: str) -> None:
    _rejected(raw.upload(name, seed_files.png()).json(), 4003, "This attachment format is not allowed.")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("fake.png", b"just some text"),
        ("doc.pdf", seed_files.png()),
        ("binary.txt", b"abc\x00def"),
        ("random.txt", bytes(range(128, 256))),
        ("plain.docx", PLAIN_ZIP),
        ("word.zip", DOCX),
        ("sheet.docx", XLSX),
        ("broken.zip", b"PK\x03\x04garbage"),
        ("old.doc", seed_files.pdf()),
        ("empty.txt", b""),
        ("sound.mp3", b"RIFF\x24\x00\x00\x00WAVEfmt "),
    ],
)
def test_content_must_match(raw: Raw, name: str, data: bytes) -> None:
    _rejected(raw.upload(name, data).json(), 9017, "The file content does not match an allowed MIME type.")


def test_non_ascii_file_name_roundtrip(raw: Raw, sim: SimServer) -> None:
    content = raw.upload("스크린샷 1.png", seed_files.png()).json()["result"]["content"]
    assert content["fileName"] == "스크린샷 1.png"
    assert sim.requests()[-1]["upload"]["name"] == "스크린샷 1.png"


def test_not_multipart_is_missing_file(raw: Raw) -> None:
    response = raw.request("POST", "openapi/v1/ticket/attachments/upload.json", signed=True)
    assert response.status_code == 400
    assert response.json()["header"]["resultMessage"] == "Multipart request but file is null"


def test_chunked_multipart_upload(raw: Raw, sim: SimServer) -> None:
    data = seed_files.pdf("chunked")
    boundary = "sim-test-boundary"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="c.pdf"\r\n'
            f"Content-Type: application/pdf\r\n\r\n"
        ).encode()
        + data
        + f"\r\n--{boundary}--\r\n".encode()
    )

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 100):
            yield body[start : start + 100]

    path = raw.path("openapi/v1/ticket/attachments/upload.json")
    headers = {**raw.auth(path, file=data), "Content-Type": f"multipart/form-data; boundary={boundary}"}
    response = raw.session.post(sim.base_url + path, data=chunks(), headers=headers, timeout=10)
    assert response.json()["result"]["content"]["size"] == len(data)


def test_multipart_parser_details() -> None:
    body = (
        b'--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n'
        b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''%ED%95%9C.txt\r\n\r\n"
        b"line\r\n\r\n--b--\r\n"
    )
    parsed = parse_multipart("multipart/form-data; boundary=b", body)
    assert parsed["fields"] == {"note": "hi"}
    assert parsed["file"]["filename"] == "한.txt" and parsed["file"]["data"] == b"line\r\n"
    quoted = b'--q\r\nContent-Disposition: form-data; name="file"; filename="a\\"b.txt"\r\n\r\nx\r\n--q--\r\n'
    assert parse_multipart('multipart/form-data; boundary="q"', quoted)["file"]["filename"] == 'a"b.txt'
    assert parse_multipart("multipart/form-data", body)["file"] is None


def test_sniffer_and_rule_function() -> None:
    assert sniff(seed_files.png()) == ("image", "image/png")
    assert sniff(b"\x01\x02\x00") is None
    assert check_upload("a.PDF", seed_files.pdf()) == "application/pdf"
