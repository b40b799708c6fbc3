"""The caller box: user code, name, e-mail and phone of the person on the line (→ ``endUser``).

Required marks and maximum lengths come from the inquiry type's ``name``/``mail``/``phone``
definitions and nothing else; the user code is never required (guests have none).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from contiple_desktop.domain import fields as field_rules
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.ticket.field_base import ERROR_STYLE

USERCODE = "usercode"
CALLER_KEYS = (USERCODE, "name", "mail", "phone")
_BUS_KEYS = {"usercode": USERCODE, "username": "name", "email": "mail", "phone": "phone"}


class CallerBox(QGroupBox):
    """Caller details.

    Signals:
        changed(): any caller field changed.
        usercode_settled(str): the user code stopped changing for ``debounce_ms`` (may be "").
    """

    changed = Signal()
    usercode_settled = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, debounce_ms: int = 400) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Caller"))
        self.setAccessibleName(self.tr("Caller"))
        self._form = QFormLayout()
        outer = QVBoxLayout(self)
        outer.addLayout(self._form)
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
        for key in CALLER_KEYS:
            edit = QLineEdit(self)
            edit.setAccessibleName(titles[key])
            edit.textChanged.connect(self.changed)
            label = QLabel(titles[key], self)
            label.setBuddy(edit)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setAccessibleName(self.tr("Error in %1").replace("%1", titles[key]))
            error.hide()
            box = QWidget(self)
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.setSpacing(1)
            col.addWidget(edit)
            col.addWidget(error)
            self._form.addRow(label, box)
            self.edits[key], self.labels[key], self.errors[key] = edit, label, error
        self.edits[USERCODE].setPlaceholderText(self.tr("The customer's ID on your platform (optional)"))
        self.edits["mail"].setPlaceholderText("name@example.com")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._emit_usercode)
        self.edits[USERCODE].textChanged.connect(lambda _t: self._debounce.start())
        self.definitions: dict[str, FieldDefinition] = {}

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
            edit.setAccessibleName(title)
            self.errors[key].setAccessibleName(self.tr("Error in %1").replace("%1", title))
            edit.setAccessibleDescription(self.tr("Required.") if required else "")
            edit.setMaxLength(defn.length if defn is not None and defn.length > 0 else 32767)
            if defn is not None and defn.placeholder:
                edit.setPlaceholderText(defn.placeholder)

    def values(self) -> dict[str, str]:
        return {key: self.edits[key].text() for key in CALLER_KEYS}

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
        for edit in self.edits.values():
            edit.clear()
        self.clear_errors()
