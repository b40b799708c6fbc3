"""TicketListModel paging rules with a scripted fetcher (no network): newest wins, duplicates
dropped when pages shift, period filter, failures and retry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from contiple_desktop.domain.models import Page, TicketSummary
from contiple_desktop.tasks.history_ops import TicketQuery
from contiple_desktop.ui.history.ticket_list_model import TicketListModel

Call = tuple[TicketQuery, int, int, Callable[[Page[TicketSummary]], None], Callable[[BaseException], None]]


class Script:
    """Records fetch calls; the test answers them explicitly (like a slow server)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []

    def __call__(self, *args: Any) -> None:
        self.calls.append(args)  # type: ignore[arg-type]


def tickets(first: int, count: int, *, created0: int = 1_000_000) -> tuple[TicketSummary, ...]:
    return tuple(
        TicketSummary(ticket_id=f"T{n}", subject=f"s{n}", status="open", created_ms=created0 - n * 1000)
        for n in range(first, first + count)
    )


def page(items: tuple[TicketSummary, ...], num: int, pages: int, total: int) -> Page[TicketSummary]:
    return Page(items=items, total=total, pages=pages, page_num=num, page_size=3)


def test_pages_append_until_exhausted_and_skip_shifted_duplicates(qtmodeltester: Any) -> None:
    script = Script()
    model = TicketListModel(script, page_size=3)
    model.set_query(TicketQuery("u"))
    assert model.loading and len(script.calls) == 1 and script.calls[0][1:3] == (1, 3)
    assert not model.canFetchMore()  # single flight while a page is loading
    script.calls[0][3](page(tickets(0, 3), 1, 3, 8))
    assert model.rowCount() == 3 and model.canFetchMore()
    model.fetchMore()
    # a new ticket arrived on the server: page 2 now starts with T2 again
    script.calls[1][3](page(tickets(2, 3), 2, 3, 9))
    assert [model.ticket_at(r).ticket_id for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "T0", "T1", "T2", "T3", "T4"
    ]
    model.fetchMore()
    script.calls[2][3](page(tickets(5, 3), 3, 3, 9))
    assert model.rowCount() == 8 and model.exhausted and not model.canFetchMore()
    qtmodeltester.check(model)


def test_stale_pages_of_an_older_query_are_dropped() -> None:
    script = Script()
    model = TicketListModel(script, page_size=3)
    model.set_query(TicketQuery("old"))
    model.set_query(TicketQuery("new"))
    script.calls[0][3](page(tickets(0, 3), 1, 1, 3))  # the old answer arrives late
    assert model.rowCount() == 0 and model.loading
    script.calls[1][3](page(tickets(10, 2), 1, 1, 2))
    assert model.rowCount() == 2 and model.ticket_at(0).ticket_id == "T10"  # type: ignore[union-attr]


def test_period_filter_is_applied_client_side_and_keeps_paging() -> None:
    script = Script()
    model = TicketListModel(script, page_size=3)
    # T0 created at 1_000_000, T1 at 999_000, ...; keep only T0..T1
    model.set_query(TicketQuery("u", sort="createdDt:desc", period_from_ms=999_000))
    script.calls[0][3](page(tickets(0, 3), 1, 5, 15))
    assert model.rowCount() == 2
    assert model.exhausted  # sorted by creation, T2 is older than the period: no more pages
    assert len(script.calls) == 1


def test_wholly_filtered_page_fetches_the_next_one() -> None:
    script = Script()
    model = TicketListModel(script, page_size=2)
    model.set_query(TicketQuery("u", period_to_ms=996_000))  # sorted by updatedDt: no early stop
    script.calls[0][3](page(tickets(0, 2), 1, 3, 6))
    assert model.rowCount() == 0 and len(script.calls) == 2  # asked for page 2 at once
    script.calls[1][3](page(tickets(2, 2), 2, 3, 6))
    assert model.rowCount() == 0 and len(script.calls) == 3
    script.calls[2][3](page(tickets(4, 2), 3, 3, 6))
    assert [model.ticket_at(r).ticket_id for r in range(2)] == ["T4", "T5"]  # type: ignore[union-attr]


def test_failure_stops_paging_until_retry() -> None:
    script = Script()
    model = TicketListModel(script, page_size=3)
    failures: list[object] = []
    model.load_failed.connect(failures.append)
    model.set_query(TicketQuery("u"))
    script.calls[0][4](OSError("boom"))
    assert failures and not model.canFetchMore() and not model.loading
    model.retry()
    assert len(script.calls) == 2 and script.calls[1][1] == 1
    script.calls[1][3](page(tickets(0, 1), 1, 1, 1))
    assert model.rowCount() == 1 and model.exhausted
