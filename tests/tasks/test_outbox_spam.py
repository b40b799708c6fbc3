"""Spam limits and the outbox: 1001 on the 3rd ticket stops replay until the block ends or the
agent says so; with ``spam_blocking`` in the profile the outbox never trips the limits itself."""

from __future__ import annotations

from typing import Any

from contiple_desktop.domain.outbox import ItemState
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.domain.spam import DAY_MS, SpamLimit
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.outbox import Pause
from tests.fixtures.appctx import MakeAppContext
from tests.tasks.conftest import MakeOutbox
from tests.tasks.helpers import ShiftClock, create_posts, created, ticket

SENT, WAITING = ItemState.SENT, ItemState.WAITING


def _states(outbox: Any, ids: list[str]) -> list[ItemState]:
    return [outbox.item(i).state for i in ids]


def test_1001_on_the_third_ticket_stops_replay_until_the_block_ends(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, desk_clock: ShiftClock
) -> None:
    sim.config.spam_blocking = True  # the service blocks; this profile does not know it
    outbox, guard = make_outbox(appctx)
    ids = [outbox.queue(ticket(f"busy morning {n}")) for n in range(4)]
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.SPAM_BLOCKED, timeout=10000)
    assert _states(outbox, ids) == [SENT, SENT, WAITING, WAITING], (create_posts(sim), guard.counts())
    block = guard.block()
    assert block is not None and block.code == 1001 and block.limit is SpamLimit.PER_MINUTE
    assert outbox.status.until_ms == block.until_ms and abs(block.until_ms - desk_clock() - DAY_MS) < 60_000
    assert outbox.status.code == 1001
    assert [p["result_code"] for p in create_posts(sim)] == [200, 200, 1001]

    outbox.replay_now()  # the agent tries anyway: refused again, the block still ends as before
    qtbot.waitUntil(lambda: len(create_posts(sim)) == 4, timeout=5000)
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.SPAM_BLOCKED, timeout=5000)
    assert guard.block() == block and _states(outbox, ids)[2:] == [WAITING, WAITING]

    with sim.state.lock:
        sim.state.spam.clear()  # the block time has passed on the service…
    desk_clock.advance(DAY_MS + 1_000)  # …and here
    outbox.loop.kick()
    qtbot.waitUntil(lambda: _states(outbox, ids) == [SENT] * 4, timeout=8000)
    assert [p["result_code"] for p in create_posts(sim)] == [200, 200, 1001, 1001, 200, 200]
    assert all(len(created(sim, f"busy morning {n}")) == 1 for n in range(4))
    assert outbox.status.pause is Pause.NONE and guard.block() is None


def test_the_guard_paces_replay_instead_of_tripping_the_limit(
    qtbot: Any, make_appctx: MakeAppContext, demo_profile: ConnectionProfile, client: Any,
    make_outbox: MakeOutbox, sim: SimServer, desk_clock: ShiftClock,
) -> None:  # fmt: skip
    sim.config.spam_blocking = True
    ctx = make_appctx(demo_profile.with_changes(spam_blocking=True), client)
    outbox, guard = make_outbox(ctx)
    ids = [outbox.queue(ticket(f"paced {n}")) for n in range(3)]
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.SPAM_PACING, timeout=10000)
    assert _states(outbox, ids) == [SENT, SENT, WAITING]
    warning = guard.warning()
    assert warning is not None and warning.limit is SpamLimit.PER_MINUTE and warning.count == 2
    assert outbox.status.until_ms is not None and outbox.status.until_ms >= warning.frees_at_ms
    outbox.replay_now()  # pacing is not lifted by the agent: it only avoids a 24-hour block
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.SPAM_PACING, timeout=5000)
    desk_clock.advance(62_000)  # a minute later, here and on the service
    sim.set_clock_skew_ms(62_000)
    outbox.loop.kick()
    qtbot.waitUntil(lambda: _states(outbox, ids) == [SENT] * 3, timeout=8000)
    assert [p["result_code"] for p in create_posts(sim)] == [200, 200, 200], "never refused"


def test_the_tenth_of_the_day_waits_for_the_agent(
    qtbot: Any, make_appctx: MakeAppContext, demo_profile: ConnectionProfile, client: Any,
    make_outbox: MakeOutbox, sim: SimServer, desk_clock: ShiftClock,
) -> None:  # fmt: skip
    ctx = make_appctx(demo_profile.with_changes(spam_blocking=True), client)
    outbox, guard = make_outbox(ctx)
    earlier = desk_clock() - 3 * 3_600_000
    for n in range(9):  # filed this morning, from this desk
        guard.record_created(f"T-morning-{n}", at_ms=earlier + n * 120_000)
    item_id = outbox.queue(ticket("tenth today"))
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.SPAM_DAILY, timeout=5000)
    assert outbox.status.code == SpamLimit.PER_DAY.value
    assert outbox.status.until_ms == earlier + DAY_MS + outbox.schedule.pacing_slack_ms
    assert create_posts(sim) == []
    outbox.replay_now()  # the agent knows the admin raised the limit
    qtbot.waitUntil(lambda: outbox.item(item_id).state is SENT, timeout=8000)  # type: ignore[union-attr]
    assert guard.counts() == (1, 10)


def test_the_count_and_the_block_survive_a_restart(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, desk_clock: ShiftClock
) -> None:
    _, guard = make_outbox(appctx)
    guard.record_created("T1")
    guard.record_created("T1")  # the same ticket counts once
    guard.record_created("T2")
    block = guard.record_refusal(1002)
    guard.flush()
    _, fresh = make_outbox(appctx)
    assert fresh.counts() == (2, 2) and fresh.block() == block
    desk_clock.advance(DAY_MS)
    assert fresh.counts() == (0, 0) and fresh.block() is None


def test_a_block_remembered_from_an_earlier_run_holds_replay_at_start(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer
) -> None:
    _, guard = make_outbox(appctx)
    block = guard.record_refusal(1002)
    guard.flush()
    outbox, fresh = make_outbox(appctx, start=False)
    outbox.start()  # the outbox is read before the spam record…
    item_id = outbox.queue(ticket("after yesterday's block"))
    fresh.start()  # …which still holds replay back
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.SPAM_BLOCKED, timeout=5000)
    assert block is not None and outbox.status.until_ms == block.until_ms
    assert outbox.item(item_id).state is WAITING and create_posts(sim) == []  # type: ignore[union-attr]
