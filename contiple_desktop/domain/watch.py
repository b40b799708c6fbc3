"""The watch list's rules: what a watched ticket remembers, and what one poll of its caller means.

Tickets filed from this desk and tickets the agent pins are watched. The poller
(``tasks.watch.WatchList``) lists each watched caller's tickets with **one** request, newest
update first; this module decides, without any I/O:

* which tickets moved and need their detail (one more request each) to tell whether an agent
  answered: ``updatedDt`` later than last seen (or, for a ticket filed here and not yet seen,
  later than its creation) — the list has status and ``updatedDt`` but no thread;
* which watched tickets are missing from a full page (older than everything on it): the list
  cannot tell whether they changed, so their detail is fetched directly;
* the ``WatchEvent`` for a status change or a new agent reply, and when watching ends: the ticket
  is ``closed``, it is gone, or nothing happened for the retention the agent set (default 7 days).

A status change is only reported against a known earlier status; a reply only against a known
earlier count of agent entries (the first detail of a ticket pinned without one is a baseline).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from contiple_desktop.domain.models import TicketDetail, TicketSummary

DAY_MS = 86_400_000
DEFAULT_RETENTION_DAYS = 7
MISSING_POLLS_TO_END = 3
"""A watched ticket absent from a complete list this many polls in a row is no longer watched."""


class WatchSource(enum.Enum):
    FILED = "filed"  # filed from this desk
    PINNED = "pinned"  # pinned by the agent


class WatchEnd(enum.Enum):
    CLOSED = "closed"
    RETENTION = "retention"  # nothing happened for the retention period
    GONE = "gone"  # the service no longer lists it (deleted, or moved to another customer)
    UNWATCHED = "unwatched"  # the agent stopped watching it


@dataclass(frozen=True, slots=True)
class WatchedTicket:
    """One watched ticket and what was last seen of it (None = not known yet)."""

    ticket_id: str
    usercode: str
    source: WatchSource
    added_ms: int
    subject: str = ""
    status: str | None = None
    updated_ms: int | None = None
    agent_replies: int | None = None
    last_change_ms: int | None = None
    missing: int = 0

    @property
    def active_since_ms(self) -> int:
        """Watching ends ``retention`` after this (the later of added and last change)."""
        return max(self.added_ms, self.last_change_ms or 0)


@dataclass(frozen=True, slots=True)
class WatchEvent:
    """A watched ticket changed: ``new_status`` differs from ``old_status`` and/or an agent
    answered (``new_reply``). ``at_ms`` is local time when it was noticed."""

    ticket_id: str
    usercode: str
    subject: str
    old_status: str | None
    new_status: str
    new_reply: bool
    at_ms: int

    @property
    def status_changed(self) -> bool:
        return self.old_status is not None and self.old_status != self.new_status

    @property
    def closed(self) -> bool:
        return self.new_status == "closed"


@dataclass(frozen=True, slots=True)
class CallerPoll:
    """What one poll of a caller brought back (gathered on a worker thread).

    ``listed``: the tickets of the page by ID; ``details``: each detail fetched (None = the
    service said it does not exist); ``has_next``: the page was full (more tickets exist);
    ``requests``: HTTP calls made.
    """

    usercode: str
    listed: Mapping[str, TicketSummary]
    details: Mapping[str, TicketDetail | None] = field(default_factory=dict)
    has_next: bool = False
    requests: int = 1


@dataclass(frozen=True, slots=True)
class PollResult:
    kept: list[WatchedTicket]
    events: list[WatchEvent]
    ended: list[tuple[WatchedTicket, WatchEnd]]


def agent_replies(detail: TicketDetail) -> int:
    return sum(1 for e in detail.entries if e.from_agent)


def moved(watched: WatchedTicket, summary: TicketSummary | TicketDetail) -> bool:
    """Did the ticket change since we last looked (so its thread may hold a new answer)?"""
    updated = summary.updated_ms or 0
    if watched.updated_ms is not None:
        return updated > watched.updated_ms
    # Never seen yet: a ticket filed here (no answers then) moved if it changed after creation.
    return watched.agent_replies is not None and updated > (summary.created_ms or 0)


def details_to_fetch(
    watched: Sequence[WatchedTicket], listed: Mapping[str, TicketSummary], has_next: bool
) -> list[str]:
    """Ticket IDs whose detail the poll must fetch: the moved ones on the page, and watched ones
    missing from a *full* page (the list cannot say whether they changed, or still exist)."""
    out: list[str] = []
    for w in watched:
        summary = listed.get(w.ticket_id)
        if (summary is not None and moved(w, summary)) or (summary is None and has_next):
            out.append(w.ticket_id)
    return out


def _observe(
    w: WatchedTicket, seen: TicketSummary | TicketDetail, detail: TicketDetail | None, now_ms: int
) -> tuple[WatchedTicket, WatchEvent | None]:
    known = w.agent_replies
    replies = agent_replies(detail) if detail is not None else known
    new_reply = detail is not None and known is not None and replies is not None and replies > known
    status_changed = bool(w.status is not None and seen.status and seen.status != w.status)
    subject = w.subject or seen.subject
    event = None
    if new_reply or status_changed:
        event = WatchEvent(w.ticket_id, w.usercode, subject, w.status, seen.status, new_reply, now_ms)
    updated = replace(
        w,
        status=seen.status or w.status,
        updated_ms=seen.updated_ms if seen.updated_ms is not None else w.updated_ms,
        agent_replies=replies,
        subject=subject,
        missing=0,
        last_change_ms=now_ms if event is not None else w.last_change_ms,
    )
    return updated, event


def apply_poll(
    watched: Sequence[WatchedTicket], poll: CallerPoll, now_ms: int, retention_ms: int
) -> PollResult:
    """The watched tickets of ``poll.usercode`` after the poll: kept, events, and ended ones."""
    kept: list[WatchedTicket] = []
    events: list[WatchEvent] = []
    ended: list[tuple[WatchedTicket, WatchEnd]] = []
    for w in watched:
        detail = poll.details.get(w.ticket_id)
        summary = poll.listed.get(w.ticket_id)
        if w.ticket_id in poll.details and detail is None:
            ended.append((w, WatchEnd.GONE))
            continue
        seen: TicketSummary | TicketDetail | None = summary or detail
        if seen is None:
            if poll.has_next:  # off the page and unchanged
                kept.append(w)
                continue
            w = replace(w, missing=w.missing + 1)
            if w.missing >= MISSING_POLLS_TO_END:
                ended.append((w, WatchEnd.GONE))
            else:
                kept.append(w)
            continue
        w, event = _observe(w, seen, detail, now_ms)
        if event is not None:
            events.append(event)
        if w.status == "closed":
            ended.append((w, WatchEnd.CLOSED))
        elif now_ms - w.active_since_ms >= retention_ms:
            ended.append((w, WatchEnd.RETENTION))
        else:
            kept.append(w)
    return PollResult(kept, events, ended)


def expired(w: WatchedTicket, now_ms: int, retention_ms: int) -> bool:
    return now_ms - w.active_since_ms >= retention_ms


def page_size_for(watched_count: int) -> int:
    """Enough rows for the watched tickets of one caller plus some newer ones (max 200)."""
    return max(20, min(200, watched_count + 10))
