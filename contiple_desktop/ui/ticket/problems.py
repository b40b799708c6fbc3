"""How the new-ticket panel shows what stands between the form and a created ticket.

``ProblemPresenter`` marks each problem at its field (the caller box or the form), lists them in
the result banner in form order (top to bottom) and focuses the first one; it also words every
way a send can end (``tasks.send_once.Outcome``): the ticket ID on success, the server's
validation errors at their fields, spam limits with what to do, and the unclear cases.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

from contiple_desktop.domain import fields as field_rules
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.errors import SpamLimitError, ValidationError
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.ticket.banners import ResultBanner
from contiple_desktop.ui.ticket.caller import CallerBox
from contiple_desktop.ui.ticket.form import TicketForm, problem_text


class ProblemPresenter(QObject):
    """Problems and outcomes of one ticket form, shown inline. Signals: none."""

    def __init__(
        self, caller: CallerBox, form: TicketForm, result: ResultBanner, scroll: QScrollArea, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.caller = caller
        self.form = form
        self.result = result
        self.scroll = scroll

    def clear(self) -> None:
        self.caller.clear_errors()
        self.form.clear_errors()

    def show(self, problems: list[field_rules.Problem], *, focus: bool = True) -> None:
        """Mark every problem, list them in the banner (form order) and focus the first."""
        problems = _in_form_order(problems, self.form)
        first: QWidget | None = None
        first_row: QWidget | None = None
        names: list[str] = []
        for p in problems:
            if p.code in field_rules.CALLER_CODES:
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
        if not problems:
            if self.result.kind == "error":
                self.result.hide()
            return
        text = self.tr("%n field(s) need attention before the ticket can be sent: %1", "", len(problems))
        self.result.show_error(text.replace("%1", ", ".join(names)))
        if focus and first is not None:
            self.scroll.ensureWidgetVisible(first)
            if first_row is not None and first_row.isAncestorOf(first):
                self.scroll.ensureWidgetVisible(first_row, 0, 8)
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_failure(self, exc: BaseException, definitions: list[FieldDefinition]) -> None:
        """A definite failure: nothing was created. Validation errors go to their fields."""
        if isinstance(exc, ValidationError):
            self.show(field_rules.server_problems(exc.errors, definitions))
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

    def show_unresolved(self, looked_up: bool) -> None:
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

    def show_created(self, ticket_id: str, usercode: str, found_by_lookup: bool) -> None:
        note = (
            self.tr("The connection dropped, but the ticket was found in the customer's list.")
            if found_by_lookup
            else ""
        )
        self.result.show_success(ticket_id, usercode, note)


def _in_form_order(problems: list[field_rules.Problem], form: TicketForm) -> list[field_rules.Problem]:
    """Caller box first (in its own order), then the form's fields top to bottom."""
    caller_rank = {code: i for i, code in enumerate(field_rules.CALLER_CODES)}
    form_rank = {w.definition.code: i for i, w in enumerate(form.widgets())}

    def rank(p: field_rules.Problem) -> tuple[int, int]:
        if p.code in caller_rank:
            return (0, caller_rank[p.code])
        return (1, form_rank.get(p.code, len(form_rank)))

    return sorted(problems, key=rank)
