"""The seeded demo service: sizes, shapes, determinism, generated benchmark data."""

from __future__ import annotations

from collections import Counter

import pytest

from contiple_desktop.sim import SimConfig, SimServer, seed, seed_files
from contiple_desktop.sim.seed import add_tickets, build_state
from contiple_desktop.sim.state import SimClock, SimState
from contiple_desktop.sim.uploads import sniff


def _state(**kwargs: object) -> SimState:
    return build_state(service_id="Demo", clock=SimClock(), **kwargs)  # type: ignore[arg-type]


def test_demo_sizes() -> None:
    state = _state()
    assert len(state.ticket_categories) == 25
    assert max(c["level"] for c in state.ticket_categories.values()) == 5
    assert len(state.faq_categories) >= 20 and max(c["level"] for c in state.faq_categories.values()) == 5
    assert len(state.faqs) >= 60 and len(state.notices) >= 30
    assert len(state.notice_categories) == 3 and len(state.notice_tags) >= 2
    assert sum(n["isTop"] for n in state.notices.values()) == 1
    assert all(set(n["title"]) == {"ko", "en", "ja"} for n in state.notices.values())
    for usercode in (f"cust-{i:03d}" for i in range(1, 21)):
        assert 0 <= len(state.tickets_of(usercode)) <= 15
    assert len(state.tickets_of("bulk-500")) == 500
    assert len(state.tickets_of("cust-010")) == 0
    assert set(Counter(t["status"] for t in state.tickets_of("cust-001"))) == {
        "new",
        "open",
        "reply",
        "solved",
        "closed",
    }
    languages = {state.customers[f"cust-{i:03d}"]["language"] for i in range(1, 21)}
    assert languages == {"ko", "en", "ja"}


class _FixedClock(SimClock):
    def now_ms(self) -> int:
        return 1_790_000_000_000


def test_long_thread_customer_leaves_the_other_facts_as_they_were(monkeypatch: pytest.MonkeyPatch) -> None:
    state = build_state(service_id="Demo", clock=_FixedClock())
    (ticket,) = state.tickets_of(seed.LONG_THREAD_USER)
    assert ticket["subject"] == seed.LONG_THREAD_SUBJECT and ticket["status"] == "open"
    assert len(ticket["thread"]) == seed.LONG_THREAD_ENTRIES == 30
    assert Counter(e["type"] for e in ticket["thread"]) == {"reply": 15, "enduser": 15}
    assert sum(bool(e["attachmentIds"]) for e in ticket["thread"]) >= 5
    assert state.customers[seed.LONG_THREAD_USER]["phone"] == seed.LONG_THREAD_PHONE
    # generated last from its own random stream: every other fact is what it is without it
    monkeypatch.setattr(seed, "add_long_thread", lambda *_a, **_k: {})
    without = build_state(service_id="Demo", clock=_FixedClock())
    long_files = {a for e in [ticket, *ticket["thread"]] for a in e["attachmentIds"]}
    assert {k: v for k, v in state.tickets.items() if k != ticket["ticketId"]} == without.tickets
    assert {k: v for k, v in state.customers.items() if k != seed.LONG_THREAD_USER} == without.customers
    assert set(state.attachments) - long_files == set(without.attachments)
    assert (state.faqs, state.notices) == (without.faqs, without.notices)


def test_threads_mix_entry_types_and_files() -> None:
    state = _state()
    kinds = Counter(e["type"] for t in state.tickets.values() for e in t["thread"])
    assert kinds["enduser"] > 0 and kinds["reply"] > 0
    assert any(e["attachmentIds"] for t in state.tickets.values() for e in t["thread"])
    assert any(t["attachmentIds"] for t in state.tickets.values())
    for ticket in state.tickets.values():
        times = [ticket["createdDt"], *(e["createdDt"] for e in ticket["thread"])]
        assert times == sorted(times) and ticket["updatedDt"] == times[-1]


def test_seeded_files_are_real() -> None:
    state = _state()
    for record in state.attachments.values():
        detected = sniff(record["data"])
        assert detected is not None and detected[1] == record["contentType"], record["fileName"]
    assert seed_files.pdf().endswith(b"%%EOF\n")


def test_deterministic_for_a_seed() -> None:
    def shape(state: SimState) -> list[tuple[str, str, int]]:
        return sorted((t["usercode"], t["subject"], t["categoryId"]) for t in state.tickets.values())

    assert shape(_state(seed=7)) == shape(_state(seed=7))
    assert shape(_state(seed=7)) != shape(_state(seed=8))
    assert sorted(_state(seed=7).attachments) == sorted(_state(seed=7).attachments)


def test_huge_faq_tree_and_more_tickets() -> None:
    state = _state(faq_category_count=10_000, bulk_ticket_count=50)
    assert len(state.faq_categories) == 10_000
    assert max(c["level"] for c in state.faq_categories.values()) == 5
    assert all(c["parent"] == 0 or c["parent"] in state.faq_categories for c in state.faq_categories.values())
    assert len(state.tickets_of("bulk-500")) == 50
    add_tickets(state, "cust-010", 30, SimClock().now_ms())
    assert len(state.tickets_of("cust-010")) == 30


def test_config_reaches_the_seed() -> None:
    sim = SimServer(SimConfig(faq_category_count=500, bulk_ticket_count=5, service_id="Other"))
    assert len(sim.state.faq_categories) == 500 and len(sim.state.tickets_of("bulk-500")) == 5
    assert sim.state.service["serviceId"] == "Other"


def test_server_fixture_helpers(sim: SimServer) -> None:
    before = len(sim.state.faq_categories)
    sim.add_faq_categories(40)
    assert len(sim.state.faq_categories) == before + 40
    sim.add_tickets("cust-010", 25)
    assert len(sim.state.tickets_of("cust-010")) == 25


def test_no_seeded_time_is_in_the_future() -> None:
    clock = SimClock()
    state = build_state(service_id="Demo", clock=clock)
    now = clock.now_ms()
    times = [n["updatedDt"] for n in state.notices.values()] + [f["updatedDt"] for f in state.faqs.values()]
    times += [t["updatedDt"] for t in state.tickets.values()]
    assert max(times) <= now
    assert state.faqs[3414]["updatedDt"] > now - 60_000


def test_add_reply_shows_in_detail(sim: SimServer) -> None:
    ticket = next(t for t in sim.state.tickets_of("cust-001") if t["status"] == "new")
    sim.add_reply(ticket["ticketId"], "<p>확인했습니다.</p>", status="reply")
    assert ticket["status"] == "reply" and ticket["thread"][-1]["type"] == "reply"
    assert ticket["updatedDt"] == ticket["thread"][-1]["createdDt"]
