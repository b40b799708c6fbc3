"""How the new-ticket panel shows what stands between the form and a created ticket.

``ProblemPresenter`` marks each problem at its field (the caller box or the form), lists them in
the result banner in form order (top to bottom) and focuses the first one; the marks and the
banner's count then follow the fields as the agent fixes them. It also words every
way a send can end (``tasks.send_once.Outcome``): the ticket ID on success, the server's
validation errors at their fields, spam limits with what to do, and the unclear cases.
"""

from __future__ import annotations

from collections.abc import Callable

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
        self,
        caller: CallerBox,
        form: TicketForm,
        result: ResultBanner,
        scroll: QScrollArea,
        definitions: Callable[[], list[FieldDefinition]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.caller = caller
        self.form = form
        self.result = result
        self.scroll = scroll
        self.definitions = definitions
        self._caller_problems: dict[str, field_rules.Problem] = {}
        self._listing = False  # the banner lists validation problems (and follows them)
        form.problems_changed.connect(self.recount)
        caller.changed.connect(self.recount)

    def clear(self) -> None:
        self._caller_problems = {}
        self._listing = False
        self.caller.clear_errors()
        self.form.clear_errors()

    def show(self, problems: list[field_rules.Problem], *, focus: bool = True) -> None:
        """Mark every problem, list them in the banner (form order) and focus the first.

        From then on the marks stay true: an error clears as soon as its field is valid and the
        banner's count follows (``recount``), until the next submit or a reset."""
        problems = field_rules.in_form_order(problems, self.definitions())
        self._caller_problems = {}
        for p in problems:
            if p.code in field_rules.CALLER_CODES:
                self._caller_problems[p.code] = p
                self.caller.set_error(p.code, problem_text(p, self.caller.title_for(p.code)))
        form_problems = [p for p in problems if p.code not in field_rules.CALLER_CODES]
        self._listing = bool(problems)
        top_row = self.form.show_problems(form_problems) if form_problems else None
        self._update_banner(problems)
        first_caller = next(
            (self.caller.edits[p.code] for p in problems if p.code in self._caller_problems), None
        )
        first: QWidget | None = first_caller or (top_row.input_widget() if top_row is not None else None)
        if focus and first is not None:
            self.scroll.ensureWidgetVisible(first)
            if first_caller is None and top_row is not None and top_row.isAncestorOf(first):
                self.scroll.ensureWidgetVisible(top_row, 0, 8)  # the whole row, its error line too
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def recount(self, *_: object) -> None:
        """A field changed: re-check the caller fields that show an error, update the banner."""
        if not self._listing:
            return
        for code, problem in list(self._caller_problems.items()):
            defn = self.caller.definitions.get(code)
            now = (
                field_rules.validate_field(defn, self.caller.values()[code].strip())
                if defn is not None
                else None
            )
            if now is None:
                del self._caller_problems[code]
                self.caller.set_error(code, None)
            elif now != problem:
                self._caller_problems[code] = now
                self.caller.set_error(code, problem_text(now, self.caller.title_for(code)))
        problems = field_rules.in_form_order(
            [*self._caller_problems.values(), *self.form.problems()], self.definitions()
        )
        self._update_banner(problems)

    def _update_banner(self, problems: list[field_rules.Problem]) -> None:
        if not problems:
            if self._listing and self.result.kind == "error":
                self.result.hide()
            self._listing = False
            return
        names = [self._title(p) for p in problems]
        text = self.tr("%n field(s) need attention before the ticket can be sent: %1", "", len(problems))
        self.result.show_error(text.replace("%1", ", ".join(names)))

    def _title(self, problem: field_rules.Problem) -> str:
        if problem.code in field_rules.CALLER_CODES:
            return self.caller.title_for(problem.code)
        row = self.form.widget_for(problem.code)
        return row.title if row is not None else problem.code

    def show_failure(self, exc: BaseException, definitions: list[FieldDefinition]) -> None:
        """A definite failure: nothing was created. Validation errors go to their fields."""
        if isinstance(exc, ValidationError):
            self.show(field_rules.server_problems(exc.errors, definitions))
            return
        self._listing = False
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
        self.result.show_error(message, error=exc)

    def show_unresolved(self, looked_up: bool) -> None:
        self._listing = False
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
        self._listing = False
        note = (
            self.tr("The connection dropped, but the ticket was found in the customer's list.")
            if found_by_lookup
            else ""
        )
        self.result.show_success(ticket_id, usercode, note)
