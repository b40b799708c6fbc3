"""What the window shows in its very first frame: the shell's outline and one line of text.

Made of plain widgets that paint themselves in C++ (filled rectangles and labels), so the first
frame waits for almost nothing; the real shell (menus, navigation, work area, status bar)
replaces it right after that frame. The strips stand where the menu bar and the status bar will
be, so nothing jumps when they arrive.

No Python ``paintEvent`` and no ``Qt`` namespace: PySide creates the namespace's 94 enum types
the first time any of them is touched, ~23 ms here, and a ``QPainter`` call with an overload
that takes one of them (``fillRect``, ``drawText``) touches them all. The shell needs them right
after the first frame; the outline does not.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from contiple_desktop import APP_NAME

SIDEBAR_WIDTH = 200
BACKGROUND = QColor("#f7f8fa")
SIDEBAR = QColor("#eef2f7")
LINE = QColor("#d8dee8")
TEXT = QColor("#1e293b")
MUTED = QColor("#64748b")


def _filled(parent: QWidget, color: QColor) -> QWidget:
    block = QWidget(parent)
    palette = block.palette()
    palette.setColor(QPalette.ColorRole.Window, color)
    block.setPalette(palette)
    block.setAutoFillBackground(True)
    return block


def _label(parent: QWidget, color: QColor, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    return label


class ShellSkeleton(QWidget):
    """The outline of the main window before it is built. Signals: none."""

    def __init__(self, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shell-skeleton")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self._sidebar = _filled(self, SIDEBAR)
        self._lines = [_filled(self, LINE) for _ in range(3)]  # under the menu bar, sidebar edge, status bar
        self._title = _label(self._sidebar, TEXT, APP_NAME)
        self._message = _label(self, MUTED)
        self._status = _label(self, MUTED)
        self.set_message(message)

    def set_message(self, message: str) -> None:
        for label in (self._message, self._status):
            label.setText(message)
            label.setVisible(bool(message))
        self.setAccessibleName(message or APP_NAME)
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        w, h = self.width(), self.height()
        metrics = self.fontMetrics()
        line, ascent = metrics.height(), metrics.ascent()  # a label's text sits ascent above its baseline
        bar = line + 8  # about a menu bar's / status bar's height
        self._sidebar.setGeometry(0, bar, SIDEBAR_WIDTH, max(0, h - 2 * bar))
        below_menu, edge, above_status = self._lines
        below_menu.setGeometry(0, bar - 1, w, 1)
        edge.setGeometry(SIDEBAR_WIDTH, bar, 1, max(0, h - 2 * bar))
        above_status.setGeometry(0, h - bar, w, 1)
        places = (
            (self._title, 18, 16 + line - ascent),  # (in the sidebar)
            (self._message, SIDEBAR_WIDTH + 28, bar + 14 + 2 * line - ascent),
            (self._status, 10, h - (bar - line) // 2 - 4 - ascent),
        )
        for label, x, y in places:  # one line high: a fallback font (Hangul, kana) stays on the line
            label.setGeometry(x, y, label.sizeHint().width(), line)

