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

Drafts: everything (caller, type, values, attachment state) is saved ~500 ms after each change
on the runner and flushed at shutdown (``ctx.flush_hooks``); drafts found at start-up are
offered in a banner. A submitted draft is deleted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain import fields as F
from contiple_desktop.domain.models import Category, FieldDefinition
from contiple_desktop.errors import SpamLimitError, ValidationError
from contiple_desktop.storage.drafts import KIND_TICKET, Draft, DraftAutosaver, new_draft_key, shared_store
from contiple_desktop.tasks import ticket_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.history.recent import RecentTicketsWidget
from contiple_desktop.ui.tab_order import set_tab_order, tab_stops
from contiple_desktop.ui.task_scope import TaskScope
from contiple_desktop.ui.ticket.banners import DraftBanner, ResultBanner
from contiple_desktop.ui.ticket.caller import USERCODE, CallerBox
from contiple_desktop.ui.ticket.form import TicketForm, problem_text
from contiple_desktop.ui.ticket.submit import SubmitFlow
from contiple_desktop.ui.ticket.type_picker import TypePicker

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterButton(QPushButton):
    """A push button that Enter/Return also presses (outside dialogs only Space does)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self.isEnabled():
                self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class NewTicketPanel(QWidget):
    """New ticket work area.

    Signals:
        usercode_entered(str): the caller's user code settled (debounced, non-empty).
        ticket_submitted(str): the ID of a ticket just created.
    """

    usercode_entered = Signal(str)
    ticket_submitted = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ticket-panel")
        self.setAccessibleName(self.tr("New ticket"))
        self.store = shared_store(ctx.paths.drafts_dir)
        self.tasks = TaskScope(self, "ticket")
        self._cache = ticket_ops.FieldCache()
        self._definitions: list[FieldDefinition] = []
        self._categories: list[Category] = []
        self._pending_category: int | None = None
        self._pending_values: dict[str, F.Value] = {}
        self._loading = False
        self._waiting_uploads = False
        self._build_ui()
        self.flow = SubmitFlow(ctx, self.tasks, self)
        self.flow.state_changed.connect(self._update_submit_button)
        self.flow.created.connect(self._on_created)
        self.flow.failed.connect(self._on_failed)
        self.flow.unresolved.connect(self._on_unresolved)
        self.saver = DraftAutosaver(
            self.store, ctx.runner, KIND_TICKET, new_draft_key(), self.draft_snapshot, parent=self
        )
        ctx.add_flush_hook(self, self._flush_hook)
        for sig in (self.caller.changed, self.form.changed, self.tray.changed):
            sig.connect(self._on_edit)
        self.tray.changed.connect(self._on_tray_changed)
        self.caller.usercode_settled.connect(self._on_usercode)
        self.picker.category_chosen.connect(self._on_type_chosen)
        self.drafts.restore_requested.connect(self.restore_draft)
        self.drafts.discard_requested.connect(self._discard_listed)
        self.result.show_history.connect(ctx.bus.show_customer)
        self.result.send_again.connect(self.submit)
        self.caller.usercode_settled.connect(self.recent.set_usercode)
        self.recent_toggle.toggled.connect(self.show_recent)
        ctx.bus.new_ticket_for.connect(self.prefill_caller)
        ctx.bus.ticket_created.connect(self._on_ticket_created)
        ctx.session.changed.connect(self._on_session_changed)
        ctx.session.language_changed.connect(self._on_language_changed)
        self._on_session_changed()
        self.check_drafts()

    # -- layout ----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        self.drafts = DraftBanner(self)
        self.result = ResultBanner(self)
        outer.addWidget(self.drafts)
        outer.addWidget(self.result)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.picker = TypePicker(split)
        self.picker.setMinimumWidth(220)
        body = QWidget()
        col = QVBoxLayout(body)
        self.caller = CallerBox(body)
        self.type_label = QLabel(body)
        self.type_label.setWordWrap(True)
        self.type_label.setAccessibleName(self.tr("Form status"))
        self.form = TicketForm(body)
        col.addWidget(self.caller)
        col.addWidget(self.type_label)
        col.addWidget(self.form)
        col.addStretch(1)
        self.scroll_area = QScrollArea(split)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its rows are the tab stops
        self.scroll_area.setWidget(body)
        self.recent = RecentTicketsWidget(self.ctx, split, limit=5, delay_ms=0)
        self.recent.setMinimumWidth(200)
        split.addWidget(self.picker)
        split.addWidget(self.scroll_area)
        split.addWidget(self.recent)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        split.setCollapsible(1, False)
        split.setSizes([260, 640, 240])
        self.splitter = split
        outer.addWidget(split, 1)
        self.tray = AttachmentTray(self.ctx, self)
        self.tray.hide()
        bar = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Draft status"))
        self.discard_button = QPushButton(self.tr("Discard draft…"), self)
        self.discard_button.setAccessibleName(self.tr("Discard this ticket draft"))
        self.confirm_discard = QPushButton(self.tr("Really discard? Click to confirm"), self)
        self.confirm_discard.setAccessibleName(self.tr("Confirm discarding this ticket draft"))
        self.confirm_discard.hide()
        self.submit_button = _EnterButton(self.tr("Submit ticket"), self)
        self.submit_button.setAccessibleName(self.tr("Submit ticket"))
        self.submit_button.setToolTip(self.tr("Submit (Ctrl+Enter)"))
        self.recent_toggle = QToolButton(self)
        self.recent_toggle.setText(self.tr("Recent tickets"))
        self.recent_toggle.setAccessibleName(self.tr("Show the caller's recent tickets"))
        self.recent_toggle.setToolTip(self.tr("Show or hide the caller's recent tickets beside the form"))
        self.recent_toggle.setCheckable(True)
        self.recent_toggle.setChecked(True)
        bar.addWidget(self.recent_toggle)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.discard_button)
        bar.addWidget(self.confirm_discard)
        bar.addWidget(self.submit_button)
        outer.addLayout(bar)
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

    # -- connection, types and forms -------------------------------------------------------
    @Slot()
    def _on_session_changed(self) -> None:
        if self.ctx.session.client is None:
            self._show_type_hint(self.tr("Connect to a Contiple service to file tickets."))
            return
        self.recent.refresh()
        language = self.ctx.session.content_language
        self.tasks.track(
            ticket_ops.load_categories(
                self.ctx, language, on_success=self._on_categories, on_failure=self._load_failed,
                scope=self.tasks.name,
            )
        )  # fmt: skip

    @Slot(str)
    def _on_language_changed(self, _language: str) -> None:
        self._on_session_changed()

    def _on_categories(self, categories: list[Category]) -> None:
        self._categories = categories
        current = self._pending_category or self.picker.current_id()
        self.picker.set_categories(categories, self.ctx.session.content_language)
        self._pending_category = None
        if current is not None and not self.picker.select(current):
            self._show_type_hint(self.tr("The saved inquiry type no longer exists; choose another."))
        elif current is None:
            self._show_type_hint()

    def _load_failed(self, exc: BaseException) -> None:
        text = describe(exc)
        self.result.show_error(f"{text.title}: {text.message} {text.hint}".strip())

    @Slot(int)
    def _on_type_chosen(self, category_id: int) -> None:
        self._show_type_hint(self.tr("Loading the form…"))
        self.tasks.track(
            ticket_ops.load_fields(
                self.ctx, self._cache, category_id, self.ctx.session.content_language,
                on_success=self._on_fields, on_failure=self._load_failed, scope=self.tasks.name,
            )
        )  # fmt: skip
        self._on_edit()

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
        order += [w for field in self.form.widgets() for w in tab_stops(field)]
        order += [self.discard_button, self.confirm_discard, self.submit_button]
        order += [*tab_stops(self.recent), self.recent_toggle]
        set_tab_order(order)

    @Slot(str)
    def _on_usercode(self, usercode: str) -> None:
        if usercode:
            self.usercode_entered.emit(usercode)

    # -- drafts ----------------------------------------------------------------------------
    def draft_snapshot(self) -> tuple[dict[str, Any], dict[str, str]] | None:
        caller = self.caller.values()
        values = {**self._pending_values, **self.form.values()}
        attachments = self.tray.state()
        if not any(caller.values()) and all(F.is_empty(v) for v in values.values()) and not attachments:
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
            "caller": caller.get(USERCODE) or caller.get("name") or caller.get("mail") or "",
            "subject": subject if isinstance(subject, str) else "",
            "type": self.picker.path_text(),
        }
        return data, summary

    def _on_edit(self) -> None:
        if not self._loading:
            self.saver.schedule()
            self.status.setText(self.tr("Draft saved automatically."))

    def _flush_hook(self) -> None:
        try:
            self.saver.flush()
        except RuntimeError:  # the panel was already deleted
            pass

    def check_drafts(self) -> None:
        """Offer drafts found on disk (other than the one being edited)."""
        current = self.saver.key
        self.tasks.track(
            ticket_ops.list_drafts(
                self.ctx, self.store, KIND_TICKET,
                on_success=lambda ds: self.drafts.set_drafts([d for d in ds if d.key != current]),
            )
        )  # fmt: skip

    @Slot(object)
    def restore_draft(self, draft: Draft) -> None:
        data = draft.data
        self.saver.set_key(draft.key)  # pending edits of the current draft are saved first
        self._loading = True
        try:
            self.result.hide()
            caller = data.get("caller")
            self.caller.set_values(caller if isinstance(caller, dict) else {})
            values = data.get("values")
            self._pending_values = dict(values) if isinstance(values, dict) else {}
            attachments = data.get("attachments")
            self.tray.restore(attachments if isinstance(attachments, list) else [])
            category = data.get("category_id")
            if isinstance(category, int):
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
        self.check_drafts()

    @Slot(object)
    def _discard_listed(self, draft: Draft) -> None:
        ticket_ops.delete_draft(self.ctx, self.store, draft.kind, draft.key)

    @Slot()
    def _ask_discard(self) -> None:
        self.confirm_discard.show()
        self.confirm_discard.setFocus()

    @Slot()
    def discard_current(self) -> None:
        self.confirm_discard.hide()
        self.saver.discard()
        self._reset()
        self.status.setText(self.tr("Draft discarded."))

    def _reset(self) -> None:
        self._loading = True
        try:
            self.caller.clear()
            self.tray.clear(delete_pasted=True)
            self._pending_values = {}
            for w in self.form.widgets():
                w.set_value([] if w.definition.type == F.CHECKBOX else "")
            self.form.clear_errors()
            self.saver.set_key(new_draft_key())
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
        """Reload the inquiry types (and the recent tickets of the caller)."""
        self._cache = ticket_ops.FieldCache()
        self._on_session_changed()

    @Slot(bool)
    def show_recent(self, shown: bool) -> None:
        self.recent.setVisible(shown)
        if self.recent_toggle.isChecked() != shown:
            self.recent_toggle.setChecked(shown)

    def _on_ticket_created(self, usercode: str, _ticket_id: str) -> None:
        if usercode and usercode == self.recent.usercode:
            self.recent.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+Enter that reached the panel unhandled (inside the shell the actions table has it)
        if event.key() in _ENTER_KEYS and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submit()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- submit ----------------------------------------------------------------------------
    def values(self) -> dict[str, F.Value]:
        caller = self.caller.values()
        return {**{k: caller[k].strip() for k in F.CALLER_CODES}, **self.form.values()}

    @Slot()
    def submit(self) -> None:
        if self.flow.busy or self._waiting_uploads:
            return
        self.result.hide()
        self.caller.clear_errors()
        self.form.clear_errors()
        category = self.picker.current_id()
        if category is None or not self._definitions:
            self.result.show_error(self.tr("Choose an inquiry type first."))
            self.picker.filter.setFocus()
            return
        attached = len(self.tray.attachment_ids())
        problems = F.validate(self._definitions, self.values(), attachment_count=attached)
        if problems:
            self._show_problems(problems)
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
        ticket = F.build_ticket(
            self._definitions, self.values(), category_id=category, usercode=self.caller.usercode(),
            attachment_ids=self.tray.attachment_ids(), language=self.ctx.session.content_language,
        )  # fmt: skip
        self.flow.send(ticket)

    def _on_tray_changed(self) -> None:
        if self._waiting_uploads and not self.tray.busy():
            self._waiting_uploads = False
            self._update_submit_button()
            self.submit()

    def _show_problems(self, problems: list[F.Problem]) -> None:
        first: QWidget | None = None
        first_row: QWidget | None = None
        names: list[str] = []
        for p in problems:
            if p.code in F.CALLER_CODES:
                names.append(self.caller.title_for(p.code))
                self.caller.set_error(p.code, problem_text(p, names[-1]))
                target: QWidget | None = self.caller.edits[p.code]
            else:
                fw = self.form.show_problem(p)
                target = fw.input_widget() if fw is not None else None
                names.append(fw.title if fw is not None else p.code)
                if first_row is None and fw is not None:
                    first_row = fw  # the whole row, so its error line is in view too
            if first is None and target is not None:
                first = target
        text = self.tr("%n field(s) need attention before the ticket can be sent: %1", "", len(problems))
        self.result.show_error(text.replace("%1", ", ".join(names)))
        if first is not None:
            self.scroll_area.ensureWidgetVisible(first)
            if first_row is not None and first_row.isAncestorOf(first):
                self.scroll_area.ensureWidgetVisible(first_row, 0, 8)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_submit_button(self, *_: object) -> None:
        busy = self.flow.busy or self._waiting_uploads
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("Sending…") if busy else self.tr("Submit ticket"))

    def _on_created(self, ticket_id: str, found_by_lookup: bool) -> None:
        usercode = self.caller.usercode()
        note = (
            self.tr("The connection dropped, but the ticket was found in the customer's list.")
            if found_by_lookup
            else ""
        )
        self.result.show_success(ticket_id, usercode, note)
        self.ctx.bus.ticket_created.emit(usercode, ticket_id)
        self.ticket_submitted.emit(ticket_id)
        self.saver.discard()
        self._reset()
        self.status.setText(self.tr("Ticket sent; the draft was removed."))

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self._show_problems(F.server_problems(exc.errors, self._definitions))
            return
        text = describe(exc)
        message = f"{text.title}: {text.message} {text.hint}".strip()
        if isinstance(exc, SpamLimitError):
            why = (
                self.tr("Contiple blocks a 3rd ticket from one address within a minute (code 1001).")
                if exc.per_minute
                else self.tr("Contiple blocks a 10th ticket from one address within 24 hours (code 1002).")
            )
            keep = self.tr("The draft is kept; send it later or ask an administrator.")
            message = f"{message} {why} {keep}"
        self.result.show_error(message)

    def _on_unresolved(self, exc: BaseException, looked_up: bool) -> None:
        if looked_up:
            text = self.tr(
                "The connection dropped after sending and no matching ticket was found in the "
                "customer's list, so it was most likely not created. Send it again?"
            )
        else:
            text = self.tr(
                "The connection dropped after sending. Without a user code the app cannot check "
                "whether the ticket was created; sending again may create a duplicate. Check the "
                "Contiple console, or send again."
            )
        self.result.show_error(text, offer_send_again=True)
