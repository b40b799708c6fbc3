"""``ContipleClient``: one typed method per Open API endpoint (contiple-api.md §3.1–3.18).

Qt-free and blocking: the task layer calls it from worker threads and passes the task's cancel
token. Every method raises only ``contiple_desktop.errors`` types. The API key is held by the
transport and never shown by ``repr``, logs or errors.

No call hangs: each has one deadline (``deadline``, 30 s, retries included); uploads and
downloads end when they make no progress for ``stall_timeout``; cancelling the token or
``close()`` ends calls in flight at once (their sockets are shut down, see ``api/flight.py``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from contiple_desktop.api import downloads, parse
from contiple_desktop.api.clock import Clock, RejectedDate
from contiple_desktop.api.multipart import Progress, prepare_upload
from contiple_desktop.api.transport import MAX_DETAIL_JSON_BYTES, MAX_JSON_BYTES, Call, Transport
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.models import (
    ATTACHMENT_KINDS,
    Attachment,
    Category,
    CreatedTicket,
    Faq,
    FaqSummary,
    FieldDefinition,
    NewTicket,
    Notice,
    NoticeSummary,
    Page,
    ServiceInfo,
    Tag,
    TicketDetail,
    TicketEntry,
    TicketSummary,
)
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.errors import ConfigurationError, MalformedResponseError

T = TypeVar("T")
MAX_PAGE_SIZE = 200
INLINE_MAX_BYTES = downloads.INLINE_MAX_BYTES

Query = list[tuple[str, str]]


def _query(**params: object) -> Query:
    """Query pairs in the given (fixed) order; ``None`` and ``""`` are left out."""
    return [(key, str(value)) for key, value in params.items() if value is not None and value != ""]


def _paging(page: int, page_size: int) -> tuple[int, int]:
    return max(1, int(page)), min(MAX_PAGE_SIZE, max(1, int(page_size)))


class ContipleClient:
    """Blocking client for one Contiple service, signed with its service API key."""

    def __init__(
        self,
        profile: ConnectionProfile,
        api_key: str,
        *,
        clock: Clock | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        get_retries: int = 2,
        backoff: float = 0.25,
        deadline: float = 30.0,
        stall_timeout: float = 30.0,
        max_retry_after: float = 5.0,
    ) -> None:
        self.profile = profile
        self.transport = Transport(
            profile.base_url,
            profile.service_id,
            profile.organization_id,
            api_key,
            oucode=profile.oucode,
            clock=clock,
            connect_timeout=connect_timeout,
            read_timeout=read_timeout,
            get_retries=get_retries,
            backoff=backoff,
            deadline=deadline,
            stall_timeout=stall_timeout,
            max_retry_after=max_retry_after,
        )

    @property
    def base_url(self) -> str:
        return self.transport.base_url

    @property
    def clock_skew_ms(self) -> int:
        """Server time minus local time in ms, learned from ``Date`` on an 'expired' refusal."""
        return self.transport.clock.offset_ms

    @property
    def rejected_server_date(self) -> RejectedDate | None:
        """The last server ``Date`` ignored as implausible (for the status bar), or None."""
        return self.transport.clock.rejected_date

    def close(self) -> None:
        """Close the connections; calls still in flight end at once (``NetworkError``)."""
        self.transport.close()

    def __enter__(self) -> ContipleClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ContipleClient(base_url={self.base_url!r}, service_id={self.profile.service_id!r})"

    # ------------------------------------------------------------------ plumbing

    def _get(
        self,
        endpoint: str,
        segments: tuple[object, ...],
        query: Query,
        parser: Callable[[Any], T],
        cancel: CancelToken | None,
        *,
        max_bytes: int = MAX_JSON_BYTES,
    ) -> T:
        call = Call("GET", self.transport.path(*segments), endpoint, query=query, max_bytes=max_bytes)
        return self._parsed(endpoint, parser, self.transport.call_json(call, cancel))

    @staticmethod
    def _parsed(endpoint: str, parser: Callable[[Any], T], result: Any) -> T:
        failure: MalformedResponseError | None = None
        try:
            return parser(result)
        except MalformedResponseError as exc:
            failure = exc
        failure.endpoint = failure.endpoint or endpoint
        failure.message = f"{endpoint}: {failure.message}"
        failure.__context__ = failure.__cause__ = None
        raise failure.with_traceback(None)

    # ------------------------------------------------------------------ 3.1 service

    def service(self, *, language: str | None = None, cancel: CancelToken | None = None) -> ServiceInfo:
        return self._get(
            "service", ("api", "v2", "service.json"), _query(language=language), parse.parse_service, cancel
        )

    # ------------------------------------------------------------------ 3.2–3.5 notices

    def notice_categories(
        self, *, language: str | None = None, cancel: CancelToken | None = None
    ) -> list[Category]:
        return self._get(
            "notice categories",
            ("api", "v2", "notice", "categories.json"),
            _query(language=language),
            parse.parse_categories,
            cancel,
        )

    def notice_tags(self, *, language: str | None = None, cancel: CancelToken | None = None) -> list[Tag]:
        return self._get(
            "notice tags",
            ("api", "v2", "notice", "tags.json"),
            _query(language=language),
            parse.parse_tags,
            cancel,
        )

    def notices(
        self,
        *,
        language: str | None = None,
        category_id: int | None = None,
        tag_id: int | None = None,
        query: str | None = None,
        sort: str | None = None,
        page: int = 1,
        page_size: int = 10,
        cancel: CancelToken | None = None,
    ) -> Page[NoticeSummary]:
        page, page_size = _paging(page, page_size)
        params = _query(
            language=language, categoryId=category_id, tagId=tag_id, query=query, sort=sort,
            page=page, pageSize=page_size,
        )
        return self._get(
            "notice list",
            ("api", "v2", "notice", "list.json"),
            params,
            lambda r: parse.parse_page(r, parse.parse_notice_summary, page, page_size),
            cancel,
        )

    def notice(
        self, notice_id: int, *, language: str | None = None, cancel: CancelToken | None = None
    ) -> Notice:
        return self._get(
            "notice detail",
            ("api", "v2", "notice", "detail", f"{int(notice_id)}.json"),
            _query(language=language),
            parse.parse_notice,
            cancel,
            max_bytes=MAX_DETAIL_JSON_BYTES,
        )

    # ------------------------------------------------------------------ 3.7–3.9 FAQ

    def faq_categories(
        self, *, language: str | None = None, cancel: CancelToken | None = None
    ) -> list[Category]:
        return self._get(
            "FAQ categories",
            ("api", "v2", "helpdoc", "categories.json"),
            _query(language=language),
            parse.parse_categories,
            cancel,
        )

    def faqs(
        self,
        *,
        language: str | None = None,
        category_id: int | None = None,
        query: str | None = None,
        sort: str | None = None,
        page: int = 1,
        page_size: int = 10,
        cancel: CancelToken | None = None,
    ) -> Page[FaqSummary]:
        page, page_size = _paging(page, page_size)
        params = _query(
            language=language, categoryId=category_id, query=query, sort=sort, page=page, pageSize=page_size
        )
        return self._get(
            "FAQ list",
            ("api", "v2", "helpdoc", "list.json"),
            params,
            lambda r: parse.parse_page(r, parse.parse_faq_summary, page, page_size),
            cancel,
        )

    def faq(self, help_doc_id: int, *, language: str | None = None, cancel: CancelToken | None = None) -> Faq:
        return self._get(
            "FAQ detail",
            ("api", "v2", "helpdoc", "detail", f"{int(help_doc_id)}.json"),
            _query(language=language),
            parse.parse_faq,
            cancel,
            max_bytes=MAX_DETAIL_JSON_BYTES,
        )

    # ------------------------------------------------------------------ 3.11–3.14 new inquiry

    def ticket_categories(
        self,
        *,
        parent: int | None = None,
        child: int | None = None,
        language: str | None = None,
        cancel: CancelToken | None = None,
    ) -> list[Category]:
        return self._get(
            "inquiry types",
            ("api", "v2", "ticket", "categories.json"),
            _query(parent=parent, child=child, language=language),
            parse.parse_categories,
            cancel,
        )

    def ticket_fields(
        self, category_id: int, *, language: str | None = None, cancel: CancelToken | None = None
    ) -> list[FieldDefinition]:
        return self._get(
            "inquiry form",
            ("api", "v2", "ticket", "field", "user", f"{int(category_id)}.json"),
            _query(language=language),
            parse.parse_fields,
            cancel,
        )

    def upload_attachment(
        self,
        source: Path | bytes,
        *,
        file_name: str | None = None,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Attachment:
        """Upload one file (multipart part ``file``); ``progress(done, total)`` per 64 KiB."""
        upload = prepare_upload(source, file_name, cancel)
        call = Call(
            "POST",
            self.transport.path("openapi", "v1", "ticket", "attachments", "upload.json"),
            "attachment upload",
            upload=upload,
            progress=progress,
        )
        result = self.transport.call_json(call, cancel)
        return self._parsed(call.endpoint, lambda r: parse.parse_attachment(parse.content(r)), result)

    def create_ticket(
        self,
        ticket: NewTicket,
        *,
        language: str | None = None,
        client_ip: str | None = None,
        cancel: CancelToken | None = None,
    ) -> CreatedTicket:
        """File a ticket. Never retried; after an ``ambiguous`` error, reconcile before re-sending."""
        headers = {"OC-Client-IP": client_ip} if client_ip else {}
        call = Call(
            "POST",
            self.transport.path("openapi", "v1", "ticket.json"),
            "create ticket",
            query=_query(language=language),
            body=json_bytes(ticket.to_body()),
            headers=headers,
        )
        return self._parsed(
            call.endpoint, parse.parse_created_ticket, self.transport.call_json(call, cancel)
        )

    # ------------------------------------------------------------------ 3.15–3.18 history

    def customer_tickets(
        self,
        usercode: str,
        *,
        category_id: int | None = None,
        status: str | None = None,
        language: str | None = None,
        source: str | None = None,
        sort: str | None = None,
        page: int = 1,
        page_size: int = 10,
        cancel: CancelToken | None = None,
    ) -> Page[TicketSummary]:
        page, page_size = _paging(page, page_size)
        params = _query(
            categoryId=category_id, status=status, language=language, source=source, sort=sort,
            page=page, pageSize=page_size,
        )
        return self._get(
            "customer tickets",
            ("openapi", "v1", "ticket", "enduser", usercode, "list.json"),
            params,
            lambda r: parse.parse_page(r, parse.parse_ticket_summary, page, page_size),
            cancel,
        )

    def ticket(
        self,
        usercode: str,
        ticket_id: str,
        *,
        language: str | None = None,
        cancel: CancelToken | None = None,
    ) -> TicketDetail:
        return self._get(
            "ticket detail",
            ("openapi", "v1", "ticket", "enduser", usercode, ticket_id, "detail.json"),
            _query(language=language),
            parse.parse_ticket_detail,
            cancel,
            max_bytes=MAX_DETAIL_JSON_BYTES,
        )

    def post_comment(
        self,
        usercode: str,
        ticket_id: str,
        comment: str,
        *,
        attachment_ids: tuple[str, ...] | list[str] = (),
        cancel: CancelToken | None = None,
    ) -> TicketEntry:
        """Add the customer's follow-up. Never retried (see ``create_ticket``)."""
        body = json_bytes({"comment": comment})
        call = Call(
            "POST",
            self.transport.path("openapi", "v1", "ticket", "enduser", usercode, ticket_id, "comment.json"),
            "follow-up",
            query=_query(attachments=",".join(attachment_ids)),
            body=body,
        )
        return self._parsed(call.endpoint, parse.parse_comment, self.transport.call_json(call, cancel))

    # ------------------------------------------------------------------ 3.6 / 3.10 / 3.17 files

    def _attachment_call(self, kind: str, attachment_id: str, mode: str) -> Call:
        if kind not in ATTACHMENT_KINDS:
            raise ConfigurationError(f"unknown attachment kind: {kind!r}")
        return Call(
            "GET",
            self.transport.path("api", "v2", kind, "attachments", attachment_id),
            f"{kind} attachment",
            query=[("type", mode)],
            transfer=True,
        )

    def download_attachment(
        self,
        kind: str,
        attachment_id: str,
        dest: Path,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Stream an attachment to ``dest`` (via ``dest.part``, renamed when complete).

        ``kind`` is "notice", "helpdoc" or "ticket". ``progress(done, total)``; ``total`` is 0
        when the server sends no Content-Length. On failure or cancel the partial file is removed.
        """
        call = self._attachment_call(kind, attachment_id, "download")
        return downloads.download_to_file(self.transport, call, Path(dest), progress, cancel)

    def attachment_bytes(
        self,
        kind: str,
        attachment_id: str,
        *,
        max_bytes: int = INLINE_MAX_BYTES,
        cancel: CancelToken | None = None,
    ) -> tuple[bytes, str]:
        """The attachment's bytes and media type (for inline images), at most ``max_bytes``."""
        call = self._attachment_call(kind, attachment_id, "open")
        return downloads.fetch_bytes(self.transport, call, max_bytes, cancel)


def json_bytes(obj: object) -> bytes:
    """Compact UTF-8 JSON: the exact bytes that are signed and sent."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def make_client(profile: ConnectionProfile, api_key: str, **kwargs: Any) -> ContipleClient:
    """A ``ContipleClient`` for ``profile`` (raises ``ConfigurationError`` for a bad address).

    The one factory the task layer uses (the session's connection and the connection probe).
    """
    return ContipleClient(profile, api_key, **kwargs)
