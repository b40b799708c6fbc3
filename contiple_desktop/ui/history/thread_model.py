"""The conversation of one ticket as a flat list model, oldest entry first.

The server sends ``contents`` newest first (§3.16); the model re-orders by ``createdDt`` so the
thread reads top to bottom like a chat. Each row is one ``TicketEntry`` (a customer follow-up
or an agent answer); the view (``thread_view``) renders them as distinct bubbles.

Setting the same messages again (a reload, a language switch, the server's copy of a just-posted
follow-up) keeps the rows — new entries at the end arrive as inserted rows — so the view keeps
what it has drawn (and where it is scrolled); only another ticket or a changed thread resets. The plain-text
roles read at most ``TEXT_ROLE_CHARS`` of an entry (a hostile body must not cost the GUI thread).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from contiple_desktop.domain.models import TicketDetail, TicketEntry
from contiple_desktop.tasks.history_ops import plain_text
from contiple_desktop.ui.formatting import format_time

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
FROM_AGENT_ROLE = Qt.ItemDataRole.UserRole + 2
HTML_ROLE = Qt.ItemDataRole.UserRole + 3
AUTHOR_ROLE = Qt.ItemDataRole.UserRole + 4
TIME_ROLE = Qt.ItemDataRole.UserRole + 5
ATTACHMENTS_ROLE = Qt.ItemDataRole.UserRole + 6

ModelIndex = QModelIndex | QPersistentModelIndex
TEXT_ROLE_CHARS = 20_000


def same_message(a: TicketEntry, b: TicketEntry) -> bool:
    """Whether ``a`` and ``b`` are one message (what is drawn of it), details aside."""
    ids = [x.attachment_id for x in a.attachments] == [x.attachment_id for x in b.attachments]
    return a.type == b.type and a.created_ms == b.created_ms and a.content == b.content and ids


def author_label(entry: TicketEntry) -> str:
    if entry.from_agent:
        return QCoreApplication.translate("ThreadModel", "Agent")
    return QCoreApplication.translate("ThreadModel", "Customer")


class ThreadModel(QAbstractListModel):
    """Entries of the shown ticket, oldest first. Signals: the standard model signals only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TicketEntry] = []
        self._ticket_id: str | None = None

    def set_detail(self, detail: TicketDetail | None) -> None:
        """The thread of ``detail``; the same ticket again only adds what is new."""
        ticket_id = detail.ticket_id if detail is not None else None
        entries = detail.thread_oldest_first() if detail is not None else ()
        if ticket_id == self._ticket_id:
            self.set_entries(entries)
            return
        self._ticket_id = ticket_id
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.created_ms or 0)
        self.endResetModel()

    def set_entries(self, entries: tuple[TicketEntry, ...] | list[TicketEntry]) -> None:
        """Show ``entries``. When the current rows are the same messages (``same_message``) the
        rows stay: changed details (the server's type name for a just-posted entry) arrive as
        ``dataChanged`` and new entries as inserted rows; anything else resets the model."""
        wanted = sorted(entries, key=lambda e: e.created_ms or 0)
        count = len(self._entries)
        head = wanted[:count]
        if not count or len(head) < count or not all(map(same_message, head, self._entries)):
            self.beginResetModel()
            self._entries = wanted
            self.endResetModel()
            return
        changed = [r for r in range(count) if head[r] != self._entries[r]]
        self._entries[:count] = head
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 0))
        if len(wanted) > count:  # only new entries at the end
            self.beginInsertRows(QModelIndex(), count, len(wanted) - 1)
            self._entries = wanted
            self.endInsertRows()

    def append_entry(self, entry: TicketEntry) -> None:
        """Add a just-posted entry at the end (it is the newest)."""
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(entry)
        self.endInsertRows()

    def entries(self) -> list[TicketEntry]:
        return list(self._entries)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return plain_text(e.content[:TEXT_ROLE_CHARS])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = plain_text(e.content[:TEXT_ROLE_CHARS])
            return f"{author_label(e)}, {format_time(e.created_ms)}: {text}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if e.from_agent else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return e
        if role == FROM_AGENT_ROLE:
            return e.from_agent
        if role == HTML_ROLE:
            return e.content
        if role == AUTHOR_ROLE:
            return author_label(e)
        if role == TIME_ROLE:
            return format_time(e.created_ms)
        if role == ATTACHMENTS_ROLE:
            return list(e.attachments)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
