"""The simulated help desk: agent answers and status changes, and the demo's automatic answers."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.sim.__main__ import build_parser


def _client(sim: SimServer) -> ContipleClient:
    profile = ConnectionProfile("Sim", sim.service_id, sim.organization_id, Environment.CUSTOM,
                                custom_url=sim.base_url)  # fmt: skip
    return ContipleClient(profile, sim.api_key, backoff=0.01)


def _new(subject: str) -> NewTicket:
    return NewTicket(2541, subject, "내용", EndUser("a@example.com", "김", usercode="cust-010"),
                     user_fields=(UserFieldValue("personalAgree", "true"),))  # fmt: skip


def test_agent_reply_appends_an_answer_and_moves_the_ticket(sim: SimServer) -> None:
    ticket_id = next(t["ticketId"] for t in sim.state.tickets.values() if t["usercode"] == "cust-001")
    before = copy.deepcopy(sim.state.tickets[ticket_id])
    sim.agent_reply(ticket_id, "다시 보냈습니다.\n확인해 주세요 <3")
    ticket = sim.state.tickets[ticket_id]
    entry = ticket["thread"][-1]
    assert entry["type"] == "reply" and entry["content"] == "<p>다시 보냈습니다.<br>확인해 주세요 &lt;3</p>"
    assert ticket["status"] == "reply" and ticket["updatedDt"] > before["updatedDt"]
    assert entry["createdDt"] == ticket["updatedDt"]
    with _client(sim) as client:
        detail = client.ticket("cust-001", ticket_id)
    assert detail.entries[0].from_agent and "다시 보냈습니다." in detail.entries[0].content


def test_set_status_moves_updated_and_checks_the_value(sim: SimServer) -> None:
    ticket_id = next(iter(sim.state.tickets))
    updated = sim.state.tickets[ticket_id]["updatedDt"]
    sim.set_status(ticket_id, "closed")
    assert sim.state.tickets[ticket_id]["status"] == "closed"
    assert sim.state.tickets[ticket_id]["updatedDt"] > updated
    with pytest.raises(ValueError):
        sim.set_status(ticket_id, "archived")
    with pytest.raises(KeyError):
        sim.agent_reply("T-none", "x")


def test_demo_activity_answers_new_tickets_only(qtbot: Any) -> None:
    sim = SimServer(SimConfig(demo_activity=0.2)).start()
    seeded = copy.deepcopy(sim.state.tickets)
    try:
        with _client(sim) as client:
            created = client.create_ticket(_new("demo answer"))
            qtbot.waitUntil(lambda: sim.state.tickets[created.ticket_id]["status"] == "solved", timeout=5000)
            detail = client.ticket("cust-010", created.ticket_id)
        assert [e.from_agent for e in detail.entries] == [True]
        with sim.state.lock:
            assert {k: v for k, v in sim.state.tickets.items() if k in seeded} == seeded
    finally:
        sim.stop()


def test_the_command_line_option() -> None:
    assert build_parser().parse_args(["--demo-activity", "30"]).demo_activity == 30.0
    assert build_parser().parse_args([]).demo_activity is None
