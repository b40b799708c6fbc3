"""The desk's status bar entries: "Outbox: 2" and the note about changed watched tickets.

``OutboxCount`` shows the outbox's count (waiting, sending and needing the agent) while there is
one, amber when an item needs the agent, with why replay waits in its tooltip; clicking it opens
the outbox view. ``WatchNote`` ("2 watched tickets changed") stands in for the OS notification
when the desktop has no system tray; clicking it opens the newest changed ticket.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QToolButton, QWidget

from contiple_desktop.tasks.outbox import Outbox
from contiple_desktop.ui.desk.words import count_text, pause_text, unseen_text


def _flat(button: QToolButton) -> None:
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has the Tools menu


class OutboxCount(QToolButton):
    """ "Outbox: N" in the status bar. Signals: clicked() (QToolButton's): open the outbox view."""

    def __init__(self, outbox: Outbox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.setObjectName("outbox-count")
        _flat(self)
        outbox.changed.connect(self.update_count)
        outbox.status_changed.connect(self._status_changed)
        self.update_count()

    @Slot(object)
    def _status_changed(self, _status: object) -> None:
        self.update_count()

    @Slot()
    def update_count(self) -> None:
        pending, attention = self.outbox.count_pending, self.outbox.count_attention
        text = count_text(pending, attention)
        self.setText(text)
        self.setAccessibleName(text)
        why = pause_text(self.outbox.status)
        hint = self.tr("Click to open the outbox (Ctrl+Shift+B).")
        self.setToolTip(f"{why}\n{hint}" if why else hint)
        self.setStyleSheet("color: #b45309; font-weight: 600;" if attention else "")
        self.setVisible(pending + attention > 0)


class WatchNote(QToolButton):
    """ "N watched tickets changed" in the status bar. Signals: clicked(): open the newest."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watch-note")
        _flat(self)
        self.setStyleSheet("color: #1a73e8; font-weight: 600;")
        self.set_count(0)

    @Slot(int)
    def set_count(self, count: int) -> None:
        text = unseen_text(count)
        self.setText("\u25cf " + text)
        self.setAccessibleName(text)
        self.setToolTip(self.tr("Click to open the newest changed ticket."))
        self.setVisible(count > 0)
