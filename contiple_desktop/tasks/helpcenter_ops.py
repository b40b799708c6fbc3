"""Help Center operations: service languages, FAQ and notice categories, lists and details.

The service detail, FAQ categories and notice headings + tags come from the shared
per-connection cache (``tasks.cache``; the status bar asks for the same service detail). Lists
and documents follow one pattern: look in the panel's ``HelpCenterCache`` first (a hit calls
``on_success`` at once, on the GUI thread, and cancels any older task under the same key); on a
miss submit a worker under a newest-wins ``key`` (``runner.submit(..., key=...)``) and store the
result when it arrives — unless the connection changed meanwhile (``session.generation``).

Cache keys start with ``(generation, language)`` so services and languages never mix; the
panel's Refresh action calls ``cache.clear()``. Task keys (one per list / detail slot) make fast
clicking safe: only the newest request of a slot can deliver.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, TypeVar

from contiple_desktop.domain.models import (
    Category,
    Faq,
    FaqSummary,
    Notice,
    NoticeSummary,
    Page,
    ServiceInfo,
    Tag,
)
from contiple_desktop.tasks import cache
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import submit_with_client
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

T = TypeVar("T")

KEY_SERVICE = "helpcenter:service"
KEY_FAQ_CATEGORIES = "helpcenter:faq-categories"
KEY_FAQ_LIST = "helpcenter:faq-list"
KEY_FAQ_DETAIL = "helpcenter:faq-detail"
KEY_NOTICE_FILTERS = "helpcenter:notice-filters"
KEY_NOTICE_LIST = "helpcenter:notice-list"
KEY_NOTICE_DETAIL = "helpcenter:notice-detail"

Success = Callable[[T], None]
Failure = Callable[[BaseException], None] | None


class HelpCenterCache:
    """A per-session memo of Help Center answers (GUI thread only), bounded by entry count."""

    def __init__(self, limit: int = 500) -> None:
        self._data: dict[Hashable, Any] = {}
        self._limit = limit
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> Any:
        value = self._data.get(key)
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
        return value

    def put(self, key: Hashable, value: Any) -> None:
        if len(self._data) >= self._limit:
            self._data.pop(next(iter(self._data)))
        self._data[key] = value

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


def _load(
    ctx: AppContext,
    cache: HelpCenterCache,
    cache_key: tuple[Hashable, ...],
    work: Callable[[ContipleClient, TaskContext], T],
    *,
    task_key: str,
    on_success: Success[T],
    on_failure: Failure,
) -> TaskHandle[T] | None:
    generation = ctx.session.generation
    full_key = (generation, *cache_key)
    cached = cache.get(full_key)
    if cached is not None:
        ctx.runner.cancel_key(task_key)
        on_success(cached)
        return None

    def store(value: T) -> None:
        if ctx.session.generation == generation:
            cache.put(full_key, value)
        on_success(value)

    return submit_with_client(ctx, work, on_success=store, on_failure=on_failure, key=task_key)


def load_service(
    ctx: AppContext, *, on_success: Success[ServiceInfo], on_failure: Failure = None
) -> TaskHandle[ServiceInfo] | None:
    """The service detail (languages offered), shared with the status bar (``tasks.cache``)."""
    return cache.service_info(ctx, on_success=on_success, on_failure=on_failure, slot=KEY_SERVICE)


def load_faq_categories(
    ctx: AppContext,
    language: str,
    *,
    on_success: Success[list[Category]],
    on_failure: Failure = None,
) -> TaskHandle[list[Category]] | None:
    return cache.faq_categories(
        ctx, language, on_success=on_success, on_failure=on_failure, slot=KEY_FAQ_CATEGORIES
    )


def load_faq_page(
    ctx: AppContext,
    cache: HelpCenterCache,
    language: str,
    *,
    category_id: int | None,
    query: str | None,
    page: int,
    page_size: int,
    on_success: Success[Page[FaqSummary]],
    on_failure: Failure = None,
) -> TaskHandle[Page[FaqSummary]] | None:
    """One FAQ list page (category filter and/or the API's keyword search)."""
    query = (query or "").strip() or None

    def work(client: ContipleClient, t: TaskContext) -> Page[FaqSummary]:
        return client.faqs(
            language=language, category_id=category_id, query=query, page=page, page_size=page_size,
            cancel=t.cancel,
        )  # fmt: skip

    return _load(
        ctx, cache, (language, "faq.list", category_id, query, page, page_size), work,
        task_key=KEY_FAQ_LIST, on_success=on_success, on_failure=on_failure,
    )  # fmt: skip


def load_faq(
    ctx: AppContext,
    cache: HelpCenterCache,
    language: str,
    help_doc_id: int,
    *,
    on_success: Success[Faq],
    on_failure: Failure = None,
) -> TaskHandle[Faq] | None:
    return _load(
        ctx, cache, (language, "faq", help_doc_id),
        lambda client, t: client.faq(help_doc_id, language=language, cancel=t.cancel),
        task_key=KEY_FAQ_DETAIL, on_success=on_success, on_failure=on_failure,
    )  # fmt: skip


def load_notice_filters(
    ctx: AppContext,
    language: str,
    *,
    on_success: Success[tuple[list[Category], list[Tag]]],
    on_failure: Failure = None,
) -> TaskHandle[tuple[list[Category], list[Tag]]] | None:
    """Notice headings and tags together (``tasks.cache``)."""
    return cache.notice_filters(
        ctx, language, on_success=on_success, on_failure=on_failure, slot=KEY_NOTICE_FILTERS
    )


def refresh(ctx: AppContext, panel_cache: HelpCenterCache) -> None:
    """F5: drop the panel's lists and documents and the shared answers of this connection."""
    panel_cache.clear()
    cache.request_cache(ctx).invalidate()


def load_notice_page(
    ctx: AppContext,
    cache: HelpCenterCache,
    language: str,
    *,
    category_id: int | None,
    tag_id: int | None,
    query: str | None,
    page: int,
    page_size: int,
    on_success: Success[Page[NoticeSummary]],
    on_failure: Failure = None,
) -> TaskHandle[Page[NoticeSummary]] | None:
    query = (query or "").strip() or None

    def work(client: ContipleClient, t: TaskContext) -> Page[NoticeSummary]:
        return client.notices(
            language=language, category_id=category_id, tag_id=tag_id, query=query, page=page,
            page_size=page_size, cancel=t.cancel,
        )  # fmt: skip

    return _load(
        ctx, cache, (language, "notice.list", category_id, tag_id, query, page, page_size), work,
        task_key=KEY_NOTICE_LIST, on_success=on_success, on_failure=on_failure,
    )  # fmt: skip


def load_notice(
    ctx: AppContext,
    cache: HelpCenterCache,
    language: str,
    notice_id: int,
    *,
    on_success: Success[Notice],
    on_failure: Failure = None,
) -> TaskHandle[Notice] | None:
    return _load(
        ctx, cache, (language, "notice", notice_id),
        lambda client, t: client.notice(notice_id, language=language, cancel=t.cancel),
        task_key=KEY_NOTICE_DETAIL, on_success=on_success, on_failure=on_failure,
    )  # fmt: skip
