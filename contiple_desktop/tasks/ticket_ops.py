"""New-ticket operations: inquiry types, field definitions, and the plan that creates a ticket.

Every function is called on the GUI thread and submits one task (``tasks.ops`` pattern: every
failure, "no connection" included, arrives through ``on_failure``). Keys (``scope`` + slot, one
scope per panel) make the newest request win: picking another inquiry type cancels the previous
field-list load of the same panel.

``ticket_plan`` is what ``tasks.send_once.SendOnce`` sends: the create-ticket POST (never
retried) and, when the caller has a user code, the lookup that decides an ambiguous failure —
the caller's tickets, newest first, for one with the same subject created since the send began.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from contiple_desktop.domain.models import Category, CreatedTicket, FieldDefinition, NewTicket, TicketSummary
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure, submit_with_client
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
) -> TaskHandle[list[Category]]:
    return submit_with_client(
        ctx,
        lambda client, t: client.ticket_categories(language=language, cancel=t.cancel),
        on_success=on_success,
        on_failure=on_failure,
        key=f"{scope}:categories",
    )


@dataclass
class FieldCache:
    """Field definitions per (connection generation, inquiry type, language)."""

    entries: dict[tuple[int, int, str], list[FieldDefinition]] = field(default_factory=dict)


def load_fields(
    ctx: AppContext,
    cache: FieldCache,
    category_id: int,
    language: str,
    *,
    on_success: Callable[[list[FieldDefinition]], None],
    on_failure: Failure,
    scope: str = "ticket",
) -> TaskHandle[list[FieldDefinition]] | None:
    """Deliver the form of ``category_id``: from the cache at once (returns None), else fetched."""
    key = (ctx.session.generation, category_id, language)
    if key in cache.entries:
        ctx.runner.cancel_key(f"{scope}:fields")
        on_success(list(cache.entries[key]))
        return None

    def done(defs: list[FieldDefinition]) -> None:
        cache.entries[key] = list(defs)
        on_success(defs)

    return submit_with_client(
        ctx,
        lambda client, t: client.ticket_fields(category_id, language=language, cancel=t.cancel),
        on_success=done,
        on_failure=on_failure,
        key=f"{scope}:fields",
    )


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
