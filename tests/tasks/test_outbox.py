"""The outbox against the simulator: queue, replay, ambiguous drops, exactly one ticket each time.

Counts come from the simulator's state (tickets) and request log (create POSTs, list GETs).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from contiple_desktop.domain.outbox import AttentionReason, ItemState
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.outbox import Pause
from tests.tasks.conftest import MakeOutbox
from tests.tasks.helpers import PNG, create_posts, created, list_gets, live_client, png_file, ticket

LIST = "*/list.json"
CREATE = "*/openapi/v1/ticket.json"


def _sent(outbox: Any, item_id: str) -> bool:
    item = outbox.item(item_id)
    return item is not None and item.state is ItemState.SENT


def test_queued_ticket_is_filed_once_with_its_attachment(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, tmp_path: Path
) -> None:
    outbox, guard = make_outbox(appctx)
    filed: list[tuple[str, str]] = []
    appctx.bus.ticket_created.connect(lambda u, t: filed.append((u, t)))
    with qtbot.waitSignal(outbox.stored, timeout=5000):
        item_id = outbox.queue(ticket("queued once"), [png_file(tmp_path / "in")])
    assert outbox.count_pending == 1
    with qtbot.waitSignal(outbox.sent, timeout=8000) as sig:
        pass
    [server] = created(sim, "queued once")
    assert sig.args == [item_id, server["ticketId"]]
    assert len(server["attachmentIds"]) == 1
    assert sim.state.attachments[server["attachmentIds"][0]]["data"] == PNG
    item = outbox.item(item_id)
    assert item is not None and item.state is ItemState.SENT and item.ticket_id == server["ticketId"]
    assert outbox.count_pending == 0 and len(create_posts(sim)) == 1 and not list_gets(sim)
    assert filed == [("cust-005", server["ticketId"])]
    assert guard.counts() == (1, 1)
    store = outbox.store
    assert store is not None
    qtbot.waitUntil(lambda: not store.files_for(item_id).exists(), timeout=3000)  # copies dropped


def test_the_copy_is_sent_even_if_the_original_changes(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, tmp_path: Path
) -> None:
    sim.faults.drop_before("*", times=None)  # the service is unreachable while the call goes on
    outbox, _ = make_outbox(appctx)
    original = png_file(tmp_path / "in", extra=b"first")
    with qtbot.waitSignal(outbox.stored, timeout=5000):
        item_id = outbox.queue(ticket("copied"), [original])
    original.write_bytes(PNG + b"edited afterwards")
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.OFFLINE, timeout=5000)
    original.unlink()
    sim.faults.clear()
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=8000)
    uploads = [r["upload"] for r in sim.requests() if r["upload"] and r["status"] == 200]
    assert [u["md5"] for u in uploads] == [hashlib.md5(PNG + b"first").hexdigest()]
    assert len(created(sim, "copied")) == 1


def test_network_cut_mid_submit_then_restored(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, tmp_path: Path
) -> None:
    slow = sim.faults.latency(1.0, CREATE, method="POST", times=1)
    outbox, _ = make_outbox(appctx)
    item_id = outbox.queue(ticket("cut mid-submit"), [png_file(tmp_path / "in")])
    qtbot.waitUntil(lambda: slow.hits == 1, timeout=8000)  # the create POST reached the server: cut
    sim.stop()
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.OFFLINE, timeout=8000)
    item = outbox.item(item_id)
    assert item is not None and item.state is ItemState.WAITING and item.maybe_sent
    assert created(sim, "cut mid-submit") == []
    sim.config.port = sim.port
    sim.start()  # the network is back: the probe finds it and replay resumes on its own
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=10000)
    assert len(created(sim, "cut mid-submit")) == 1
    assert [r["status"] for r in create_posts(sim)] == [None, 200]  # the cut one was never processed
    assert list_gets(sim), "the retry looked for the ticket before creating it"


def test_ambiguous_drop_is_found_by_the_lookup_not_sent_again(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer
) -> None:
    sim.faults.drop_after(CREATE, method="POST", times=1)
    outbox, _ = make_outbox(appctx)
    item_id = outbox.queue(ticket("dropped after"))
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=8000)
    [server] = created(sim, "dropped after")
    item = outbox.item(item_id)
    assert item is not None and item.ticket_id == server["ticketId"] and item.found_by_lookup
    assert len(create_posts(sim)) == 1


def test_same_item_replayed_after_an_ambiguous_drop_and_a_failed_lookup(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer
) -> None:
    sim.faults.drop_after(CREATE, method="POST", times=1)
    sim.faults.drop_before(LIST, times=3)  # the reconcile right after the drop fails too (GET retries)
    sim.faults.drop_before("*/service.json", times=2)  # and the network stays away a little
    outbox, _ = make_outbox(appctx)
    item_id = outbox.queue(ticket("replayed after drop"))
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=10000)
    assert len(created(sim, "replayed after drop")) == 1
    assert len(create_posts(sim)) == 1, "the replay found the ticket and did not create another"
    item = outbox.item(item_id)
    assert item is not None and item.found_by_lookup


def test_two_items_with_one_subject_never_claim_the_same_ticket(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer
) -> None:
    sim.faults.drop_after(CREATE, method="POST", times=1)  # the first is created, the answer lost
    sim.faults.add("drop_before", CREATE, method="POST", times=1)  # the second never arrives
    outbox, _ = make_outbox(appctx)
    first = outbox.queue(ticket("same subject"))
    second = outbox.queue(ticket("same subject"))
    qtbot.waitUntil(lambda: _sent(outbox, first) and _sent(outbox, second), timeout=10000)
    tickets = {t["ticketId"] for t in created(sim, "same subject")}
    got = {outbox.item(first).ticket_id, outbox.item(second).ticket_id}  # type: ignore[union-attr]
    assert len(tickets) == 2 and got == tickets


def test_maybe_sent_without_usercode_waits_for_the_agent(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer
) -> None:
    sim.faults.drop_before(CREATE, method="POST", times=1)  # ambiguous for the client; not processed
    outbox, _ = make_outbox(appctx)
    with qtbot.waitSignal(outbox.attention, timeout=8000) as sig:
        item_id = outbox.queue(ticket("guest call", usercode=None))
    assert sig.args == [item_id]
    item = outbox.item(item_id)
    assert item is not None and item.state is ItemState.NEEDS_ATTENTION and item.maybe_sent
    assert item.attention is not None and item.attention.reason is AttentionReason.MAYBE_SENT_NO_USERCODE
    assert not outbox.retry(item_id), "never replayed blindly"
    assert len(create_posts(sim)) == 1 and not list_gets(sim)
    assert outbox.mark_not_sent(item_id)  # the agent checked with the help desk
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=8000)
    assert len(created(sim, "guest call")) == 1


def test_queued_as_maybe_sent_is_looked_up_first(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, desk_clock: Any
) -> None:
    outbox, _ = make_outbox(appctx)
    since = desk_clock()
    sim.faults.drop_after(CREATE, method="POST", times=1)
    from contiple_desktop.errors import NetworkError

    try:
        live_client(appctx).create_ticket(ticket("live then queued"))
    except NetworkError as exc:
        assert exc.ambiguous
    item_id = outbox.queue(ticket("live then queued"), maybe_sent=True, since_ms=since)
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=8000)
    assert len(created(sim, "live then queued")) == 1 and len(create_posts(sim)) == 1

    guest = outbox.queue(ticket("guest maybe", usercode=None), maybe_sent=True)
    qtbot.waitUntil(lambda: outbox.item(guest) is not None and outbox.item(guest).attention is not None,  # type: ignore[union-attr]
                    timeout=5000)
    assert outbox.item(guest).state is ItemState.NEEDS_ATTENTION  # type: ignore[union-attr]


def test_validation_refusal_needs_attention_and_the_rest_goes_on(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer
) -> None:
    outbox, _ = make_outbox(appctx)
    bad = outbox.queue(ticket(" "))  # a blank subject: refused by the server
    good = outbox.queue(ticket("fine"))
    qtbot.waitUntil(lambda: _sent(outbox, good), timeout=8000)
    item = outbox.item(bad)
    assert item is not None and item.state is ItemState.NEEDS_ATTENTION
    assert item.attention is not None and item.attention.reason is AttentionReason.VALIDATION
    assert ["subject", "required"] in item.attention.params["errors"]
    assert outbox.count_attention == 1 and outbox.count_pending == 0
    assert outbox.discard(bad) and outbox.item(bad) is None


def _uploads(sim: SimServer) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["upload"] and r["status"] == 200]


def test_unknown_attachment_ids_are_uploaded_again(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, tmp_path: Path
) -> None:
    slow = sim.faults.latency(0.5, CREATE, method="POST", times=1)
    outbox, _ = make_outbox(appctx)
    item_id = outbox.queue(ticket("expired upload"), [png_file(tmp_path / "in")])
    qtbot.waitUntil(lambda: slow.hits == 1, timeout=8000)
    with sim.state.lock:  # the service forgot the upload meanwhile: the create answers 9005
        for key in [k for k, v in sim.state.attachments.items() if v.get("uploaded")]:
            del sim.state.attachments[key]
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=8000)
    assert [r["result_code"] for r in create_posts(sim)] == [9005, 200]
    assert len(_uploads(sim)) == 2 and len(created(sim, "expired upload")) == 1


def test_old_uploads_are_renewed_before_a_later_attempt(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, tmp_path: Path, desk_clock: Any
) -> None:
    sim.faults.http_500(CREATE, method="POST", times=1)
    outbox, _ = make_outbox(appctx)
    item_id = outbox.queue(ticket("renewed upload"), [png_file(tmp_path / "in")])
    qtbot.waitUntil(lambda: outbox.status.pause is Pause.SERVER, timeout=8000)
    assert len(_uploads(sim)) == 1
    desk_clock.advance(2 * 3_600_000)  # the ID is now older than an hour
    outbox.loop.kick()
    qtbot.waitUntil(lambda: _sent(outbox, item_id), timeout=8000)
    assert len(_uploads(sim)) == 2 and [r["result_code"] for r in create_posts(sim)] == [500, 200]


def test_retry_after_is_honoured_whatever_error_carries_it() -> None:
    from contiple_desktop.domain.backoff import Backoff
    from contiple_desktop.errors import NetworkError, ServerError
    from contiple_desktop.tasks.outbox_replay import Next, classify

    busy = ServerError(503, "Service Unavailable")
    busy.retry_after_s = 120  # type: ignore[attr-defined]  # as the transport may attach it
    down = NetworkError("503 with Retry-After")
    down.retry_after_s = 30  # type: ignore[attr-defined]
    assert classify(busy, None, reuploaded=False) == classify(busy, None, reuploaded=True)
    verdict = classify(busy, None, reuploaded=False)
    assert verdict.next is Next.RETRY_LATER and verdict.retry_after_s == 120
    assert classify(down, None, reuploaded=False).next is Next.RETRY_LATER  # busy, not offline
    assert classify(down, None, reuploaded=False).retry_after_s == 30
    assert classify(NetworkError("refused"), None, reuploaded=False).next is Next.OFFLINE
    schedule = Backoff(base_s=5, cap_s=300)
    assert all(schedule.delay(1, retry_after_s=120) >= 120 for _ in range(50))
    assert all(schedule.delay(9, retry_after_s=1) >= 300 * 0.8 for _ in range(50))  # own backoff wins


def test_damaged_items_are_reported_when_loading(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, expect_log: Any
) -> None:
    expect_log("is unusable")
    outbox, _ = make_outbox(appctx, start=False)
    profile = appctx.session.profile
    assert profile is not None
    store = outbox.store_for(profile.profile_id)
    store.items_dir.mkdir(parents=True)
    store.items_dir.joinpath("broken.json").write_text("{not json")
    with qtbot.waitSignal(outbox.damaged, timeout=5000) as sig:
        outbox.spam.start()
        outbox.start()
    [damaged] = sig.args[0]
    assert damaged.file_name == "broken.json" and damaged.kept_at.exists()


def test_the_desk_engines_work_together(
    qtbot: Any, appctx: AppContext, sim: SimServer
) -> None:
    from contiple_desktop.tasks.desk import DeskEngines
    from tests.tasks.helpers import FAST

    desk = DeskEngines(appctx, schedule=FAST)
    desk.start()
    qtbot.waitUntil(lambda: desk.outbox.ready and desk.spam.loaded, timeout=5000)
    item_id = desk.outbox.queue(ticket("all together"))
    qtbot.waitUntil(lambda: _sent(desk.outbox, item_id), timeout=8000)
    ticket_id = desk.outbox.item(item_id).ticket_id  # type: ignore[union-attr]
    assert ticket_id is not None and desk.watch.is_watched(ticket_id)  # filed here: watched
    assert desk.spam.counts() == (1, 1)  # and counted for the spam limits
    assert len(appctx.flush_hooks) == 3
    desk.deleteLater()
