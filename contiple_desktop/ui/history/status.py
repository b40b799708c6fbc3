"""Ticket status: translated labels, colours, and the coloured "pill" delegate and label.

The five statuses (§3.15, Q13) are shown as a rounded, coloured pill *with* text, so colour is
never the only carrier of meaning. Unknown statuses fall back to the server's ``statusName``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

STATUS_COLOURS: dict[str, tuple[str, str]] = {
    # status: (background, text)
    "new": ("#1565c0", "#ffffff"),
    "open": ("#ef6c00", "#ffffff"),
    "reply": ("#6a1b9a", "#ffffff"),
    "solved": ("#2e7d32", "#ffffff"),
    "closed": ("#616161", "#ffffff"),
}

STATUS_ROLE = Qt.ItemDataRole.UserRole + 40
"""Models put the raw status code under this role; the delegate paints from it."""


def status_label(status: str, fallback: str = "") -> str:
    """The translated, agent-facing name of a ticket status."""
    labels = {
        "new": QCoreApplication.translate("TicketStatus", "New"),
        "open": QCoreApplication.translate("TicketStatus", "Open"),
        "reply": QCoreApplication.translate("TicketStatus", "Awaiting customer"),
        "solved": QCoreApplication.translate("TicketStatus", "Solved"),
        "closed": QCoreApplication.translate("TicketStatus", "Closed"),
    }
    return labels.get(status, fallback or status)


def status_colours(status: str) -> tuple[QColor, QColor]:
    bg, fg = STATUS_COLOURS.get(status, ("#9e9e9e", "#000000"))
    return QColor(bg), QColor(fg)


class StatusPillDelegate(QStyledItemDelegate):
    """Paints the status column as a coloured pill with the translated label. Signals: none.

    A full list paint asks for every visible row's pill: each (label, size, font, pixel ratio) is
    drawn once into a pixmap and then only copied, so a paint of the list stays cheap.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pills: dict[tuple[str, str, int, int, str, float], QPixmap] = {}
        self._font: QFont | None = None
        self._font_key = ""
        self._metrics = QFontMetrics(QFont())
        self._advances: dict[str, int] = {}  # label → its width in the font

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = index.data(STATUS_ROLE)
        if not isinstance(status, str):
            super().paint(painter, option, index)
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        widget = option.widget
        cell = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(cell, option.palette.brush(QPalette.ColorRole.Highlight))
        elif widget is not None:
            style = widget.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        font = option.font
        if font != self._font:  # the view's font changed (or the first paint): measure afresh
            self._font, self._font_key, self._advances = QFont(font), font.key(), {}
            self._metrics = QFontMetrics(font)
        metrics = self._metrics
        advance = self._advances.get(text)
        if advance is None:
            advance = self._advances[text] = metrics.horizontalAdvance(text)
        font_key = self._font_key
        width = min(advance + 16, cell.width() - 6)
        height = min(metrics.height() + 4, cell.height() - 4)
        if width <= 0 or height <= 0:
            return
        ratio = widget.devicePixelRatioF() if widget is not None else 1.0
        key = (status, text, width, height, font_key, ratio)
        pill = self._pills.get(key)
        if pill is None:
            if len(self._pills) > 256:  # column resizes leave sizes behind: start over
                self._pills.clear()
            pill = self._pills[key] = _draw_pill(status, text, width, height, font, metrics, ratio)
        painter.drawPixmap(cell.left() + 4, cell.top() + (cell.height() - height) // 2, pill)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(max(hint.width(), metrics.horizontalAdvance(text) + 24), hint.height() + 4)


def _draw_pill(
    status: str, text: str, width: int, height: int, font: QFont, metrics: QFontMetrics, ratio: float
) -> QPixmap:
    """One pill, ``width`` x ``height`` logical pixels: the rounded background and the label."""
    pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    bg, fg = status_colours(status)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(bg)
    rect = QRectF(0, 0, width, height)
    painter.drawRoundedRect(rect, height / 2, height / 2)
    painter.setPen(fg)
    painter.setFont(font)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 8)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
    painter.end()
    return pixmap


class StatusPill(QLabel):
    """A read-only status pill for the detail header. Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("Ticket status"))
        self.set_status("", "")

    def set_status(self, status: str, fallback: str = "") -> None:
        self.status = status
        text = status_label(status, fallback) if status else ""
        self.setText(text)
        self.setVisible(bool(text))
        bg, fg = status_colours(status)
        sheet = (
            f"QLabel {{ background: {bg.name()}; color: {fg.name()}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold; }"
        )
        if sheet != self.styleSheet():  # a new sheet re-polishes the label: only when it changes
            self.setStyleSheet(sheet)
