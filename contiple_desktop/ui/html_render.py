"""Pieces of ``SafeHtmlView`` that keep rendering off the GUI thread's critical path.

* ``prepare_content`` runs on a worker: ``domain.html.prepare_html`` (sanitise + bound + chunk)
  and the decoding of the body's inline ``data:`` images, so the GUI thread never parses a
  megabyte of HTML or decodes a screenshot.
* ``decode_image`` turns downloaded bytes into a width-limited ``QImage`` (worker-safe: ``QImage``
  is reentrant; no ``QPixmap``) — once ``load_image_plugins()`` ran on the GUI thread.
* ``RenderQueue`` runs small steps (insert one chunk, one thread entry's header, a note) on the
  GUI thread across event-loop turns, as many per turn as fit a few milliseconds, so paints and
  input get in between.
* ``append_html`` inserts one balanced chunk at the end of a document or frame and returns the
  range it took, so an image that arrives later re-lays out only that range.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal
from PySide6.QtGui import QImage, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFrame

from contiple_desktop.domain import html as safe_html
from contiple_desktop.domain.html import HtmlLimits, ImagePolicy, PreparedHtml

log = logging.getLogger(__name__)

STEP_BUDGET_MS = 5
"""Steps run back to back while the next one is expected to end within this much of one
event-loop turn (at least one runs)."""


@dataclass(frozen=True, slots=True)
class ViewContent:
    """A prepared body plus its inline images, decoded (``src`` → image; null when broken)."""

    prepared: PreparedHtml
    decoded: dict[str, QImage] = field(default_factory=dict)


_plugins_loaded = False


def load_image_plugins() -> None:
    """Load Qt's image-format plugins now, on the GUI thread (once; ~10 ms the first time).

    Call it before a worker first decodes an image. Qt loads a format plugin on first use and
    moves the plugin object to the main thread (``QObject::moveToThread``, which takes Qt's
    thread locks). On a worker that happens while it holds the GIL, and a GUI thread that is
    disconnecting a signal holds those locks while it waits for the GIL (Shiboken's override
    lookup): the two wait for each other for good (seen as a hung test run). Decoding data of
    no known format makes Qt ask, and so load, every plugin.
    """
    global _plugins_loaded
    if not _plugins_loaded:
        QImage.fromData(b"\0" * 16)
        _plugins_loaded = True


def decode_image(data: bytes, max_width: int) -> QImage:
    """``data`` as an image no wider than ``max_width`` (a null image when it is not one)."""
    image = QImage.fromData(data)
    if not image.isNull() and image.width() > max_width:
        image = image.scaledToWidth(max_width)
    return image


def decode_data_url(src: str, max_width: int) -> QImage:
    header, _, payload = src.partition(",")
    lowered = header.lower()
    if not lowered.startswith("data:image/") or ";base64" not in lowered:
        return QImage()
    if len(payload) > safe_html.MAX_DATA_IMAGE_CHARS:
        return QImage()
    try:
        data = base64.b64decode("".join(payload.split()), validate=False)
    except (binascii.Error, ValueError):
        return QImage()
    return decode_image(data, max_width)


def prepare_content(
    text: str | None, *, plain: bool, images: ImagePolicy, limits: HtmlLimits, max_width: int
) -> ViewContent:
    """Worker half of showing a body: bounded HTML chunks and decoded inline images."""
    if plain:
        return ViewContent(safe_html.prepare_plain_text(text, limits=limits))
    prepared = safe_html.prepare_html(text, images=images, limits=limits)
    decoded = {
        src: decode_data_url(src, max_width)
        for sources in prepared.images
        for src in sources
        if src[:5].lower() == "data:"
    }
    return ViewContent(prepared, decoded)


def append_html(doc: QTextDocument, html: str, frame: QTextFrame | None = None) -> tuple[int, int]:
    """Insert ``html`` after everything in ``frame`` (the root frame by default); the range used.

    A chunk starts a new block unless the last one is still empty, so consecutive chunks read
    like the one document they were cut from.
    """
    cursor = (frame or doc.rootFrame()).lastCursorPosition()
    if cursor.block().length() > 1:
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
    start = cursor.position()
    cursor.insertHtml(html)
    return start, cursor.position()


def end_cursor(doc: QTextDocument) -> QTextCursor:
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    return cursor


class RenderQueue(QObject):
    """Runs queued steps on the GUI thread, a few milliseconds' worth per event-loop turn.

    Signals:
        drained(): the last queued step ran (not emitted by ``clear``).
    """

    drained = Signal()

    def __init__(self, parent: QObject | None = None, budget_ms: int = STEP_BUDGET_MS) -> None:
        super().__init__(parent)
        self._steps: deque[Callable[[], None]] = deque()
        self._cleared = 0  # bumped by clear(): a run that saw it stops without "drained"
        self._budget_ms = budget_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run)

    @property
    def busy(self) -> bool:
        return bool(self._steps)

    def add(self, step: Callable[[], None]) -> None:
        self._steps.append(step)
        if not self._timer.isActive():
            self._timer.start()

    def clear(self) -> None:
        self._steps.clear()
        self._cleared += 1
        self._timer.stop()

    def run(self) -> None:
        """Run steps while the next one (as long as the longest so far) still fits the budget,
        then yield to the event loop."""
        clock = QElapsedTimer()
        clock.start()
        longest = 0.0
        cleared = self._cleared
        while self._steps:
            began = clock.nsecsElapsed()
            step = self._steps.popleft()
            try:
                step()
            except Exception:  # one broken step must not stall the rest of the document
                log.exception("render step failed")
            if cleared != self._cleared:  # a step started something new: that owns the queue now
                return
            now = clock.nsecsElapsed()
            longest = max(longest, (now - began) / 1e6)
            if now / 1e6 + longest > self._budget_ms:
                break
        if self._steps:
            self._timer.start()
        else:
            self.drained.emit()
