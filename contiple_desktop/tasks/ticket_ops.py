"""New-ticket operations: inquiry types, field definitions, create, reconcile, drafts listing.

Every function gets the client on the GUI thread and submits one task. Keys (``scope`` +
name, one scope per panel) make the newest request win: picking another inquiry type cancels
the previous field-list load of the same panel.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from contiple_desktop.domain.models import Category, CreatedTicket, FieldDefinition, NewTicket, TicketSummary
from contiple_desktop.storage.drafts import Draft, DraftStore
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

Failure = Callable[[BaseException], None]
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
    client = ctx.session.require_client()
    return ctx.runner.submit(
        lambda t: client.ticket_categories(language=language, cancel=t.cancel),
        on_success=on_success,
        on_failure=on_failure,
        key=f"{scope}.categories",
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
        ctx.runner.cancel_key(f"{scope}.fields")
        on_success(list(cache.entries[key]))
        return None
    client = ctx.session.require_client()

    def done(defs: list[FieldDefinition]) -> None:
        cache.entries[key] = list(defs)
        on_success(defs)

    return ctx.runner.submit(
        lambda t: client.ticket_fields(category_id, language=language, cancel=t.cancel),
        on_success=done,
        on_failure=on_failure,
        key=f"{scope}.fields",
    )


def create_ticket(
    ctx: AppContext,
    ticket: NewTicket,
    *,
    on_success: Callable[[CreatedTicket], None],
    on_failure: Failure,
) -> TaskHandle[CreatedTicket]:
    """POST the ticket once. Never retried; an ambiguous failure has ``exc.ambiguous``."""
    client = ctx.session.require_client()
    return ctx.runner.submit(
        lambda t: client.create_ticket(ticket, cancel=t.cancel), on_success=on_success, on_failure=on_failure
    )


def local_now_ms() -> int:
    return int(time.time() * 1000)


def find_created_ticket(
    ctx: AppContext,
    usercode: str,
    subject: str,
    since_local_ms: int,
    *,
    on_success: Callable[[TicketSummary | None], None],
    on_failure: Failure,
    scope: str = "ticket",
) -> TaskHandle[TicketSummary | None]:
    """After an ambiguous create: the caller's ticket with ``subject`` created since the submit
    started (server clock, newest first), or None when there is none."""
    client = ctx.session.require_client()

    def work(t: TaskContext) -> TicketSummary | None:
        since = since_local_ms + client.clock_skew_ms - RECONCILE_SLACK_MS
        for page_num in range(1, RECONCILE_PAGES + 1):
            page = client.customer_tickets(
                usercode, sort="createdDt:desc", page=page_num, page_size=50, cancel=t.cancel
            )
            for item in page.items:
                if item.subject.strip() == subject.strip() and (item.created_ms or 0) >= since:
                    return item
            oldest = min((i.created_ms or 0 for i in page.items), default=0)
            if not page.has_next or oldest < since:
                break
        return None

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure, key=f"{scope}.reconcile")


def list_drafts(
    ctx: AppContext, store: DraftStore, kind: str, *, on_success: Callable[[list[Draft]], None]
) -> TaskHandle[list[Draft]]:
    return ctx.runner.submit(lambda _t: store.list(kind), on_success=on_success, on_failure=ctx.report_error)


def delete_draft(ctx: AppContext, store: DraftStore, kind: str, key: str) -> None:
    seq = store.next_seq(kind, key)
    ctx.runner.submit(lambda _t: store.delete(kind, key, seq=seq), on_failure=ctx.report_error)
