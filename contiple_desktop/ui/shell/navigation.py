"""The vertical navigation list on the left: one row per work area, with an icon and its shortcut."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from contiple_desktop.ui.shell.area_names import AREA_IDS, AREAS, CONTEXT, Area, area_text

__all__ = ["AREAS", "AREA_IDS", "AREA_ROLE", "Area", "NavigationList", "area_icon", "area_text"]

_C = CONTEXT
AREA_ROLE = Qt.ItemDataRole.UserRole + 1


def _draw_icon(area_id: str, color: QColor, size: int = 48) -> QPixmap:
    """Simple line icons drawn in code (no image files): book, pencil-on-sheet, clock."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, size / 14)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    s = size
    if area_id == "helpcenter":  # an open book
        left = QPainterPath(QPointF(s * 0.5, s * 0.28))
        left.cubicTo(s * 0.38, s * 0.2, s * 0.22, s * 0.2, s * 0.12, s * 0.25)
        left.lineTo(s * 0.12, s * 0.78)
        left.cubicTo(s * 0.22, s * 0.73, s * 0.38, s * 0.73, s * 0.5, s * 0.81)
        right = QPainterPath(QPointF(s * 0.5, s * 0.28))
        right.cubicTo(s * 0.62, s * 0.2, s * 0.78, s * 0.2, s * 0.88, s * 0.25)
        right.lineTo(s * 0.88, s * 0.78)
        right.cubicTo(s * 0.78, s * 0.73, s * 0.62, s * 0.73, s * 0.5, s * 0.81)
        p.drawPath(left)
        p.drawPath(right)
        p.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.81))
    elif area_id == "ticket":  # a sheet with a plus
        p.drawRoundedRect(QRectF(s * 0.2, s * 0.12, s * 0.6, s * 0.76), s * 0.08, s * 0.08)
        p.drawLine(QPointF(s * 0.5, s * 0.35), QPointF(s * 0.5, s * 0.65))
        p.drawLine(QPointF(s * 0.35, s * 0.5), QPointF(s * 0.65, s * 0.5))
    else:  # a clock (history)
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72))
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.28))
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.66, s * 0.6))
    p.end()
    return pix


def area_icon(area_id: str, color: QColor, selected_color: QColor) -> QIcon:
    icon = QIcon()
    icon.addPixmap(_draw_icon(area_id, color), QIcon.Mode.Normal)
    icon.addPixmap(_draw_icon(area_id, selected_color), QIcon.Mode.Selected)
    return icon


class NavigationList(QListWidget):
    """Left-hand list of work areas.

    Signals:
        area_selected(str): the user picked an area (id: "helpcenter", "ticket", "history").
    """

    area_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Work areas"))
        self.setIconSize(QSize(22, 22))
        self.setSpacing(2)
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        pal = self.palette()
        normal = pal.color(pal.ColorGroup.Active, pal.ColorRole.Text)
        selected = pal.color(pal.ColorGroup.Active, pal.ColorRole.HighlightedText)
        for area in AREAS:
            text = area_text(area.id)
            item = QListWidgetItem(area_icon(area.id, normal, selected), text, self)
            item.setData(AREA_ROLE, area.id)
            item.setToolTip(f"{text} ({area.shortcut})")
            item.setSizeHint(QSize(0, 40))
        self.currentRowChanged.connect(self._row_changed)

    def current_area(self) -> str:
        item = self.currentItem()
        return str(item.data(AREA_ROLE)) if item is not None else AREAS[0].id

    def select_area(self, area_id: str) -> None:
        if area_id in AREA_IDS:
            self.setCurrentRow(AREA_IDS.index(area_id))

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self.area_selected.emit(AREAS[row].id)

    def sizeHint(self) -> QSize:
        width = max(self.sizeHintForColumn(0), 160) + 2 * self.frameWidth() + 24
        return QSize(width, super().sizeHint().height())
