"""Field widgets for the documented types (§3.12), registered in ``field_base.REGISTRY``.

text/textarea enforce ``length`` and show a counter; dropdown/radio/checkbox offer ``options``;
agree is a check box whose label is the agreement sentence; caption shows sanitised HTML; file
hosts the shared attachment tray. Date types live in ``date_fields``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain import fields as F
from contiple_desktop.domain.html import sanitize_html
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.ticket.field_base import HINT_STYLE, FieldWidget, register


def _counter(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setAlignment(Qt.AlignmentFlag.AlignRight)
    label.setStyleSheet(HINT_STYLE)
    return label


@register(F.TEXT)
class TextField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(definition.placeholder)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        self.counter: QLabel | None = None
        if definition.length > 0:
            self.edit.setMaxLength(definition.length)
            self.counter = _counter(self)
            row.addWidget(self.counter)
        self._layout.addLayout(row)
        self.edit.textChanged.connect(self._on_text)
        self.finish(self.edit)
        self._on_text(self.edit.text(), emit=False)

    def _on_text(self, text: str, emit: bool = True) -> None:
        if self.counter is not None:
            self.counter.setText(f"{len(text)}/{self.definition.length}")
        if emit:
            self.changed.emit()

    def value(self) -> F.Value:
        return self.edit.text()

    def set_value(self, value: F.Value) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


@register(F.TEXTAREA)
class TextAreaField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlaceholderText(definition.placeholder)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(140)
        self._layout.addWidget(self.edit)
        self.counter: QLabel | None = None
        if definition.length > 0:
            self.counter = _counter(self)
            self._layout.addWidget(self.counter)
        self.edit.textChanged.connect(self._on_text)
        self.finish(self.edit)
        self._update_counter()

    @Slot()
    def _on_text(self) -> None:
        limit = self.definition.length
        text = self.edit.toPlainText()
        if limit > 0 and len(text) > limit:  # paste past the limit: keep the first `limit` chars
            cursor = self.edit.textCursor()
            pos = min(cursor.position(), limit)
            self.edit.blockSignals(True)
            self.edit.setPlainText(text[:limit])
            cursor = self.edit.textCursor()
            cursor.setPosition(pos)
            self.edit.setTextCursor(cursor)
            self.edit.blockSignals(False)
        self._update_counter()
        self.changed.emit()

    def _update_counter(self) -> None:
        if self.counter is not None:
            self.counter.setText(f"{len(self.edit.toPlainText())}/{self.definition.length}")

    def insert_text(self, text: str) -> None:
        """Insert at the cursor (e.g. an FAQ answer from the Help Center)."""
        self.edit.textCursor().insertText(text)
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> F.Value:
        # toPlainText() would turn non-breaking spaces into spaces; keep what was typed/pasted
        return self.edit.document().toRawText().replace("\u2029", "\n")

    def set_value(self, value: F.Value) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self.edit.moveCursor(QTextCursor.MoveOperation.End)


@register(F.DROPDOWN)
class DropdownField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.combo = QComboBox(self)
        self.combo.addItem(self.tr("— choose —"), "")
        for option in definition.options or ():
            self.combo.addItem(option, option)
        self._layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.finish(self.combo)

    def value(self) -> F.Value:
        return str(self.combo.currentData() or "")

    def set_value(self, value: F.Value) -> None:
        index = self.combo.findData(value) if isinstance(value, str) and value else 0
        self.combo.setCurrentIndex(max(index, 0))


@register(F.RADIO)
class RadioField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for option in definition.options or ():
            b = QRadioButton(option, box)
            b.setAccessibleName(option)
            self.group.addButton(b)
            self.buttons.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self._layout.addWidget(box)
        self.group.buttonToggled.connect(self._on_toggled)
        self.finish(box)
        if self.buttons:
            box.setFocusProxy(self.buttons[0])

    def _on_toggled(self, _button: object, on: bool) -> None:
        if on:
            self.changed.emit()

    def value(self) -> F.Value:
        checked = self.group.checkedButton()
        return checked.text() if checked is not None else ""

    def set_value(self, value: F.Value) -> None:
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(b.text() == value)
        self.group.setExclusive(True)
        self.changed.emit()


@register(F.CHECKBOX)
class CheckboxField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for option in definition.options or ():
            b = QCheckBox(option, box)
            b.setAccessibleName(option)
            b.toggled.connect(lambda _on: self.changed.emit())
            self.boxes.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self._layout.addWidget(box)
        self.finish(box)
        if self.boxes:
            box.setFocusProxy(self.boxes[0])

    def value(self) -> F.Value:
        return [b.text() for b in self.boxes if b.isChecked()]

    def set_value(self, value: F.Value) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for b in self.boxes:
            b.blockSignals(True)
            b.setChecked(b.text() in chosen)
            b.blockSignals(False)
        self.changed.emit()


@register(F.AGREE)
class AgreeField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.box = QCheckBox(definition.placeholder or self.tr("I agree"), self)
        self.box.toggled.connect(lambda _on: self.changed.emit())
        self._layout.addWidget(self.box)
        self.finish(self.box)
        self.box.setAccessibleName(f"{self.title}: {self.box.text()}")

    def value(self) -> F.Value:
        return F.AGREED if self.box.isChecked() else ""

    def set_value(self, value: F.Value) -> None:
        self.box.setChecked(value == F.AGREED)


@register(F.CAPTION)
class CaptionField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.label = QLabel(sanitize_html(definition.placeholder or definition.description), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self._layout.addWidget(self.label)
        self.finish(self.label)

    def show_description(self) -> bool:
        return bool(self.definition.placeholder)

    def value(self) -> F.Value:
        return ""

    def set_value(self, value: F.Value) -> None:
        pass


@register(F.FILE)
class FileField(FieldWidget):
    """Hosts the panel's attachment tray; ``value()`` is the uploaded attachment ids."""

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.host = QWidget(self)
        QVBoxLayout(self.host).setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.host)
        self.tray: AttachmentTray | None = None
        self.finish(self.host)

    def attach_tray(self, tray: AttachmentTray) -> None:
        self.tray = tray
        layout = self.host.layout()
        assert layout is not None
        layout.addWidget(tray)
        tray.show()
        tray.changed.connect(self.changed)
        self.host.setFocusProxy(tray)

    def value(self) -> F.Value:
        return self.tray.attachment_ids() if self.tray is not None else []

    def set_value(self, value: F.Value) -> None:
        pass  # the tray restores itself from the draft's attachment state
