"""The row of a secret in the profile forms: a hidden line edit, its Show/Hide button, and a
status line under it ("Stored in the system keyring", "Not stored"…) — for the API key and the
caller lookup's security key alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class SecretRow:
    """Adds ``edit`` to ``layout`` as a secret, with the button and the status line.

    ``names`` are the button's accessible names while the secret is hidden and while it is shown
    (translated by the caller: "Show API key" / "Hide API key"). ``button`` and ``status`` are the
    widgets; ``hide()`` hides the secret again (another profile was loaded).
    """

    def __init__(
        self,
        owner: QWidget,
        layout: QFormLayout,
        label: str,
        edit: QLineEdit,
        names: tuple[str, str],
        status_name: str,
    ) -> None:
        self.edit = edit
        self._names = names
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
        self.button = QToolButton(owner)
        self.button.setCheckable(True)
        self.button.toggled.connect(self._on_toggled)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(self.button)
        layout.addRow(label, row)
        field_label = layout.labelForField(row)
        if isinstance(field_label, QLabel):
            field_label.setBuddy(edit)
        self.status = QLabel(QCoreApplication.translate("SecretRow", "Not stored"), owner)
        self.status.setAccessibleName(status_name)
        layout.addRow("", self.status)
        self._on_toggled(False)

    def hide(self) -> None:
        self.button.setChecked(False)

    def _on_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        if shown:
            self.button.setText(QCoreApplication.translate("SecretRow", "Hide"))
        else:
            self.button.setText(QCoreApplication.translate("SecretRow", "Show"))
        self.button.setAccessibleName(self._names[1] if shown else self._names[0])
