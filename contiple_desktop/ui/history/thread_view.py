"""Renders a ``ThreadModel`` as ONE document of chat-like bubbles: agent answers left, customer
messages right.

A widget per entry (a rich-text view, a header label, an attachment list each) made opening a
ticket one of the longest GUI stalls, so the whole conversation is one ``SafeHtmlView``: every
entry is a framed block of the document (background, border and margin by side) holding a
header line (author · type · time), the entry's body — prepared on a worker like any untrusted
HTML, bounded per entry (``ENTRY_LIMITS``) and inserted a few chunks per event-loop turn — and a
line of attachment links. Activating such a link (click, or Tab to it and Enter) emits
``attachment_activated``; the detail pane opens the file through its conversation
``AttachmentList``, where downloads show progress and can be saved elsewhere. Inline attachment
images load through the client like in every ``SafeHtmlView``.

The view follows the model: a reset rebuilds the document (newest wins), inserted rows are
appended in order. ``bubbles`` lists what has been drawn; ``scroll_to_latest()`` brings the newest
entry into view (once it is drawn).
"""

from __future__ import annotations

import html as _html
from collections import deque
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFrame,
    QTextFrameFormat,
)
from PySide6.QtWidgets import QScrollArea, QWidget

from contiple_desktop.domain.html import ENTRY_LIMITS
from contiple_desktop.domain.models import Attachment, TicketEntry
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachment_list import format_size
from contiple_desktop.ui.formatting import format_time, join_list
from contiple_desktop.ui.history.thread_model import ENTRY_ROLE, ThreadModel, author_label
from contiple_desktop.ui.html_render import ViewContent, end_cursor, prepare_content
from contiple_desktop.ui.html_view import INTERNAL_SCHEME, SafeHtmlView

_SIDES = {  # background, border, header colour
    "agent": ("#eef3fb", "#b7c9e8", "#1a3d7c"),
    "customer": ("#fff6e5", "#e8cf9c", "#8a5a00"),
}
_INDENT = 56  # the margin on the other side, in pixels
ATTACHMENT_LINK = INTERNAL_SCHEME + ":attachment/"


def _attachment_link(attachment: Attachment) -> str:
    size = f" ({format_size(attachment.size)})" if attachment.size is not None else ""
    href = ATTACHMENT_LINK + _html.escape(attachment.attachment_id)
    return f'<a href="{href}">{_html.escape(attachment.file_name)}</a>{size}'


@dataclass(frozen=True, slots=True)
class Bubble:
    """One entry as drawn in the conversation document."""

    entry: TicketEntry
    header: str  # the header line as shown, e.g. "Agent · Answer · 2024-05-01 10:12"

    @property
    def kind(self) -> str:
        """``"agent"`` or ``"customer"`` (which side and colour it is drawn with)."""
        return "agent" if self.entry.from_agent else "customer"


def header_text(entry: TicketEntry) -> str:
    author = author_label(entry)
    parts = [author]
    if entry.type_name and entry.type_name != author:
        parts.append(entry.type_name)
    when = format_time(entry.created_ms)
    if when:
        parts.append(when)
    return " \u00b7 ".join(parts)


class ThreadView(SafeHtmlView):
    """The conversation of one ticket in one document.

    Signals (besides ``SafeHtmlView``'s):
        attachment_activated(str): the agent activated an entry's attachment link (its ID).
    """

    attachment_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, limits=ENTRY_LIMITS)
        self._model: ThreadModel | None = None
        self._frames: list[QTextFrame] = []
        self._batches: deque[tuple[list[TicketEntry], list[list[ViewContent]]]] = deque()
        self._scroll_when_drawn = False
        self._pinned = False  # scrolled to the newest entry, and kept there until the agent scrolls
        self._watched: QScrollArea | None = None
        self._recheck_queued = False
        self.bubbles: list[Bubble] = []
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(self.tr("Replies and follow-ups of this ticket, oldest first"))
        self.internal_link.connect(self._on_internal_link)
        self.rendered.connect(self._drawn)

    def set_model(self, model: ThreadModel) -> None:
        self._model = model
        model.modelReset.connect(self._rebuild)
        model.rowsInserted.connect(self._rows_inserted)
        self._rebuild()

    @property
    def is_settled(self) -> bool:
        return not self._batches and super().is_settled

    def attachments(self) -> list[Attachment]:
        """Every entry's attachments, oldest entry first (what the links point at)."""
        entries = self._model.entries() if self._model is not None else []
        return [a for e in entries for a in e.attachments]

    def scroll_to_latest(self) -> None:
        """Scroll so the newest entry's top is in view (after it is drawn, if it is not yet), and
        keep it there while the pane's range still changes (the view growing as it is drawn, the
        reload after a follow-up, the composer folding up) until the agent scrolls or another
        ticket is shown."""
        self._pin()
        self._scroll_when_drawn = not self.is_settled  # again once everything is drawn
        if not self._frames:
            return
        area = self._scroll_area()
        if area is None:
            rect = self.document().documentLayout().frameBoundingRect(self._frames[-1])
            self.verticalScrollBar().setValue(int(rect.top()))
            return
        # the view's new height and the pane's range are pending layout requests: apply them
        # first, or the range is the old one and the newest entry stays below the fold
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        inner = area.widget()
        rect = self.document().documentLayout().frameBoundingRect(self._frames[-1])
        y = int(rect.top()) - self.verticalScrollBar().value()
        top = self.viewport().mapTo(inner, QPoint(0, y)).y() if inner is not None else y
        bar = area.verticalScrollBar()
        bar.setValue(min(bar.maximum(), max(0, top - 8)))
        if not self._recheck_queued:  # once more after this turn's layouts (a late height change)
            self._recheck_queued = True
            QTimer.singleShot(0, self, self._recheck)

    @Slot()
    def _recheck(self) -> None:
        self._recheck_queued = False
        if self._pinned and self.isVisible() and self._frames:
            area = self._scroll_area()
            inner = area.widget() if area is not None else None
            if area is not None and inner is not None:
                rect = self.document().documentLayout().frameBoundingRect(self._frames[-1])
                bottom = self.viewport().mapTo(inner, QPoint(0, int(rect.bottom()))).y()
                if bottom > area.verticalScrollBar().value() + area.viewport().height():
                    inner.updateGeometry()  # the pane is shorter than the conversation: grow it
                    self._keep_latest()

    def _pin(self) -> None:
        self._pinned = True
        area = self._scroll_area()
        if area is not None and area is not self._watched:
            self._watched = area
            bar = area.verticalScrollBar()
            bar.rangeChanged.connect(self._keep_latest)
            bar.actionTriggered.connect(self._unpin)  # the agent scrolls: leave the view alone

    @Slot()
    def _keep_latest(self) -> None:
        if self._pinned and self.isVisible():
            self.scroll_to_latest()

    @Slot()
    def _unpin(self) -> None:
        self._pinned = False

    # -- building -----------------------------------------------------------------------------------
    @Slot()
    def _rebuild(self) -> None:
        self._pinned = False
        self.clear_content()
        self._batches.clear()
        self._frames = []
        self.bubbles = []
        entries = self._entries(0, self._model.rowCount() if self._model is not None else 0)
        if not entries:
            empty = _html.escape(self.tr("No replies or follow-ups yet."))
            self.queue_step(lambda: self.append_trusted(f'<p style="color:#808080;">{empty}</p>'))
            return
        self._prepare(entries, key="thread")

    @Slot(QModelIndex, int, int)
    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not self._frames and not self._batches:  # only the "no replies" line: start afresh
            self._rebuild()
            return
        entries = self._entries(first, last + 1)
        if entries:
            self._prepare(entries, key=None)

    def _entries(self, first: int, end: int) -> list[TicketEntry]:
        if self._model is None:
            return []
        found = [self._model.index(r, 0).data(ENTRY_ROLE) for r in range(first, end)]
        return [e for e in found if isinstance(e, TicketEntry)]

    def _prepare(self, entries: list[TicketEntry], key: str | None) -> None:
        """Prepare ``entries`` on a worker; batches are drawn in the order they were asked for."""
        slot: list[list[ViewContent]] = []
        self._batches.append((entries, slot))
        policy, width = self.image_policy(), self.MAX_IMAGE_WIDTH
        texts = [e.content for e in entries]

        def work() -> list[ViewContent]:
            return [
                prepare_content(t, plain=False, images=policy, limits=ENTRY_LIMITS, max_width=width)
                for t in texts
            ]

        def done(contents: list[ViewContent]) -> None:
            slot.append(contents)
            while self._batches and self._batches[0][1]:
                batch, (prepared,) = self._batches.popleft()
                for entry, content in zip(batch, prepared, strict=True):
                    self._queue_entry(entry, content)

        self.run_prepared(work, done, key)

    def _queue_entry(self, entry: TicketEntry, content: ViewContent) -> None:
        holder: list[QTextFrame] = []
        self.queue_step(lambda: holder.append(self._open_bubble(entry)))
        self.queue_content(content, frame=lambda: holder[0] if holder else None)
        if entry.attachments:
            label = _html.escape(self.tr("Attachments:"))
            links = join_list(_attachment_link(a) for a in entry.attachments)
            line = f'<p><span style="color:#606060;">{label}</span> {links}</p>'
            self.queue_step(lambda: self.append_trusted(line, holder[0] if holder else None))

    def _open_bubble(self, entry: TicketEntry) -> QTextFrame:
        side = "agent" if entry.from_agent else "customer"
        background, border, ink = _SIDES[side]
        fmt = QTextFrameFormat()
        fmt.setBackground(QBrush(QColor(background)))
        fmt.setBorder(1)
        fmt.setBorderBrush(QBrush(QColor(border)))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setPadding(8)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(4)
        if entry.from_agent:
            fmt.setRightMargin(_INDENT)
        else:
            fmt.setLeftMargin(_INDENT)
        cursor = end_cursor(self.document())
        frame = cursor.insertFrame(fmt)
        header = header_text(entry)
        line = QTextBlockFormat()
        line.setAlignment(Qt.AlignmentFlag.AlignLeft if entry.from_agent else Qt.AlignmentFlag.AlignRight)
        cursor.setBlockFormat(line)
        ink_format = QTextCharFormat()
        ink_format.setForeground(QBrush(QColor(ink)))
        ink_format.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(header, ink_format)
        self._frames.append(frame)
        self.bubbles.append(Bubble(entry, header))
        return frame

    @Slot()
    def _drawn(self) -> None:
        if self._scroll_when_drawn and self.is_settled:
            self.scroll_to_latest()

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    @Slot(QUrl)
    def _on_internal_link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(ATTACHMENT_LINK):
            self.attachment_activated.emit(text[len(ATTACHMENT_LINK) :])
