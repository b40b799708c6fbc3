"""Local upload rules (§3.13), content sniffing and honest file names, checked before a byte is sent.

The server accepts a file when its extension is in ``ALLOWED_EXTENSIONS``, it is smaller than
10 MB, its name is shorter than 100 characters and its content (magic bytes) matches the
extension. A ticket or follow-up carries at most ``MAX_FILES`` attachments.

* ``check_name_and_size`` / ``check_bytes`` are pure; they raise ``LocalFileError`` naming the
  first rule that fails, in the server's order (size → name → extension → content).
* ``inspect`` and ``read_for_upload`` look at a file on disk (worker threads only). Only a
  regular file, or a symbolic link that resolves to one, is accepted: the kind is checked with
  ``lstat``/``stat`` *before* anything is opened, so a FIFO, socket, device, folder or broken
  link is refused (``NotAFileError``) without ever being opened, and the open itself is
  non-blocking and re-checked with ``fstat`` (the path may have been swapped in between).
  ``read_for_upload`` returns the bytes it checked, so the bytes sent are the bytes sniffed.
* ``visible_name`` makes bidirectional controls and other invisible characters visible
  (``‹U+202E›``), so a name such as ``invoice\u202efdp.exe`` can no longer pose as a PDF.
"""

from __future__ import annotations

import enum
import os
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
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
CONTENT_TYPES: dict[str, str] = {
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
    "bmp": "image/bmp", "tif": "image/tiff", "tiff": "image/tiff", "pdf": "application/pdf",
    "txt": "text/plain", "hwp": "application/x-hwp", "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "mp3": "audio/mpeg", "wav": "audio/x-wav", "zip": "application/zip",
}  # fmt: skip
"""The content type an upload declares, per allowed extension (``content_type``).

A fixed table rather than ``mimetypes``: that module reads the machine's MIME database the
first time it is asked (/etc/mime.types, ~8,500 entries, or the Windows registry), and five
uploads starting together each read it, a few milliseconds of Python apiece holding the GIL
beside the GUI thread. The table also makes the declared type the same on every machine."""
SNIFF_BYTES = 4096

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def extension(name: str) -> str:
    """Lower-case extension without the dot ('' when there is none)."""
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def content_type(name: str) -> str:
    """The content type to declare for a file called ``name`` (``CONTENT_TYPES``)."""
    return CONTENT_TYPES.get(extension(name), "application/octet-stream")


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
    return inspect(path).size


def check_count(current: int, adding: int = 1) -> bool:
    """True when ``adding`` more files still fit beside ``current`` ones."""
    return current + adding <= MAX_FILES


# -- names as the agent must see them --------------------------------------------------------

BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # LRE RLE PDF LRO RLO
    "\u2066\u2067\u2068\u2069"  # LRI RLI FSI PDI
    "\u200e\u200f\u061c"  # LRM RLM ALM
)
"""Characters that reorder text on screen: a file name can hide its real extension with them."""
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_HIDDEN_EXTRA = frozenset(
    "\u034f"  # combining grapheme joiner
    "\u115f\u1160\u3164\uffa0"  # Hangul fillers: letters that draw nothing
    "\u2800"  # braille blank
)


def is_hidden(char: str) -> bool:
    """True for a character that draws nothing or reorders its neighbours (controls, format marks)."""
    return char in _HIDDEN_EXTRA or unicodedata.category(char) in _HIDDEN_CATEGORIES


def visible_name(name: str) -> str:
    """``name`` with every hidden character shown as ``‹U+XXXX›`` (nothing else changes).

    ``invoice\\u202efdp.exe`` (which a screen draws as "invoiceexe.pdf") becomes
    ``invoice‹U+202E›fdp.exe``: the last extension shown is the real one. Names without hidden
    characters (Korean, Japanese, accents, emoji) come back unchanged.
    """
    if not any(is_hidden(c) for c in name):
        return name
    return "".join(f"\u2039U+{ord(c):04X}\u203a" if is_hidden(c) else c for c in name)


# -- files on disk (worker threads only) -----------------------------------------------------


class FileKind(enum.Enum):
    """What a path is, from ``stat`` (never from opening it)."""

    REGULAR = "regular file"
    DIRECTORY = "folder"
    FIFO = "named pipe"
    SOCKET = "socket"
    CHAR_DEVICE = "character device"
    BLOCK_DEVICE = "block device"
    OTHER = "special file"
    BROKEN_LINK = "broken link"


def kind_of(mode: int) -> FileKind:
    for test, kind in (
        (stat.S_ISREG, FileKind.REGULAR),
        (stat.S_ISDIR, FileKind.DIRECTORY),
        (stat.S_ISFIFO, FileKind.FIFO),
        (stat.S_ISSOCK, FileKind.SOCKET),
        (stat.S_ISCHR, FileKind.CHAR_DEVICE),
        (stat.S_ISBLK, FileKind.BLOCK_DEVICE),
    ):
        if test(mode):
            return kind
    return FileKind.OTHER


class NotAFileError(LocalFileError):
    """The path is no regular file (nor a link to one); it was refused without being opened.

    ``kind`` says what it is; ``link`` is True when the dropped path was a symbolic link.
    The rule is ``FileRule.UNREADABLE``, so code that only knows the rules still says "cannot be read".
    """

    def __init__(self, kind: FileKind, file_name: str, *, link: bool = False) -> None:
        what = f"a link to a {kind.value}" if link and kind is not FileKind.BROKEN_LINK else f"a {kind.value}"
        super().__init__(FileRule.UNREADABLE, file_name, f"{visible_name(file_name)}: {what}, not a file")
        self.kind = kind
        self.link = link

    def details(self) -> dict[str, object]:
        return {**super().details(), "kind": self.kind.name, "link": self.link}


@dataclass(frozen=True)
class LocalFile:
    """A checked file: uploaded under ``name`` (the dropped path's own name, even for a link).

    ``target`` is the resolved real path when the dropped path is a symbolic link, else None.
    """

    path: Path
    size: int
    target: Path | None = None

    @property
    def name(self) -> str:
        return self.path.name


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO swapped in after the stat check must not block us
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: no newline translation
)
_READ_CHUNK = 1024 * 1024


def inspect(path: Path) -> LocalFile:
    """Check every per-file rule for ``path`` reading only its first bytes; raises ``LocalFileError``."""
    checked, _head = _examine(path, SNIFF_BYTES)
    return checked


def read_for_upload(path: Path, check: Callable[[], None] | None = None) -> tuple[LocalFile, bytes]:
    """Check ``path`` like ``inspect`` and return its whole content (below 10 MB by the rules).

    The content is checked again (size, magic bytes) as read, through the same non-blocking
    descriptor, so a file changed since ``inspect`` cannot slip through. ``check`` is called
    between chunks (raise there to cancel).
    """
    return _examine(path, MAX_FILE_BYTES, check)


def _examine(path: Path, limit: int, check: Callable[[], None] | None = None) -> tuple[LocalFile, bytes]:
    name = path.name
    try:
        link_info = os.lstat(path)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    is_link = stat.S_ISLNK(link_info.st_mode)
    info, target = link_info, None
    if is_link:
        try:
            info = os.stat(path)  # follows the link (ELOOP for a cycle)
            target = Path(os.path.realpath(path))
        except OSError:
            raise NotAFileError(FileKind.BROKEN_LINK, name, link=True) from None
    kind = kind_of(info.st_mode)
    if kind is not FileKind.REGULAR:
        raise NotAFileError(kind, name, link=is_link)
    check_name_and_size(name, info.st_size)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):  # swapped for something else after the check
            raise NotAFileError(kind_of(opened.st_mode), name, link=is_link)
        if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
            why = f"{visible_name(name)}: replaced while being checked"
            raise LocalFileError(FileRule.UNREADABLE, name, why)
        check_name_and_size(name, opened.st_size)
        data = _read(fd, limit, name, check)
    finally:
        os.close(fd)
    if limit >= MAX_FILE_BYTES:
        check_name_and_size(name, len(data))  # it grew since fstat
    if not content_matches(name, data[:SNIFF_BYTES]):
        raise LocalFileError(FileRule.CONTENT, name)
    size = len(data) if limit >= MAX_FILE_BYTES else opened.st_size
    return LocalFile(path, size, target), data


def _read(fd: int, limit: int, name: str, check: Callable[[], None] | None) -> bytes:
    """Up to ``limit`` bytes, plus one more when the file is at least that long (so growth shows)."""
    parts: list[bytes] = []
    got = 0
    want = limit + 1 if limit >= MAX_FILE_BYTES else limit
    while got < want:
        if check is not None:
            check()
        try:
            block = os.read(fd, min(_READ_CHUNK, want - got))
        except BlockingIOError:  # cannot happen for a regular file; never wait for one
            raise LocalFileError(FileRule.UNREADABLE, name, f"{visible_name(name)}: would block") from None
        except OSError as exc:
            raise _unreadable(name, exc) from None
        if not block:
            break
        parts.append(block)
        got += len(block)
    return b"".join(parts)


def _unreadable(name: str, exc: OSError) -> LocalFileError:
    why = exc.strerror or type(exc).__name__
    return LocalFileError(FileRule.UNREADABLE, name, f"{visible_name(name)}: {why}")
