"""Local upload rules (§3.13) and content sniffing, checked before a byte is sent.

The server accepts a file when its extension is in ``ALLOWED_EXTENSIONS``, it is smaller than
10 MB, its name is shorter than 100 characters and its content (magic bytes) matches the
extension. A ticket or follow-up carries at most ``MAX_FILES`` attachments. ``check_file``
raises ``LocalFileError`` naming the first rule that fails, in the server's order
(size → name → extension → content). It reads the file, so call it on a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from contiple_desktop.errors import FileRule, LocalFileError

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Files must be *smaller* than this (≥ 10 MB → 4001)."""
MAX_NAME_CHARS = 100
"""File names must be *shorter* than this (≥ 100 characters → 4002)."""
MAX_FILES = 5
ALLOWED_EXTENSIONS: tuple[str, ...] = (
    "jpg", "png", "gif", "bmp", "jpeg", "tif", "tiff", "pdf", "txt", "hwp",
    "xls", "xlsx", "doc", "docx", "ppt", "pptx", "mp3", "wav", "zip",
)  # fmt: skip
SNIFF_BYTES = 4096

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def extension(name: str) -> str:
    """Lower-case extension without the dot ('' when there is none)."""
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def sniff(head: bytes) -> str | None:
    """A MIME type for the first bytes of a file, or None when unrecognised."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"BM") and len(head) >= 14:
        return "image/bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(_OLE):
        return "application/x-tika-msoffice"
    if head.startswith(_ZIP):
        return "application/zip"
    if head.startswith(b"RIFF") and head[8:12] == b"WAVE":
        return "audio/wav"
    if head.startswith(_UTF16_BOMS):  # Notepad "Unicode"; checked before MPEG's 0xFFE sync
        return "text/plain"
    if head.startswith(b"ID3") or (len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "audio/mpeg"
    if _looks_like_text(head):
        return "text/plain"
    return None


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _looks_like_text(head: bytes) -> bool:
    """Plain text as Korean PCs write it: UTF-8 or cp949 (Notepad "ANSI"); UTF-16 is sniffed by BOM."""
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp949"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the end of the sniff window is still text.
            if exc.start >= len(head) - 3:
                return True
    return False


_EXPECTED: dict[str, tuple[str, ...]] = {
    "jpg": ("image/jpeg",),
    "jpeg": ("image/jpeg",),
    "png": ("image/png",),
    "gif": ("image/gif",),
    "bmp": ("image/bmp",),
    "tif": ("image/tiff",),
    "tiff": ("image/tiff",),
    "pdf": ("application/pdf",),
    "txt": ("text/plain",),
    "hwp": ("application/x-tika-msoffice", "application/zip"),  # HWP 5 (OLE) or HWPX (zip)
    "xls": ("application/x-tika-msoffice",),
    "doc": ("application/x-tika-msoffice",),
    "ppt": ("application/x-tika-msoffice",),
    "xlsx": ("application/zip",),
    "docx": ("application/zip",),
    "pptx": ("application/zip",),
    "zip": ("application/zip",),
    "mp3": ("audio/mpeg",),
    "wav": ("audio/wav",),
}


def content_matches(name: str, head: bytes) -> bool:
    """True when the sniffed type of ``head`` is one the extension of ``name`` allows."""
    kind = sniff(head)
    return kind is not None and kind in _EXPECTED.get(extension(name), ())


def check_name_and_size(name: str, size: int) -> None:
    """The rules that need no file content; raises ``LocalFileError``."""
    if size >= MAX_FILE_BYTES:
        raise LocalFileError(FileRule.TOO_LARGE, name)
    if len(name) >= MAX_NAME_CHARS:
        raise LocalFileError(FileRule.NAME_TOO_LONG, name)
    if extension(name) not in ALLOWED_EXTENSIONS:
        raise LocalFileError(FileRule.EXTENSION, name)


def check_bytes(name: str, data: bytes) -> None:
    """Every per-file rule for an in-memory file."""
    check_name_and_size(name, len(data))
    if not content_matches(name, data[:SNIFF_BYTES]):
        raise LocalFileError(FileRule.CONTENT, name)


def check_file(path: Path) -> int:
    """Every per-file rule for a file on disk; returns its size. Worker threads only."""
    name = path.name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise LocalFileError(FileRule.UNREADABLE, name)
        check_name_and_size(name, size)
        with path.open("rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise LocalFileError(FileRule.UNREADABLE, name, f"{name}: {exc.strerror or exc}") from exc
    if not content_matches(name, head):
        raise LocalFileError(FileRule.CONTENT, name)
    return size


def check_count(current: int, adding: int = 1) -> bool:
    """True when ``adding`` more files still fit beside ``current`` ones."""
    return current + adding <= MAX_FILES
