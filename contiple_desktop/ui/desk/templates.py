"""Templates in the new-ticket form: the type-ahead picker, applying one whole, saving the form.

``TicketTemplates`` belongs to one ``NewTicketPanel`` (built by ``ui.ticket.desk.TicketDesk``):

* ``open_picker()`` (Ctrl+T): the profile's templates in a ``TypeAheadPicker``
  (``domain.templates.matching``); Enter applies the highlighted one;
* ``apply(template)``: loads the current form of the template's inquiry type
  (``template_ops.load_template_form``) and runs ``domain.templates.apply`` with the caller box
  (``{name}``, ``{phone}``, ``{user_code}``) and the call in progress (``{call_summary}``: what
  the call view's "Insert call summary" inserts, "" without a call). A template whose inquiry type or
  fields are gone is flagged and **not** applied; otherwise the type is chosen and every value
  filled (``fill``: the panel's ``pending_values``); unknown placeholders stay as written and are flagged;
* ``ask_name()`` / ``save_current(name)``: "Save as template…" from the current form (the
  caller's own name, phone and user code become placeholders).

Everything is said inline in ``TemplateNotice`` (never a modal).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.domain.templates import Applied, Caller, Template, Value, apply, from_form, matching
from contiple_desktop.tasks import template_ops
from contiple_desktop.tasks.send_once import local_now_ms
from contiple_desktop.tasks.template_ops import TemplateList
from contiple_desktop.ui.desk.picker import Entry, TypeAheadPicker
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.formatting import fill, join_list
from contiple_desktop.ui.task_scope import TaskScope

if TYPE_CHECKING:
    from contiple_desktop.ui.ticket.panel import NewTicketPanel


def _braced(names: Sequence[str]) -> str:
    return join_list("{" + n + "}" for n in names)


class TemplateNotice(QFrame):
    """What happened to a template (applied, flagged, saved), and the name box for "Save as".

    Signals:
        save_requested(str): the agent confirmed a name for the new template.
    """

    save_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template-notice")
        self.setAccessibleName(self.tr("Template notice"))
        self.kind = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Template message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.message, 1)
        self.close_button = QPushButton("\u00d7", self)
        self.close_button.setFlat(True)
        self.close_button.setAccessibleName(self.tr("Close template message"))
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.name_row = QWidget(self)
        row = QHBoxLayout(self.name_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.name_row)
        self.name_edit.setAccessibleName(self.tr("Template name"))
        self.name_edit.setPlaceholderText(self.tr("Template name, e.g. Password reset"))
        self.save_button = QPushButton(self.tr("Save template"), self.name_row)
        self.save_button.setAccessibleName(self.tr("Save template"))
        self.save_button.setAutoDefault(False)
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.save_button)
        layout.addWidget(self.name_row)
        self.name_row.hide()
        self.save_button.clicked.connect(self._save)
        self.name_edit.returnPressed.connect(self._save)
        self.hide()

    def say(self, kind: str, text: str) -> None:
        """``kind``: "info", "applied", "flagged" (amber) or "error"."""
        colours = {"flagged": ("#fef7e0", "#f9ab00"), "error": ("#fce8e6", "#d93025")}
        bg, border = colours.get(kind, ("#e8f0fe", "#4285f4"))
        self.setStyleSheet(
            f"QFrame#template-notice {{ background: {bg}; border: 1px solid {border}; border-radius: 4px; }}"
        )
        self.kind = kind
        self.message.setText(text)
        self.name_row.hide()
        self.show()

    def ask_name(self, suggestion: str) -> None:
        self.say("info", self.tr("Save the current inquiry type and field values as a template:"))
        self.name_edit.setText(suggestion)
        self.name_row.show()
        self.name_edit.selectAll()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        name = self.name_edit.text().strip()
        if name:
            self.name_row.hide()
            self.save_requested.emit(name)


class TicketTemplates(QObject):
    """Templates for one new-ticket panel. Signals: applied(str): a template's name was applied."""

    applied = Signal(str)

    def __init__(self, panel: NewTicketPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.ctx = panel.ctx
        self.tasks = TaskScope(self, "templates")
        self.templates: list[Template] = []
        self.notice = TemplateNotice(panel)
        self.notice.save_requested.connect(self.save_current)
        self.picker: TypeAheadPicker | None = None

    # -- picking ---------------------------------------------------------------------------
    def reload(self, then: object = None) -> None:
        def loaded(result: TemplateList) -> None:
            self.templates = result.templates
            if result.damaged is not None:
                self.notice.say(
                    "error",
                    fill(self.tr("The template file was damaged; it was kept in %1."), str(result.damaged)),
                )
            if callable(then):
                then()

        self.tasks.track(template_ops.load_templates(self.ctx, on_success=loaded, on_failure=self._failed))

    @Slot()
    def open_picker(self) -> None:
        """Ctrl+T: the type-ahead list of templates (loaded fresh from disk first)."""
        self.reload(self._show_picker)

    def _show_picker(self) -> None:
        if self.picker is None:
            self.picker = TypeAheadPicker(
                self.tr("Apply a template"), self.tr("Type a template name"), self.panel
            )
            self.picker.chosen.connect(self.apply)
        self.picker.set_source(
            self._entries,
            self.tr("No templates yet. Fill in a form and choose Tools \u25b8 Save form as template."),
        )
        self.picker.popup(self.panel)

    def _entries(self, typed: str) -> list[Entry]:
        return [(t.name, t.subject, t) for t in matching(self.templates, typed)]

    # -- applying --------------------------------------------------------------------------
    @Slot(object)
    def apply(self, template: object) -> None:
        if not isinstance(template, Template):
            return
        self.notice.say("info", fill(self.tr("Applying the template \u201c%1\u201d\u2026"), template.name))
        self.tasks.track(
            template_ops.load_template_form(  # the form the new-ticket panel shows (shared cache)
                self.ctx,
                template,
                on_success=lambda defs: self._apply(template, defs),
                on_failure=self._failed,
            )  # fmt: skip
        )

    def caller(self) -> Caller:
        values = self.panel.caller.values()
        return Caller(
            values.get("name", "").strip(), values.get("phone", "").strip(), self.panel.caller.usercode()
        )

    def call_summary(self) -> str:
        """The call in progress: ``Call 14:02–14:09 (7 min)`` and its notes (the call view's
        "Insert call summary"); "" without a call."""
        from contiple_desktop.tasks.call_session import call_session
        from contiple_desktop.ui.ticket.call_view import call_summary

        return call_summary(call_session(self.ctx))

    def _apply(self, template: Template, definitions: list[FieldDefinition] | None) -> None:
        result = apply(template, self.caller(), self.call_summary(), definitions)
        if not result.ok:
            self.notice.say("flagged", self.flag_text(template, result))
            return
        if not self.fill(template.category_id, result.values):
            self.notice.say("flagged", self.flag_text(template, Applied({}, missing_category=True)))
            return
        notes = []
        if result.unknown_placeholders:
            notes.append(
                fill(
                    self.tr("Left as written (unknown placeholders): %1."),
                    _braced(result.unknown_placeholders),
                )
            )
        if result.empty_placeholders:
            notes.append(fill(self.tr("No caller data for: %1."), _braced(result.empty_placeholders)))
        head = fill(self.tr("Template \u201c%1\u201d applied."), template.name)
        self.notice.say("flagged" if notes else "applied", " ".join([head, *notes]))
        self.applied.emit(template.name)

    def fill(self, category_id: int, values: dict[str, Value]) -> bool:
        """Choose ``category_id`` and put ``values`` into its form once it is loaded (the panel
        applies ``pending_values`` when the form arrives, at once when it is cached)."""
        panel = self.panel
        panel.pending_values = dict(values)
        if not panel.picker.select(category_id):
            panel.pending_values = {}
            return False
        return True

    def flag_text(self, template: Template, result: Applied) -> str:
        head = fill(self.tr("Template \u201c%1\u201d was not applied:"), template.name)
        if result.missing_category:
            why = self.tr(
                "its inquiry type no longer exists. Delete it, or make it again from a current form."
            )
        else:
            parts = []
            if result.missing_fields:
                parts.append(fill(self.tr("these fields are gone: %1"), join_list(result.missing_fields)))
            if result.invalid_fields:
                parts.append(
                    fill(self.tr("these values no longer fit: %1"), join_list(result.invalid_fields))
                )
            why = "; ".join(parts) + "."
        return f"{head} {why}"

    # -- saving ----------------------------------------------------------------------------
    @Slot()
    def ask_name(self) -> None:
        """ "Save as template…": asks for a name inline (the subject is the suggestion)."""
        if self.panel.picker.current_id() is None:
            self.notice.say("error", self.tr("Choose an inquiry type and fill in the form first."))
            return
        subject = self.panel.form.values().get("subject", "")
        self.notice.ask_name(subject if isinstance(subject, str) else "")

    @Slot(str)
    def save_current(self, name: str) -> None:
        category = self.panel.picker.current_id()
        if category is None:
            return
        template = from_form(
            self.panel.form.values(), category, name, definitions=self.panel.form.definitions,
            language=self.ctx.session.content_language, caller=self.caller(), now_ms=local_now_ms(),
        )  # fmt: skip
        same = next((t for t in self.templates if t.name.casefold() == template.name.casefold()), None)
        if same is not None:  # saving under an existing name replaces that template
            template = Template(template.name, template.category_id, template.values, template.language,
                                template_id=same.template_id, updated_ms=template.updated_ms)  # fmt: skip

        def saved(templates: list[Template]) -> None:
            self.templates = templates
            self.notice.say("applied", fill(self.tr("Saved the template \u201c%1\u201d."), template.name))

        self.tasks.track(
            template_ops.save_template(self.ctx, template, on_success=saved, on_failure=self._failed)
        )

    def _failed(self, exc: BaseException) -> None:
        text = describe(exc)
        self.notice.say("error", f"{text.title}: {text.message}".strip())
