"""Page buttons with an "n–m of total" label, shared by the FAQ and notice lists."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from contiple_desktop.domain.models import Page


class Pager(QWidget):
    """First / previous / next / last buttons and a position label.

    Signals:
        page_requested(int): the agent asked for this 1-based page.
    """

    page_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = 1
        self._pages = 1
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first = self._button("\u00ab", self.tr("First page"), lambda: 1)
        self.previous = self._button("\u2039", self.tr("Previous page"), lambda: self._page - 1)
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("List position"))
        self.next = self._button("\u203a", self.tr("Next page"), lambda: self._page + 1)
        self.last = self._button("\u00bb", self.tr("Last page"), lambda: self._pages)
        layout.addWidget(self.first)
        layout.addWidget(self.previous)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addStretch(1)
        layout.addWidget(self.next)
        layout.addWidget(self.last)
        self.set_page(None)

    def _button(self, text: str, name: str, target: object) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self.page_requested.emit(target()))  # type: ignore[operator]
        return button

    @property
    def page(self) -> int:
        return self._page

    def set_page(self, page: Page[object] | None) -> None:
        """Show ``page``'s position ("21–40 of 57"); None shows nothing and disables the buttons."""
        if page is None or page.total <= 0:
            self._page, self._pages = 1, 1
            self.label.setText(self.tr("No items") if page is not None else "")
        else:
            self._page, self._pages = page.page_num, max(1, page.pages)
            first = (page.page_num - 1) * page.page_size + 1
            last = min(page.total, first + len(page.items) - 1)
            self.label.setText(
                self.tr("%1\u2013%2 of %3")
                .replace("%1", str(first))
                .replace("%2", str(last))
                .replace("%3", str(page.total))
            )
        self.first.setEnabled(self._page > 1)
        self.previous.setEnabled(self._page > 1)
        self.next.setEnabled(self._page < self._pages)
        self.last.setEnabled(self._page < self._pages)
