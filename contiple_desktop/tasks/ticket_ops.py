"""New-ticket operations: inquiry types, field definitions, and the plan that creates a ticket.

Every function is called on the GUI thread (``tasks.ops`` pattern: every failure, "no
connection" included, arrives through ``on_failure``). Inquiry types and forms come from the
shared per-connection cache (``tasks.cache``): concurrent askers share one request, a second ask
is answered at once. Slots (``scope`` + name, one scope per panel) make the newest ask win:
picking another inquiry type drops the previous form of the same panel.

``ticket_plan`` is what ``tasks.send_once.SendOnce`` sends: the create-ticket POST (never
retried) and, when the caller has a user code, the lookup that decides an ambiguous failure —
the caller's tickets, newest first, for one with the same subject created since the send began.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from contiple_desktop.domain.models import Category, CreatedTicket, FieldDefinition, NewTicket, TicketSummary
from contiple_desktop.tasks import cache
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure
from contiple_desktop.tasks.runner import TaskContext, TaskHandle
from contiple_desktop.tasks.send_once import Reconciled, SendPlan

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

RECONCILE_PAGES = 3
RECONCILE_SLACK_MS = 5_000
"""List timestamps may be truncated to seconds; tolerate a little clock noise."""


def load_categories(
    ctx: AppContext,
    language: str,
    *,
    on_success: Callable[[list[Category]], None],
    on_failure: Failure,
    scope: str = "ticket",
) -> TaskHandle[list[Category]] | None:
    """Every inquiry type in ``language``, from the shared cache (``tasks.cache``): the history's
    filter and the ticket form ask once between them. None when it was delivered at once."""
    return cache.inquiry_types(
        ctx, language, on_success=on_success, on_failure=on_failure, slot=f"{scope}:categories"
    )


def load_fields(
    ctx: AppContext,
    category_id: int,
    language: str,
    *,
    on_success: Callable[[list[FieldDefinition]], None],
    on_failure: Failure,
    scope: str = "ticket",
) -> TaskHandle[list[FieldDefinition]] | None:
    """The form of ``category_id``: from the shared cache at once (returns None), else fetched.

    Newest wins per ``scope``: choosing another type drops the previous form's answer.
    """
    return cache.field_definitions(
        ctx, category_id, language, on_success=on_success, on_failure=on_failure, slot=f"{scope}:fields"
    )


def refresh_shared(ctx: AppContext) -> None:
    """F5: forget the shared answers (inquiry types, forms, service detail) of this connection."""
    cache.request_cache(ctx).invalidate()


def find_created_ticket(
    client: ContipleClient, task: TaskContext, usercode: str, subject: str, since_local_ms: int
) -> TicketSummary | None:
    """The caller's ticket with ``subject`` created since ``since_local_ms`` (local clock,
    corrected by the client's learned offset), newest first; None when there is none. Blocking."""
    since = since_local_ms + client.clock_skew_ms - RECONCILE_SLACK_MS
    for page_num in range(1, RECONCILE_PAGES + 1):
        page = client.customer_tickets(
            usercode, sort="createdDt:desc", page=page_num, page_size=50, cancel=task.cancel
        )
        for item in page.items:
            if item.subject.strip() == subject.strip() and (item.created_ms or 0) >= since:
                return item
        oldest = min((i.created_ms or 0 for i in page.items), default=0)
        if not page.has_next or oldest < since:
            break
    return None


def ticket_plan(ticket: NewTicket) -> SendPlan[CreatedTicket]:
    """Create ``ticket`` once; look it up by user code + subject after an ambiguous failure.

    A found ticket arrives as the ``TicketSummary`` from the list (its ``ticket_id`` is what the
    agent reads back to the caller).
    """
    usercode = ticket.end_user.usercode or ""

    def reconcile(client: ContipleClient, task: TaskContext, started_ms: int) -> Reconciled:
        return Reconciled(find_created_ticket(client, task, usercode, ticket.subject, started_ms))

    return SendPlan(
        send=lambda client, task: client.create_ticket(ticket, cancel=task.cancel),
        reconcile=reconcile if usercode else None,
    )
