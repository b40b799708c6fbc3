"""The one connection state (``tasks.link_state``): codes from request outcomes, no text."""

from __future__ import annotations

from typing import Any

from contiple_desktop import errors as E
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.link_state import SLOW_AFTER_S, Link, LinkMonitor
from contiple_desktop.tasks.ops import submit_with_client
from contiple_desktop.tasks.session import Session


def test_outcomes_become_one_state(qapp: Any) -> None:
    session = Session()
    link = LinkMonitor(session)
    seen: list[Link] = []
    link.changed.connect(lambda: seen.append(link.state))
    assert link.state is Link.UNKNOWN
    link.report(0.1, None)
    assert link.state is Link.ONLINE
    link.report(SLOW_AFTER_S + 1, None)
    assert link.state is Link.SLOW
    link.report(0.1, E.NotFoundError(9005, "no such ticket"))  # an answer: the service is there
    assert link.state is Link.ONLINE
    link.report(0.1, E.NetworkError("refused"))
    assert link.state is Link.OFFLINE
    link.report(0.1, E.Cancelled())  # says nothing about the connection
    link.report(0.1, E.ConfigurationError("no connection"))
    assert link.state is Link.OFFLINE
    link.report(0.1, E.RetryLaterError("busy", retry_after_s=30, retry_at_ms=123_000))
    assert (link.state, link.retry_at_ms) == (Link.RETRYING, 123_000)
    link.report(0.1, E.RequestTimeout("slow"))
    assert link.state is Link.SLOW and link.retry_at_ms == 0
    session.set_connection(None, None)  # another connection: nothing known yet
    assert link.state is Link.UNKNOWN
    assert seen == [Link.ONLINE, Link.SLOW, Link.ONLINE, Link.OFFLINE, Link.RETRYING, Link.SLOW, Link.UNKNOWN]


def test_every_operation_reports_to_the_link(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    client = appctx.session.client
    assert client is not None
    with qtbot.waitSignal(appctx.link.changed, timeout=5000):
        submit_with_client(appctx, lambda c, t: c.service(cancel=t.cancel))
    assert appctx.link.state is Link.ONLINE
    sim.faults.drop_before("*", times=None)
    failures: list[BaseException] = []
    with qtbot.waitSignal(appctx.link.changed, timeout=5000):
        submit_with_client(appctx, lambda c, t: c.service(cancel=t.cancel), on_failure=failures.append)
    assert appctx.link.state is Link.OFFLINE and isinstance(failures[0], E.NetworkError)
    sim.faults.clear()
