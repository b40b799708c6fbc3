"""What the window shows in its very first frame: the shell's outline and one line of text.

Painted with a handful of Qt classes, so the first frame waits for almost nothing; the real
shell (menus, navigation, work area, status bar) replaces it right after that frame. The strips
stand where the menu bar and the status bar will be, so nothing jumps when they arrive.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from contiple_desktop import APP_NAME

SIDEBAR_WIDTH = 200
SIDEBAR = QColor("#eef2f7")
LINE = QColor("#d8dee8")
TEXT = QColor("#1e293b")
MUTED = QColor("#64748b")


class ShellSkeleton(QWidget):
    """The outline of the main window before it is built. Signals: none."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shell-skeleton")
        self._message = message
        self.setAccessibleName(message or APP_NAME)

    def set_message(self, message: str) -> None:
        self._message = message
        self.setAccessibleName(message or APP_NAME)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        w, h = self.width(), self.height()
        line = QFontMetrics(self.font()).height()
        bar = line + 8  # about a menu bar's / status bar's height
        painter.fillRect(0, 0, w, h, QColor("#f7f8fa"))
        painter.fillRect(0, bar, SIDEBAR_WIDTH, h - 2 * bar, SIDEBAR)
        painter.fillRect(SIDEBAR_WIDTH, bar, 1, h - 2 * bar, LINE)
        painter.fillRect(0, bar - 1, w, 1, LINE)
        painter.fillRect(0, h - bar, w, 1, LINE)
        painter.setPen(TEXT)
        painter.drawText(18, bar + 16 + line, APP_NAME)
        painter.setPen(MUTED)
        if self._message:
            painter.drawText(SIDEBAR_WIDTH + 28, bar + 14 + 2 * line, self._message)
            painter.drawText(10, h - (bar - line) // 2 - 4, self._message)
        painter.end()
