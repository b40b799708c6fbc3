"""Field widgets for the documented types (§3.12), registered in ``field_base.REGISTRY``.

text/textarea enforce ``length`` and show a counter; dropdown/radio/checkbox offer ``options``;
agree is a check box whose label is the agreement sentence; caption shows sanitised HTML (images
as text placeholders, see ``field_base.field_html``); file hosts the shared attachment tray. Date
types live in ``date_fields``. Inner signals connect straight to ``changed`` (no lambdas): a form
may build hundreds of these.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
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

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.ticket.field_base import FieldWidget, has_markup, plain_text, register, text_label
from contiple_desktop.ui.ticket.text_fit import fit_to_text

MAX_LINE_LENGTH = 32767
"""QLineEdit's own ceiling; a larger server ``length`` is no tighter limit."""


def _counter(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignRight)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


@register(fields.TEXT)
class TextField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QLineEdit(self)
        if definition.placeholder:
            self.edit.setPlaceholderText(definition.placeholder)
        self.counter: QLabel | None = None
        if definition.length > 0:
            self.edit.setMaxLength(min(definition.length, MAX_LINE_LENGTH))
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.edit, 1)
            self.counter = _counter(self)
            self.counter.setText(f"0/{definition.length}")
            row.addWidget(self.counter)
            self._layout.addLayout(row)
            self.edit.textChanged.connect(self._on_text)
        else:
            self._layout.addWidget(self.edit)
            self.edit.textChanged.connect(self.changed)
        self.finish(self.edit)

    @Slot(str)
    def _on_text(self, text: str) -> None:
        if self.counter is not None:
            self.counter.setText(f"{len(text)}/{self.definition.length}")
        self.changed.emit()

    def value(self) -> fields.Value:
        return self.edit.text()

    def set_value(self, value: fields.Value) -> None:
        self.edit.setText(value if isinstance(value, str) else "")


@register(fields.TEXTAREA)
class TextAreaField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.edit = QPlainTextEdit(self)
        if definition.placeholder:
            self.edit.setPlaceholderText(definition.placeholder)
        self.edit.setTabChangesFocus(True)
        fit_to_text(self.edit)  # as tall as its text (3–14 lines), not a fixed 140 px box
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

    def value(self) -> fields.Value:
        # toPlainText() would turn non-breaking spaces into spaces; keep what was typed/pasted
        return self.edit.document().toRawText().replace("\u2029", "\n")

    def set_value(self, value: fields.Value) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")
        self.edit.moveCursor(QTextCursor.MoveOperation.End)


@register(fields.DROPDOWN)
class DropdownField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.options = list(definition.options or ())
        self.combo = QComboBox(self)
        self.combo.addItems([self.tr("— choose —"), *self.options])
        self._layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self.finish(self.combo)

    def value(self) -> fields.Value:
        index = self.combo.currentIndex()
        return self.options[index - 1] if 0 < index <= len(self.options) else ""

    def set_value(self, value: fields.Value) -> None:
        index = self.options.index(value) + 1 if isinstance(value, str) and value in self.options else 0
        self.combo.setCurrentIndex(index)


def _choice_row(parent: QWidget) -> tuple[QWidget, QHBoxLayout]:
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    return box, row


@register(fields.RADIO)
class RadioField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        box, row = _choice_row(self)
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

    @Slot(QAbstractButton, bool)
    def _on_toggled(self, _button: QAbstractButton, on: bool) -> None:
        if on:
            self.changed.emit()

    def value(self) -> fields.Value:
        checked = self.group.checkedButton()
        return checked.text() if checked is not None else ""

    def set_value(self, value: fields.Value) -> None:
        self.group.setExclusive(False)
        for b in self.buttons:
            b.setChecked(b.text() == value)
        self.group.setExclusive(True)
        self.changed.emit()


@register(fields.CHECKBOX)
class CheckboxField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        box, row = _choice_row(self)
        self.boxes: list[QCheckBox] = []
        for option in definition.options or ():
            b = QCheckBox(option, box)
            b.setAccessibleName(option)
            b.toggled.connect(self.changed)
            self.boxes.append(b)
            row.addWidget(b)
        row.addStretch(1)
        self._layout.addWidget(box)
        self.finish(box)
        if self.boxes:
            box.setFocusProxy(self.boxes[0])

    def value(self) -> fields.Value:
        return [b.text() for b in self.boxes if b.isChecked()]

    def set_value(self, value: fields.Value) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for b in self.boxes:
            b.blockSignals(True)
            b.setChecked(b.text() in chosen)
            b.blockSignals(False)
        self.changed.emit()


@register(fields.AGREE)
class AgreeField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        sentence = definition.placeholder
        if has_markup(sentence):
            sentence = plain_text(sentence)
        self.box = QCheckBox(sentence or self.tr("I agree"), self)
        self.box.toggled.connect(self.changed)
        self._layout.addWidget(self.box)
        self.finish(self.box)
        self.box.setAccessibleName(f"{self.title}: {self.box.text()}")

    def value(self) -> fields.Value:
        return fields.AGREED if self.box.isChecked() else ""

    def set_value(self, value: fields.Value) -> None:
        self.box.setChecked(value == fields.AGREED)


@register(fields.CAPTION)
class CaptionField(FieldWidget):
    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.label = text_label(definition.placeholder or definition.description, self)
        self._layout.addWidget(self.label)
        self.finish(self.label)

    def show_description(self) -> bool:
        return bool(self.definition.placeholder)

    def value(self) -> fields.Value:
        return ""

    def set_value(self, value: fields.Value) -> None:
        pass


@register(fields.FILE)
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

    def value(self) -> fields.Value:
        return self.tray.attachment_ids() if self.tray is not None else []

    def set_value(self, value: fields.Value) -> None:
        pass  # the tray restores itself from the draft's attachment state
