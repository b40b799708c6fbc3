"""The inquiry-type form: built from field definitions through the widget registry.

Caller fields (``name``, ``mail``, ``phone``) live in the caller box and ``category`` in the
type picker, so they are skipped here. ``problem_text`` (``form_text``) turns a validation
``Problem`` into a sentence that names the field and the rule.

Unusable definitions (``domain.fields.classify``) become read-only rows that say why; when some
of them are required the form says so at its top (``unrenderable_required``), before any submit.

**Building never stalls the GUI** (``form_rows.RowBuilder``): rows are built in chunks of a few
milliseconds, one step per event-loop turn; the first chunk at once (the rows on screen first);
``built`` fires when every row exists. Nothing waits for the rest: values for rows not built yet
are kept and applied when they are (``values()`` includes them), and the accessors that name a
row (``widget_for``, ``file_field``, ``content_field``, ``show_problem(s)``) build up to that row
first; ``widgets()`` builds everything (``built_widgets()`` does not).

**Errors stay true** (``form_checks.LiveChecks``): after errors were shown, an error clears as
soon as its field is valid, and ``problems_changed`` keeps the banner's count right.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.ticket import date_fields, field_widgets  # noqa: F401  (register widget classes)
from contiple_desktop.ui.ticket.field_base import ERROR_COLOR, FieldWidget, create_field_widget
from contiple_desktop.ui.ticket.field_widgets import FileField, TextAreaField
from contiple_desktop.ui.ticket.form_checks import LiveChecks
from contiple_desktop.ui.ticket.form_rows import RowBuilder
from contiple_desktop.ui.ticket.form_text import problem_text, unrenderable_text

__all__ = ["TicketForm", "problem_text", "unrenderable_text"]

log = logging.getLogger(__name__)


def _empty(defn: FieldDefinition) -> fields.Value:
    return [] if defn.type == fields.CHECKBOX else ""


class TicketForm(QWidget):
    """The custom part of the form for one inquiry type.

    Signals:
        changed(): any field value changed.
        problems_changed(list): the problems shown in the form changed; the argument is
            ``problems()`` (``domain.fields.Problem`` objects, top to bottom).
        built(): every row of the current definitions exists (after the last chunk).
        rows_added(list): rows joined the form (a chunk at a time); the argument is their Tab
            stops, top to bottom.
    """

    changed = Signal()
    problems_changed = Signal(list)
    built = Signal()
    rows_added = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticket-form")
        self.setAccessibleName(self.tr("Ticket form"))
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._notice = QLabel(self)
        self._notice.setTextFormat(Qt.TextFormat.PlainText)
        self._notice.setWordWrap(True)
        self._notice.setAccessibleName(self.tr("Form warning"))
        palette = self._notice.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOR)
        self._notice.setPalette(palette)
        self._notice.hide()
        self._outer.addWidget(self._notice)
        self._rows = RowBuilder(self, self._outer, self._make_row)
        self._rows.built.connect(self.built)
        self._rows.inserted.connect(self.rows_added)
        self._row_of: dict[str, int] = {}  # code → index of the row widget_for returns
        self._pending: dict[str, fields.Value] = {}  # values for rows not built yet
        self._widgets: dict[str, FieldWidget] = {}
        self._order: list[FieldWidget] = []
        self.checks = LiveChecks(self, self.changed, self.problems_changed)
        self.definitions: list[FieldDefinition] = []

    # -- building --------------------------------------------------------------------------
    def set_definitions(self, definitions: Sequence[FieldDefinition]) -> None:
        """Rebuild the form; values of codes that exist in both forms are kept."""
        kept = self.values()
        old_file = self._file_widget()
        tray = old_file.tray if old_file is not None else None
        if tray is not None:
            tray.setParent(None)  # the tray outlives the form rows
        self.checks.reset()
        self._widgets.clear()
        self._order.clear()
        self.definitions = fields.classify(definitions)
        for before, after in zip(definitions, self.definitions, strict=True):
            if after.problem is not None and before.problem is None:  # not logged by the parser
                log.warning(
                    "form field (code %r, id %s, type %r) shown read-only: %s",
                    after.code[:80], after.field_id, after.type[:40], after.problem.value,
                )  # fmt: skip
        skip = (*fields.CALLER_CODES, *fields.PICKER_CODES)
        rows = [d for d in self.definitions if d.code not in skip]
        self._row_of = {}
        for index, defn in enumerate(rows):
            if defn.problem is None:
                self._row_of.setdefault(defn.code, index)
        for index, defn in enumerate(rows):  # an unusable row only where no usable one is
            if defn.code:
                self._row_of.setdefault(defn.code, index)
        self._pending = {d.code: kept[d.code] for d in rows if d.problem is None and d.code in kept}
        notice = unrenderable_text(self.definitions)
        self._notice.setText(notice)
        self._notice.setVisible(bool(notice))
        self._rows.start(rows)

    def _make_row(self, defn: FieldDefinition, index: int, parent: QWidget) -> FieldWidget:
        """RowBuilder's callback: the widget of row ``index``, registered with the form."""
        widget = create_field_widget(defn, parent)
        self._order.append(widget)
        if self._row_of.get(defn.code) == index:
            self._widgets[defn.code] = widget  # an unusable one too: a server error can land there
        if defn.problem is None and defn.code in self._pending:
            widget.set_value(self._pending.pop(defn.code))
        widget.changed.connect(self.checks.field_changed)
        return widget

    def is_built(self) -> bool:
        """Whether every row exists (else ``built`` follows)."""
        return self._rows.is_built()

    def finish_building(self) -> None:
        """Build every remaining row now (synchronously)."""
        self._rows.build_through(len(self._rows.rows) - 1)

    # -- access ----------------------------------------------------------------------------
    def widgets(self) -> list[FieldWidget]:
        """Every row's widget, top to bottom (builds the rest of the form first)."""
        self.finish_building()
        return list(self._order)

    def built_widgets(self) -> list[FieldWidget]:
        """The rows built so far (no building)."""
        return list(self._order)

    def widget_for(self, code: str) -> FieldWidget | None:
        index = self._row_of.get(code)
        if index is None:
            return None
        self._rows.build_through(index)
        return self._widgets.get(code)

    def _file_widget(self) -> FileField | None:
        return next((w for w in self._order if isinstance(w, FileField)), None)

    def _first_row(self, field_type: str) -> int | None:
        rows = self._rows.rows
        return next((i for i, d in enumerate(rows) if d.type == field_type and d.problem is None), None)

    def file_field(self) -> FileField | None:
        index = self._first_row(fields.FILE)
        if index is None:
            return None
        self._rows.build_through(index)
        return self._file_widget()

    def content_field(self) -> TextAreaField | None:
        w = self.widget_for("content")
        if isinstance(w, TextAreaField):
            return w
        index = self._first_row(fields.TEXTAREA)
        if index is None:
            return None
        self._rows.build_through(index)
        return next((x for x in self._order if isinstance(x, TextAreaField)), None)

    def values(self) -> dict[str, fields.Value]:
        """Values of the usable fields by code, rows not built yet included (unusable rows
        have none)."""
        out: dict[str, fields.Value] = {}
        for w in self._order:
            defn = w.definition
            if defn.problem is None and defn.type not in fields.NO_VALUE_TYPES:
                out.setdefault(defn.code, w.value())
        for defn in self._rows.rows[self._rows.next :]:
            if defn.problem is None and defn.type not in fields.NO_VALUE_TYPES:
                out.setdefault(defn.code, self._pending.get(defn.code, _empty(defn)))
        return out

    def set_values(self, values: Mapping[str, fields.Value]) -> None:
        for code, value in values.items():
            index = self._row_of.get(code)
            if index is None or self._rows.rows[index].problem is not None:
                continue
            if index < self._rows.next:
                self._widgets[code].set_value(value)
            else:
                self._pending[code] = value

    def unrenderable_required(self) -> list[FieldDefinition]:
        """Required fields of this form the app cannot show (the server will demand them)."""
        return fields.unrenderable_required(self.definitions)

    # -- errors (see form_checks) ----------------------------------------------------------
    def problems(self) -> list[fields.Problem]:
        """The problems shown in the form now, top to bottom (caller fields are not here)."""
        return self.checks.problems(self._order)

    def clear_errors(self) -> None:
        """Hide every error and stop re-checking (until errors are shown again)."""
        self.checks.clear()

    def show_problem(self, problem: fields.Problem) -> FieldWidget | None:
        """Show one problem on its row (by code, else field id); None when not in the form."""
        return self.checks.show([problem], self._place, self._order, single=True)

    def show_problems(self, problems: Iterable[fields.Problem]) -> FieldWidget | None:
        """Show every problem that belongs to the form (one ``problems_changed``); returns the
        topmost row that shows one (to scroll to and focus), or None."""
        return self.checks.show(list(problems), self._place, self._order)

    def _place(self, problem: fields.Problem) -> FieldWidget | None:
        w = self.widget_for(problem.code)
        if w is None and problem.field_id > 0:
            rows = self._rows.rows
            index = next((i for i, d in enumerate(rows) if d.field_id == problem.field_id), None)
            if index is not None:
                self._rows.build_through(index)
                w = self._order[index]
        return w
