"""Finding the caller and narrowing the list: the caller combo and the filter bar.

The combo is editable and lists recently used user codes (``Settings.recent_usercodes``); Enter
or picking a recent code asks for that caller at once. It takes a **phone number** too: text
shaped like one goes to the same caller lookup as a call (``tasks.caller_ops.lookup_caller``;
without a configured lookup, the callers served in this session), and the user code found is
shown — a phone number is never sent to Contiple as a user code, never kept among the recent
codes, and the notice says "No customer found for this number" when nobody has it. The input is
IME-safe (``ui.ime``). ``follow_lookup_to_list`` moves the focus to the ticket list once the
caller asked for with Enter is shown ("Enter in a lookup moves to its result");
``new_ticket_data`` is every identity part known for a user code ("New ticket for this
customer" fills them all).

The filter bar offers what the ticket list API offers (status, inquiry type) plus a period
applied client-side on ``createdDt``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.domain.models import TICKET_STATUSES, Category
from contiple_desktop.domain.privacy import mask_personal
from contiple_desktop.tasks import caller_ops
from contiple_desktop.tasks.call_session import call_session
from contiple_desktop.tasks.caller_memory import suggest_callers
from contiple_desktop.tasks.caller_ops import CallerLookupResult, LookupOutcome
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui import ime
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.history.status import status_label
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.style import mark_primary

_DAY_MS = 24 * 3600 * 1000
_PHONE_SHAPE = re.compile(r"[+＋]?[0-9０-９][0-9０-９ ()（）.\-－‐]{6,30}")
LOOKUP_KEY = "history:caller-lookup"


def looks_like_phone(text: str) -> bool:
    """Text shaped like a phone number (9–15 digits, only digits and separators, a leading 0 or
    +): looked up by phone, never sent as a user code."""
    text = text.strip()
    digits = sum(c.isdigit() for c in text)
    return bool(_PHONE_SHAPE.fullmatch(text)) and 9 <= digits <= 15 and text[0] in "0０+＋"


def known_identity(ctx: AppContext, usercode: str) -> CallerIdentity:
    """Everything known about ``usercode`` now: the call in progress, the callers served today."""
    session = call_session(ctx)
    if session.active and session.identity.usercode == usercode:
        return session.identity
    same = [i for i in suggest_callers(ctx, usercode) if i.usercode == usercode]
    return same[0] if same else CallerIdentity(usercode=usercode)


def new_ticket_data(ctx: AppContext, usercode: str) -> dict[str, str]:
    """``bus.new_ticket_for`` keys for ``usercode``: every identity part known, not only the code."""
    identity = known_identity(ctx, usercode)
    parts = {
        "usercode": usercode,
        "username": identity.name,
        "email": identity.email,
        "phone": identity.phone,
    }
    return {k: v for k, v in parts.items() if v}


class CallerLookup(QWidget):
    """User code (or phone number) entry with recent codes.

    Signals:
        usercode_entered(str): the agent asked for this (stripped, non-empty) user code — typed,
            or found for the phone number typed.
    """

    usercode_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout)
        label = QLabel(self.tr("Customer &user code:"), self)
        layout.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumContentsLength(18)
        self.combo.setAccessibleName(self.tr("Customer user code"))
        self.combo.setToolTip(self.tr("Type the caller's user code or phone number and press Enter"))
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("e.g. cust-001 or 010-1234-5678"))
        line.setClearButtonEnabled(True)
        line.returnPressed.connect(self._submit)
        ime.guard(self.combo)
        self.combo.activated.connect(lambda _i: self._submit())
        label.setBuddy(self.combo)
        layout.addWidget(self.combo, 1)
        self.show_button = QPushButton(self.tr("Show tickets"), self)
        self.show_button.setAccessibleName(self.tr("Show tickets"))
        self.show_button.clicked.connect(self._submit)
        mark_primary(self.show_button)  # until a ticket is open (then "Send follow-up" is)
        layout.addWidget(self.show_button)
        self.notice = QLabel(self)
        self.notice.setAccessibleName(self.tr("Caller lookup"))
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.error = InlineError(self, name=self.tr("Caller lookup error"))
        outer.addWidget(self.error)
        self.entered_with_enter = False  # the last request came from Enter (the focus may move on)

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

    def _say(self, text: str) -> None:
        self.error.clear()
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _submit(self) -> None:
        ime.commit_all()  # a composed "…한" is part of what the agent asks for
        code = self.text()
        if not code:
            return
        focus = QApplication.focusWidget()
        self.entered_with_enter = focus is not None and (
            focus is self.combo or self.combo.isAncestorOf(focus)
        )
        if looks_like_phone(code) and self.ctx is not None:
            self._say(self.tr("Looking up the caller\u2026"))
            caller_ops.lookup_caller(
                self.ctx, code, lambda result: self._looked_up(code, result), key=LOOKUP_KEY
            )
            return
        self._say("")
        self.usercode_entered.emit(code)

    def _looked_up(self, typed: str, result: CallerLookupResult) -> None:
        if typed != self.text():
            return  # the agent typed something else meanwhile
        identity = result.identity
        if identity is None and result.outcome in (LookupOutcome.NOT_CONFIGURED, LookupOutcome.FAILED):
            assert self.ctx is not None
            digits = "".join(c for c in result.phone if c.isdigit())
            same = [
                i for i in suggest_callers(self.ctx, typed)
                if i.usercode and "".join(c for c in (i.phone or "") if c.isdigit()).endswith(digits[-7:])
            ]  # fmt: skip
            identity = same[0] if len(same) == 1 else None
        if result.outcome is LookupOutcome.INVALID_PHONE:
            self._say("")
            self.usercode_entered.emit(typed)  # not a phone number after all: a user code
            return
        if identity is not None and identity.usercode:
            self._say(self.tr("Customer %1 has this number.").replace("%1", identity.usercode))
            self.set_text(identity.usercode)
            self.usercode_entered.emit(identity.usercode)
            return
        if result.outcome is LookupOutcome.FAILED and result.error is not None:  # inline, with Retry
            self._say("")
            context = self.tr("The caller lookup failed: %1 Enter the user code.")
            self.error.show_error(result.error, retry=self._submit, context=context)
            return
        self._say(mask_personal(self._not_found_text(result)))

    def _not_found_text(self, result: CallerLookupResult) -> str:
        if result.outcome is LookupOutcome.FOUND:
            return self.tr("The caller lookup knows this number but gives no user code; enter the user code.")
        if result.outcome is LookupOutcome.NOT_FOUND:
            return self.tr("No customer found for this number")
        if result.outcome is LookupOutcome.NOT_CONFIGURED:
            return self.tr(
                "No caller lookup is set up for this connection, and no caller served today has this "
                "number. Enter the user code."
            )
        reason = describe(result.error).message if result.error is not None else ""
        return self.tr("The caller lookup failed: %1 Enter the user code.").replace("%1", reason)


class _FollowToList(QObject):
    """After Enter in the lookup, the focus goes to the ticket list once it has rows (unless the
    agent went elsewhere meanwhile). Signals: none."""

    def __init__(self, lookup: CallerLookup, view: QAbstractItemView, model: QAbstractItemModel) -> None:
        super().__init__(lookup)
        self.lookup, self.view, self.model = lookup, view, model
        self._armed = False
        lookup.usercode_entered.connect(self._arm)
        model.modelReset.connect(self._follow)
        model.rowsInserted.connect(self._follow)

    def _arm(self, _usercode: str) -> None:
        self._armed = self.lookup.entered_with_enter

    def _follow(self, *_: object) -> None:
        if not self._armed or self.model.rowCount() == 0:
            return
        self._armed = False
        focus = QApplication.focusWidget()
        if focus is None or focus is self.lookup.combo or self.lookup.isAncestorOf(focus):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)


def follow_lookup_to_list(lookup: CallerLookup, view: QAbstractItemView, model: QAbstractItemModel) -> None:
    """Enter in ``lookup`` moves the focus to ``view`` when its caller's tickets arrive."""
    _FollowToList(lookup, view, model)


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
