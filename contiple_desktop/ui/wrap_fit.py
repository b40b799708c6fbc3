"""A word-wrapped label that gets the height of its lines.

Inside a row (``QHBoxLayout``) in a scrolling form, Qt's layouts do not always ask a wrapped
label for its height at its real width, so a hint that wraps to three lines (Korean, Japanese,
200 %) is cut top and bottom. ``WrappedLabel`` (plain text) keeps its minimum height at what
its text needs at its current width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
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
        if self.width() < self.fontMetrics().averageCharWidth() * 16:
            return  # a first layout pass: a height for this width would be absurd
        inner = self.contentsRect().width() - 2 * self.margin()
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment())
        text = self.fontMetrics().boundingRect(QRect(0, 0, inner, 100_000), flags, self.text())
        need = text.height() + self.height() - self.contentsRect().height() + 2 * self.margin()
        # QLabel's own heightForWidth wraps a style sheet's padded text a line sooner than its
        # contents rect; it never answers less than the minimum height set here, so it counts
        # only when it asks for more (otherwise the text got wider and needs less)
        asked = self.heightForWidth(self.width())
        if asked > self.minimumHeight():
            need = max(need, asked)
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
