"""New ticket on behalf of a caller: caller box, inquiry-type picker, generated form, tray, submit.

Hooks for other work areas:

* ``NewTicketPanel.usercode_entered(str)`` — emitted when the caller's user code stops changing
  (debounced ~400 ms, non-empty); it feeds the caller's recent tickets, shown in a collapsible
  column beside the form (``RecentTicketsWidget``, "Recent tickets" toggles it).
* ``ctx.bus.new_ticket_for(dict)`` pre-fills the caller; the shell routes "Insert into ticket"
  to ``insert_text`` when this form is the active editor; ``ctx.bus.ticket_created(usercode,
  id)`` is emitted after success; "Show customer history" emits ``ctx.bus.show_customer``.
* Keyboard: the shell's actions table owns the keys and calls the panel's command methods
  (``focus_search`` = inquiry-type filter, ``focus_caller``, ``submit``, ``refresh``); outside
  the shell Ctrl+Enter still submits through ``keyPressEvent``.

The panel composes and decides; it leaves the rest to its parts:

* ``TicketDraftBinding`` (``draft_binding.py``) keeps the draft on disk (at most ~0.6 s behind
  the last change, flushed at shutdown) and offers the drafts found on disk; the panel says what
  a draft holds (``draft_snapshot``) and how one is applied (``apply_draft``);
* ``ProblemPresenter`` (``problems.py``) marks and words problems and outcomes;
* ``tasks.send_once.SendOnce`` sends once and decides an unclear failure; the panel only shows
  the ``Outcome``. After a success the ticket ID stays on screen until the agent starts on the
  next ticket: a submit press on the untouched reset form does nothing else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QWidget,
)

from contiple_desktop.domain import fields as field_rules
from contiple_desktop.domain.models import Category, FieldDefinition
from contiple_desktop.tasks import ticket_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.drafts import DraftAutosaver
from contiple_desktop.tasks.send_once import Outcome, OutcomeKind, SendOnce
from contiple_desktop.ui.tab_order import set_tab_order, tab_stops
from contiple_desktop.ui.task_scope import TaskScope
from contiple_desktop.ui.ticket.caller import USERCODE
from contiple_desktop.ui.ticket.desk import TicketDesk
from contiple_desktop.ui.ticket.draft_binding import TicketDraftBinding
from contiple_desktop.ui.ticket.layout import ENTER_KEYS, TicketLayout
from contiple_desktop.ui.ticket.problems import ProblemPresenter
from contiple_desktop.ui.ticket.type_loading import TypeLoading


class NewTicketPanel(TypeLoading):
    """New ticket work area.

    Signals:
        usercode_entered(str): the caller's user code settled (debounced, non-empty).
        ticket_submitted(str): the ID of a ticket just created.
    """

    usercode_entered = Signal(str)
    ticket_submitted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, load_now: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading_started = False  # inquiry types asked for (load_now, first show, first use)
        self.setObjectName("ticket-panel")
        self.setAccessibleName(self.tr("New ticket"))
        self.tasks = TaskScope(self, "ticket")
        self._definitions: list[FieldDefinition] = []
        self._categories: list[Category] = []
        self._pending_category: int | None = None
        self._pending_values: dict[str, field_rules.Value] = {}
        self._loading = False
        self._waiting_uploads = False
        self._sent_usercode = ""
        self._sent_and_untouched = False  # a success banner whose form the agent has not touched
        self._build_ui()
        self.problems = ProblemPresenter(
            self.caller, self.form, self.result, self.scroll_area, lambda: self._definitions, self
        )
        self.flow = SendOnce(ctx, self.tasks, self)
        self.flow.phase_changed.connect(self._update_submit_button)
        self.flow.finished.connect(self._on_outcome)
        self.draft = TicketDraftBinding(
            ctx, self.drafts, self.tasks, self.draft_snapshot, self.apply_draft, self
        )
        self.draft.saved.connect(lambda: self.status.setText(self.tr("Draft saved automatically.")))
        for sig in (self.caller.changed, self.form.changed, self.tray.changed):
            sig.connect(self._on_edit)
        self.tray.changed.connect(self._on_tray_changed)
        self.caller.usercode_settled.connect(self._on_usercode)
        self.picker.category_chosen.connect(self._on_type_chosen)
        self.result.show_history.connect(ctx.bus.show_customer)
        self.result.send_again.connect(self.submit)
        self.caller.usercode_settled.connect(self.recent.set_usercode)
        self.recent_toggle.toggled.connect(self.show_recent)
        ctx.bus.new_ticket_for.connect(self.prefill_caller)
        ctx.bus.ticket_created.connect(self._on_ticket_created)
        ctx.session.changed.connect(self._on_session_changed)
        ctx.session.language_changed.connect(self._on_language_changed)
        if load_now:
            self.start_loading()
        else:
            self._show_type_hint(self.tr("Loading the inquiry types\u2026"))
        self.draft.check()
        self.desk = TicketDesk(self)  # outbox offer, spam warning, templates (ui/ticket/desk.py)

    # -- layout ----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        parts = TicketLayout(self.ctx, self)
        self.drafts, self.result = parts.drafts, parts.result
        self.picker, self.caller, self.type_label, self.form = (
            parts.picker,
            parts.caller,
            parts.type_label,
            parts.form,
        )
        self.scroll_area, self.recent, self.splitter, self.tray = (
            parts.scroll_area,
            parts.recent,
            parts.splitter,
            parts.tray,
        )
        self.status, self.discard_button, self.confirm_discard = (
            parts.status,
            parts.discard_button,
            parts.confirm_discard,
        )
        self.submit_button, self.recent_toggle = parts.submit_button, parts.recent_toggle
        self.submit_button.clicked.connect(self.submit)
        self.discard_button.clicked.connect(self._ask_discard)
        self.confirm_discard.clicked.connect(self.discard_current)
        self._show_type_hint()

    def _show_type_hint(self, text: str | None = None) -> None:
        if text is None:
            text = (
                self.tr("Choose an inquiry type on the left to load its form.")
                if self.picker.current_id() is None
                else self.tr("Inquiry type: %1").replace("%1", self.picker.path_text())
            )
        self.type_label.setText(text)

    # -- connection, types and forms (loading: ``type_loading.TypeLoading``) ----------------------
    def _on_fields(self, definitions: list[FieldDefinition]) -> None:
        self._loading = True
        try:
            self._definitions = definitions
            self.caller.set_definitions(definitions)
            self.form.set_definitions(definitions)
            file_field = self.form.file_field()
            if file_field is not None:
                file_field.attach_tray(self.tray)
            else:
                self.tray.setParent(self)
                self.tray.hide()
            if self._pending_values:
                self.form.set_values(self._pending_values)
                self._pending_values = {}
        finally:
            self._loading = False
        self._chain_tab_order()
        self._show_type_hint()

    def _chain_tab_order(self) -> None:
        """Tab runs picker → caller → the form's fields → tray → buttons → recent tickets.

        Rows built after the panel would otherwise join the end of the window's focus chain.
        """
        order: list[QWidget] = [*tab_stops(self.picker), *self.caller.edits.values()]
        order += [
            w for field in self.form.built_widgets() for w in tab_stops(field)
        ]  # later chunks chain themselves
        order += [self.submit_button, self.discard_button, self.confirm_discard]  # the primary action first
        order += [*tab_stops(self.recent), self.recent_toggle]
        set_tab_order(order)

    @Slot(str)
    def _on_usercode(self, usercode: str) -> None:
        if usercode:
            self.usercode_entered.emit(usercode)

    # -- drafts ----------------------------------------------------------------------------
    @property
    def saver(self) -> DraftAutosaver:
        """The autosaver of the draft being edited."""
        return self.draft.saver

    def draft_snapshot(self) -> tuple[dict[str, Any], dict[str, str]] | None:
        caller = self.caller.values()
        values = {**self._pending_values, **self.form.values()}
        attachments = self.tray.state()
        if (
            not any(caller.values())
            and all(field_rules.is_empty(v) for v in values.values())
            and not attachments
        ):
            return None
        data = {
            "caller": caller,
            "category_id": self.picker.current_id() or self._pending_category,
            "values": values,
            "attachments": attachments,
            "language": self.ctx.session.content_language,
        }
        subject = values.get("subject", "")
        summary = {
            "caller": caller.get(USERCODE) or caller.get("name") or "",
            "subject": subject if isinstance(subject, str) else "",
            "type": self.picker.path_text(),
        }
        return data, summary

    def _on_edit(self) -> None:
        if not self._loading:
            self._sent_and_untouched = False
            self.draft.schedule()

    def check_drafts(self) -> None:
        """Offer drafts found on disk (other than the one being edited)."""
        self.draft.check()

    @Slot(object)
    def restore_draft(self, draft: Any) -> None:
        self.draft.restore(draft)

    def apply_draft(self, data: dict[str, Any]) -> None:
        """Put a saved draft's values back (the binding has already switched to its key)."""
        self._loading = True
        try:
            self.result.hide()
            self._sent_and_untouched = False
            caller = data.get("caller")
            self.caller.set_values(
                {k: v for k, v in caller.items() if isinstance(v, str)} if isinstance(caller, dict) else {}
            )
            values = data.get("values")
            self._pending_values = (
                {k: v for k, v in values.items() if isinstance(k, str) and _plain_value(v)}
                if isinstance(values, dict)
                else {}
            )
            attachments = data.get("attachments")
            self.tray.restore(
                [a for a in attachments if isinstance(a, dict)] if isinstance(attachments, list) else []
            )
            category = data.get("category_id")
            if isinstance(category, int) and not isinstance(category, bool):
                if self._categories:
                    if not self.picker.select(category):
                        self._show_type_hint(
                            self.tr("The saved inquiry type no longer exists; choose another.")
                        )
                else:
                    self._pending_category = category
            if self._definitions and self.picker.current_id() == category:
                self.form.set_values(self._pending_values)
                self._pending_values = {}
        finally:
            self._loading = False
        self.status.setText(self.tr("Draft restored."))

    @Slot()
    def _ask_discard(self) -> None:
        self.confirm_discard.show()
        self.confirm_discard.setFocus()

    @Slot()
    def discard_current(self) -> None:
        self.confirm_discard.hide()
        self._reset()
        self.status.setText(self.tr("Draft discarded."))

    def _reset(self) -> None:
        """Empty the form for the next caller; the current draft is removed, a new one begins."""
        self._loading = True
        try:
            self.caller.clear()
            self.tray.clear(delete_pasted=True)
            self._pending_values = {}
            for w in self.form.widgets():
                w.set_value([] if w.definition.type == field_rules.CHECKBOX else "")
            self.form.clear_errors()
            self.draft.discard()
            self.scroll_area.verticalScrollBar().setValue(0)  # the next caller starts at the top
        finally:
            self._loading = False

    # -- cross-panel hooks -----------------------------------------------------------------
    @Slot(dict)
    def prefill_caller(self, data: dict[str, Any]) -> None:
        self.caller.prefill_from_bus(data)

    @Slot(str)
    def insert_text(self, text: str) -> bool:
        """Insert ``text`` at the cursor of the content field (kept for later before a type is
        chosen). The shell calls this when the form is the active editor; always accepts."""
        content = self.form.content_field()
        if content is not None:
            self.scroll_area.ensureWidgetVisible(content)
            content.insert_text(text)
        else:
            old = self._pending_values.get("content", "")
            self._pending_values["content"] = f"{old}{text}" if isinstance(old, str) else text
            self._on_edit()
        return True

    def fill(self, category_id: int, values: dict[str, field_rules.Value]) -> bool:
        """Choose ``category_id`` and put ``values`` into its form once it is loaded (a template)."""
        self._pending_values = dict(values)
        if not self.picker.select(category_id):
            self._pending_values = {}
            return False
        return True

    def in_progress(self) -> bool:
        """Whether the agent has started this ticket (a type chosen or anything typed)."""
        return self.picker.current_id() is not None or self.draft_snapshot() is not None

    # -- keyboard commands (the shell's actions table calls these) --------------------------
    @Slot()
    def focus_search(self) -> None:
        """Find: the inquiry-type filter box."""
        self.picker.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.filter.selectAll()

    @Slot()
    def focus_caller(self) -> None:
        """Jump to the caller's user code."""
        edit = self.caller.edits[USERCODE]
        self.scroll_area.ensureWidgetVisible(edit)
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    @Slot()
    def refresh(self) -> None:
        """Reload the inquiry types (and the recent tickets of the caller); forms are asked anew."""
        ticket_ops.refresh_shared(self.ctx)
        self._on_session_changed()

    @Slot(bool)
    def show_recent(self, shown: bool) -> None:
        self.recent.setVisible(shown)
        if self.recent_toggle.isChecked() != shown:
            self.recent_toggle.setChecked(shown)

    def _on_ticket_created(self, usercode: str, _ticket_id: str) -> None:
        # A ticket this form sent has already cleared the column (the caller is reset); one
        # created elsewhere for the caller shown here is listed.
        if usercode and usercode == self.recent.usercode:
            self.recent.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter that reached the panel unhandled (inside the shell the actions table has it)
        if event.key() in ENTER_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- submit ----------------------------------------------------------------------------
    def values(self) -> dict[str, field_rules.Value]:
        caller = self.caller.values()
        return {**{k: caller[k].strip() for k in field_rules.CALLER_CODES}, **self.form.values()}

    @Slot()
    def submit(self) -> None:
        if self.flow.busy or self._waiting_uploads:
            return
        if self._sent_and_untouched and self.result.kind == "success":
            return  # a second press after a success: the ticket ID stays on screen
        self.result.hide()
        self.problems.clear()
        category = self.picker.current_id()
        if category is None or not self._definitions:
            self.result.show_error(self.tr("Choose an inquiry type first."))
            self.picker.filter.setFocus()
            return
        attached = len(self.tray.attachment_ids())
        problems = field_rules.validate(self._definitions, self.values(), attachment_count=attached)
        if problems:
            self.problems.show(problems)
            return
        if self.tray.busy():
            self._waiting_uploads = True
            self._update_submit_button()
            self.result.show_info(self.tr("Waiting for attachments to finish uploading…"))
            return
        failed = self.tray.failed_names()
        if failed:
            self.result.show_error(
                self.tr("These files are not attached yet: %1. Retry or remove them.").replace(
                    "%1", ", ".join(failed)
                )
            )
            return
        ticket = field_rules.build_ticket(
            self._definitions, self.values(), category_id=category, usercode=self.caller.usercode(),
            attachment_ids=self.tray.attachment_ids(), language=self.ctx.session.content_language,
        )  # fmt: skip
        self._sent_usercode = self.caller.usercode()
        if not self.desk.hold(ticket):  # a spam-limit warning holds it
            self.flow.send(ticket_ops.ticket_plan(ticket))

    def _on_tray_changed(self) -> None:
        if self._waiting_uploads and not self.tray.busy():
            self._waiting_uploads = False
            self._update_submit_button()
            self.submit()

    def _update_submit_button(self, *_: object) -> None:
        busy = self.flow.busy or self._waiting_uploads
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("Sending…") if busy else self.tr("Submit ticket"))

    @Slot(object)
    def _on_outcome(self, outcome: Outcome) -> None:
        if outcome.kind is OutcomeKind.CREATED:
            self._on_created(outcome.value.ticket_id, outcome.found_by_lookup)
        elif outcome.kind is OutcomeKind.FAILED:
            assert outcome.error is not None
            self.problems.show_failure(outcome.error, self._definitions)
        else:
            self.problems.show_unresolved(outcome.looked_up)

    def _on_created(self, ticket_id: str, found_by_lookup: bool) -> None:
        usercode = self._sent_usercode
        self.problems.show_created(ticket_id, usercode, found_by_lookup)
        self.recent.set_usercode("")  # the form starts over for the next caller: nothing to re-list
        self.ctx.bus.ticket_created.emit(usercode, ticket_id)
        self.ticket_submitted.emit(ticket_id)
        self._reset()
        self._sent_and_untouched = True
        self.status.setText(self.tr("Ticket sent; the draft was removed."))


def _plain_value(value: object) -> bool:
    """A field value a draft may carry: text, or a list of texts (checkboxes)."""
    return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
