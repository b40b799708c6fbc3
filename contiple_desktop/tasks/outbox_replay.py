"""The steps of one outbox replay and what a failure means for it (used by ``tasks.outbox``).

A replay attempt of one item, each step a task on the network runner:

1. ``upload_files``: upload every attachment copy whose ID is missing or older than
   ``UPLOAD_MAX_AGE_MS`` (IDs may expire; an extra upload costs nothing, a dead ID costs the
   ticket). The copy is checked (size, SHA-256, the documented rules) first.
2. Only when the item ``maybe_sent``: ``find_unclaimed`` lists the caller's tickets and looks
   for one with the same subject created since the first uncertain attempt (the same rules as
   ``tasks.ticket_ops.find_created_ticket``), skipping ticket IDs other outbox items already
   own, so two queued tickets with one subject can never both claim the same ticket.
3. ``create_plan``: the create POST through ``tasks.send_once.SendOnce`` (never retried; an
   ambiguous failure reconciles the same way as step 2).

``classify`` maps a failure onto a ``Verdict``: wait for the network, back off after a server
error (honouring a ``retry_after_s`` the error may carry), stop for a spam block, upload again
after 9005, or hand the item to the agent with an ``Attention``.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from contiple_desktop.domain import files as file_rules
from contiple_desktop.domain.backoff import retry_after_of
from contiple_desktop.domain.models import CreatedTicket, NewTicket, TicketSummary
from contiple_desktop.domain.outbox import Attention, AttentionReason, OutboxItem, QueuedFile
from contiple_desktop.errors import (
    ApiError,
    AuthError,
    ConfigurationError,
    ConflictError,
    FileRule,
    ForbiddenError,
    LocalFileError,
    MalformedResponseError,
    NotFoundError,
    ServerError,
    SpamLimitError,
    TransportError,
    UploadRejectedError,
    ValidationError,
)
from contiple_desktop.storage.outbox import OutboxStore
from contiple_desktop.tasks.runner import TaskContext
from contiple_desktop.tasks.send_once import Reconciled, SendPlan
from contiple_desktop.tasks.ticket_ops import RECONCILE_PAGES, RECONCILE_SLACK_MS

if TYPE_CHECKING:
    from collections.abc import Callable

    from contiple_desktop.api.client import ContipleClient

log = logging.getLogger(__name__)

UPLOAD_MAX_AGE_MS = 3_600_000
"""Attachment IDs older than this are uploaded again before the create (a conservative guess:
the API does not say how long an unused upload lives)."""


class FileProblem(Exception):
    """An attachment cannot be sent: its copy is gone or changed (``missing``), or a rule refused it."""

    def __init__(self, file_name: str, rule: FileRule | None, *, missing: bool = False) -> None:
        super().__init__(f"{file_name}: {'missing' if missing else rule.name if rule else 'refused'}")
        self.file_name = file_name
        self.rule = rule
        self.missing = missing


@dataclass(frozen=True, slots=True)
class Uploaded:
    index: int
    attachment_id: str
    uploaded_ms: int


def needs_upload(queued: QueuedFile, now_ms: int, max_age_ms: int = UPLOAD_MAX_AGE_MS) -> bool:
    if queued.attachment_id is None or queued.uploaded_ms is None:
        return True
    return now_ms - queued.uploaded_ms >= max_age_ms


def upload_files(
    client: ContipleClient,
    task: TaskContext,
    store: OutboxStore,
    item: OutboxItem,
    now_ms: int,
    clock: Callable[[], int],
    max_age_ms: int = UPLOAD_MAX_AGE_MS,
) -> list[Uploaded]:
    """Upload the copies that need it (blocking, network runner); raises ``FileProblem``."""
    done: list[Uploaded] = []
    for index, queued in enumerate(item.files):
        if not needs_upload(queued, now_ms, max_age_ms):
            continue
        task.check()
        if not store.check_file(item.item_id, queued):
            raise FileProblem(queued.name, FileRule.UNREADABLE, missing=True)
        path = store.file_path(item.item_id, queued)
        try:
            file_rules.check_file(path)
            attachment = client.upload_attachment(path, cancel=task.cancel)
        except LocalFileError as exc:
            raise FileProblem(queued.name, exc.rule, missing=exc.rule is FileRule.UNREADABLE) from exc
        except UploadRejectedError as exc:
            raise FileProblem(queued.name, exc.rule) from exc
        done.append(Uploaded(index, attachment.attachment_id, clock()))
    return done


def find_unclaimed(
    client: ContipleClient,
    task: TaskContext,
    usercode: str,
    subject: str,
    since_local_ms: int,
    exclude: Collection[str] = (),
) -> TicketSummary | None:
    """The caller's newest ticket with ``subject`` created since ``since_local_ms`` whose ID is
    not in ``exclude``; None when there is none. Blocking."""
    since = since_local_ms + client.clock_skew_ms - RECONCILE_SLACK_MS
    wanted = subject.strip()
    for page_num in range(1, RECONCILE_PAGES + 1):
        page = client.customer_tickets(
            usercode, sort="createdDt:desc", page=page_num, page_size=50, cancel=task.cancel
        )
        for found in page.items:
            if (
                found.subject.strip() == wanted
                and (found.created_ms or 0) >= since
                and found.ticket_id not in exclude
            ):
                return found
        oldest = min((i.created_ms or 0 for i in page.items), default=0)
        if not page.has_next or oldest < since:
            break
    return None


def create_plan(
    ticket: NewTicket, since_ms: int, exclude: Collection[str]
) -> SendPlan[CreatedTicket | TicketSummary]:
    """Create ``ticket`` once; after an ambiguous failure look for it like ``find_unclaimed``
    (tickets created since ``since_ms``, none of ``exclude``). No user code: no lookup."""
    usercode = ticket.end_user.usercode or ""
    since, claimed = since_ms, frozenset(exclude)

    def send(client: ContipleClient, task: TaskContext) -> CreatedTicket | TicketSummary:
        task.check()
        return client.create_ticket(ticket, cancel=task.cancel)

    def reconcile(client: ContipleClient, task: TaskContext, _started_ms: int) -> Reconciled:
        return Reconciled(find_unclaimed(client, task, usercode, ticket.subject, since, claimed))

    return SendPlan(send=send, reconcile=reconcile if usercode else None)


# -- what a failure means ------------------------------------------------------------------------
class Next(enum.Enum):
    OFFLINE = "offline"  # the network: probe until the service answers
    RETRY_LATER = "retry_later"  # the service failed (5xx, garbled): back off, then try again
    SPAM_BLOCKED = "spam_blocked"  # 1001/1002: wait for the block to end or the agent
    NO_CONNECTION = "no_connection"  # no profile/client: wait for one
    AUTH = "auth"  # the key, signature or this PC's address was refused: wait for a change
    REUPLOAD = "reupload"  # 9005 with attachments: upload them again and try at once
    ATTENTION = "attention"  # the agent must decide (``attention`` says why)


@dataclass(frozen=True, slots=True)
class Verdict:
    next: Next
    attention: Attention | None = None
    retry_after_s: float | None = None
    code: int | None = None


def _attention(reason: AttentionReason, **params: object) -> Verdict:
    return Verdict(Next.ATTENTION, Attention(reason, params))


def classify(exc: BaseException, item: OutboxItem | None, *, reuploaded: bool) -> Verdict:
    """What to do after ``exc`` ended a step of ``item``'s replay (a definite failure: an
    ambiguous create is handled by the engine from ``SendOnce``'s UNRESOLVED outcome)."""
    retry_after = retry_after_of(exc)
    if isinstance(exc, FileProblem):
        if exc.missing:
            return _attention(AttentionReason.ATTACHMENT_MISSING, file=exc.file_name)
        return _attention(
            AttentionReason.ATTACHMENT_REJECTED, file=exc.file_name, rule=exc.rule.name if exc.rule else ""
        )
    if isinstance(exc, SpamLimitError):
        return Verdict(Next.SPAM_BLOCKED, code=exc.result_code)
    if isinstance(exc, ValidationError):
        return _attention(AttentionReason.VALIDATION, errors=[[e.code, e.kind.value] for e in exc.errors])
    if isinstance(exc, NotFoundError):
        if item is not None and item.files and not reuploaded:
            return Verdict(Next.REUPLOAD)
        return _attention(AttentionReason.NOT_FOUND, result_code=exc.result_code)
    if isinstance(exc, AuthError | ForbiddenError):
        return Verdict(Next.AUTH, code=exc.result_code)
    if isinstance(exc, ConfigurationError):
        return Verdict(Next.NO_CONNECTION)
    if isinstance(exc, MalformedResponseError):
        return Verdict(Next.RETRY_LATER, retry_after_s=retry_after, code=exc.http_status)
    if isinstance(exc, TransportError) and retry_after is not None:  # busy (503/429 + Retry-After)
        return Verdict(Next.RETRY_LATER, retry_after_s=retry_after, code=getattr(exc, "http_status", None))
    if isinstance(exc, TransportError):
        return Verdict(Next.OFFLINE, retry_after_s=retry_after)
    if isinstance(exc, ServerError) or (isinstance(exc, ApiError) and exc.result_code >= 500):
        return Verdict(Next.RETRY_LATER, retry_after_s=retry_after, code=exc.result_code)
    if isinstance(exc, ConflictError | ApiError):
        return _attention(AttentionReason.REJECTED, result_code=exc.result_code)
    if retry_after is not None:  # e.g. a "service unavailable" error of another module
        return Verdict(Next.RETRY_LATER, retry_after_s=retry_after)
    log.error("outbox replay failed unexpectedly: %s", type(exc).__name__, exc_info=exc)
    return _attention(AttentionReason.REJECTED, error=type(exc).__name__)


def with_uploads(item: OutboxItem, uploads: Sequence[Uploaded]) -> tuple[QueuedFile, ...]:
    """``item.files`` with the new attachment IDs filled in."""
    files = list(item.files)
    for up in uploads:
        files[up.index] = replace(files[up.index], attachment_id=up.attachment_id, uploaded_ms=up.uploaded_ms)
    return tuple(files)


def without_uploads(item: OutboxItem) -> tuple[QueuedFile, ...]:
    return tuple(QueuedFile(f.name, f.stored, f.size, f.sha256) for f in item.files)
