"""The banner on top of the work area while the demo workspace is active."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DemoBanner(QFrame):
    """"Demo workspace — simulated Contiple service …" with a "Connect to Contiple…" button.

    Signals:
        connect_requested(): the agent wants to set up a real connection.
    """

    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo-banner")
        self.setAccessibleName(self.tr("Demo workspace"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#demo-banner { background: #fff4d6; border-bottom: 1px solid #f0d48a; }"
            "#demo-banner QLabel { color: #6b4e00; }"
        )
        self.label = QLabel(
            self.tr(
                "<b>Demo workspace</b> \u2014 simulated Contiple service; "
                "nothing is sent to a real help desk."
            ),
            self,
        )
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Demo notice"))
        self.button = QPushButton(self.tr("Connect to Contiple\u2026"), self)
        self.button.setAccessibleName(self.tr("Connect to Contiple"))
        self.button.clicked.connect(self.connect_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
