"""The outbox view: a small non-modal window listing every queued ticket and where it stands.

Reachable from Tools ▸ Outbox (Ctrl+Shift+B) and the status bar's "Outbox: N". The top line
says why replay waits, in plain words (offline, server busy until HH:MM, blocked by spam
protection until HH:MM …) with "Try now"; the list shows each item's state, caller (masked),
subject and when it was queued; ``OutboxItemPane`` below shows the selected one and the agent's
choices. Damaged outbox files are named with the place they were kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.outbox import DamagedItem, ItemState
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.outbox import Outbox, Pause, ReplayStatus
from contiple_desktop.ui.desk.outbox_item import OutboxItemPane
from contiple_desktop.ui.desk.words import caller_text, pause_text, state_text, subject_text, when
from contiple_desktop.ui.formatting import join_list
from contiple_desktop.ui.shell.calm_style import plain_item_view
from contiple_desktop.ui.shell.splitters import remember
from contiple_desktop.ui.shell.windowing import resize_for_screen

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ATTENTION_COLOUR = "#b45309"


class OutboxWindow(QWidget):
    """The outbox of the current profile. Signals: none (it drives ``Outbox`` directly)."""

    def __init__(self, ctx: AppContext, outbox: Outbox, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.outbox = outbox
        self.setObjectName("outbox-window")
        self.setWindowTitle(self.tr("Outbox"))
        self.setAccessibleName(self.tr("Outbox"))
        resize_for_screen(self, 760, 520)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Outbox status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.try_now = QPushButton(self.tr("&Try now"), self)
        self.try_now.setAccessibleName(self.tr("Try now"))
        self.try_now.setAutoDefault(False)
        top.addWidget(self.status, 1)
        top.addWidget(self.try_now, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.damaged_note = QLabel(self)
        self.damaged_note.setWordWrap(True)
        self.damaged_note.setAccessibleName(self.tr("Damaged outbox files"))
        self.damaged_note.setStyleSheet(f"color: {_ATTENTION_COLOUR};")
        self.damaged_note.hide()
        layout.addWidget(self.damaged_note)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.list = plain_item_view(QTreeWidget(split))
        self.list.setAccessibleName(self.tr("Queued tickets"))
        self.list.setHeaderLabels(
            [self.tr("State"), self.tr("Subject"), self.tr("Caller"), self.tr("Queued"), self.tr("Ticket ID")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        header = self.list.header()
        metrics = self.list.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("Needs you") + 40)
        header.resizeSection(1, metrics.averageCharWidth() * 34)
        header.resizeSection(2, metrics.averageCharWidth() * 26)
        header.resizeSection(3, metrics.averageCharWidth() * 12)
        self.empty = QLabel(self.tr("The outbox is empty: every ticket was filed."), self)
        self.empty.setAccessibleName(self.tr("Outbox empty"))
        self.pane = OutboxItemPane(outbox, split)
        split.addWidget(self.list)
        split.addWidget(self.pane)
        split.setChildrenCollapsible(False)
        remember(split, ctx.settings, "desk.outbox", (0.48, 0.52))
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("&Clear filed"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filed tickets from the list"))
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close the outbox"))
        for button in (self.clear_button, self.close_button):
            button.setAutoDefault(False)
        bottom.addWidget(self.clear_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.try_now.clicked.connect(outbox.replay_now)
        self.clear_button.clicked.connect(outbox.clear_sent)
        self.close_button.clicked.connect(self.close)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.pane.open_ticket.connect(ctx.bus.show_ticket)
        outbox.changed.connect(self.refresh)
        outbox.status_changed.connect(self._status_changed)
        outbox.damaged.connect(self.add_damaged)
        self.refresh()

    # -- contents --------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Re-read the items (the selection stays on the same item)."""
        current = self.selected_id()
        self.list.clear()
        for item in self.outbox.items():
            texts = [state_text(item), subject_text(item), caller_text(item), when(item.created_ms)]
            row = QTreeWidgetItem([*texts, item.ticket_id or ""])
            row.setData(0, ID_ROLE, item.item_id)
            for column, text in enumerate(texts):
                row.setToolTip(column, text)
            if item.state is ItemState.NEEDS_ATTENTION:
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            self.list.addTopLevelItem(row)
            if item.item_id == current:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self._first_for_agent())
        has_items = self.list.topLevelItemCount() > 0
        self.empty.setVisible(not has_items)
        self.clear_button.setEnabled(any(i.state is ItemState.SENT for i in self.outbox.items()))
        self._show_current()
        self._status_changed(self.outbox.status)

    def rows(self) -> list[QTreeWidgetItem]:
        count = self.list.topLevelItemCount()
        return [row for i in range(count) if (row := self.list.topLevelItem(i)) is not None]

    def _first_for_agent(self) -> QTreeWidgetItem:
        """The first item that needs the agent, else the first one."""
        rows = self.rows()
        for row in rows:
            item = self.outbox.item(str(row.data(0, ID_ROLE)))
            if item is not None and item.state is ItemState.NEEDS_ATTENTION:
                return row
        return rows[0]

    def selected_id(self) -> str:
        row = self.list.currentItem()
        return str(row.data(0, ID_ROLE)) if row is not None else ""

    def select(self, item_id: str) -> bool:
        for row in self.rows():
            if row.data(0, ID_ROLE) == item_id:
                self.list.setCurrentItem(row)
                return True
        return False

    def _show_current(self) -> None:
        self.pane.show_item(self.outbox.item(self.selected_id()))

    @Slot(object)
    def _status_changed(self, status: ReplayStatus) -> None:
        text = pause_text(status)
        pending = self.outbox.count_pending
        if not text:
            text = (
                self.tr("%n ticket(s) waiting to be sent.", "", pending)
                if pending
                else self.tr("Nothing is waiting to be sent.")
            )
        self.status.setText(text)
        waiting = status.pause not in (Pause.NONE, Pause.LOADING, Pause.NO_CONNECTION)
        self.try_now.setVisible(waiting and pending > 0)

    @Slot(list)
    def add_damaged(self, damaged: list[DamagedItem]) -> None:
        if not damaged:
            return
        places = join_list(str(d.kept_at) for d in damaged)
        text = self.tr(
            "%n outbox file(s) could not be read. Nothing was deleted: they were kept in %1 for your "
            "IT support.",
            "",
            len(damaged),
        )
        self.damaged_note.setText(text.replace("%1", places))
        self.damaged_note.show()
