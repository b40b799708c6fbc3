"""``RowList``: the tray's rows, added in groups so that a drop costs the form one layout pass.

Each ``add`` builds its rows inside a new group widget that has no parent yet, so nothing a row
does while it is set up relayouts the form around the tray; the finished group then joins the
list and Qt shows it on the next turn of the event loop, laying the form out once for the whole
drop. (A row added to the visible tray on its own is shown by its own queued call, and every
show activates each layout up to the scroll area: five rows meant five passes over the form.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from contiple_desktop.ui.attachments.row import AttachmentRow, TrayItem

SPACING = 2


class RowList(QWidget):
    """Rows of the tray, in display order. Signals: none (rows emit their own requests)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachment-row-list")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(SPACING)
        self._rows: dict[int, AttachmentRow] = {}

    def row(self, uid: int) -> AttachmentRow | None:
        return self._rows.get(uid)

    def add(self, items: Iterable[TrayItem], connect: Callable[[AttachmentRow], None]) -> None:
        """Build one row per item (``connect`` wires its signals) and add them as one group."""
        group: QWidget | None = None
        rows: QVBoxLayout | None = None
        for item in items:
            if group is None or rows is None:
                group = QWidget()
                group.setObjectName("attachment-row-group")
                rows = QVBoxLayout(group)
                rows.setContentsMargins(0, 0, 0, 0)
                rows.setSpacing(SPACING)
            row = AttachmentRow(item, group)
            connect(row)
            self._rows[item.uid] = row
            rows.addWidget(row)
        if group is not None:
            self._layout.addWidget(group)

    def remove(self, uid: int) -> None:
        row = self._rows.pop(uid, None)
        if row is None:
            return
        group = row.parentWidget()
        rows = group.layout() if group is not None else None
        if rows is not None:
            rows.removeWidget(row)
        row.hide()
        row.deleteLater()
        if group is not None and (rows is None or rows.count() == 0):
            self._layout.removeWidget(group)
            group.hide()
            group.deleteLater()
