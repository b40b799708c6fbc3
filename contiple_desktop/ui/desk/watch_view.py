"""The watched tickets: a small non-modal window with the list, "Stop watching" and the retention.

Tools ▸ Watched tickets. Each row: the ticket ID, the caller's user code, the subject (masked),
the last known status, and whether a change is unseen. Enter or "Open" shows the ticket in
Customer history. "Stop watching a ticket after N quiet days" is the watch list's retention
(``WatchList.set_retention_days``, kept per connection profile); a closed ticket stops being
watched on its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.privacy import mask_personal
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.watch import PollStatus, WatchList
from contiple_desktop.ui.desk.words import poll_text
from contiple_desktop.ui.history.status import status_label
from contiple_desktop.ui.shell.calm_style import plain_item_view
from contiple_desktop.ui.shell.windowing import resize_for_screen

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_RETENTION_DAYS = 90


class WatchedWindow(QWidget):
    """The watch list of the current profile. Signals: none (it drives ``WatchList``)."""

    def __init__(self, ctx: AppContext, watch: WatchList, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.watch = watch
        self.setObjectName("watched-window")
        self.setWindowTitle(self.tr("Watched tickets"))
        self.setAccessibleName(self.tr("Watched tickets"))
        resize_for_screen(self, 700, 420)
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Watch list status"))
        layout.addWidget(self.status)
        self.list = plain_item_view(QTreeWidget(self))
        self.list.setAccessibleName(self.tr("Watched tickets list"))
        self.list.setHeaderLabels(
            [self.tr("Ticket"), self.tr("Caller"), self.tr("Subject"), self.tr("Status"), self.tr("Changed")]
        )
        self.list.setRootIsDecorated(False)
        self.list.header().resizeSection(0, 190)
        self.list.header().resizeSection(2, 220)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the ticket"))
        self.stop_button = QPushButton(self.tr("&Stop watching"), self)
        self.stop_button.setAccessibleName(self.tr("Stop watching the ticket"))
        row.addWidget(self.open_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        self.retention_label = QLabel(self.tr("Stop watching a ticket after this many &quiet days:"), self)
        self.retention = QSpinBox(self)
        self.retention.setRange(1, MAX_RETENTION_DAYS)
        self.retention.setAccessibleName(self.tr("Days a quiet ticket stays watched"))
        self.retention_label.setBuddy(self.retention)
        row.addWidget(self.retention_label)
        row.addWidget(self.retention)
        layout.addLayout(row)
        for button in (self.open_button, self.stop_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.open_button.clicked.connect(self.open_current)
        self.list.itemActivated.connect(lambda *_: self.open_current())
        self.stop_button.clicked.connect(self.stop_current)
        self.retention.valueChanged.connect(self._retention_changed)
        watch.watches_changed.connect(self.refresh)
        watch.changed.connect(self._changed)
        watch.status_changed.connect(self._status_changed)
        self.refresh()

    @Slot(object)
    def _changed(self, _event: object) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        current = self.current_id()
        unseen = {e.ticket_id for e in self.watch.events()}
        self.list.clear()
        for ticket in self.watch.watched():
            changed = self.tr("new change") if ticket.ticket_id in unseen else ""
            row = QTreeWidgetItem(
                [ticket.ticket_id, ticket.usercode, mask_personal(ticket.subject),
                 status_label(ticket.status or ""), changed]
            )  # fmt: skip
            row.setData(0, ID_ROLE, ticket.ticket_id)
            for column in range(row.columnCount()):  # a narrow column elides: the tooltip says it all
                if row.text(column):
                    row.setToolTip(column, row.text(column))
            self.list.addTopLevelItem(row)
            if ticket.ticket_id == current:
                self.list.setCurrentItem(row)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.retention.blockSignals(True)
        self.retention.setValue(self.watch.retention_days)
        self.retention.blockSignals(False)
        self._status_changed(self.watch.status)

    def current_id(self) -> str:
        row = self.list.currentItem()
        return str(row.data(0, ID_ROLE)) if row is not None else ""

    @Slot(object)
    def _status_changed(self, status: PollStatus) -> None:
        count = len(self.watch.watched())
        text = poll_text(status) or self.tr(
            "%n ticket(s) watched; checked about every two minutes.", "", count
        )
        self.status.setText(text)
        has = count > 0
        self.open_button.setEnabled(has)
        self.stop_button.setEnabled(has)

    @Slot()
    def open_current(self) -> None:
        ticket_id = self.current_id()
        ticket = next((t for t in self.watch.watched() if t.ticket_id == ticket_id), None)
        if ticket is not None:
            self.ctx.bus.show_ticket.emit(ticket.usercode, ticket.ticket_id)

    @Slot()
    def stop_current(self) -> None:
        ticket_id = self.current_id()
        if ticket_id:
            self.watch.unwatch(ticket_id)

    @Slot(int)
    def _retention_changed(self, days: int) -> None:
        self.watch.set_retention_days(days)
