"""Customer history work area (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contiple_desktop.tasks.context import AppContext


class HistoryPanel(QWidget):
    """Customer history work area. Signals: none yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("history-panel")
        self.setAccessibleName(self.tr("Customer history"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Customer history"), self))
