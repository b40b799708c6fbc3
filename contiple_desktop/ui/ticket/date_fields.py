"""Date field widgets (§3.12): ``date``, ``datetime``, ``date_period``, ``datetime_period``.

Typing is the fast path for an agent on the phone (``YYYY-MM-DD`` / ``YYYY-MM-DD HH:mm``, a
validator refuses other characters); the arrow button opens a calendar pop-up. Periods are two
inputs joined with `` ~ `` exactly as the API expects.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QObject, QRegularExpression, Qt
from PySide6.QtGui import QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)
from shiboken6 import isValid

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.ticket.field_base import FieldWidget, register

_VALIDATORS: dict[bool, QRegularExpressionValidator] = {}
_WIDTHS: dict[tuple[bool, str], int] = {}


def _validator(with_time: bool) -> QRegularExpressionValidator:
    """One shared validator per format (owned by the application): compiling the pattern for
    every input of a long form is measurable, and a validator may serve many line edits."""
    validator = _VALIDATORS.get(with_time)
    if validator is None or not isValid(validator):
        time_part = r"( [0-9]{0,2}(:[0-9]{0,2})?)?" if with_time else ""
        pattern = r"[0-9]{0,4}(-[0-9]{0,2}(-[0-9]{0,2}" + time_part + ")?)?"
        validator = QRegularExpressionValidator(QRegularExpression(pattern), QGuiApplication.instance())
        _VALIDATORS[with_time] = validator
    return validator


class _DateInput(QObject):
    """A line edit that takes typing, plus a calendar pop-up button, added to ``row``.

    Not a widget of its own: the edit and the button sit straight in the field's row.
    """

    def __init__(self, with_time: bool, parent: QWidget, row: QHBoxLayout) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.edit = QLineEdit(parent)
        placeholder = "YYYY-MM-DD HH:mm" if with_time else "YYYY-MM-DD"
        self.edit.setPlaceholderText(placeholder)
        self.edit.setValidator(_validator(with_time))
        key = (with_time, QGuiApplication.font().key())
        width = _WIDTHS.get(key)
        if width is None:
            metrics = self.edit.fontMetrics()
            width = max(metrics.horizontalAdvance(t) for t in (placeholder, "0000-00-00")) + 24
            _WIDTHS[key] = width
        self.edit.setFixedWidth(width)
        self.button = QToolButton(parent)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        tip = self.tr("Pick a date")
        self.button.setToolTip(tip)
        self.button.setAccessibleName(tip)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self._menu: QMenu | None = None  # built on first use: forms can have hundreds of dates
        self.calendar: QCalendarWidget | None = None
        row.addWidget(self.edit)
        row.addWidget(self.button)

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


def _row() -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    return row


@register(fields.DATE, fields.DATETIME)
class DateField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        row = _row()
        self.input = _DateInput(definition.type == fields.DATETIME, self, row)
        row.addStretch(1)
        self._layout.addLayout(row)
        self.input.edit.textChanged.connect(self.changed)
        self.finish(self.input.edit)

    def value(self) -> fields.Value:
        return self.input.edit.text().strip()

    def set_value(self, value: fields.Value) -> None:
        self.input.edit.setText(value if isinstance(value, str) else "")


@register(fields.DATE_PERIOD, fields.DATETIME_PERIOD)
class PeriodField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        with_time = definition.type == fields.DATETIME_PERIOD
        row = _row()
        self.start = _DateInput(with_time, self, row)
        row.addWidget(QLabel("~", self))
        self.end = _DateInput(with_time, self, row)
        row.addStretch(1)
        self._layout.addLayout(row)
        for part in (self.start, self.end):
            part.edit.textChanged.connect(self.changed)
        self.finish(self.start.edit)
        self.start.edit.setAccessibleName(self.tr("%1 from").replace("%1", self.title))
        self.end.edit.setAccessibleName(self.tr("%1 until").replace("%1", self.title))

    def value(self) -> fields.Value:
        a, b = self.start.edit.text().strip(), self.end.edit.text().strip()
        return fields.join_period(a, b) if a or b else ""

    def set_value(self, value: fields.Value) -> None:
        a, b = "", ""
        if isinstance(value, str) and value:
            try:
                a, b = fields.split_period(value)
            except ValueError:
                a = value
        self.start.edit.setText(a)
        self.end.edit.setText(b)
