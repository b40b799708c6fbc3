"""The form-builder registry: field type → widget class (DESIGN rule 7).

Every field widget shows its input, the sanitised description and an inline error, and offers
``value()`` / ``set_value(v)`` in the §3.12 wire formats, ``set_error(text | None)``,
``focus_input()`` and the ``changed`` signal. ``create_field_widget`` picks the class from
``REGISTRY``; an unusable definition (``FieldDefinition.problem``) or an unknown type becomes a
visible read-only row that says why (an unknown type met here is also logged as a warning).
(Anchor: napari ``qt_jsonschema_form/form.py``.)

Server HTML in descriptions and captions goes through ``field_html``: ``sanitize_caption`` (the
Help Center's allow-list, bounded), every ``<img>`` a small text placeholder, because a label has
no safe image loader (it would show Qt's broken-image icon, or read a local file for a relative
``src``). Text without markup stays plain text, which is also much cheaper to lay out.

Built for speed (hundreds of rows): no style sheets (palette roles instead), the error line is
created on first use, plain labels skip rich-text detection, and HTML work is cached per text.
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contiple_desktop.domain.fields import Value
from contiple_desktop.domain.html import html_to_text, sanitize_caption
from contiple_desktop.domain.models import FieldDefinition, FieldProblem

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"  # the caller box still styles its error lines with this
ERROR_COLOR = QColor(0xB0, 0x00, 0x20)  # the same red, as a palette colour (no style sheet)
WRAP_AT = 40
"""Labels with a line wider than this many columns (a Hangul or kanji character is two) wrap;
shorter ones never need to, and a wrapping label costs a height-for-width layout pass."""

_RICH_TAG = re.compile(r"<(?!/?(?:div|span|p|br)\b)[a-z]", re.IGNORECASE)


def has_markup(text: str) -> bool:
    return "<" in text or "&" in text


def needs_wrap(text: str) -> bool:
    """Whether a line of plain ``text`` is wider than ``WRAP_AT`` columns."""
    if len(text) <= WRAP_AT // 2 and "\n" not in text:
        return False
    wide = ("W", "F")
    return any(
        sum(2 if unicodedata.east_asian_width(c) in wide else 1 for c in line) > WRAP_AT
        for line in text.splitlines()
    )


@functools.lru_cache(maxsize=1024)
def _field_html(text: str, image: str, image_alt: str) -> str:
    return sanitize_caption(text, placeholder=image, placeholder_alt=image_alt)


def field_html(text: str) -> str:
    """``text`` made safe for a rich-text label: sanitised and bounded (``sanitize_caption``),
    images as ``[image: alt]`` text."""
    translate = QCoreApplication.translate
    return _field_html(
        text, translate("FieldWidget", "[image]"), translate("FieldWidget", "[image: %1]")
    )


@functools.lru_cache(maxsize=1024)
def plain_text(text: str) -> str:
    """Plain text of server HTML (for accessible descriptions); plain text passes through."""
    return html_to_text(text) if has_markup(text) else " ".join(text.split())


def _open_link(url: str) -> None:
    target = QUrl(url)
    if target.scheme().lower() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(target)  # only after the agent clicked it (DESIGN rule 10)
    else:
        log.info("link with scheme %r not opened", target.scheme())


@functools.lru_cache(maxsize=1024)
def _needs_rich_text(text: str) -> bool:
    """Whether the sanitised HTML shows anything plain text cannot: emphasis, links, lists…

    ``<div style="color:red">note</div>`` is plain once the style is gone, and a plain label
    costs a fifth of a rich one.
    """
    return _RICH_TAG.search(field_html(text)) is not None


def text_label(text: str, parent: QWidget, *, hint: bool = False) -> QLabel:
    """A label for server text: plain text stays plain, HTML goes through ``field_html``."""
    label = QLabel(parent)
    if has_markup(text) and _needs_rich_text(text):
        shown = field_html(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(shown)
        wrap = needs_wrap(plain_text(text))
        if "<a " in shown:
            label.linkActivated.connect(_open_link)
    else:
        if has_markup(text):
            text = plain_text(field_html(text))  # (placeholders of images stay as words)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        wrap = needs_wrap(text)
    if wrap:
        label.setWordWrap(True)
    if hint:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def plain_label(text: str, parent: QWidget) -> QLabel:
    """A plain-text label (no rich-text detection), wrapping only when long."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    if needs_wrap(text):
        label.setWordWrap(True)
    return label


def field_title(definition: FieldDefinition) -> str:
    """What the agent reads as the field's name (plain text)."""
    return definition.title or definition.code or QCoreApplication.translate("FieldWidget", "Unnamed field")


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
        self._error_label: QLabel | None = None
        self.description_label: QLabel | None = None
        self.title = field_title(definition)

    # -- building blocks for subclasses ----------------------------------------------------
    def finish(self, input_widget: QWidget) -> None:
        """Add the description below the input; set accessibility on the input."""
        self._input = input_widget
        desc = self.definition.description
        if desc and self.show_description():
            self.description_label = text_label(desc, self, hint=True)
            self._layout.addWidget(self.description_label)
        input_widget.setAccessibleName(self.title)
        description = self.accessible_description()
        if description:
            input_widget.setAccessibleDescription(description)

    def show_description(self) -> bool:
        return True

    def accessible_description(self) -> str:
        parts = []
        if self.definition.required:
            parts.append(self.tr("Required."))
        if self.definition.description:
            parts.append(plain_text(self.definition.description))
        return " ".join(parts)

    # -- the contract ----------------------------------------------------------------------
    def input_widget(self) -> QWidget:
        return self._input

    def value(self) -> Value:
        raise NotImplementedError

    def set_value(self, value: Value) -> None:
        raise NotImplementedError

    @property
    def error_label(self) -> QLabel:
        """The inline error line (made on first use: most fields never show one)."""
        if self._error_label is None:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
            label.setPalette(palette)
            label.setAccessibleName(self.tr("Error in %1").replace("%1", self.title))
            label.hide()
            self._layout.addWidget(label)
            self._error_label = label
        return self._error_label

    def set_error(self, text: str | None) -> None:
        if not text and self._error_label is None:
            return
        label = self.error_label
        label.setText(text or "")
        label.setVisible(bool(text))
        base = self.accessible_description()
        self._input.setAccessibleDescription(f"{text} {base}".strip() if text else base)

    def error(self) -> str:
        label = self._error_label
        return label.text() if label is not None and label.isVisibleTo(self) else ""

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


def problem_reason(definition: FieldDefinition) -> str:
    """Why an unusable field cannot be shown, in plain words (and what it means if required)."""
    translate = QCoreApplication.translate
    problem = definition.problem or FieldProblem.UNKNOWN_TYPE
    if problem is FieldProblem.UNKNOWN_TYPE:
        if definition.type:
            why = translate(
                "FieldWidget",
                "This field cannot be shown: its type \u201c%1\u201d is not supported by this app.",
            ).replace("%1", definition.type)
        else:
            why = translate("FieldWidget", "This field cannot be shown: the service sent it without a type.")
    elif problem is FieldProblem.NO_OPTIONS:
        why = translate("FieldWidget", "This field cannot be shown: the service sent it without options.")
    elif problem is FieldProblem.NO_CODE:
        why = translate("FieldWidget", "This field cannot be shown: the service sent it without a code.")
    elif problem is FieldProblem.NO_ID:
        why = translate("FieldWidget", "This field cannot be shown: the service sent it without an ID.")
    elif problem is FieldProblem.DUPLICATE_CODE:
        why = translate(
            "FieldWidget", "This field cannot be shown: a field above already uses its code \u201c%1\u201d."
        ).replace("%1", definition.code)
    else:
        why = translate(
            "FieldWidget", "This field cannot be shown: the service sent it in a form the app cannot read."
        )
    if definition.required and problem is not FieldProblem.DUPLICATE_CODE:
        why += " " + translate(
            "FieldWidget",
            "It is required, so the service may refuse the ticket until an administrator fixes the form.",
        )
    return why


class UnusableFieldWidget(FieldWidget):
    """A field this version cannot show (``problem`` set, or a type without a widget class):
    a visible read-only row that says why; it has no value and is never sent."""

    def __init__(self, definition: FieldDefinition, parent: QWidget | None = None) -> None:
        super().__init__(definition, parent)
        self.reason = problem_reason(definition)
        label = plain_label(self.reason, self)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # inert, yet readable and read out
        label.setAccessibleName(self.title)
        self._layout.addWidget(label)
        self.finish(label)
        label.setAccessibleDescription(f"{self.reason} {self.accessible_description()}".strip())

    def show_description(self) -> bool:
        return False

    def accessible_description(self) -> str:
        return plain_text(self.definition.description) if self.definition.description else ""

    def value(self) -> Value:
        return ""

    def set_value(self, value: Value) -> None:
        pass


def create_field_widget(definition: FieldDefinition, parent: QWidget | None = None) -> FieldWidget:
    if definition.problem is not None:
        return UnusableFieldWidget(definition, parent)
    cls = REGISTRY.get(definition.type)
    if cls is None:
        log.warning(
            "unknown field type %r (code %r, id %s): shown read-only",
            definition.type,
            definition.code,
            definition.field_id,
        )
        return UnusableFieldWidget(definition, parent)
    return cls(definition, parent)
