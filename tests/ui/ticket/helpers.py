"""Test helpers for the new-ticket panel and the attachment tray: files, drops, clipboard."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def png_bytes(extra: int = 64) -> bytes:
    """A tiny valid PNG (1x1) padded with a trailing chunk of ``extra`` bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            len(data).to_bytes(4, "big") + kind + data
            + zlib.crc32(kind + data).to_bytes(4, "big")
        )  # fmt: skip

    ihdr = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    idat = zlib.compress(b"\x00\xff\x00\x00")
    text = chunk(b"tEXt", b"c\x00" + b"x" * extra)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + text + chunk(b"IEND", b"")


SAMPLES: dict[str, bytes] = {
    "png": png_bytes(),
    "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
    "txt": "통화 메모\nnotes from the call\n".encode(),
    "zip": b"PK\x05\x06" + b"\x00" * 18,
    "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9",
    "docx": b"PK\x03\x04" + b"\x14\x00" + b"\x00" * 64,
    "gif": b"GIF89a" + b"\x01\x00\x01\x00\x00\x00\x00;",
}


def make_file(directory: Path, name: str, data: bytes | None = None) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    ext = name.rpartition(".")[2].lower()
    path.write_bytes(SAMPLES.get(ext, b"data") if data is None else data)
    return path


def drop_files(widget: QWidget, paths: list[Path]) -> QDropEvent:
    """Deliver a file-manager drag (enter, then drop of ``text/uri-list``) onto ``widget``."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the drop target refused the drag"
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    assert event.isAccepted(), "the drop was not accepted"
    return event


def find(parent: QWidget, cls: type[Any], name: str) -> Any:
    """The child of type ``cls`` whose accessible name is ``name`` (as a screen reader finds it)."""
    hits = [w for w in parent.findChildren(cls) if w.accessibleName() == name]
    assert hits, f"no {cls.__name__} named {name!r}"
    return hits[0]


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user: key clicks for ASCII, an input-method commit for Korean/Japanese."""
    widget.setFocus()
    for chunk in _runs(text):
        if chunk.isascii():
            QTest.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def _runs(text: str) -> list[str]:
    runs: list[str] = []
    for ch in text:
        if runs and runs[-1][-1].isascii() == ch.isascii():
            runs[-1] += ch
        else:
            runs.append(ch)
    return runs
