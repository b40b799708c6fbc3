"""A type-ahead picker: a filter box over a short list; Enter takes the highlighted entry.

Used for templates (Ctrl+T in the new-ticket form) and reply snippets (the follow-up composer
and Tools ▸ Insert reply snippet). The owner supplies the entries for what is typed
(``set_source``). It is an overlay inside the window (not a window of its own, so no platform
grabs the keyboard for it) and never blocks: ``chosen`` fires, or it just closes (Esc, or the
focus goes elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.ui.shell.calm_style import plain_item_view

Entry = tuple[str, str, Any]
"""(title, detail shown as tooltip and second line, the object handed to ``chosen``)."""

VISIBLE_ROWS = 8
_MOVE_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class TypeAheadPicker(QFrame):
    """Popup list with a filter box.

    Signals:
        chosen(object): the agent took this entry's object.
    """

    chosen = Signal(object)

    def __init__(self, title: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("type-ahead-picker")
        self.setAccessibleName(title)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#type-ahead-picker { background: palette(window); border: 1px solid #5f6368;"
            " border-radius: 6px; }"
        )
        self.hide()
        self._source: Callable[[str], Sequence[Entry]] = lambda _text: []
        layout = QVBoxLayout(self)
        self.caption = QLabel(title, self)
        self.caption.setStyleSheet("font-weight: bold;")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(placeholder)
        self.filter.setAccessibleName(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.caption.setBuddy(self.filter)
        self.list = plain_item_view(QListWidget(self))
        self.list.setAccessibleName(title)
        self.list.setMinimumWidth(420)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Nothing to choose"))
        for widget in (self.caption, self.filter, self.list, self.empty):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.filter.textChanged.connect(self.refilter)
        self.filter.installEventFilter(self)
        self.filter.returnPressed.connect(self.take_current)
        self.list.itemActivated.connect(lambda _item: self.take_current())
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def set_source(self, source: Callable[[str], Sequence[Entry]], empty_text: str) -> None:
        """``source(typed)`` gives the entries to list for what is typed."""
        self._source = source
        self.empty.setText(empty_text)
        self.refilter()

    def refilter(self, *_: object) -> None:
        self.list.clear()
        for title, detail, data in self._source(self.filter.text()):
            item = QListWidgetItem(f"{title}\n{detail}" if detail else title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setToolTip(detail)
        if self.list.count():
            self.list.setCurrentRow(0)
            rows = min(VISIBLE_ROWS, self.list.count())
            self.list.setFixedHeight(rows * self.list.sizeHintForRow(0) + 2 * self.list.frameWidth() + 4)
        self.list.setVisible(self.list.count() > 0)
        self.empty.setVisible(self.list.count() == 0)
        if self.isVisible():  # as tall as what is listed now
            self.resize(self.width(), self.sizeHint().height())

    def popup(self, anchor: QWidget) -> None:
        """Show over the top of ``anchor`` (centred, inside its window), the filter focused and empty."""
        host = anchor.window()
        if self.parentWidget() is not host:
            self.setParent(host)
        self.filter.clear()
        self.refilter()
        self.adjustSize()
        width = min(max(self.sizeHint().width(), 440), max(200, host.width() - 20))
        self.resize(width, self.sizeHint().height())
        corner = anchor.mapTo(host, QPoint(max(0, (anchor.width() - width) // 2), 40))
        x = max(10, min(corner.x(), host.width() - width - 10))
        y = max(10, min(corner.y(), host.height() - self.height() - 10))
        self.move(x, y)
        self.show()
        self.raise_()
        self.filter.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(QWidget, QWidget)
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.isVisible() and new is not None and new is not self and not self.isAncestorOf(new):
            self.close()

    def entries(self) -> list[str]:
        """The titles listed now (first line of each row)."""
        return [self.list.item(i).text().split("\n", 1)[0] for i in range(self.list.count())]

    def take_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        data = item.data(Qt.ItemDataRole.UserRole)
        self.close()
        self.chosen.emit(data)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _MOVE_KEYS:
                QCoreApplication.sendEvent(self.list, event)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)
