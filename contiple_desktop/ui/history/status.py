"""Ticket status: translated labels, colours, and the coloured "pill" delegate and label.

The five statuses (§3.15, Q13) are shown as a rounded, coloured pill *with* text, so colour is
never the only carrier of meaning. Unknown statuses fall back to the server's ``statusName``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
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
    """Paints the status column as a coloured pill with the translated label. Signals: none."""

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
        painter.save()
        style = option.widget.style() if option.widget is not None else None
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.brush(QPalette.ColorRole.Highlight))
        elif style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        metrics = QFontMetrics(option.font)
        width = min(metrics.horizontalAdvance(text) + 16, option.rect.width() - 6)
        height = min(metrics.height() + 4, option.rect.height() - 4)
        rect = QRectF(
            option.rect.left() + 4,
            option.rect.top() + (option.rect.height() - height) / 2,
            max(width, 0),
            max(height, 0),
        )
        bg, fg = status_colours(status)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(fg)
        painter.setFont(option.font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()) - 8)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return QSize(max(hint.width(), metrics.horizontalAdvance(text) + 24), hint.height() + 4)


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
        self.setStyleSheet(
            f"QLabel {{ background: {bg.name()}; color: {fg.name()}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold; }"
        )
