"""What the call view asks the server about a caller: their open tickets, newest first.

``load_open_tickets(ctx, usercode, on_success)`` reads page 1 of the caller's tickets (up to
``PAGE_SIZE``, most recently updated first; one GET) and answers :class:`OpenTickets`: how many
of them are still open (``new``, ``open`` or ``reply``) and the newest open one (by creation),
the ticket a follow-up most likely belongs to. A caller without tickets (the API's 404) is an
answer too: no open tickets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contiple_desktop.domain.models import Page, TicketSummary
from contiple_desktop.errors import NotFoundError
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure, submit_with_client
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

OPEN_STATUSES = ("new", "open", "reply")
PAGE_SIZE = 50
OPEN_KEY = "call:open-tickets"

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient


@dataclass(frozen=True, slots=True)
class OpenTickets:
    """The open tickets of ``usercode`` among its ``PAGE_SIZE`` most recently updated ones.

    ``more``: the caller has more tickets than were read (``count`` is then "at least")."""

    usercode: str
    count: int
    newest: TicketSummary | None
    total: int
    more: bool = False


def open_tickets_of(usercode: str, page: Page[TicketSummary]) -> OpenTickets:
    still_open = [t for t in page.items if t.status in OPEN_STATUSES]
    newest = max(still_open, key=lambda t: (t.created_ms or 0, t.updated_ms or 0), default=None)
    return OpenTickets(usercode, len(still_open), newest, page.total, page.total > len(page.items))


def load_open_tickets(
    ctx: AppContext,
    usercode: str,
    on_success: Callable[[OpenTickets], None],
    on_failure: Failure | None = None,
    *,
    key: str = OPEN_KEY,
) -> TaskHandle[OpenTickets]:
    """The open tickets of ``usercode`` (see the module docstring); newest wins per ``key``."""
    language = ctx.session.content_language

    def work(client: ContipleClient, task: TaskContext) -> OpenTickets:
        try:
            page = client.customer_tickets(
                usercode,
                sort="updatedDt:desc",
                language=language,
                page=1,
                page_size=PAGE_SIZE,
                cancel=task.cancel,
            )
        except NotFoundError:
            return OpenTickets(usercode, 0, None, 0)
        return open_tickets_of(usercode, page)

    return submit_with_client(ctx, work, on_success=on_success, on_failure=on_failure, key=key)
