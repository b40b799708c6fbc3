"""The form-builder registry: field type → widget class (DESIGN rule 7).

Every field widget shows its input, the sanitised description and an inline error, and offers
``value()`` / ``set_value(v)`` in the §3.12 wire formats, ``set_error(text | None)``,
``focus_input()`` and the ``changed`` signal. ``create_field_widget`` picks the class from
``REGISTRY``; an unknown type becomes a visible read-only row and one log warning.
(Anchor: napari ``qt_jsonschema_form/form.py``.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contiple_desktop.domain.fields import Value
from contiple_desktop.domain.html import html_to_text, sanitize_html
from contiple_desktop.domain.models import FieldDefinition

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #5f6368;"


class FieldWidget(QWidget):
    """Base of every field widget.

    Signals:
        changed(): the value changed (user edit or ``set_value``).
    """

    changed = Signal()

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.definition = definition
        self.setObjectName(f"field-{definition.code}")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Error in %1").replace("%1", self.title))
        self.error_label.hide()
        self.description_label: QLabel | None = None

    # -- building blocks for subclasses ----------------------------------------------------
    @property
    def title(self) -> str:
        return self.definition.title or self.definition.code

    def finish(self, input_widget: QWidget) -> None:
        """Add description and error rows below the input; set accessibility on the input."""
        self._input = input_widget
        desc = self.definition.description
        if desc and self.show_description():
            self.description_label = QLabel(sanitize_html(desc), self)
            self.description_label.setTextFormat(Qt.TextFormat.RichText)
            self.description_label.setWordWrap(True)
            self.description_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.description_label.setOpenExternalLinks(False)
            self.description_label.setStyleSheet(HINT_STYLE)
            self._layout.addWidget(self.description_label)
        self._layout.addWidget(self.error_label)
        input_widget.setAccessibleName(self.title)
        input_widget.setAccessibleDescription(self.accessible_description())

    def show_description(self) -> bool:
        return True

    def accessible_description(self) -> str:
        parts = []
        if self.definition.required:
            parts.append(self.tr("Required."))
        if self.definition.description:
            parts.append(html_to_text(self.definition.description))
        return " ".join(parts)

    # -- the contract ----------------------------------------------------------------------
    def input_widget(self) -> QWidget:
        return self._input

    def value(self) -> Value:
        raise NotImplementedError

    def set_value(self, value: Value) -> None:
        raise NotImplementedError

    def set_error(self, text: str | None) -> None:
        self.error_label.setText(text or "")
        self.error_label.setVisible(bool(text))
        base = self.accessible_description()
        self._input.setAccessibleDescription(f"{text} {base}".strip() if text else base)

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def focus_input(self) -> None:
        self._input.setFocus(Qt.FocusReason.OtherFocusReason)


W = TypeVar("W", bound=type[FieldWidget])
REGISTRY: dict[str, type[FieldWidget]] = {}


def register(*types: str) -> Callable[[W], W]:
    def deco(cls: W) -> W:
        for t in types:
            REGISTRY[t] = cls
        return cls

    return deco


class UnknownFieldWidget(FieldWidget):
    """A field type this version does not know: shown, read-only, never sent."""

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        label = QLabel(
            self.tr("This field (type \u201c%1\u201d) cannot be filled in here.").replace(
                "%1", definition.type
            ),
            self,
        )
        label.setWordWrap(True)
        label.setEnabled(False)
        self._layout.addWidget(label)
        self.finish(label)

    def value(self) -> Value:
        return ""

    def set_value(self, value: Value) -> None:
        pass


def create_field_widget(definition: FieldDefinition, parent: QWidget | None = None) -> FieldWidget:
    cls = REGISTRY.get(definition.type)
    if cls is None:
        log.warning(
            "unknown field type %r (code %r, id %s): shown read-only",
            definition.type,
            definition.code,
            definition.field_id,
        )
        return UnknownFieldWidget(definition, parent)
    return cls(definition, parent)
