"""Help Center work area (placeholder until its issue lands)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contiple_desktop.tasks.context import AppContext


class HelpCenterPanel(QWidget):
    """Help Center work area. Signals: none yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("helpcenter-panel")
        self.setAccessibleName(self.tr("Help Center"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Help Center"), self))
