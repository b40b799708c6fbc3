"""``SendOnce`` without a widget: every way a create can end, against the simulator's faults."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QObject

from contiple_desktop.domain.models import EndUser, NewTicket, TicketDetail, UserFieldValue
from contiple_desktop.errors import ConfigurationError, NetworkError, ServerError
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks import history_ops, ticket_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.send_once import Outcome, OutcomeKind, Phase, SendOnce
from contiple_desktop.tasks.task_scope import TaskScope

TICKET = "*/openapi/v1/ticket.json"
COMMENT = "*/comment.json"


@pytest.fixture
def owner(qapp: Any) -> Any:
    o = QObject()
    yield o
    o.deleteLater()


def _flow(ctx: AppContext, owner: QObject) -> tuple[SendOnce, list[Outcome], list[Phase]]:
    flow = SendOnce(ctx, TaskScope(owner, "test"), owner)
    outcomes: list[Outcome] = []
    phases: list[Phase] = []
    flow.finished.connect(outcomes.append)
    flow.phase_changed.connect(phases.append)
    return flow, outcomes, phases


def _ticket(subject: str, usercode: str | None = "cust-005") -> NewTicket:
    return NewTicket(
        category_id=2541,
        subject=subject,
        content="내용",
        end_user=EndUser(usercode=usercode, email="kim@example.com", username="김고객"),
        user_fields=(UserFieldValue("personalAgree", "true"),),
    )


def _created(sim: SimServer, subject: str) -> list[dict[str, Any]]:
    return [t for t in sim.state.tickets.values() if t.get("subject") == subject]


def test_created_once_and_idle_again(qtbot: Any, appctx: AppContext, owner: QObject, sim: SimServer) -> None:
    flow, outcomes, phases = _flow(appctx, owner)
    assert flow.send(ticket_ops.ticket_plan(_ticket("plain")))
    assert flow.busy and not flow.send(ticket_ops.ticket_plan(_ticket("plain")))  # single flight
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    [outcome] = outcomes
    assert outcome.kind is OutcomeKind.CREATED and not outcome.found_by_lookup
    assert outcome.value.ticket_id and phases == [Phase.SENDING, Phase.IDLE]
    assert len(_created(sim, "plain")) == 1


def test_definite_failure_is_failed(qtbot: Any, appctx: AppContext, owner: QObject, sim: SimServer) -> None:
    sim.faults.http_500(TICKET, times=1)
    flow, outcomes, _ = _flow(appctx, owner)
    flow.send(ticket_ops.ticket_plan(_ticket("five hundred")))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes[0].kind is OutcomeKind.FAILED and isinstance(outcomes[0].error, ServerError)
    assert _created(sim, "five hundred") == []


def test_ambiguous_then_found_by_lookup(
    qtbot: Any, appctx: AppContext, owner: QObject, sim: SimServer
) -> None:
    sim.faults.drop_after(TICKET, times=1)
    flow, outcomes, phases = _flow(appctx, owner)
    flow.send(ticket_ops.ticket_plan(_ticket("dropped")))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=8000)
    [outcome] = outcomes
    assert outcome.kind is OutcomeKind.CREATED and outcome.found_by_lookup
    [ticket] = _created(sim, "dropped")
    assert outcome.value.ticket_id == ticket["ticketId"]
    assert phases == [Phase.SENDING, Phase.RECONCILING, Phase.IDLE]


def test_ambiguous_not_found_is_unresolved_after_a_lookup(
    qtbot: Any, appctx: AppContext, owner: QObject, sim: SimServer
) -> None:
    sim.faults.drop_before(TICKET, times=1)  # the line went dead before the server processed it
    flow, outcomes, _ = _flow(appctx, owner)
    flow.send(ticket_ops.ticket_plan(_ticket("never arrived")))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=8000)
    [outcome] = outcomes
    assert outcome.kind is OutcomeKind.UNRESOLVED and outcome.looked_up
    assert isinstance(outcome.error, NetworkError) and outcome.error.ambiguous
    assert _created(sim, "never arrived") == []


def test_ambiguous_without_usercode_is_unresolved_without_a_lookup(
    qtbot: Any, appctx: AppContext, owner: QObject, sim: SimServer
) -> None:
    sim.faults.drop_after(TICKET, times=1)
    flow, outcomes, _ = _flow(appctx, owner)
    flow.send(ticket_ops.ticket_plan(_ticket("guest", usercode=None)))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=8000)
    assert outcomes[0].kind is OutcomeKind.UNRESOLVED and not outcomes[0].looked_up
    assert not [r for r in sim.requests() if r["path"].endswith("/list.json")], "nothing to look up"


def test_no_connection_is_a_failure_through_the_same_path(
    qtbot: Any, offline_appctx: AppContext, owner: QObject
) -> None:
    flow, outcomes, _ = _flow(offline_appctx, owner)
    assert flow.send(ticket_ops.ticket_plan(_ticket("offline")))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes[0].kind is OutcomeKind.FAILED and isinstance(outcomes[0].error, ConfigurationError)
    assert not flow.busy


def _detail(appctx: AppContext, qtbot: Any, usercode: str, ticket_id: str) -> TicketDetail:
    got: list[TicketDetail] = []
    history_ops.load_ticket_detail(appctx, usercode, ticket_id, on_success=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    return got[0]


def test_follow_up_dropped_after_processing_is_found_once(
    qtbot: Any, appctx: AppContext, owner: QObject, sim: SimServer
) -> None:
    usercode = "cust-001"
    ticket_id = next(t["ticketId"] for t in sim.state.tickets.values() if t.get("usercode") == usercode)
    known = _detail(appctx, qtbot, usercode, ticket_id)
    sim.faults.drop_after(COMMENT, times=1)
    flow, outcomes, _ = _flow(appctx, owner)
    flow.send(history_ops.follow_up_plan(appctx, usercode, ticket_id, "once only", [], known))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=8000)
    [outcome] = outcomes
    assert outcome.kind is OutcomeKind.CREATED and outcome.found_by_lookup
    assert isinstance(outcome.evidence, TicketDetail)
    posts = [r for r in sim.requests() if r["path"].endswith("/comment.json")]
    assert len(posts) == 1
