"""How the new-ticket area moves an agent along: the focus, the folding picker, the side column,
text waiting for the Details field, and the call commands (a mixin of ``NewTicketPanel``).

* **Focus follows the work** (``focus_next_step``): no inquiry type yet → the type-ahead filter;
  else the first empty required caller field, then the subject and the details, then any other
  empty required field, then "Submit ticket". It runs after a hand-off, after a type was chosen
  from the picker, and after Enter in a caller lookup found nothing to go to.
* **The picker folds away** once a type is chosen (``fold_picker``): the form begins with a
  one-line breadcrumb; Ctrl+Shift+T, Ctrl+F (``focus_search``) or "Change…" reopen it, Escape
  folds it again.
* **Empty columns are hidden** (``update_side``): the side column appears with a call, a lookup
  notice or a user code; its recent tickets with a user code.
* **Inserted text is never invisible** (``insert_text``): before a type is chosen it waits,
  shown above the form, and goes into the Details field as soon as the form exists.
* **Calls** (``next_caller``, ``put_away_ticket``): a new caller gets a fresh form; the previous
  ticket is kept as an unsent draft when the agent wrote anything, else dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop.domain import fields as field_rules
from contiple_desktop.ui.ticket.caller import USERCODE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QSplitter, QToolButton

    from contiple_desktop.domain.models import FieldDefinition
    from contiple_desktop.tasks.context import AppContext
    from contiple_desktop.ui.attachments import AttachmentTray
    from contiple_desktop.ui.history.recent import RecentTicketsWidget
    from contiple_desktop.ui.ticket.banners import ResultBanner
    from contiple_desktop.ui.ticket.call_binding import TicketCallBinding
    from contiple_desktop.ui.ticket.call_view import CallCard
    from contiple_desktop.ui.ticket.caller import CallerBox
    from contiple_desktop.ui.ticket.draft_binding import TicketDraftBinding
    from contiple_desktop.ui.ticket.form import TicketForm
    from contiple_desktop.ui.ticket.type_picker import TypePicker

_SKIP_FOCUS = (field_rules.FILE, *field_rules.NO_VALUE_TYPES)
_WAITING_EXCERPT = 300


class PanelFlow:
    """Mixin of ``NewTicketPanel`` (see the module docstring). Signals: none."""

    if TYPE_CHECKING:
        ctx: AppContext
        picker: TypePicker
        caller: CallerBox
        form: TicketForm
        tray: AttachmentTray
        recent: RecentTicketsWidget
        result: ResultBanner
        call: TicketCallBinding
        call_card: CallCard
        draft: TicketDraftBinding
        scroll_area: QScrollArea
        type_label: QLabel
        type_path: QLabel
        waiting: QLabel
        status: QLabel
        breadcrumb: QWidget
        side: QScrollArea
        splitter: QSplitter
        submit_button: QPushButton
        recent_toggle: QToolButton
        pending_values: dict[str, field_rules.Value]
        _definitions: list[FieldDefinition]
        _loading: bool
        _confirm_next: bool
        _sent_and_untouched: bool

        def _on_edit(self) -> None: ...
        def _update_discard(self) -> None: ...
        def draft_snapshot(self) -> object: ...
        def isAncestorOf(self, child: QWidget) -> bool: ...

    # -- the inquiry type ------------------------------------------------------------------------
    def _show_type_hint(self, text: str | None = None) -> None:
        if text is None and self.picker.loading:
            text = QCoreApplication.translate("NewTicketPanel", "Loading the inquiry types\u2026")
        elif text is None:
            text = (
                QCoreApplication.translate(
                    "NewTicketPanel", "Choose an inquiry type on the left to load its form."
                )
                if self.picker.current_id() is None
                else ""
            )
        self.type_label.setText(text)
        self.type_label.setVisible(bool(text))
        chosen = self.picker.current_id() is not None
        path = QCoreApplication.translate("NewTicketPanel", "Inquiry type: %1").replace(
            "%1", self.picker.path_text()
        )
        self.type_path.setText(path if chosen else "")
        self.type_path.setToolTip(self.picker.path_text() if chosen else "")
        self.breadcrumb.setVisible(chosen)

    def _picker_has_focus(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.picker or self.picker.isAncestorOf(focus))

    def fold_picker(self) -> None:
        """Put the picker away when a type is chosen and its form is shown (the breadcrumb
        says which); the focus moves on when it was in the picker."""
        if self.picker.current_id() is None or not self._definitions:
            return
        had_focus = self._picker_has_focus()
        self.picker.hide()
        self.splitter.refresh()  # the form takes the width now, not a layout pass later
        if had_focus:
            self.focus_next_step()

    def show_picker(self) -> None:
        self.picker.show()

    def focus_search(self) -> None:
        """Find: the inquiry-type filter box (the picker opens when it was folded away)."""
        self.show_picker()
        self.picker.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.picker.filter.selectAll()

    def focus_caller(self) -> None:
        """Jump to the caller's user code."""
        edit = self.caller.edits[USERCODE]
        self.scroll_area.ensureWidgetVisible(edit)
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    # -- where the focus goes next -----------------------------------------------------------------
    def next_step_widget(self, after: QWidget | None = None) -> QWidget:
        """The widget the agent fills next (see the module docstring)."""
        if self.picker.current_id() is None or not self._definitions:
            return self.picker.filter
        edits = [self.caller.edits[k] for k in self.caller.required_keys()]
        candidates: list[QWidget] = [e for e in edits if e is not after and not e.text().strip()]
        rows = self.form.built_widgets()
        first = [r for r in rows if r.definition.code in ("subject", "content")]
        rest = [r for r in rows if r not in first and r.definition.required]
        for row in (*first, *rest):
            if row.definition.type in _SKIP_FOCUS or row.definition.problem is not None:
                continue
            if field_rules.is_empty(row.value()) and row.input_widget() is not after:
                candidates.append(row.input_widget())
        return next((w for w in candidates if w.isEnabled()), self.submit_button)

    def focus_next_step(self, after: QWidget | None = None) -> None:
        target = self.next_step_widget(after)
        if target is self.picker.filter:
            self.focus_search()
            return
        self.scroll_area.ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the side column ---------------------------------------------------------------------------
    def update_side(self, *, notice: bool = False) -> None:
        """Show the side column only when it has something: a call, a lookup notice, a user code."""
        usercode = bool(self.caller.usercode() or self.recent.usercode)
        card = (
            self.call.active or notice or bool(self.call_card.notice.text()) or self.call_card.has_leftovers()
        )
        self.call_card.setVisible(card)
        self.recent.setVisible(usercode)
        self.side.setVisible(self.recent_toggle.isChecked() and (card or usercode))

    def show_recent(self, shown: bool) -> None:
        if self.recent_toggle.isChecked() != shown:
            self.recent_toggle.setChecked(shown)
        self.update_side()

    # -- inserting text ----------------------------------------------------------------------------
    def insert_text(self, text: str) -> bool:
        """Insert ``text`` at the cursor of the Details field; before a type is chosen it waits,
        visibly, for that field. The shell calls this when the form is the active editor."""
        content = self.form.content_field()
        if content is not None:
            self.scroll_area.ensureWidgetVisible(content)
            content.insert_text(text)
            return True
        old = self.pending_values.get("content", "")
        self.pending_values["content"] = f"{old}{text}" if isinstance(old, str) else text
        self._on_edit()
        self.show_waiting()
        self.focus_search()
        return True

    def show_waiting(self) -> None:
        waiting = self.pending_values.get("content", "")
        if not isinstance(waiting, str) or not waiting.strip():
            self.waiting.hide()
            return
        excerpt = waiting.strip()
        if len(excerpt) > _WAITING_EXCERPT:
            excerpt = excerpt[:_WAITING_EXCERPT].rstrip() + "\u2026"
        head = QCoreApplication.translate(
            "NewTicketPanel", "This text goes into the Details field once you choose an inquiry type:"
        )
        self.waiting.setText(f"{head}\n{excerpt}")
        self.waiting.show()

    # -- the caller and the call -------------------------------------------------------------------
    def fill_caller(self, values: dict[str, str]) -> None:
        """Put what the call knows into the caller box (not an edit by the agent)."""
        if not values:
            return
        self._loading = True
        try:
            self.caller.set_values(values)
        finally:
            self._loading = False
        self.draft.schedule()
        self._update_discard()
        self.update_side()

    def attach_files(self) -> bool:
        """ "Attach files…": the file picker of the form's attachments (False: no such field)."""
        if self.form.file_field() is None:
            return False
        self.scroll_area.ensureWidgetVisible(self.tray)
        self.tray.pick_files()
        return True

    def put_away_ticket(self, *, keep: bool) -> None:
        """A fresh, empty form for the next caller. ``keep``: the agent wrote something — it
        stays on disk and is offered in "Unsent drafts"; otherwise the draft is deleted."""
        self._loading = True
        try:
            if keep:
                self.draft.keep_and_start_new()
            else:
                self.draft.discard()
            self.caller.clear()
            self.tray.clear(delete_pasted=not keep)
            self.pending_values = {}
            self.form.clear_errors()
            self.form.set_definitions([])
            self.caller.set_definitions([])
            self._definitions = []
            self.tray.setParent(self)  # type: ignore[call-overload]
            self.tray.hide()
            self.picker.select(None, emit=False)
            self.picker.filter.clear()
            self.picker.show()
        finally:
            self._loading = False
        self._update_discard()
        self.result.hide()
        self.status.clear()
        self._confirm_next = False
        self._sent_and_untouched = False
        self.recent.set_usercode("")
        self.scroll_area.verticalScrollBar().setValue(0)
        self._show_type_hint()
        self.show_waiting()
        self._update_discard()
        self.update_side()

    def next_caller(self) -> bool:
        """End the call and start fresh. A ticket the agent wrote but did not send needs a second
        press (the first one says so); True when the area is ready for the next caller."""
        if self.draft_snapshot() is not None and not self._confirm_next:
            self._confirm_next = True
            self.result.show_info(
                QCoreApplication.translate(
                    "NewTicketPanel",
                    "This caller's ticket was not sent. Press Next caller again to discard it, "
                    "or submit it first.",
                )
            )
            return False
        self._confirm_next = False
        if self.call.active:
            self.call.session.end()  # the binding empties the form (and the notes draft is deleted)
        else:
            self.put_away_ticket(keep=False)
        self.status.setText(QCoreApplication.translate("NewTicketPanel", "Ready for the next caller."))
        return True
