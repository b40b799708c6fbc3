"""The watch list's notifications: the OS tray message, and the badge on "Customer history".

``WatchNotifier`` listens to ``WatchList.changed`` (a status change or a new answer on a ticket
filed here or pinned) and shows an OS notification through ``QSystemTrayIcon`` — only when the
desktop has a system tray (``isSystemTrayAvailable()``); without one (and in the offscreen
tests) the badge and the status bar's note say it instead. The text carries the ticket ID, the
caller's user code and the subject with phone numbers and e-mail addresses masked
(``domain.privacy``). Clicking the notification, the tray icon, the badge or the note opens the
ticket in Customer history (``Bus.show_ticket``); it stays unseen until it has been opened.

``HistoryBadge`` is a small round button over the navigation list's "Customer history" row,
showing how many watched tickets changed; it follows the row when the list is resized.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QListWidget, QSystemTrayIcon, QToolButton

from contiple_desktop.domain.watch import WatchEvent
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.watch import WatchList
from contiple_desktop.ui.desk.words import event_body, event_title, unseen_text
from contiple_desktop.ui.shell.navigation import AREA_ROLE

NOTIFY_MS = 8000
HISTORY_AREA = "history"


@dataclass(frozen=True, slots=True)
class Notice:
    """One notification as shown (masked text) and the ticket it opens."""

    title: str
    body: str
    usercode: str
    ticket_id: str


def fallback_icon() -> QIcon:
    """The application's icon, or a plain round one (a tray icon must have an icon)."""
    icon = QApplication.windowIcon()
    if not icon.isNull():
        return icon
    pix = QPixmap(32, 32)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(QColor("#1a73e8"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 28, 28)
    painter.end()
    return QIcon(pix)


class WatchNotifier(QObject):
    """Notifications for watched tickets.

    Signals:
        notified(object): a ``Notice`` was shown (tray message or in-app only).
        unseen_changed(int): how many watched tickets have an unseen change.
    """

    notified = Signal(object)
    unseen_changed = Signal(int)

    def __init__(self, ctx: AppContext, watch: WatchList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.watch = watch
        self.last: Notice | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(fallback_icon(), self)
            self.tray.setToolTip(QApplication.applicationDisplayName())
            self.tray.messageClicked.connect(self.open_last)
            self.tray.activated.connect(self._tray_clicked)
            self.tray.show()
        watch.changed.connect(self._changed)
        watch.watches_changed.connect(self._watches_changed)

    @property
    def uses_tray(self) -> bool:
        return self.tray is not None

    @Slot()
    def _watches_changed(self) -> None:
        self.unseen_changed.emit(self.watch.unseen_count)

    @Slot(object)
    def _tray_clicked(self, _reason: object) -> None:
        self.open_latest()

    @Slot(object)
    def _changed(self, event: WatchEvent) -> None:
        notice = Notice(event_title(event), event_body(event), event.usercode, event.ticket_id)
        self.last = notice
        if self.tray is not None:
            self.tray.showMessage(
                notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information, NOTIFY_MS
            )
        self.notified.emit(notice)
        self.unseen_changed.emit(self.watch.unseen_count)

    @Slot()
    def open_last(self) -> None:
        """The notification was clicked: open its ticket."""
        if self.last is not None:
            self.ctx.bus.show_ticket.emit(self.last.usercode, self.last.ticket_id)

    @Slot()
    def open_latest(self) -> bool:
        """Open the newest ticket with an unseen change (the badge, the note, the tray icon)."""
        events = self.watch.events()
        if not events:
            return False
        self.ctx.bus.show_ticket.emit(events[0].usercode, events[0].ticket_id)
        return True


class HistoryBadge(QToolButton):
    """The count of changed watched tickets over the "Customer history" navigation row.

    Signals: clicked() (QToolButton's): open the newest changed ticket.
    """

    def __init__(self, navigation: QListWidget) -> None:
        super().__init__(navigation.viewport())
        self.navigation = navigation
        self.setObjectName("history-badge")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard has Tools ▸ Latest ticket update
        self.setStyleSheet(
            "QToolButton#history-badge { background: #d93025; color: white; border: none;"
            " border-radius: 10px; font-weight: bold; padding: 0 6px; }"
        )
        navigation.viewport().installEventFilter(self)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.setText(str(count) if count < 100 else "99+")
        text = unseen_text(count)
        self.setAccessibleName(self.tr("Ticket updates"))
        self.setAccessibleDescription(text)
        self.setToolTip(text + " \u2014 " + self.tr("click to open the newest"))
        self.setVisible(count > 0)
        self.place()

    def sizeHint(self) -> QSize:
        width = max(20, self.fontMetrics().horizontalAdvance(self.text()) + 14)
        return QSize(width, 20)

    def _row_rect(self) -> QRect:
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            if item is not None and item.data(AREA_ROLE) == HISTORY_AREA:
                return self.navigation.visualItemRect(item)
        return QRect()

    def place(self) -> None:
        rect = self._row_rect()
        if not rect.isValid():
            return
        size = self.sizeHint()
        self.resize(size)
        self.move(QPoint(rect.right() - size.width() - 6, rect.center().y() - size.height() // 2))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.place()
        return super().eventFilter(watched, event)
