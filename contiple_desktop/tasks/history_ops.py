"""Operations of the customer-history area: ticket pages, categories, detail, follow-ups.

Each function takes the ``AppContext`` on the GUI thread, picks up the client there and
submits one closure to the runner; callbacks arrive on the GUI thread. ``key`` arguments make
the newest request win (a new list query cancels the previous one).

A follow-up POST is never retried: after an *ambiguous* failure the UI calls
``reconcile_follow_up``, which reloads the ticket and reports whether the thread now holds a
customer entry with the same text (then the send did reach the server).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from contiple_desktop.domain.models import Page, TicketDetail, TicketEntry, TicketSummary
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

Failure = Callable[[BaseException], None]

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
    client = ctx.session.require_client()
    language = ctx.session.content_language

    def work(tctx: TaskContext) -> Page[TicketSummary]:
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

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure, key=key)


def load_ticket_detail(
    ctx: AppContext,
    usercode: str,
    ticket_id: str,
    *,
    on_success: Callable[[TicketDetail], None],
    on_failure: Failure | None = None,
    key: str | None = DETAIL_KEY,
) -> TaskHandle[TicketDetail]:
    client = ctx.session.require_client()
    language = ctx.session.content_language

    def work(tctx: TaskContext) -> TicketDetail:
        return client.ticket(usercode, ticket_id, language=language, cancel=tctx.cancel)

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure, key=key)


def post_follow_up(
    ctx: AppContext,
    usercode: str,
    ticket_id: str,
    text: str,
    attachment_ids: Sequence[str],
    *,
    on_success: Callable[[TicketEntry], None],
    on_failure: Failure,
) -> TaskHandle[TicketEntry]:
    """Send one follow-up. Never retried; see ``reconcile_follow_up`` for ambiguous failures."""
    client = ctx.session.require_client()
    ids = tuple(attachment_ids)

    def work(tctx: TaskContext) -> TicketEntry:
        tctx.check()
        return client.post_comment(usercode, ticket_id, text, attachment_ids=ids, cancel=tctx.cancel)

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure)


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


def reconcile_follow_up(
    ctx: AppContext,
    usercode: str,
    ticket_id: str,
    text: str,
    known_matches: int,
    *,
    on_success: Callable[[tuple[bool, TicketDetail]], None],
    on_failure: Failure,
) -> TaskHandle[tuple[bool, TicketDetail]]:
    """Reload the ticket after an ambiguous send.

    Reports ``(arrived, detail)``: ``arrived`` is True when the thread now holds more customer
    entries with ``text`` than the ``known_matches`` seen before sending.
    """
    client = ctx.session.require_client()
    language = ctx.session.content_language

    def work(tctx: TaskContext) -> tuple[bool, TicketDetail]:
        detail = client.ticket(usercode, ticket_id, language=language, cancel=tctx.cancel)
        return count_matching_entries(detail, text) > known_matches, detail

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure)
