"""One poll of one watched caller, the poller's timings, and why it is waiting (``tasks.watch``).

``poll_caller`` runs on the network runner: **one** list request for the caller (newest update
first), then a detail request only for each watched ticket that moved (``domain.watch``). Every
request is counted in a ``RequestCounter`` (failed ones too), so the request rate is known.
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from contiple_desktop.domain.backoff import Backoff, retry_after_of
from contiple_desktop.domain.models import TicketDetail
from contiple_desktop.domain.watch import CallerPoll, WatchedTicket, details_to_fetch, page_size_for
from contiple_desktop.errors import (
    ApiError,
    AuthError,
    ConfigurationError,
    ForbiddenError,
    MalformedResponseError,
    NotFoundError,
    TransportError,
)
from contiple_desktop.tasks.runner import TaskContext

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient


class PollPause(enum.Enum):
    """Why the watch list is not polling (``PollStatus.until_ms``: when it tries again)."""

    NONE = "none"  # polling (or nothing is watched)
    LOADING = "loading"
    NO_CONNECTION = "no_connection"
    OFFLINE = "offline"  # network errors: backing off (one caller at a time until it answers)
    SERVER = "server"  # the service failed (5xx, garbled): backing off, Retry-After honoured
    AUTH = "auth"  # the key or this PC's address was refused: waits for a profile change


@dataclass(frozen=True, slots=True)
class PollStatus:
    pause: PollPause = PollPause.NONE
    until_ms: int | None = None
    failures: int = 0


@dataclass(frozen=True, slots=True)
class WatchTimings:
    """``interval_s`` per caller (±``jitter``), at most ``max_in_flight`` polls at once, and the
    backoff after failures (``Retry-After`` honoured)."""

    interval_s: float = 120.0
    jitter: float = 0.2
    backoff: Backoff = Backoff(base_s=30.0, cap_s=900.0)
    max_in_flight: int = 2

    def scaled(self, factor: float) -> WatchTimings:
        """The same schedule ``factor`` times faster (benchmarks and tests)."""
        b = self.backoff
        backoff = Backoff(b.base_s / factor, b.cap_s / factor, b.factor, b.jitter)
        return WatchTimings(self.interval_s / factor, self.jitter, backoff, self.max_in_flight)


class RequestCounter:
    """A thread-safe count of HTTP calls made by the poller."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def add(self, n: int = 1) -> None:
        with self._lock:
            self.value += n


def poll_caller(
    client: ContipleClient,
    task: TaskContext,
    usercode: str,
    watched: tuple[WatchedTicket, ...],
    counter: RequestCounter,
) -> CallerPoll:
    """List ``usercode``'s tickets once; fetch the detail of each watched ticket that moved."""
    counter.add()
    page = client.customer_tickets(
        usercode, sort="updatedDt:desc", page=1, page_size=page_size_for(len(watched)), cancel=task.cancel
    )
    listed = {s.ticket_id: s for s in page.items}
    details: dict[str, TicketDetail | None] = {}
    requests = 1
    for ticket_id in details_to_fetch(watched, listed, page.has_next):
        task.check()
        counter.add()
        requests += 1
        try:
            details[ticket_id] = client.ticket(usercode, ticket_id, cancel=task.cancel)
        except NotFoundError:
            details[ticket_id] = None
    return CallerPoll(usercode, listed, details, page.has_next, requests)


class Failure(enum.Enum):
    OFFLINE = "offline"
    SERVER = "server"
    AUTH = "auth"
    NO_CONNECTION = "no_connection"
    GONE = "gone"  # the caller's list does not exist
    SKIP = "skip"  # this caller only: try again after an interval


def classify(exc: BaseException) -> tuple[Failure, float | None]:
    """What a failed poll means, and any ``retry_after_s`` it carries."""
    retry_after = retry_after_of(exc)
    if isinstance(exc, NotFoundError):
        return Failure.GONE, retry_after
    if isinstance(exc, AuthError | ForbiddenError):
        return Failure.AUTH, retry_after
    if isinstance(exc, ConfigurationError):
        return Failure.NO_CONNECTION, retry_after
    busy = isinstance(exc, TransportError) and retry_after is not None  # 503/429 with Retry-After
    if busy or isinstance(exc, MalformedResponseError):
        return Failure.SERVER, retry_after
    if isinstance(exc, TransportError):
        return Failure.OFFLINE, retry_after
    if isinstance(exc, ApiError) and exc.result_code >= 500:
        return Failure.SERVER, retry_after
    if retry_after is not None:
        return Failure.SERVER, retry_after
    return Failure.SKIP, retry_after
