"""The caller box: user code, name, e-mail and phone of the person on the line (→ ``endUser``).

Required marks and maximum lengths come from the inquiry type's ``name``/``mail``/``phone``
definitions and nothing else; the user code is never required (guests have none). The labels
show the service's titles; the inputs keep their accessible names ("User code", "Name",
"E-mail", "Phone", translated) whatever the type, so tools and tests find them. The box is the
one place that shows a caller's phone number and e-mail address whole.

Two columns (user code | name, e-mail | phone), so four fields take two rows. Keyboard: Enter
in the user code or the phone is a lookup (``usercode_entered`` / ``phone_entered``: the panel
loads the recent tickets or asks the caller lookup, then moves on to the result). While the
agent types a user code or a phone number, the callers served earlier in this session are
offered (``set_suggester``); choosing one fills every field (``identity_chosen``). All four
inputs are IME-safe (``ui.ime``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from contiple_desktop.domain import fields as field_rules
from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.domain.privacy import mask_email, mask_phone
from contiple_desktop.ui import ime
from contiple_desktop.ui.ticket.field_base import ERROR_STYLE

USERCODE = "usercode"
CALLER_KEYS = (USERCODE, "name", "mail", "phone")
_BUS_KEYS = {"usercode": USERCODE, "username": "name", "email": "mail", "phone": "phone"}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_IDENTITY_ROLE = Qt.ItemDataRole.UserRole + 1
_VALUE_ROLE = Qt.ItemDataRole.UserRole + 2

Suggester = Callable[[str], list[CallerIdentity]]


def identity_values(identity: CallerIdentity) -> dict[str, str]:
    """Caller-box values of ``identity`` (only the parts it has)."""
    parts = {
        USERCODE: identity.usercode, "name": identity.name, "mail": identity.email, "phone": identity.phone,
    }  # fmt: skip
    return {k: v for k, v in parts.items() if v}


def values_identity(values: Mapping[str, str]) -> CallerIdentity:
    def part(key: str) -> str | None:
        return values.get(key, "").strip() or None

    return CallerIdentity(part(USERCODE), part("name"), part("mail"), part("phone"))


class _EnterEdit(QLineEdit):
    """A line edit that reports a plain Enter (``entered``); while the list of suggestions is
    open, Enter goes to that list instead.

    Signals:
        entered(): Enter/Return without modifiers.
    """

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in _ENTER and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.entered.emit()


class CallerBox(QGroupBox):
    """Caller details.

    Signals:
        changed(): any caller field changed.
        usercode_settled(str): the user code stopped changing for ``debounce_ms`` (may be "").
        usercode_entered(str): Enter in the user code (stripped; may be "").
        phone_entered(str): Enter in the phone (stripped; may be "").
        identity_chosen(object): the agent picked a caller served earlier (``CallerIdentity``);
            its values are already in the fields.
    """

    changed = Signal()
    usercode_settled = Signal(str)
    usercode_entered = Signal(str)
    phone_entered = Signal(str)
    identity_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = 400) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Caller"))
        self.setAccessibleName(self.tr("Caller"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 6)
        outer.addLayout(grid)
        titles = {
            USERCODE: self.tr("User code"),
            "name": self.tr("Name"),
            "mail": self.tr("E-mail"),
            "phone": self.tr("Phone"),
        }
        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._titles = dict(titles)
        for index, key in enumerate(CALLER_KEYS):
            edit = _EnterEdit(self)
            edit.setAccessibleName(titles[key])
            edit.textChanged.connect(self.changed)
            label = QLabel(titles[key], self)
            label.setBuddy(edit)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setAccessibleName(self.tr("Error in %1").replace("%1", titles[key]))
            error.hide()
            row, col = divmod(index, 2)
            grid.addWidget(label, row * 2, col * 2)
            grid.addWidget(edit, row * 2, col * 2 + 1)
            grid.addWidget(error, row * 2 + 1, col * 2 + 1)
            self.edits[key], self.labels[key], self.errors[key] = edit, label, error
            ime.guard(edit)
        self.edits[USERCODE].setPlaceholderText(self.tr("The customer's ID (optional)"))
        self.edits["mail"].setPlaceholderText("name@example.com")
        self.edits[USERCODE].setToolTip(self.tr("Enter shows the caller's recent tickets"))
        self.edits["phone"].setToolTip(self.tr("Enter looks the caller up by phone number"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._emit_usercode)
        self.edits[USERCODE].textChanged.connect(lambda _t: self._debounce.start())
        self._enter(USERCODE).entered.connect(lambda: self.usercode_entered.emit(self.usercode()))
        phone = self.edits["phone"]
        self._enter("phone").entered.connect(lambda: self.phone_entered.emit(phone.text().strip()))
        self.definitions: dict[str, FieldDefinition] = {}
        self._suggest: Suggester | None = None
        self._suggestions = QStandardItemModel(self)
        self._completers: dict[str, QCompleter] = {}
        for key in (USERCODE, "phone"):
            self._add_completer(key)

    def _enter(self, key: str) -> _EnterEdit:
        edit = self.edits[key]
        assert isinstance(edit, _EnterEdit)
        return edit

    # -- suggestions (callers served in this session) -----------------------------------------
    def _add_completer(self, key: str) -> None:
        completer = QCompleter(self._suggestions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(_VALUE_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setWidget(self.edits[key])
        popup = completer.popup()
        if popup is not None:
            popup.setAccessibleName(self.tr("Callers served today"))
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._completers[key] = completer
        self.edits[key].textEdited.connect(lambda text, k=key: self._offer(k, text))

    def set_suggester(self, suggest: Suggester | None) -> None:
        """Where suggestions come from (``tasks.caller_memory.suggest_callers``); None: none."""
        self._suggest = suggest

    def _offer(self, key: str, text: str) -> None:
        completer = self._completers[key]
        found = self._suggest(text) if self._suggest is not None and text.strip() else []
        self._suggestions.clear()
        for identity in found:
            value = (identity.usercode if key == USERCODE else identity.phone) or text
            parts = [identity.usercode or "", identity.name or "", mask_phone(identity.phone or ""),
                     mask_email(identity.email or "")]  # fmt: skip
            item = QStandardItem(" \u00b7 ".join(p for p in parts if p))
            item.setData(identity, _IDENTITY_ROLE)
            item.setData(value, _VALUE_ROLE)
            item.setEditable(False)
            self._suggestions.appendRow(item)
        if found:
            completer.setCompletionPrefix("")
            completer.complete()
        else:
            _hide_popup(completer)

    @Slot(QModelIndex)
    def _chosen(self, index: QModelIndex) -> None:
        identity = index.data(_IDENTITY_ROLE)
        if isinstance(identity, CallerIdentity):
            self.set_values(identity_values(identity))
            self.identity_chosen.emit(identity)

    def hide_suggestions(self) -> None:
        for completer in self._completers.values():
            _hide_popup(completer)

    # -- values ------------------------------------------------------------------------------
    @Slot()
    def _emit_usercode(self) -> None:
        self.usercode_settled.emit(self.usercode())

    def usercode(self) -> str:
        return self.edits[USERCODE].text().strip()

    def title_for(self, key: str) -> str:
        defn = self.definitions.get(key)
        return defn.title if defn is not None and defn.title else self._titles[key]

    def set_definitions(self, definitions: Sequence[FieldDefinition]) -> None:
        self.definitions = {d.code: d for d in definitions if d.code in field_rules.CALLER_CODES}
        for key in field_rules.CALLER_CODES:
            defn = self.definitions.get(key)
            edit = self.edits[key]
            title = self.title_for(key)
            required = bool(defn and defn.required)
            self.labels[key].setText(f"{title} *" if required else title)
            edit.setAccessibleName(self._titles[key])  # stable ("Name"): the label shows the service's
            self.errors[key].setAccessibleName(self.tr("Error in %1").replace("%1", title))
            edit.setAccessibleDescription(self.tr("Required.") if required else "")
            edit.setMaxLength(defn.length if defn is not None and defn.length > 0 else 32767)
            if defn is not None and defn.placeholder:
                edit.setPlaceholderText(defn.placeholder)

    def required_keys(self) -> list[str]:
        return [k for k in CALLER_KEYS if (d := self.definitions.get(k)) is not None and d.required]

    def values(self) -> dict[str, str]:
        return {key: self.edits[key].text() for key in CALLER_KEYS}

    def identity(self) -> CallerIdentity:
        return values_identity(self.values())

    def set_values(self, values: Mapping[str, object]) -> None:
        for key in CALLER_KEYS:
            if key in values:
                self.edits[key].setText(str(values[key] or ""))

    def prefill_from_bus(self, data: Mapping[str, object]) -> None:
        """``bus.new_ticket_for`` keys (usercode, username, email, phone) → fields."""
        self.set_values({_BUS_KEYS[k]: v for k, v in data.items() if k in _BUS_KEYS})

    def set_error(self, key: str, text: str | None) -> None:
        label = self.errors[key]
        label.setText(text or "")
        label.setVisible(bool(text))
        base = self.edits[key].accessibleDescription().split(" | ")[-1]
        self.edits[key].setAccessibleDescription(f"{text} | {base}" if text else base)

    def clear_errors(self) -> None:
        for key in CALLER_KEYS:
            self.set_error(key, None)

    def clear(self) -> None:
        self.hide_suggestions()
        for edit in self.edits.values():
            edit.clear()
        self.clear_errors()

    def first_empty_required(self) -> QLineEdit | None:
        """The first required caller field that is still empty (form order)."""
        return next((self.edits[k] for k in self.required_keys() if not self.edits[k].text().strip()), None)


def _hide_popup(completer: QCompleter) -> None:
    popup = completer.popup()
    if popup is not None and popup.isVisible():
        popup.hide()
