"""Finding the caller and narrowing the list: the user-code combo and the filter bar.

The combo is editable and lists recently used user codes (``Settings.recent_usercodes``); Enter
or picking a recent code asks for that caller at once. The filter bar offers what the ticket
list API offers (status, inquiry type) plus a period applied client-side on ``createdDt``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from contiple_desktop.domain.models import TICKET_STATUSES, Category
from contiple_desktop.ui.history.status import status_label

_DAY_MS = 24 * 3600 * 1000


class CallerLookup(QWidget):
    """User-code entry with recent codes.

    Signals:
        usercode_entered(str): the agent asked for this (stripped, non-empty) user code.
    """

    usercode_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Customer &user code:"), self)
        layout.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(18)
        self.combo.setAccessibleName(self.tr("Customer user code"))
        self.combo.setToolTip(self.tr("Type the caller's user code and press Enter"))
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("e.g. cust-001"))
        line.setClearButtonEnabled(True)
        line.returnPressed.connect(self._submit)
        self.combo.activated.connect(lambda _i: self._submit())
        label.setBuddy(self.combo)
        layout.addWidget(self.combo, 1)
        self.show_button = QPushButton(self.tr("Show tickets"), self)
        self.show_button.setAccessibleName(self.tr("Show tickets"))
        self.show_button.clicked.connect(self._submit)
        layout.addWidget(self.show_button)

    def text(self) -> str:
        return self.combo.currentText().strip()

    def focus(self) -> None:
        self.combo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        line = self.combo.lineEdit()
        if line is not None:
            line.selectAll()

    def set_text(self, usercode: str) -> None:
        self.combo.setEditText(usercode)

    def set_recent(self, codes: Sequence[str]) -> None:
        current = self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(list(codes))
        self.combo.setEditText(current)
        self.combo.blockSignals(False)

    def _submit(self) -> None:
        code = self.text()
        if code:
            self.usercode_entered.emit(code)


class FilterBar(QWidget):
    """Status, inquiry type and period filters.

    Signals:
        changed(): any filter changed.
    """

    changed = Signal()

    PERIODS: tuple[tuple[int, str], ...] = (
        (0, "Any time"),
        (7, "Last 7 days"),
        (30, "Last 30 days"),
        (90, "Last 90 days"),
        (365, "Last 12 months"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in TICKET_STATUSES:
            self.status.addItem(status_label(status), status)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Inquiry type filter"))
        self.category.setMinimumContentsLength(24)
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.addItem(self.tr("All inquiry types"), None)
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period filter"))
        self.period.setToolTip(
            self.tr("Creation date; applied on this PC because the API has no period filter")
        )
        periods = {
            0: self.tr("Any time"),
            7: self.tr("Last 7 days"),
            30: self.tr("Last 30 days"),
            90: self.tr("Last 90 days"),
            365: self.tr("Last 12 months"),
        }
        for days, _english in self.PERIODS:
            self.period.addItem(periods[days], days)
        for text, combo in (
            (self.tr("&Status:"), self.status),
            (self.tr("&Inquiry type:"), self.category),
            (self.tr("&Period:"), self.period),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1 if combo is self.category else 0)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def set_categories(self, entries: Sequence[tuple[Category, str]]) -> None:
        """``(category, path name)`` pairs in tree order; keeps the selection when possible."""
        selected = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All inquiry types"), None)
        for cat, path in entries:
            self.category.addItem(path, cat.category_id)
            self.category.setItemData(self.category.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
        index = self.category.findData(selected) if selected is not None else 0
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)
        if selected is not None and index < 0:
            self.changed.emit()

    def status_value(self) -> str | None:
        value = self.status.currentData()
        return value if isinstance(value, str) else None

    def category_value(self) -> int | None:
        value = self.category.currentData()
        return value if isinstance(value, int) else None

    def period_from_ms(self) -> int | None:
        days = self.period.currentData()
        if not isinstance(days, int) or days <= 0:
            return None
        return QDateTime.currentMSecsSinceEpoch() - days * _DAY_MS
