"""A word-wrapped label that gets the height of its lines.

Inside a row (``QHBoxLayout``) in a scrolling form, Qt's layouts do not always ask a wrapped
label for its height at its real width, so a hint that wraps to three lines (Korean, Japanese,
200 %) is cut top and bottom. ``WrappedLabel`` keeps its minimum height at what its text needs
at its current width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    """A word-wrapped ``QLabel`` never shorter than its text. Signals: none."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # Qt's name
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        if self.width() <= 0:
            return
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
