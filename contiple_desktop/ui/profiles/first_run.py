"""The first-run chooser: connect to a real Contiple service, or open the demo workspace.

Shown by the composition root when no connection profile exists::

    choice = FirstRunDialog.ask(parent)
    if choice is FirstRunChoice.CONNECT: ...   # open ProfilesDialog
    elif choice is FirstRunChoice.DEMO: ...    # start the simulator-backed demo
    else: ...                                  # QUIT: the agent closed the window
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QVBoxLayout, QWidget


class FirstRunChoice(enum.Enum):
    CONNECT = "connect"
    DEMO = "demo"
    QUIT = "quit"


class FirstRunDialog(QDialog):
    """Two large choices; Escape or closing the window means ``QUIT``. Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = FirstRunChoice.QUIT
        self.setWindowTitle(self.tr("Welcome to Contiple Desktop"))
        self.setAccessibleName(self.tr("Welcome"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Contiple Desktop works with your company's Contiple help desk. To connect you "
                "need the domain, service ID, organization ID and the service API key from your "
                "Contiple administrator. You can also look around in a demo workspace first."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Introduction"))
        layout.addWidget(intro)
        self.connect_button = QCommandLinkButton(
            self.tr("Connect to Contiple\u2026"),
            self.tr("Enter the connection details of your service."),
            self,
        )
        self.connect_button.setAccessibleName(self.tr("Connect to Contiple"))
        self.connect_button.clicked.connect(self._choose_connect)
        self.demo_button = QCommandLinkButton(
            self.tr("Open the demo workspace"),
            self.tr("Sample data on this computer only; nothing is sent anywhere."),
            self,
        )
        self.demo_button.setAccessibleName(self.tr("Open the demo workspace"))
        self.demo_button.clicked.connect(self._choose_demo)
        layout.addWidget(self.connect_button)
        layout.addWidget(self.demo_button)
        self.connect_button.setDefault(True)
        self.connect_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(480)

    @Slot()
    def _choose_connect(self) -> None:
        self.choice = FirstRunChoice.CONNECT
        self.accept()

    @Slot()
    def _choose_demo(self) -> None:
        self.choice = FirstRunChoice.DEMO
        self.accept()

    def reject(self) -> None:
        self.choice = FirstRunChoice.QUIT
        super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> FirstRunChoice:
        """Run the chooser modally and return the agent's choice."""
        dialog = cls(parent)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()
