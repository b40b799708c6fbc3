"""The ticket list's columns at any width: the subject keeps a readable width, and the ticket ID
(also in the detail pane) shows only when there is room for it — the list never scrolls
sideways at 1366 px."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

SUBJECT_CHARS = 22  # the subject keeps at least this many average characters before the ID shows


class OptionalColumn(QObject):
    """Hides ``column`` of ``table`` while showing it would squeeze the stretching column below
    ``SUBJECT_CHARS`` characters. Signals: none."""

    def __init__(self, table: QTableView, column: int, stretching: int) -> None:
        super().__init__(table)
        self.table = table
        self.column = column
        self.stretching = stretching
        self.width = table.horizontalHeader().sectionSize(column)  # its size when shown
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.update()
        return False

    def update(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in range(header.count())
            if c not in (self.column, self.stretching) and not header.isSectionHidden(c)
        )  # fmt: skip
        room = self.table.viewport().width() - others - self.width
        hide = room < self.table.fontMetrics().averageCharWidth() * SUBJECT_CHARS
        if header.isSectionHidden(self.column) != hide:
            header.setSectionHidden(self.column, hide)
