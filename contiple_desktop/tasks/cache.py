"""One shared, per-connection cache of the answers every area asks for, with in-flight joining.

What it holds (all small, all the same for every panel): the service detail, inquiry types and
field definitions per language, FAQ categories and notice headings + tags per language. Every
key starts with the session's ``generation``, so two connections never mix; a new connection
(``session.changed``) or F5 (``invalidate``) drops everything.

``RequestCache.fetch(key, work, …)``:

* a stored answer is delivered at once, on the GUI thread, inside the call (returns ``None``);
* an answer already on its way is **joined**: every asker waits for the one request, however
  many panels ask at the same moment (the status bar, the Help Center and the smoke test all
  want the service detail at start-up — the server sees one ``service.json``);
* otherwise one request is submitted (``tasks.ops.submit_with_client``) and its answer stored.

Each asker gets its own ``TaskHandle``: cancelling it (``TaskScope``, newest wins) drops only
that asker; when the last asker of a request is gone the request is cancelled too. ``slot``
makes the newest ask of one slot win (``"ticket-…:fields"``: picking another inquiry type drops
the previous form). Failures are not stored: the next ask tries again. An asker without
``on_failure`` reports to ``ctx.report_error`` — once per request, not once per asker.

Category lists arrive as ``domain.category_tree.CategoryList``: their tree (parents, sibling
order) is built on the worker, not on the GUI thread. The typed helpers below (``service_info``,
``inquiry_types``, ``field_definitions``, ``faq_categories``, ``notice_filters``) are what the
``*_ops`` modules call; ``request_cache(ctx)`` is the one cache of a context (made on first use).
"""

from __future__ import annotations

import itertools
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from contiple_desktop.domain.category_tree import CategoryList
from contiple_desktop.domain.models import Category, FieldDefinition, ServiceInfo, Tag
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure, submit_with_client
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

T = TypeVar("T")
Success = Callable[[T], None]
Work = Callable[["ContipleClient", TaskContext], T]

_ids = itertools.count(1)


@dataclass(eq=False)
class AskHandle(TaskHandle[T]):
    """One asker's handle on a (possibly shared) request; ``cancel()`` drops only this asker."""

    on_cancel: Callable[[AskHandle[Any]], None] | None = None

    def cancel(self) -> None:
        if not self.token.cancelled:
            super().cancel()
            if self.on_cancel is not None:
                self.on_cancel(self)


@dataclass(eq=False)
class _Asker(Generic[T]):
    handle: AskHandle[T]
    on_success: Success[T]
    on_failure: Failure | None


@dataclass(eq=False)
class _InFlight:
    key: tuple[Hashable, ...]
    askers: list[_Asker[Any]] = field(default_factory=list)
    task: TaskHandle[Any] | None = None
    stale: bool = False  # invalidated meanwhile: deliver, but do not store


class RequestCache(QObject):
    """The shared answers of one ``AppContext`` (GUI thread only).

    Signals:
        invalidated(): every stored answer was dropped (new connection or F5).
    """

    invalidated = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._values: dict[tuple[Hashable, ...], Any] = {}
        self._flying: dict[tuple[Hashable, ...], _InFlight] = {}
        self._slots: dict[str, AskHandle[Any]] = {}
        self.requests = 0  # requests submitted (tests and benchmarks)
        self.joined = 0  # asks that joined a request already on its way
        ctx.session.changed.connect(self.invalidate)

    # -- asking ------------------------------------------------------------------------------
    def peek(self, key: tuple[Hashable, ...]) -> Any:
        """The stored answer for ``key`` of the current connection, or None."""
        return self._values.get((self._ctx.session.generation, *key))

    def fetch(
        self,
        key: tuple[Hashable, ...],
        work: Work[T],
        *,
        on_success: Success[T],
        on_failure: Failure | None = None,
        slot: str | None = None,
    ) -> AskHandle[T] | None:
        """Deliver the answer for ``key``: stored (at once; returns None), joined, or fetched."""
        previous = self._slots.pop(slot, None) if slot is not None else None
        full = (self._ctx.session.generation, *key)
        if full in self._values:
            if previous is not None:
                previous.cancel()
            on_success(self._values[full])
            return None
        handle: AskHandle[T] = AskHandle(next(_ids), slot, on_cancel=self._asker_cancelled)
        asker = _Asker(handle, on_success, on_failure)
        flight = self._flying.get(full)
        if flight is not None:
            self.joined += 1
            flight.askers.append(asker)
        else:
            flight = _InFlight(full, [asker])
            self._flying[full] = flight
            self.requests += 1
            flight.task = submit_with_client(
                self._ctx,
                work,
                on_success=lambda value: self._arrived(flight, value),
                on_failure=lambda exc: self._failed(flight, exc),
            )
        if slot is not None:
            self._slots[slot] = handle
        if previous is not None:  # after joining: asking again for the same answer keeps its request
            previous.cancel()
        return handle

    def invalidate(self) -> None:
        """Drop every stored answer; requests on their way still answer their askers."""
        self._values.clear()
        for flight in self._flying.values():
            flight.stale = True
        self._flying.clear()
        self.invalidated.emit()

    # -- answers -----------------------------------------------------------------------------
    def _done(self, flight: _InFlight) -> list[_Asker[Any]]:
        if self._flying.get(flight.key) is flight:
            del self._flying[flight.key]
        askers, flight.askers = flight.askers, []
        live = []
        for asker in askers:
            asker.handle.finished = True
            slot = asker.handle.key
            if slot is not None and self._slots.get(slot) is asker.handle:
                del self._slots[slot]
            if not asker.handle.cancelled:
                live.append(asker)
        return live

    def _arrived(self, flight: _InFlight, value: Any) -> None:
        if not flight.stale and flight.key[0] == self._ctx.session.generation:
            self._values[flight.key] = value
        problem: BaseException | None = None
        for asker in self._done(flight):
            try:
                asker.on_success(value)
            except Exception as exc:  # the other askers still get their answer
                problem = problem or exc
        if problem is not None:
            raise problem

    def _failed(self, flight: _InFlight, exc: BaseException) -> None:
        reported = False
        problem: BaseException | None = None
        for asker in self._done(flight):
            try:
                if asker.on_failure is not None:
                    asker.on_failure(exc)
                elif not reported:
                    reported = True
                    self._ctx.report_error(exc)
            except Exception as error:
                problem = problem or error
        if problem is not None:
            raise problem

    def _asker_cancelled(self, handle: AskHandle[Any]) -> None:
        handle.finished = True
        for flight in list(self._flying.values()):
            if any(a.handle is handle for a in flight.askers):
                flight.askers = [a for a in flight.askers if a.handle is not handle]
                if not flight.askers and flight.task is not None:  # nobody waits any more
                    flight.task.cancel()
                    del self._flying[flight.key]
                return


_caches: weakref.WeakKeyDictionary[AppContext, RequestCache] = weakref.WeakKeyDictionary()


def request_cache(ctx: AppContext) -> RequestCache:
    """The one ``RequestCache`` of ``ctx`` (made on first use, lives as long as ``ctx``)."""
    cache = _caches.get(ctx)
    if cache is None:
        cache = RequestCache(ctx, ctx.session)
        _caches[ctx] = cache
    return cache


# -- the shared answers ----------------------------------------------------------------------
def service_info(
    ctx: AppContext,
    *,
    on_success: Success[ServiceInfo],
    on_failure: Failure | None = None,
    slot: str | None = None,
) -> AskHandle[ServiceInfo] | None:
    """The service detail (name in the content language, languages offered)."""
    language = ctx.session.content_language
    return request_cache(ctx).fetch(
        ("service", language),
        lambda client, t: client.service(language=language, cancel=t.cancel),
        on_success=on_success, on_failure=on_failure, slot=slot,
    )  # fmt: skip


def inquiry_types(
    ctx: AppContext,
    language: str,
    *,
    on_success: Success[list[Category]],
    on_failure: Failure | None = None,
    slot: str | None = None,
) -> AskHandle[list[Category]] | None:
    """Every inquiry type (ticket category) in ``language``: the ticket form and the history share it."""
    return request_cache(ctx).fetch(
        ("inquiry-types", language),
        lambda client, t: CategoryList(client.ticket_categories(language=language, cancel=t.cancel)),
        on_success=on_success, on_failure=on_failure, slot=slot,
    )  # fmt: skip


def field_definitions(
    ctx: AppContext,
    category_id: int,
    language: str,
    *,
    on_success: Success[list[FieldDefinition]],
    on_failure: Failure | None = None,
    slot: str | None = None,
) -> AskHandle[list[FieldDefinition]] | None:
    """The form of one inquiry type in ``language`` (a copy of the list per asker)."""
    return request_cache(ctx).fetch(
        ("fields", category_id, language),
        lambda client, t: client.ticket_fields(category_id, language=language, cancel=t.cancel),
        on_success=lambda defs: on_success(list(defs)), on_failure=on_failure, slot=slot,
    )  # fmt: skip


def faq_categories(
    ctx: AppContext,
    language: str,
    *,
    on_success: Success[list[Category]],
    on_failure: Failure | None = None,
    slot: str | None = None,
) -> AskHandle[list[Category]] | None:
    return request_cache(ctx).fetch(
        ("faq-categories", language),
        lambda client, t: CategoryList(client.faq_categories(language=language, cancel=t.cancel)),
        on_success=on_success, on_failure=on_failure, slot=slot,
    )  # fmt: skip


def notice_filters(
    ctx: AppContext,
    language: str,
    *,
    on_success: Success[tuple[list[Category], list[Tag]]],
    on_failure: Failure | None = None,
    slot: str | None = None,
) -> AskHandle[tuple[list[Category], list[Tag]]] | None:
    """Notice headings and tags together (two small GETs on one worker)."""

    def work(client: ContipleClient, t: TaskContext) -> tuple[list[Category], list[Tag]]:
        headings: list[Category] = CategoryList(client.notice_categories(language=language, cancel=t.cancel))
        t.check()
        return headings, client.notice_tags(language=language, cancel=t.cancel)

    return request_cache(ctx).fetch(
        ("notice-filters", language), work, on_success=on_success, on_failure=on_failure, slot=slot
    )
