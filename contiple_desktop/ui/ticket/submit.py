"""Submit-once flow: one create request in flight, reconciliation after an unclear failure.

States: ``idle`` → ``sending`` → (``reconciling``) → ``idle``. ``send`` refuses while not idle,
so double clicks and repeated shortcuts cannot post twice. After an *ambiguous* failure
(``exc.ambiguous``: sent, no answer) the caller's tickets are listed and a ticket with the same
subject created since the submit began counts as success; otherwise the panel offers
"Send again". Without a user code nothing can be looked up, so the panel asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from contiple_desktop.domain.models import CreatedTicket, NewTicket, TicketSummary
from contiple_desktop.errors import ConfigurationError
from contiple_desktop.tasks import ticket_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.task_scope import TaskScope

IDLE, SENDING, RECONCILING = "idle", "sending", "reconciling"


class SubmitFlow(QObject):
    """Sends one ``NewTicket`` at a time.

    Signals:
        state_changed(str): ``idle``, ``sending`` or ``reconciling``.
        created(str, bool): (ticket_id, found_by_lookup) — found_by_lookup is True when the
            ticket was confirmed by listing the caller's tickets after an unclear failure.
        failed(object): a definite failure (the exception); nothing was created.
        unresolved(object, bool): an ambiguous failure that could not be resolved
            (the exception, whether a lookup was possible i.e. a user code was given).
    """

    state_changed = Signal(str)
    created = Signal(str, bool)
    failed = Signal(object)
    unresolved = Signal(object, bool)

    def __init__(self, ctx: AppContext, tasks: TaskScope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks
        self.state = IDLE
        self._ticket: NewTicket | None = None
        self._started_ms = 0

    @property
    def busy(self) -> bool:
        return self.state != IDLE

    def _set(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def send(self, ticket: NewTicket) -> bool:
        """Start sending; False (and nothing sent) while a request is already in flight."""
        if self.busy:
            return False
        self._ticket = ticket
        self._started_ms = ticket_ops.local_now_ms()
        self._set(SENDING)
        try:
            handle = ticket_ops.create_ticket(
                self.ctx, ticket, on_success=self._on_created, on_failure=self._on_error
            )
            self.tasks.track(handle)
        except ConfigurationError as exc:  # no connection: from require_client
            self._set(IDLE)
            self.failed.emit(exc)
        return True

    def _on_created(self, created: CreatedTicket) -> None:
        self._set(IDLE)
        self.created.emit(created.ticket_id, False)

    def _on_error(self, exc: BaseException) -> None:
        ticket = self._ticket
        if not getattr(exc, "ambiguous", False) or ticket is None:
            self._set(IDLE)
            self.failed.emit(exc)
            return
        usercode = ticket.end_user.usercode or ""
        if not usercode:
            self._set(IDLE)
            self.unresolved.emit(exc, False)
            return
        self._set(RECONCILING)

        def found(summary: TicketSummary | None) -> None:
            self._set(IDLE)
            if summary is not None:
                self.created.emit(summary.ticket_id, True)
            else:
                self.unresolved.emit(exc, True)

        def lookup_failed(_lookup_exc: BaseException) -> None:
            self._set(IDLE)
            self.unresolved.emit(exc, False)

        try:
            self.tasks.track(
                ticket_ops.find_created_ticket(
                    self.ctx, usercode, ticket.subject, self._started_ms,
                    on_success=found, on_failure=lookup_failed, scope=self.tasks.name,
                )
            )  # fmt: skip
        except ConfigurationError:  # no connection configured
            lookup_failed(exc)
