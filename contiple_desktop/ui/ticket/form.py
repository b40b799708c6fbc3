"""The inquiry-type form: built from field definitions through the widget registry.

Caller fields (``name``, ``mail``, ``phone``) live in the caller box and ``category`` in the
type picker, so they are skipped here. ``problem_text`` turns a validation ``Problem`` into a
sentence that names the field and the rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from contiple_desktop.domain import fields as F
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.ticket import date_fields, field_widgets  # noqa: F401  (register widget classes)
from contiple_desktop.ui.ticket.field_base import FieldWidget, create_field_widget
from contiple_desktop.ui.ticket.field_widgets import FileField, TextAreaField


def problem_text(problem: F.Problem, title: str, field_type: str = "") -> str:
    """A translated sentence naming the field and the rule it breaks."""
    q = f"\u201c{title}\u201d"
    translate = QCoreApplication.translate  # lupdate extracts translate("ctx", "literal") calls
    if problem.rule is F.Rule.REQUIRED:
        if field_type == F.AGREE:
            return translate("TicketForm", "%1 must be accepted.").replace("%1", q)
        return translate("TicketForm", "%1 is required.").replace("%1", q)
    if problem.rule is F.Rule.LENGTH:
        if problem.limit:
            text = translate("TicketForm", "%1 is too long: at most %2 characters.")
            return text.replace("%1", q).replace("%2", str(problem.limit))
        return translate("TicketForm", "%1 is too long.").replace("%1", q)
    if problem.rule is F.Rule.EMAIL:
        return translate("TicketForm", "%1 is not a valid e-mail address.").replace("%1", q)
    if problem.rule is F.Rule.OPTION:
        return translate("TicketForm", "%1: choose one of the offered options.").replace("%1", q)
    if problem.rule is F.Rule.PERIOD_ORDER:
        return translate("TicketForm", "%1: the start must not be after the end.").replace("%1", q)
    if problem.rule is F.Rule.FORMAT:
        examples = {
            F.DATE: "2024-01-31",
            F.DATETIME: "2024-01-31 13:00",
            F.DATE_PERIOD: "2024-01-01 ~ 2024-01-31",
            F.DATETIME_PERIOD: "2024-01-01 09:00 ~ 2024-01-31 18:00",
        }
        if field_type in examples:
            return (
                translate("TicketForm", "%1 must look like %2.")
                .replace("%1", q)
                .replace("%2", examples[field_type])
            )
        return translate("TicketForm", "%1 has an invalid value.").replace("%1", q)
    return translate("TicketForm", "The server refused the value of %1.").replace("%1", q)


class TicketForm(QWidget):
    """The custom part of the form for one inquiry type.

    Signals:
        changed(): any field value changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket-form")
        self.setAccessibleName(self.tr("Ticket form"))
        self._layout = QFormLayout(self)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._widgets: dict[str, FieldWidget] = {}
        self._order: list[FieldWidget] = []
        self.definitions: list[FieldDefinition] = []

    def set_definitions(self, definitions: Sequence[FieldDefinition]) -> None:
        """Rebuild the form; values of codes that exist in both forms are kept."""
        kept = self.values()
        old_file = self.file_field()
        tray = old_file.tray if old_file is not None else None
        if tray is not None:
            tray.setParent(None)  # the tray outlives the form rows
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._widgets.clear()
        self._order.clear()
        self.definitions = list(definitions)
        for defn in self.definitions:
            if defn.code in F.CALLER_CODES or defn.code in F.PICKER_CODES:
                continue
            widget = create_field_widget(defn, self)
            label = QLabel(self._label_text(defn), self)
            label.setBuddy(widget.input_widget())
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self._layout.addRow(label, widget)
            self._order.append(widget)
            if defn.code not in self._widgets:
                self._widgets[defn.code] = widget
            widget.changed.connect(self.changed)
            if defn.code in kept:
                widget.set_value(kept[defn.code])

    @staticmethod
    def _label_text(defn: FieldDefinition) -> str:
        title = defn.title or defn.code
        return f"{title} *" if defn.required else title

    # -- access ----------------------------------------------------------------------------
    def widgets(self) -> list[FieldWidget]:
        return list(self._order)

    def widget_for(self, code: str) -> FieldWidget | None:
        return self._widgets.get(code)

    def file_field(self) -> FileField | None:
        return next((w for w in self._order if isinstance(w, FileField)), None)

    def content_field(self) -> TextAreaField | None:
        w = self._widgets.get("content")
        if isinstance(w, TextAreaField):
            return w
        return next((x for x in self._order if isinstance(x, TextAreaField)), None)

    def values(self) -> dict[str, F.Value]:
        out: dict[str, F.Value] = {}
        for w in self._order:
            if w.definition.type not in F.NO_VALUE_TYPES:
                out.setdefault(w.definition.code, w.value())
        return out

    def set_values(self, values: Mapping[str, F.Value]) -> None:
        for code, value in values.items():
            w = self._widgets.get(code)
            if w is not None:
                w.set_value(value)

    # -- errors ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        for w in self._order:
            w.set_error(None)

    def show_problem(self, problem: F.Problem) -> FieldWidget | None:
        w = self._widgets.get(problem.code)
        if w is None:
            w = next((x for x in self._order if x.definition.field_id == problem.field_id), None)
        if w is not None:
            w.set_error(problem_text(problem, w.title, w.definition.type))
        return w
