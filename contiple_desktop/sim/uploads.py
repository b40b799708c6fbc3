"""Multipart parsing (no ``cgi``) and the upload rules of §3.13, with magic-byte sniffing.

Rules in order: missing ``file`` part (400) → size ≥ 10 MB (4001) → name ≥ 100 characters
(4002) → extension not allowed (4003) → sniffed type not allowed or not matching the
extension's family (9017). Image extensions accept any sniffed image type.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any
from urllib.parse import unquote

MAX_BYTES = 10 * 1024 * 1024
MAX_NAME = 100
MESSAGES = {
    4001: "Files can be attached within 10MB.",
    4002: "You can only attach files that named within 100 characters.",
    4003: "This attachment format is not allowed.",
    9017: "The file content does not match an allowed MIME type.",
}
ALLOWED_PREFIXES = (
    "image", "application/pdf", "application/vnd", "text/plain", "application/zip",
    "application/x-tika-ooxml",
    "application/x-hwp", "application/x-tika-msoffice", "image/tiff", "audio/mpeg", "audio/wav",
    "audio/vnd.wave", "audio/x-wav",
)
_FAMILY_OF_EXT = {
    "jpg": "image", "jpeg": "image", "png": "image", "gif": "image", "bmp": "image", "tif": "image",
    "tiff": "image", "pdf": "pdf", "txt": "text", "hwp": "ole2", "doc": "ole2", "xls": "ole2", "ppt": "ole2",
    "docx": "docx", "xlsx": "xlsx", "pptx": "pptx", "mp3": "mp3", "wav": "wav", "zip": "zip",
}
ALLOWED_EXTENSIONS = frozenset(_FAMILY_OF_EXT)
_OOXML = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


class UploadRejected(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(MESSAGES[code])
        self.code = code
        self.message = MESSAGES[code]


def _param(header: str, name: str) -> str | None:
    star = re.search(rf'(?i)(?:^|;)\s*{name}\*\s*=\s*([^;]+)', header)
    if star:
        value = star.group(1).strip().strip('"')
        charset, _, rest = value.partition("'")
        _, _, encoded = rest.partition("'")
        return unquote(encoded, encoding=charset or "utf-8", errors="replace")
    plain = re.search(rf'(?i)(?:^|;)\s*{name}\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]*)', header)
    if not plain:
        return None
    if plain.group(2) is not None:
        return re.sub(r"\\(.)", r"\1", plain.group(2))
    return plain.group(1).strip()


def parse_multipart(content_type: str, body: bytes) -> dict[str, Any]:
    """``{"file": {"filename", "data", "content_type"} | None, "fields": {name: text}}``."""
    result: dict[str, Any] = {"file": None, "fields": {}}
    boundary = _param(content_type, "boundary")
    if not boundary:
        return result
    delimiter = b"--" + boundary.encode("latin-1")
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            continue
        if data.endswith(b"\r\n"):
            data = data[:-2]
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", errors="replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = _param(disposition, "name")
        filename = _param(disposition, "filename")
        if name == "file" and result["file"] is None:
            result["file"] = {"filename": filename or "", "data": data,
                              "content_type": headers.get("content-type", "")}
        elif name:
            result["fields"][name] = data.decode("utf-8", errors="replace")
    return result


def _zip_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None
    if "[Content_Types].xml" in names:
        for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
            if any(n.startswith(prefix) for n in names):
                return kind
    return "zip"


def _is_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    for encoding in ("utf-8", "cp949"):
        try:
            data.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


def sniff(data: bytes) -> tuple[str, str] | None:
    """``(family, mime type)`` from the magic bytes, or None when unrecognized."""
    head = data[:16]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image", "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image", "image/jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image", "image/gif"
    if head.startswith(b"BM") and len(data) > 14:
        return "image", "image/bmp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image", "image/tiff"
    if head.startswith(b"%PDF-"):
        return "pdf", "application/pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind = _zip_kind(data)
        if kind is None:
            return None
        return kind, _OOXML.get(kind, "application/zip")
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole2", "application/x-tika-msoffice"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM, before MPEG's 0xFFE sync
        return "text", "text/plain"
    if head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "mp3", "audio/mpeg"
    if head.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return "wav", "audio/wav"
    if data and _is_text(data):
        return "text", "text/plain"
    return None


def check_upload(file_name: str, data: bytes) -> str:
    """Apply the rules; return the content type to store or raise ``UploadRejected``."""
    if len(data) >= MAX_BYTES:
        raise UploadRejected(4001)
    if len(file_name) >= MAX_NAME:
        raise UploadRejected(4002)
    ext = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    if ext not in ALLOWED_EXTENSIONS:
        raise UploadRejected(4003)
    detected = sniff(data)
    if detected is None:
        raise UploadRejected(9017)
    family, mime = detected
    if family != _FAMILY_OF_EXT[ext] or not mime.startswith(ALLOWED_PREFIXES):
        raise UploadRejected(9017)
    if family == "ole2" and ext == "hwp":
        mime = "application/x-hwp"
    return mime
