"""Operations of the customer-history area: ticket pages, categories, detail, follow-ups.

Each function takes the ``AppContext`` on the GUI thread, picks up the client there and
submits one closure to the runner; callbacks arrive on the GUI thread. ``key`` arguments make
the newest request win (a new list query cancels the previous one).

A follow-up POST is never retried: ``follow_up_plan`` is what ``tasks.send_once.SendOnce``
sends; after an *ambiguous* failure it reloads the ticket and reports whether the thread now
holds one more customer entry with the same text (then the send did reach the server).
Every failure, "no connection" included, arrives through ``on_failure`` (``tasks.ops``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contiple_desktop.domain.models import Page, TicketDetail, TicketEntry, TicketSummary
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure, submit_with_client
from contiple_desktop.tasks.runner import TaskContext, TaskHandle
from contiple_desktop.tasks.send_once import Reconciled, SendPlan

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

LIST_KEY = "history:list"
DETAIL_KEY = "history:detail"


@dataclass(frozen=True, slots=True)
class TicketQuery:
    """What the ticket list asks the server for (everything but the page number).

    ``period_from_ms``/``period_to_ms`` are *not* sent: the API has no period parameter, so
    the list model applies them to ``createdDt`` on the client.
    """

    usercode: str
    status: str | None = None
    category_id: int | None = None
    sort: str = "updatedDt:desc"
    period_from_ms: int | None = None
    period_to_ms: int | None = None


def load_ticket_page(
    ctx: AppContext,
    query: TicketQuery,
    page: int,
    page_size: int,
    *,
    on_success: Callable[[Page[TicketSummary]], None],
    on_failure: Failure | None = None,
    key: str | None = LIST_KEY,
) -> TaskHandle[Page[TicketSummary]]:
    language = ctx.session.content_language

    def work(client: ContipleClient, tctx: TaskContext) -> Page[TicketSummary]:
        return client.customer_tickets(
            query.usercode,
            status=query.status,
            category_id=query.category_id,
            sort=query.sort,
            language=language,
            page=page,
            page_size=page_size,
            cancel=tctx.cancel,
        )

    return submit_with_client(ctx, work, on_success=on_success, on_failure=on_failure, key=key)


def load_ticket_detail(
    ctx: AppContext,
    usercode: str,
    ticket_id: str,
    *,
    on_success: Callable[[TicketDetail], None],
    on_failure: Failure | None = None,
    key: str | None = DETAIL_KEY,
) -> TaskHandle[TicketDetail]:
    language = ctx.session.content_language

    def work(client: ContipleClient, tctx: TaskContext) -> TicketDetail:
        return client.ticket(usercode, ticket_id, language=language, cancel=tctx.cancel)

    return submit_with_client(ctx, work, on_success=on_success, on_failure=on_failure, key=key)


def plain_text(content: str) -> str:
    """Server HTML (``<p>…</p>``) reduced to comparable text: tags dropped, spaces collapsed."""
    text = re.sub(r"<br\s*/?>|</p>\s*<p[^>]*>", "\n", content, flags=re.IGNORECASE)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return " ".join(text.split())


def count_matching_entries(detail: TicketDetail | None, text: str) -> int:
    """How many customer (``enduser``) entries of ``detail`` carry ``text``."""
    if detail is None:
        return 0
    wanted = plain_text(text)
    return sum(1 for e in detail.entries if not e.from_agent and plain_text(e.content) == wanted)


def follow_up_plan(
    ctx: AppContext,
    usercode: str,
    ticket_id: str,
    text: str,
    attachment_ids: Sequence[str],
    known: TicketDetail | None,
) -> SendPlan[TicketEntry]:
    """Post one follow-up; after an ambiguous failure reload the ticket and look for it.

    The lookup counts the customer entries carrying ``text`` in ``known`` (the ticket as shown
    before sending) and in the reloaded ticket: one more means the follow-up arrived. The
    reloaded ``TicketDetail`` is the ``evidence`` either way, so the editor can show it.
    """
    ids = tuple(attachment_ids)
    language = ctx.session.content_language
    known_matches = count_matching_entries(known, text)

    def send(client: ContipleClient, task: TaskContext) -> TicketEntry:
        task.check()
        return client.post_comment(usercode, ticket_id, text, attachment_ids=ids, cancel=task.cancel)

    def reconcile(client: ContipleClient, task: TaskContext, _started_ms: int) -> Reconciled:
        detail = client.ticket(usercode, ticket_id, language=language, cancel=task.cancel)
        arrived = count_matching_entries(detail, text) > known_matches
        return Reconciled(detail if arrived else None, evidence=detail)

    return SendPlan(send=send, reconcile=reconcile)
