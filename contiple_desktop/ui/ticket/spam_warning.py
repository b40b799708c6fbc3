"""The inline warning before a submit that Contiple's spam protection would refuse.

``ui.ticket.desk.TicketDesk`` shows it (never a modal) when the profile says the service blocks
spam and the ticket would be the 3rd within a minute or the 10th within 24 hours from this desk,
or while a block from an earlier refusal runs. It names the limit, the count, when the window
frees up and the admin setting to change; the agent chooses "Send anyway" or "Queue it".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contiple_desktop.domain.spam import SpamBlock, SpamWarning
from contiple_desktop.ui.desk.words import block_text, warning_text


class SpamWarningBanner(QFrame):
    """The spam-limit warning with its two choices.

    Signals:
        send_anyway(): file the ticket now all the same.
        queue_requested(): keep it in the outbox (which paces itself and waits out a block).
    """

    send_anyway = Signal()
    queue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spam-warning")
        self.setAccessibleName(self.tr("Spam limit warning"))
        self.setStyleSheet(
            "QFrame#spam-warning { background: #fce8e6; border: 1px solid #d93025; border-radius: 4px; }"
        )
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Spam limit warning message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.queue_button = QPushButton(self.tr("&Queue it"), self)
        self.queue_button.setAccessibleName(self.tr("Queue it"))
        self.send_button = QPushButton(self.tr("Send &anyway"), self)
        self.send_button.setAccessibleName(self.tr("Send anyway"))
        for button in (self.queue_button, self.send_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.queue_button.clicked.connect(self.queue_requested)
        self.send_button.clicked.connect(self.send_anyway)
        self.hide()

    def warn(self, warning: SpamWarning | None, block: SpamBlock | None, *, can_queue: bool) -> None:
        """Show the running ``block`` (it wins) or the ``warning``; the queue button gets the focus."""
        if block is not None:
            self.message.setText(block_text(block))
        elif warning is not None:
            self.message.setText(warning_text(warning))
        else:
            self.hide()
            return
        self.queue_button.setVisible(can_queue)
        self.show()
        (self.queue_button if can_queue else self.send_button).setFocus(Qt.FocusReason.OtherFocusReason)
