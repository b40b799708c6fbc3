"""New ticket work area (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contiple_desktop.tasks.context import AppContext


class NewTicketPanel(QWidget):
    """New ticket work area. Signals: none yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ticket-panel")
        self.setAccessibleName(self.tr("New ticket"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("New ticket"), self))
