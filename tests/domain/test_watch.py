"""The watch list's rules without I/O: what moved, what to fetch, what to report, when to stop."""

from __future__ import annotations

from contiple_desktop.domain.models import TicketDetail, TicketEntry, TicketSummary
from contiple_desktop.domain.watch import (
    DAY_MS,
    MISSING_POLLS_TO_END,
    CallerPoll,
    WatchedTicket,
    WatchEnd,
    WatchSource,
    apply_poll,
    details_to_fetch,
    moved,
)

NOW = 1_800_000_000_000
WEEK = 7 * DAY_MS


def _filed(ticket_id: str = "T1", **kw: object) -> WatchedTicket:
    base: dict[str, object] = {"status": "new", "agent_replies": 0}
    return WatchedTicket(ticket_id, "cust-010", WatchSource.FILED, NOW - 60_000, **{**base, **kw})  # type: ignore[arg-type]


def _summary(
    ticket_id: str = "T1", status: str = "new", created: int = NOW - 60_000, updated: int | None = None
) -> TicketSummary:
    return TicketSummary(ticket_id, subject="s", status=status, created_ms=created,
                         updated_ms=updated or created)  # fmt: skip


def _detail(
    ticket_id: str = "T1", status: str = "reply", replies: int = 1, updated: int = NOW
) -> TicketDetail:
    entries = tuple(TicketEntry("<p>a</p>", type="reply", created_ms=updated) for _ in range(replies))
    return TicketDetail(ticket_id, subject="s", status=status, updated_ms=updated, created_ms=NOW - 60_000,
                        entries=(*entries, TicketEntry("<p>q</p>", type="enduser")))  # fmt: skip


def test_a_filed_ticket_moved_once_it_changed_after_creation() -> None:
    w = _filed()
    assert not moved(w, _summary())
    assert moved(w, _summary(updated=NOW))
    baseline = _filed(status=None, agent_replies=None)  # pinned without a detail: baseline only
    assert not moved(baseline, _summary(updated=NOW))


def test_only_moved_tickets_and_doubtful_missing_ones_are_fetched() -> None:
    moved_one = _filed("T1", updated_ms=NOW - 50_000)
    same = _filed("T2", updated_ms=NOW - 90_000)
    off_page = _filed("T3", updated_ms=NOW - 10 * DAY_MS)
    listed = {"T1": _summary("T1", updated=NOW), "T2": _summary("T2", updated=NOW - 90_000)}
    assert details_to_fetch([moved_one, same, off_page], listed, True) == ["T1", "T3"]
    assert details_to_fetch([moved_one, same, off_page], listed, False) == ["T1"]  # T3: missing, not fetched


def test_a_reply_and_a_status_change_are_one_event() -> None:
    poll = CallerPoll("cust-010", {"T1": _summary(status="reply", updated=NOW)}, {"T1": _detail()})
    result = apply_poll([_filed()], poll, NOW, WEEK)
    [event] = result.events
    assert event.new_reply and event.status_changed
    assert (event.old_status, event.new_status) == ("new", "reply")
    [kept] = result.kept
    assert kept.agent_replies == 1 and kept.status == "reply" and kept.updated_ms == NOW
    assert kept.last_change_ms == NOW and not result.ended


def test_a_customer_follow_up_is_no_event() -> None:
    w = _filed(status="reply", agent_replies=1, updated_ms=NOW - 1_000)
    poll = CallerPoll("cust-010", {"T1": _summary(status="reply", updated=NOW)}, {"T1": _detail(replies=1)})
    result = apply_poll([w], poll, NOW, WEEK)
    assert result.events == [] and result.kept[0].updated_ms == NOW


def test_closed_ends_watching_after_reporting_it() -> None:
    listed = {"T1": _summary(status="closed", updated=NOW)}
    poll = CallerPoll("cust-010", listed, {"T1": _detail(status="closed")})
    result = apply_poll([_filed(status="solved", agent_replies=1, updated_ms=NOW - 5)], poll, NOW, WEEK)
    assert [e.closed for e in result.events] == [True]
    assert [(w.ticket_id, why) for w, why in result.ended] == [("T1", WatchEnd.CLOSED)]


def test_gone_after_repeated_absence_or_a_missing_detail() -> None:
    w = _filed()
    for n in range(1, MISSING_POLLS_TO_END):
        result = apply_poll([w], CallerPoll("cust-010", {}), NOW, WEEK)
        [w] = result.kept
        assert w.missing == n
    assert apply_poll([w], CallerPoll("cust-010", {}), NOW, WEEK).ended[0][1] is WatchEnd.GONE
    poll = CallerPoll("cust-010", {}, {"T1": None}, has_next=True)
    assert apply_poll([_filed()], poll, NOW, WEEK).ended[0][1] is WatchEnd.GONE


def test_quiet_for_the_retention_ends_watching() -> None:
    old = _filed(updated_ms=NOW - 60_000)
    old = WatchedTicket(old.ticket_id, old.usercode, old.source, NOW - WEEK, status="new", agent_replies=0,
                        updated_ms=NOW - WEEK)  # fmt: skip
    poll = CallerPoll("cust-010", {"T1": _summary(created=NOW - WEEK)})
    assert apply_poll([old], poll, NOW, WEEK).ended[0][1] is WatchEnd.RETENTION
    assert apply_poll([old], poll, NOW, 8 * DAY_MS).kept
