"""One outbox item in the outbox view: where it stands, and the agent's choices.

Waiting and sending items only say so (the outbox sends them on its own). A filed item shows
its ticket ID (selectable, with Copy and "Open in customer history"). An item that needs the
agent says why (``words.attention_text``) and offers what fits: **Retry** (the cause was fixed),
**It was sent** (the agent found it; a ticket ID may be entered), **It was not sent** (it is
then sent like a new ticket) and **Discard** (an inline second step). Caller data is masked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from contiple_desktop.domain.outbox import AttentionReason, ItemState, OutboxItem
from contiple_desktop.tasks.outbox import Outbox
from contiple_desktop.ui.desk.words import attention_text, caller_text, state_text, subject_text, when
from contiple_desktop.ui.formatting import fill


def _button(text: str, accessible: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button


class OutboxItemPane(QFrame):
    """The selected item and its actions.

    Signals:
        open_ticket(str, str): (usercode, ticket ID) show this filed ticket in customer history.
    """

    open_ticket = Signal(str, str)

    def __init__(self, outbox: Outbox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.item: OutboxItem | None = None
        self.setAccessibleName(self.tr("Outbox item"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setAccessibleName(self.tr("Outbox item subject"))
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("Outbox item details"))
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Outbox item state"))
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.title, self.facts, self.state):
            layout.addWidget(label)
        id_row = QHBoxLayout()
        self.ticket_id = QLineEdit(self)
        self.ticket_id.setReadOnly(True)
        self.ticket_id.setAccessibleName(self.tr("Filed ticket ID"))
        self.copy_button = _button(self.tr("Copy"), self.tr("Copy filed ticket ID"), self)
        self.open_button = _button(
            self.tr("Open in customer history"), self.tr("Open in customer history"), self
        )
        for widget in (self.ticket_id, self.copy_button, self.open_button):
            id_row.addWidget(widget)
        id_row.addStretch(1)
        layout.addLayout(id_row)
        actions = QHBoxLayout()
        self.retry_button = _button(self.tr("&Retry"), self.tr("Retry"), self)
        self.sent_button = _button(self.tr("It &was sent\u2026"), self.tr("It was sent"), self)
        self.not_sent_button = _button(self.tr("It was &not sent"), self.tr("It was not sent"), self)
        self.discard_button = _button(self.tr("&Discard\u2026"), self.tr("Discard"), self)
        for widget in (self.retry_button, self.sent_button, self.not_sent_button, self.discard_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.sent_row = QWidget(self)
        sent = QHBoxLayout(self.sent_row)
        sent.setContentsMargins(0, 0, 0, 0)
        self.found_id = QLineEdit(self.sent_row)
        self.found_id.setAccessibleName(self.tr("Ticket ID found on the server"))
        self.found_id.setPlaceholderText(self.tr("Ticket ID, if you have it (optional)"))
        self.mark_sent_button = _button(self.tr("Mark as sent"), self.tr("Mark as sent"), self.sent_row)
        sent.addWidget(self.found_id, 1)
        sent.addWidget(self.mark_sent_button)
        layout.addWidget(self.sent_row)
        self.confirm_row = QWidget(self)
        confirm = QHBoxLayout(self.confirm_row)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(
            QLabel(self.tr("Discard this ticket for good? It will not be sent."), self.confirm_row), 1
        )
        self.confirm_discard = _button(self.tr("Discard"), self.tr("Confirm discard"), self.confirm_row)
        self.keep_button = _button(self.tr("Keep"), self.tr("Keep it"), self.confirm_row)
        confirm.addWidget(self.confirm_discard)
        confirm.addWidget(self.keep_button)
        layout.addWidget(self.confirm_row)
        layout.addStretch(1)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.ticket_id.text()))
        self.open_button.clicked.connect(self._open)
        self.retry_button.clicked.connect(lambda: self._act(self.outbox.retry))
        self.not_sent_button.clicked.connect(lambda: self._act(self.outbox.mark_not_sent))
        self.sent_button.clicked.connect(self._ask_ticket_id)
        self.mark_sent_button.clicked.connect(self._mark_sent)
        self.found_id.returnPressed.connect(self._mark_sent)
        self.discard_button.clicked.connect(self._ask_discard)
        self.confirm_discard.clicked.connect(lambda: self._act(self.outbox.discard))
        self.keep_button.clicked.connect(self.confirm_row.hide)
        self.show_item(None)

    def show_item(self, item: OutboxItem | None) -> None:
        """Show ``item`` (None: nothing selected); the inline steps close when it changes."""
        if item is None or self.item is None or item.item_id != self.item.item_id:
            self.sent_row.hide()
            self.confirm_row.hide()
        self.item = item
        if item is None:
            self.title.setText(self.tr("Select an item to see where it stands."))
            for w in (self.facts, self.state, self.ticket_id, self.copy_button, self.open_button):
                w.hide()
            for b in (self.retry_button, self.sent_button, self.not_sent_button, self.discard_button):
                b.hide()
            return
        self.title.setText(subject_text(item))
        files = self.tr("%n attachment(s)", "", len(item.files))
        facts = [caller_text(item), fill(self.tr("queued %1"), when(item.created_ms)), files]
        if item.attempts:
            facts.append(self.tr("%n attempt(s)", "", item.attempts))
        self.facts.setText(" \u00b7 ".join(facts))
        self.facts.show()
        self.state.setText(self._state_sentence(item))
        self.state.show()
        filed = item.state is ItemState.SENT and bool(item.ticket_id)
        self.ticket_id.setText(item.ticket_id or "")
        for w in (self.ticket_id, self.copy_button):
            w.setVisible(filed)
        self.open_button.setVisible(filed and bool(item.usercode))
        attention = item.state is ItemState.NEEDS_ATTENTION
        guest_check = attention and item.attention is not None and (
            item.attention.reason is AttentionReason.MAYBE_SENT_NO_USERCODE
        )  # fmt: skip
        open_item = item.state not in (ItemState.SENT, ItemState.SENDING)
        self.retry_button.setVisible(attention and not guest_check)
        self.sent_button.setVisible(open_item and (guest_check or item.maybe_sent))
        self.not_sent_button.setVisible(open_item and (guest_check or item.maybe_sent))
        self.discard_button.setVisible(item.state is not ItemState.SENDING or item.create_started_ms is None)

    def _state_sentence(self, item: OutboxItem) -> str:
        if item.state is ItemState.SENT:
            if not item.ticket_id:
                return self.tr("You marked it as sent; nothing more is sent.")
            if item.found_by_lookup:
                text = self.tr(
                    "Found in the caller's tickets as %1 (it had arrived): nothing was sent twice."
                )
            else:
                text = self.tr("Filed as ticket %1. Read the ID back to the caller if needed.")
            return fill(text, item.ticket_id)
        if item.state is ItemState.NEEDS_ATTENTION and item.attention is not None:
            return attention_text(item.attention)
        if item.state is ItemState.SENDING:
            return self.tr("Being sent now\u2026")
        text = state_text(item) + ": " + self.tr("the outbox sends it on its own.")
        if item.maybe_sent:
            text += " " + self.tr("It may already have arrived, so the caller's tickets are checked first.")
        return text

    def _act(self, action: object) -> None:
        if self.item is not None and callable(action):
            action(self.item.item_id)
        self.confirm_row.hide()
        self.sent_row.hide()

    @Slot()
    def _ask_ticket_id(self) -> None:
        self.sent_row.show()
        self.found_id.clear()
        self.found_id.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _mark_sent(self) -> None:
        if self.item is not None:
            self.outbox.mark_sent(self.item.item_id, self.found_id.text().strip())
        self.sent_row.hide()

    @Slot()
    def _ask_discard(self) -> None:
        self.confirm_row.show()
        self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _open(self) -> None:
        if self.item is not None and self.item.ticket_id:
            self.open_ticket.emit(self.item.usercode, self.item.ticket_id)
