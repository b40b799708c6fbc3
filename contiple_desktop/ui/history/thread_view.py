"""Renders a ``ThreadModel`` as chat-like bubbles: customer entries right, agent answers left.

A thread holds a handful of entries, so each row becomes one small widget (header label, the
sanitised HTML body, the entry's attachments as an ``AttachmentList`` from ``list_factory``) in
a vertical layout; the view follows the model's reset/insert signals. The pane around it scrolls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from contiple_desktop.domain.models import TicketEntry
from contiple_desktop.ui.attachment_list import AttachmentList
from contiple_desktop.ui.formatting import format_time
from contiple_desktop.ui.history.thread_model import ENTRY_ROLE, ThreadModel, author_label

BodyFactory = Callable[[str, QWidget], QWidget]
"""Builds the widget that shows one entry's (untrusted) HTML body."""
ListFactory = Callable[[QWidget], AttachmentList]
"""Builds the (empty) attachment list of one entry; the view fills it."""

_AGENT_STYLE = (
    "QFrame#thread-entry-agent { background: #eef3fb; border: 1px solid #b7c9e8; border-radius: 8px; }"
)
_CUSTOMER_STYLE = (
    "QFrame#thread-entry-customer { background: #fff6e5; border: 1px solid #e8cf9c; border-radius: 8px; }"
)


class EntryBubble(QFrame):
    """One thread entry. Signals: none (its ``AttachmentList`` downloads by itself)."""

    def __init__(
        self,
        entry: TicketEntry,
        body_factory: BodyFactory,
        list_factory: ListFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        agent = entry.from_agent
        self.setObjectName("thread-entry-agent" if agent else "thread-entry-customer")
        self.setStyleSheet(_AGENT_STYLE if agent else _CUSTOMER_STYLE)
        author = author_label(entry)
        when = format_time(entry.created_ms)
        self.setAccessibleName(f"{author} {when}".strip())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        self.header = QLabel(f"<b>{author}</b> \u00b7 {when}" if when else f"<b>{author}</b>", self)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setStyleSheet("color: #1a3d7c;" if agent else "color: #8a5a00;")
        self.header.setAlignment(Qt.AlignmentFlag.AlignLeft if agent else Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.header)
        self.body = body_factory(entry.content, self)
        layout.addWidget(self.body)
        self.attachments = list_factory(self)
        self.attachments.set_attachments("ticket", entry.attachments)
        layout.addWidget(self.attachments)


class ThreadView(QWidget):
    """Bubbles for every row of a ``ThreadModel``. Signals: none."""

    def __init__(
        self, body_factory: BodyFactory, list_factory: ListFactory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._body_factory = body_factory
        self._list_factory = list_factory
        self._model: ThreadModel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._empty = QLabel(self.tr("No replies or follow-ups yet."), self)
        self._empty.setStyleSheet("color: palette(mid);")
        self._layout.addWidget(self._empty)
        self._rows: list[QWidget] = []
        self.bubbles: list[EntryBubble] = []
        self.setAccessibleName(self.tr("Conversation"))

    def set_model(self, model: ThreadModel) -> None:
        self._model = model
        model.modelReset.connect(self._rebuild)
        model.rowsInserted.connect(self._rows_inserted)
        self._rebuild()

    def _rebuild(self) -> None:
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        self.bubbles = []
        if self._model is not None:
            for r in range(self._model.rowCount()):
                self._insert(r)
        self._empty.setVisible(not self.bubbles)

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        for r in range(first, last + 1):
            self._insert(r)
        self._empty.setVisible(not self.bubbles)

    def _insert(self, row: int) -> None:
        assert self._model is not None
        entry = self._model.index(row, 0).data(ENTRY_ROLE)
        if not isinstance(entry, TicketEntry):
            return
        bubble = EntryBubble(entry, self._body_factory, self._list_factory, self)
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        # Agent answers hug the left edge, customer messages the right one (chat convention).
        if entry.from_agent:
            line.addWidget(bubble, 5)
            line.addStretch(1)
        else:
            line.addStretch(1)
            line.addWidget(bubble, 5)
        self._layout.insertWidget(1 + row, holder)
        self._rows.insert(row, holder)
        self.bubbles.insert(row, bubble)

    def attachment_lists(self) -> list[AttachmentList]:
        return [b.attachments for b in self.bubbles]
