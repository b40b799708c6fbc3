"""Local upload rules (§3.13): limits at their exact edges, extension list, magic bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

from contiple_desktop.domain import files
from contiple_desktop.errors import FileRule, LocalFileError
from tests.ui.ticket.helpers import SAMPLES


@pytest.mark.parametrize("ext", sorted(SAMPLES))
def test_samples_match_their_extension(ext: str) -> None:
    files.check_bytes(f"a.{ext}", SAMPLES[ext])


@pytest.mark.parametrize(
    ("name", "data", "rule"),
    [
        ("a.exe", b"MZ", FileRule.EXTENSION),
        ("noext", b"hello", FileRule.EXTENSION),
        (".png", SAMPLES["png"], FileRule.EXTENSION),
        ("a.png", SAMPLES["pdf"], FileRule.CONTENT),
        ("a.pdf", SAMPLES["png"], FileRule.CONTENT),
        ("a.txt", b"\x00\x01binary", FileRule.CONTENT),
        ("a.docx", SAMPLES["pdf"], FileRule.CONTENT),
        ("x" * 96 + ".txt", b"ok", FileRule.NAME_TOO_LONG),
    ],
)
def test_rejections_name_the_rule(name: str, data: bytes, rule: FileRule) -> None:
    with pytest.raises(LocalFileError) as info:
        files.check_bytes(name, data)
    assert info.value.rule is rule and info.value.file_name == name


def test_limits_at_the_edges() -> None:
    files.check_name_and_size("x" * 95 + ".txt", files.MAX_FILE_BYTES - 1)  # 99 chars, 10 MB - 1
    with pytest.raises(LocalFileError) as info:
        files.check_name_and_size("a.txt", files.MAX_FILE_BYTES)
    assert info.value.rule is FileRule.TOO_LARGE


def test_size_is_checked_before_name_and_extension() -> None:
    with pytest.raises(LocalFileError) as info:
        files.check_name_and_size("y" * 200 + ".exe", files.MAX_FILE_BYTES)
    assert info.value.rule is FileRule.TOO_LARGE


def test_extension_is_case_insensitive_and_office_formats(tmp_path: Path) -> None:
    p = tmp_path / "REPORT.PDF"
    p.write_bytes(SAMPLES["pdf"])
    assert files.check_file(p) == len(SAMPLES["pdf"])
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32
    for ext in ("doc", "xls", "ppt", "hwp"):
        files.check_bytes(f"a.{ext}", ole)
    files.check_bytes("a.wav", b"RIFF\x24\x00\x00\x00WAVEfmt ")
    files.check_bytes("a.mp3", b"ID3\x03\x00" + b"\x00" * 10)
    files.check_bytes("a.tif", b"II*\x00" + b"\x00" * 8)
    files.check_bytes("a.bmp", b"BM" + b"\x00" * 20)


def test_utf8_cut_at_the_sniff_window_is_still_text() -> None:
    data = ("가" * 2000).encode()  # 6000 bytes: the 4096-byte window cuts a character
    files.check_bytes("memo.txt", data)


def test_unreadable_and_directories(tmp_path: Path) -> None:
    with pytest.raises(LocalFileError) as info:
        files.check_file(tmp_path / "missing.png")
    assert info.value.rule is FileRule.UNREADABLE
    (tmp_path / "dir.png").mkdir()
    with pytest.raises(LocalFileError) as info:
        files.check_file(tmp_path / "dir.png")
    assert info.value.rule is FileRule.UNREADABLE


def test_count_rule() -> None:
    assert files.check_count(4) and not files.check_count(5) and not files.check_count(3, 3)


@pytest.mark.parametrize(
    "data",
    [
        "안녕하세요 문의드립니다\r\n".encode("cp949"),  # Notepad "ANSI" on a Korean PC
        "hello 안녕\r\n".encode("utf-16"),  # Notepad "Unicode": BOM + NUL bytes
        "hello 안녕\r\n".encode("utf-8-sig"),
    ],
    ids=["cp949", "utf-16-bom", "utf-8-bom"],
)
def test_text_files_in_the_encodings_korean_pcs_write(data: bytes) -> None:
    files.check_bytes("memo.txt", data)


def test_every_allowed_extension_declares_a_content_type_and_others_none() -> None:
    assert set(files.CONTENT_TYPES) == set(files.ALLOWED_EXTENSIONS)
    assert files.content_type("화면.PNG") == "image/png"
    assert files.content_type("영수증.Pdf") == "application/pdf"
    assert files.content_type("보고서.xlsx").startswith("application/vnd.openxmlformats")
    assert files.content_type("noext") == files.content_type("a.exe") == "application/octet-stream"
