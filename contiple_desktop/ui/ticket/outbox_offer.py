"""The inline offer under a failed submit: "Queue and continue with the next caller".

Shown by ``ui.ticket.desk.TicketDesk`` when the network is down, the service failed (5xx, busy,
garbled), creation was refused for spam (1001/1002), or a send ended unclear (it may have
arrived). One key: the button takes the focus and has a mnemonic, so Enter, Space or Alt+Q queue.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class OfferKind(enum.Enum):
    OFFLINE = "offline"  # nothing was created; the network or the service failed
    SPAM = "spam"  # refused for spam: the outbox files it when the block ends
    MAYBE_SENT = "maybe_sent"  # it may have arrived: the outbox looks first
    MAYBE_SENT_GUEST = "maybe_sent_guest"  # … and without a user code the agent will decide


class OutboxOffer(QFrame):
    """The offer to keep the ticket in the outbox.

    Signals:
        queue_requested(): the agent chose to queue the ticket.
    """

    queue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox-offer")
        self.setAccessibleName(self.tr("Outbox offer"))
        self.setStyleSheet(
            "QFrame#outbox-offer { background: #fef7e0; border: 1px solid #f9ab00; border-radius: 4px; }"
        )
        self.kind: OfferKind | None = None
        row = QHBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Outbox offer message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.message, 1)
        self.queue_button = QPushButton(self.tr("&Queue and continue with the next caller"), self)
        self.queue_button.setAccessibleName(self.tr("Queue and continue with the next caller"))
        self.queue_button.setAutoDefault(False)
        self.queue_button.setDefault(False)
        self.queue_button.clicked.connect(self.queue_requested)
        row.addWidget(self.queue_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def offer(self, kind: OfferKind) -> None:
        """Show the offer for ``kind`` and give the button the keyboard focus."""
        self.kind = kind
        texts = {
            OfferKind.OFFLINE: self.tr(
                "Keep it in the outbox and go on: it is filed on its own as soon as the service "
                "answers again. Nothing is lost and nothing is sent twice."
            ),
            OfferKind.SPAM: self.tr(
                "Keep it in the outbox and go on: it is filed on its own when the spam block ends."
            ),
            OfferKind.MAYBE_SENT: self.tr(
                "Keep it in the outbox and go on: the outbox first looks for it in the caller's "
                "tickets and files it only if it is not there."
            ),
            OfferKind.MAYBE_SENT_GUEST: self.tr(
                "Keep it in the outbox: without a user code it cannot be checked automatically, "
                "so the outbox will ask you whether it arrived before sending it again."
            ),
        }
        self.message.setText(texts[kind])
        self.queue_button.setEnabled(True)
        self.show()
        self.queue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self) -> None:
        """Queued: waiting for the outbox to have it on disk."""
        self.queue_button.setEnabled(False)
        self.message.setText(self.tr("Keeping it in the outbox\u2026"))

    def retract(self) -> None:
        self.kind = None
        self.hide()
