"""``CalmStyle``: Fusion, plus the focus ring and the push buttons of the app's look, drawn in code.

These used to be an application-wide style sheet. Any style sheet set on the application puts
every widget of the app behind ``QStyleSheetStyle``, which made building, laying out and painting
any widget about 2.5 times as slow (300 form rows: 280 ms against 112 ms of CPU, measured on one
machine in one run; a one-rule sheet cost as much as the whole one). A proxy style draws the same
things far more cheaply:

* a 2-px ``FOCUS`` ring on every control that has the keyboard focus: line edits, spin boxes,
  combo boxes, push and tool buttons, check boxes and radio buttons, text edits and item views
  (the ring is drawn over the control's own 1-px border, so nothing moves when the focus does);
* push buttons as rounded white panels with a grey border (hover, pressed, disabled, flat), and
  the primary button (``style.mark_primary``) filled with ``ACCENT``, white text, its ring dark.

**What goes through Python is kept small.** Every element of a Python proxy style costs a call
into Python, so ``CalmStyle`` overrides only ``drawPrimitive`` (line-edit frames, button
panels, focus rects) and ``drawComplexControl`` (the rings of combo boxes, spin boxes and tool
buttons), not ``drawControl``: every label asks for one to paint its frame. A check box's ring
is drawn for its focus rect, a primary button's white text is its palette (``mark_primary``), a
view's ring is painted on its frame by a small event filter (``ring_frame``), a text field's by
its own small style (``FrameRingStyle``: a text field gets hundreds of events while a form is
built, too many for a Python filter), and a button's rounded panel is drawn once per size and
state (``_panel``). Measured here, 40 of each repainted: labels 1.74 -> 0.94 ms (Fusion 0.83),
buttons 8.13 -> 3.07 ms, check boxes 2.07 -> 1.62 ms.

**Item views paint with plain Fusion** (``plain_item_view``): every element of a Python proxy
style costs a call into Python, and a view's cells are the most elements there are (each cell
asks for a control and two or three primitives): a 40-row table repainted in 8.4-8.9 ms of CPU
through ``CalmStyle`` against 4.3-4.6 ms with Fusion (measured here, one run). ``CalmStyle`` draws
nothing of a view but its frame's ring, so a view gets Fusion and the same ring filter.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QTextEdit,
    QWidget,
)

from contiple_desktop.ui.shell.style import ACCENT, FOCUS, is_primary

BORDER = "#94a3b8"
PRIMARY_RING = "#0f172a"
_State = QStyle.StateFlag
_PE = QStyle.PrimitiveElement
_CC = QStyle.ComplexControl

_BUTTON = {  # (background, border) by state, ordinary and primary
    "normal": ("#ffffff", BORDER),
    "hover": ("#f1f5f9", BORDER),
    "pressed": ("#e2e8f0", BORDER),
    "disabled": ("#f8fafc", "#cbd5e1"),
    "primary-normal": (ACCENT, "#1e40af"),
    "primary-hover": ("#1d4ed8", "#1e40af"),
    "primary-pressed": ("#1e40af", "#1e40af"),
    "primary-disabled": ("#bfdbfe", "#bfdbfe"),
}
_TEXT_FIELDS = (QPlainTextEdit, QTextEdit)  # rings on their frame when focused, as item views
# Every primitive and complex control drawn with this style passes through the overrides below
# (each header section, each scroll bar…): anything else goes straight to Fusion after one set
# lookup.
_RINGED_FRAME = "calm-ringed-frame"  # the dynamic property of a frame with a ring (``_ring_room``)
_OWN_PRIMITIVES = frozenset({_PE.PE_FrameLineEdit, _PE.PE_PanelButtonCommand, _PE.PE_FrameFocusRect})
_RINGED_COMPLEX = frozenset({_CC.CC_ComboBox, _CC.CC_SpinBox, _CC.CC_ToolButton})
_RINGED_CHECKS = (QCheckBox, QRadioButton)  # their focus rect becomes a ring round the whole control
# No drawControl override: a label, a check box, a frame each asked for one (QLabel paints
# its frame first), and each call into Python cost more than Fusion's drawing.


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & _State.State_HasFocus)


def draw_ring(painter: QPainter, rect: QRectF, color: str, radius: float, width: float = 2.0) -> None:
    """A ``width``-px outline just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(color), width))
    half = width / 2
    painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)
    painter.restore()


_PANELS: dict[tuple[int, int, str, str, float], QPixmap] = {}
MAX_PANELS = 256


def _panel(width: int, height: int, fill: str, border: str, ratio: float) -> QPixmap:
    """A button's rounded panel, drawn once per size and state: an antialiased rounded
    rectangle costs ~100 µs of the raster engine each time, a copy of it a few."""
    key = (width, height, fill, border, ratio)
    pixmap = _PANELS.get(key)
    if pixmap is None:
        if len(_PANELS) >= MAX_PANELS:
            _PANELS.clear()
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(0, 0, 0, 0))
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(QColor(border), 1))
        p.setBrush(QColor(fill))
        p.drawRoundedRect(QRectF(0, 0, width, height).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        p.end()
        _PANELS[key] = pixmap
    return pixmap


class CalmStyle(QProxyStyle):
    """Fusion with the app's focus ring and push buttons. Signals: none."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    # No pixelMetric override: Qt asks for metrics so often that a Python one made building a form
    # twice as slow. The views' frames get the ring's room when they are polished instead.
    def polish(self, target: Any) -> Any:  # QWidget | QPalette | QApplication (one Python override)
        if not isinstance(target, QFrame) or target.style() is not self:
            pass  # (under a style sheet its rules draw the frame, the sidebar's focus border too)
        elif isinstance(target, _TEXT_FIELDS):
            if target.frameShape() == QFrame.Shape.StyledPanel:
                target.setStyle(FrameRingStyle())  # (polished by it in turn: not by this one)
                return None
        elif isinstance(target, QAbstractItemView):
            ring_frame(target)
        return super().polish(target)

    def unpolish(self, target: Any) -> Any:
        if isinstance(target, QFrame) and target.property(_RINGED_FRAME):
            target.setProperty(_RINGED_FRAME, None)
            target.removeEventFilter(_frame_ring())
            target.setLineWidth(1)
            target.setFrameShape(QFrame.Shape.StyledPanel)
            target.setFrameShadow(QFrame.Shadow.Sunken)
        return super().unpolish(target)

    # -- primitives ----------------------------------------------------------------------------
    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element not in _OWN_PRIMITIVES:
            super().drawPrimitive(element, option, painter, widget)
        elif element is _PE.PE_FrameLineEdit:
            rect = QRectF(option.rect)
            if _has_focus(option):
                draw_ring(painter, rect, FOCUS, 3)
            else:
                draw_ring(painter, rect, BORDER, 3, width=1)
        elif element is _PE.PE_PanelButtonCommand and isinstance(widget, QPushButton):
            self._button_panel(option, painter, widget)
        elif element is _PE.PE_FrameFocusRect and isinstance(widget, _RINGED_CHECKS):
            draw_ring(painter, QRectF(widget.rect()), FOCUS, 3)  # (Qt asks only when focused)
        elif not (element is _PE.PE_FrameFocusRect and isinstance(widget, QPushButton)):
            super().drawPrimitive(element, option, painter, widget)  # (a button's ring: its panel)

    def _button_panel(self, option: QStyleOption, painter: QPainter, widget: QPushButton) -> None:
        flat = isinstance(option, QStyleOptionButton) and bool(
            option.features & QStyleOptionButton.ButtonFeature.Flat
        )
        primary = is_primary(widget)
        rect = QRectF(option.rect)
        if not flat:
            if not option.state & _State.State_Enabled:
                state = "disabled"
            elif option.state & (_State.State_Sunken | _State.State_On):
                state = "pressed"
            elif option.state & _State.State_MouseOver:
                state = "hover"
            else:
                state = "normal"
            fill, border = _BUTTON[f"primary-{state}" if primary else state]
            box, ratio = option.rect, painter.device().devicePixelRatioF()
            painter.drawPixmap(box.topLeft(), _panel(box.width(), box.height(), fill, border, ratio))
        if _has_focus(option):
            draw_ring(painter, rect, PRIMARY_RING if primary else FOCUS, 4)

    @staticmethod
    def _ringed_frame(option: QStyleOption, painter: QPainter) -> None:
        rect = QRectF(option.rect)
        if _has_focus(option):
            draw_ring(painter, rect, FOCUS, 0)
            return
        base = option.palette.color(QPalette.ColorRole.Base).name()
        draw_ring(painter, rect, BORDER, 0, width=1)
        draw_ring(painter, rect.adjusted(1, 1, -1, -1), base, 0, width=1)  # the ring's room, unfocused

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _RINGED_COMPLEX and _has_focus(option):
            draw_ring(painter, QRectF(option.rect), FOCUS, 3)


class FrameRingStyle(QProxyStyle):
    """A text field's own style: Fusion, its frame ringed (``CalmStyle._ringed_frame``). Signals: none.

    Not the ring filter that views get: a text field receives hundreds of events while a form is
    built (children polished, moves, resizes), and each one through a Python filter cost more
    than its whole frame; a style is asked only when the frame is painted."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target: Any) -> Any:
        if isinstance(target, QFrame):
            _ring_room(target)
        return super().polish(target)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.ControlElement.CE_ShapedFrame and widget is not None and widget.property(
            _RINGED_FRAME
        ):
            CalmStyle._ringed_frame(option, painter)
        else:
            super().drawControl(element, option, painter, widget)


class _FrameRing(QObject):
    """Paints a ringed frame (``ring_frame``): the ring when it has the focus, else a 1-px border
    and the ring's room. Signals: none."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QFrame):
            return False
        option = QStyleOption()
        option.initFrom(watched)  # (rect, palette, State_HasFocus)
        painter = QPainter(watched)
        CalmStyle._ringed_frame(option, painter)
        painter.end()
        return True  # the frame is all such a widget paints itself (its content is the viewport's)


_ring: _FrameRing | None = None
V = TypeVar("V", bound=QAbstractItemView)


def _frame_ring() -> _FrameRing:
    global _ring
    if _ring is None:
        _ring = _FrameRing(QApplication.instance())
    return _ring


def _ring_room(frame: QFrame) -> bool:
    """A styled frame becomes 2 px (1 px border, room for the ring); False for other frames."""
    if frame.frameShape() != QFrame.Shape.StyledPanel:
        return False
    frame.setProperty(_RINGED_FRAME, True)
    frame.setFrameShape(QFrame.Shape.Box)
    frame.setFrameShadow(QFrame.Shadow.Plain)
    frame.setLineWidth(2)
    return True


def ring_frame(frame: QFrame) -> None:
    """Give a view's styled frame the ring's room and the ring when it has the focus (``_FrameRing``)."""
    if _ring_room(frame):
        frame.installEventFilter(_frame_ring())


def plain_item_view(view: V) -> V:
    """Let ``view`` paint with plain Fusion, its frame ringed as ``CalmStyle`` rings it.

    Each view gets its own Fusion (5 µs to make): PySide ties a style set on a widget to that
    widget's life, so one shared instance went with the first view deleted."""
    view.setStyle(QStyleFactory.create("Fusion"))
    ring_frame(view)  # (what CalmStyle.polish does for the views it styles)
    return view
