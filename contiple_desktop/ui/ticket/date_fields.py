"""Date field widgets (§3.12): ``date``, ``datetime``, ``date_period``, ``datetime_period``.

Typing is the fast path for an agent on the phone (``YYYY-MM-DD`` / ``YYYY-MM-DD HH:mm``, a
validator refuses other characters); the arrow button opens a calendar pop-up. Periods are two
inputs joined with `` ~ `` exactly as the API expects.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from contiple_desktop.domain import fields as F
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.ticket.field_base import FieldWidget, register


class _DateInput(QWidget):
    """A line edit that takes typing, plus a calendar pop-up button."""

    def __init__(self, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("YYYY-MM-DD HH:mm" if with_time else "YYYY-MM-DD")
        time_part = r"( [0-9]{0,2}(:[0-9]{0,2})?)?" if with_time else ""
        pattern = r"[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2}" + time_part
        self.edit.setValidator(QRegularExpressionValidator(QRegularExpression(pattern + ")?)?"), self.edit))
        metrics = self.edit.fontMetrics()
        width = max(metrics.horizontalAdvance(t) for t in (self.edit.placeholderText(), "0000-00-00"))
        self.edit.setFixedWidth(width + 24)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self._menu: QMenu | None = None  # built on first use: forms can have hundreds of dates
        self.calendar: QCalendarWidget | None = None
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def _ensure_calendar(self) -> tuple[QMenu, QCalendarWidget]:
        if self._menu is None or self.calendar is None:
            self._menu = QMenu(self.button)
            self.calendar = QCalendarWidget(self._menu)
            action = QWidgetAction(self._menu)
            action.setDefaultWidget(self.calendar)
            self._menu.addAction(action)
            self.calendar.clicked.connect(self._pick)
        return self._menu, self.calendar

    def open_calendar(self) -> None:
        menu, calendar = self._ensure_calendar()
        d = QDate.fromString(self.edit.text()[:10], "yyyy-MM-dd")
        calendar.setSelectedDate(d if d.isValid() else QDate.currentDate())
        menu.popup(self.button.mapToGlobal(self.button.rect().bottomLeft()))

    def _pick(self, d: QDate) -> None:
        text = d.toString("yyyy-MM-dd")
        if self.with_time:
            old = self.edit.text()
            text += old[10:] if len(old) == 16 else " 00:00"
        self.edit.setText(text)
        if self._menu is not None:
            self._menu.close()


@register(F.DATE, F.DATETIME)
class DateField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.input = _DateInput(definition.type == F.DATETIME, self)
        self.input.edit.textChanged.connect(lambda _t: self.changed.emit())
        self._layout.addWidget(self.input, 0, Qt.AlignmentFlag.AlignLeft)
        self.finish(self.input.edit)

    def value(self) -> F.Value:
        return self.input.edit.text().strip()

    def set_value(self, value: F.Value) -> None:
        self.input.edit.setText(value if isinstance(value, str) else "")


@register(F.DATE_PERIOD, F.DATETIME_PERIOD)
class PeriodField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        with_time = definition.type == F.DATETIME_PERIOD
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.start = _DateInput(with_time, box)
        self.end = _DateInput(with_time, box)
        row.addWidget(self.start)
        row.addWidget(QLabel("~", box))
        row.addWidget(self.end)
        row.addStretch(1)
        self._layout.addWidget(box)
        for part in (self.start, self.end):
            part.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.finish(self.start.edit)
        self.start.edit.setAccessibleName(self.tr("%1 from").replace("%1", self.title))
        self.end.edit.setAccessibleName(self.tr("%1 until").replace("%1", self.title))

    def value(self) -> F.Value:
        a, b = self.start.edit.text().strip(), self.end.edit.text().strip()
        return F.join_period(a, b) if a or b else ""

    def set_value(self, value: F.Value) -> None:
        a, b = "", ""
        if isinstance(value, str) and value:
            try:
                a, b = F.split_period(value)
            except ValueError:
                a = value
        self.start.edit.setText(a)
        self.end.edit.setText(b)
