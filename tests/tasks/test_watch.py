"""The watch list against the simulator: a reply and a status change are noticed, watching stops
at closed, one request per caller per poll, and polling backs off while the service is down."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contiple_desktop.domain.backoff import Backoff
from contiple_desktop.domain.watch import DAY_MS, WatchEnd, WatchEvent
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.watch import PollPause, WatchList, WatchTimings
from tests.tasks.helpers import ShiftClock, list_gets, live_client, ticket

FAST = WatchTimings(interval_s=0.15, jitter=0.2, backoff=Backoff(0.1, 0.4), max_in_flight=2)
MakeWatch = Callable[..., WatchList]


@pytest.fixture
def make_watch(qtbot: Any, desk_clock: ShiftClock) -> Iterator[MakeWatch]:
    made: list[WatchList] = []

    def make(ctx: AppContext, timings: WatchTimings = FAST) -> WatchList:
        watch = WatchList(ctx, timings=timings, clock=desk_clock)
        made.append(watch)
        watch.start()
        qtbot.waitUntil(lambda: watch.status.pause is not PollPause.LOADING, timeout=5000)
        return watch

    yield make
    for watch in made:
        watch.deleteLater()


def _file(appctx: AppContext, subject: str, usercode: str = "cust-010") -> str:
    """File a ticket live and announce it the way the ticket panel does."""
    client = live_client(appctx)
    created = client.create_ticket(ticket(subject, usercode))
    appctx.bus.ticket_created.emit(usercode, created.ticket_id)
    return created.ticket_id


def _detail_gets(sim: SimServer) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["path"].endswith("/detail.json")]


def test_a_reply_a_status_change_and_closed(
    qtbot: Any, appctx: AppContext, make_watch: MakeWatch, sim: SimServer
) -> None:
    watch = make_watch(appctx)
    ticket_id = _file(appctx, "watch me")
    assert watch.is_watched(ticket_id)
    qtbot.waitUntil(lambda: len(list_gets(sim)) >= 2, timeout=5000)  # polls, nothing changed
    assert _detail_gets(sim) == [] and watch.events() == []

    with qtbot.waitSignal(watch.changed, timeout=5000) as sig:
        sim.agent_reply(ticket_id, "비밀번호 재설정 메일을 다시 보냈습니다.", status="reply")
    event: WatchEvent = sig.args[0]
    assert (event.ticket_id, event.usercode, event.subject) == (ticket_id, "cust-010", "watch me")
    assert event.new_reply and (event.old_status, event.new_status) == ("new", "reply")
    assert watch.unseen_count == 1 and len(_detail_gets(sim)) == 1

    with qtbot.waitSignal(watch.changed, timeout=5000) as sig:
        sim.set_status(ticket_id, "solved")
    assert not sig.args[0].new_reply and sig.args[0].new_status == "solved"

    with qtbot.waitSignal(watch.changed, timeout=5000) as sig:
        sim.agent_reply(ticket_id, "추가 안내입니다.", status=None)  # an answer, status unchanged
    assert sig.args[0].new_reply and not sig.args[0].status_changed

    seen: list[object] = []
    watch.changed.connect(lambda e: seen.append(e.new_status))
    watch.ended.connect(lambda tid, why: seen.append((tid, why)))
    sim.set_status(ticket_id, "closed")
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen == ["closed", (ticket_id, WatchEnd.CLOSED)]
    assert not watch.is_watched(ticket_id) and watch.unseen_count == 1  # the change is still unseen
    watch.mark_seen(ticket_id)
    assert watch.unseen_count == 0 and watch.events() == []
    assert watch.callers() == set(), "nothing left to poll"


def test_one_request_per_caller_however_many_tickets(
    qtbot: Any, appctx: AppContext, make_watch: MakeWatch, sim: SimServer
) -> None:
    watch = make_watch(appctx)
    ids = [_file(appctx, f"one of three {n}") for n in range(3)]
    _file(appctx, "another caller", usercode="cust-011")
    sim.clear_requests()
    qtbot.waitUntil(lambda: len(list_gets(sim)) >= 8, timeout=8000)
    callers = ("cust-010", "cust-011")
    per_caller = {u: sum(1 for r in list_gets(sim) if f"/{u}/" in r["path"]) for u in callers}
    assert abs(per_caller["cust-010"] - per_caller["cust-011"]) <= 2, per_caller  # one each per round
    assert _detail_gets(sim) == []
    sim.agent_reply(ids[1], "답변", status="solved")
    qtbot.waitUntil(lambda: watch.unseen_count == 1, timeout=5000)
    assert len(_detail_gets(sim)) == 1, "only the ticket that moved was opened"
    assert watch.request_count >= len(list_gets(sim))


def test_backs_off_while_the_service_is_down_then_resumes(
    qtbot: Any, appctx: AppContext, make_watch: MakeWatch, sim: SimServer
) -> None:
    watch = make_watch(appctx)
    ticket_id = _file(appctx, "through an outage")
    qtbot.waitUntil(lambda: watch.request_count >= 1, timeout=5000)
    sim.stop()
    qtbot.waitUntil(
        lambda: watch.status.pause is PollPause.OFFLINE and watch.status.failures >= 3, timeout=8000
    )
    status = watch.status
    assert status.until_ms is not None
    # bounded: one poll per backoff step (plus at most one already in flight when it went down)
    assert watch.request_count <= 1 + status.failures + FAST.max_in_flight
    sim.config.port = sim.port
    sim.start()
    sim.agent_reply(ticket_id, "복구 후 답변", status="solved")
    with qtbot.waitSignal(watch.changed, timeout=8000) as sig:
        pass
    assert sig.args[0].new_reply and watch.status.pause is PollPause.NONE and watch.status.failures == 0


def test_no_polling_without_a_connection(
    qtbot: Any, offline_appctx: AppContext, make_watch: MakeWatch
) -> None:
    watch = make_watch(offline_appctx)
    assert watch.status.pause is PollPause.NO_CONNECTION
    assert not watch.watch("cust-010", "T1")  # no profile: nothing to keep it in
    assert watch.request_count == 0


def test_pinned_ticket_uses_its_detail_as_the_baseline(
    qtbot: Any, appctx: AppContext, make_watch: MakeWatch, sim: SimServer
) -> None:
    client = live_client(appctx)
    seeded = next(t for t in client.customer_tickets("cust-001", page_size=50).items if t.status == "reply")
    detail = client.ticket("cust-001", seeded.ticket_id)
    watch = make_watch(appctx)
    assert watch.pin("cust-001", detail) and not watch.pin("cust-001", detail)
    qtbot.waitUntil(lambda: len(list_gets(sim)) >= 2, timeout=5000)
    assert watch.events() == []
    with qtbot.waitSignal(watch.changed, timeout=5000) as sig:
        sim.agent_reply(seeded.ticket_id, "추가 답변", status="solved")
    assert sig.args[0].new_reply and sig.args[0].old_status == "reply"


def test_guest_tickets_are_not_watched(appctx: AppContext, make_watch: MakeWatch) -> None:
    watch = make_watch(appctx)
    appctx.bus.ticket_created.emit("", "T-guest")
    assert watch.watched() == []


def test_list_and_unseen_changes_survive_a_restart_and_retention_ends_watching(
    qtbot: Any, appctx: AppContext, make_watch: MakeWatch, sim: SimServer, desk_clock: ShiftClock
) -> None:
    watch = make_watch(appctx)
    quiet = _file(appctx, "quiet one")
    answered = _file(appctx, "answered one")
    sim.agent_reply(answered, "답변", status="solved")
    qtbot.waitUntil(lambda: watch.unseen_count == 1, timeout=5000)
    watch.set_retention_days(3)
    watch.flush()
    fresh = make_watch(appctx)
    assert {t.ticket_id for t in fresh.watched()} == {quiet, answered}
    assert [e.ticket_id for e in fresh.events()] == [answered] and fresh.retention_days == 3
    ended: list[tuple[str, WatchEnd]] = []
    fresh.ended.connect(lambda tid, why: ended.append((tid, why)))
    desk_clock.advance(3 * DAY_MS)
    fresh.poll_now()
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=5000)
    assert set(ended) == {(quiet, WatchEnd.RETENTION), (answered, WatchEnd.RETENTION)}
    assert fresh.watched() == [] and fresh.unseen_count == 1


def test_retry_after_from_a_busy_service_is_honoured(
    qtbot: Any, appctx: AppContext, make_watch: MakeWatch, sim: SimServer, desk_clock: ShiftClock
) -> None:
    watch = make_watch(appctx)
    _file(appctx, "busy service")
    sim.faults.unavailable("*/list.json", retry_after=120, times=None)  # 503 + Retry-After: 120
    qtbot.waitUntil(lambda: watch.status.pause is PollPause.SERVER, timeout=5000)
    status = watch.status
    assert status.until_ms is not None and status.until_ms - desk_clock() >= 115_000  # not our 0.4 s cap
    asked = watch.request_count
    sim.faults.clear()
    watch.poll_now()  # the agent (or the end of the wait) resumes it
    qtbot.waitUntil(
        lambda: watch.status.pause is PollPause.NONE and watch.request_count > asked, timeout=5000
    )
