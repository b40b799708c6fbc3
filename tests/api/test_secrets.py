"""The API key and Authorization header never reach logs, errors or repr; one DEBUG line per request."""

from __future__ import annotations

import logging
import traceback

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.models import EndUser, NewTicket
from contiple_desktop.errors import ContipleError
from tests.api.conftest import TEST_KEY
from tests.api.stub_server import Reply, StubServer, envelope

TICKET = NewTicket(2542, "s", "c", EndUser(email="a@example.com", username="A", usercode="u1"))


def _all_text(exc: BaseException) -> str:
    return "\n".join(
        [str(exc), repr(exc), repr(getattr(exc, "details", lambda: {})()), *traceback.format_exception(exc)]
    )


def test_key_and_signature_absent_from_logs_and_errors(
    stub: StubServer, stub_client: ContipleClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="contiple_desktop")
    stub_client.transport.wait = lambda s, c: False
    stub.push(
        Reply(body=envelope(result={"contents": [], "total": 0})),
        Reply(400, envelope(400, "Authorization is incorrect")),
        Reply(action="drop_after"),
        Reply(200, b"<html>oops</html>", {"Content-Type": "text/html"}),
        Reply(400, envelope(400, "X-TC-Timestamp is expired")),
        Reply(400, envelope(400, "X-TC-Timestamp is expired")),
    )
    stub_client.customer_tickets("u1")
    errors: list[ContipleError] = []
    for call in (
        lambda: stub_client.ticket("u1", "T1"),
        lambda: stub_client.create_ticket(TICKET),
        lambda: stub_client.post_comment("u1", "T1", "hi"),
        lambda: stub_client.upload_attachment(b"abc", file_name="a.txt"),
    ):
        with pytest.raises(ContipleError) as info:
            call()
        errors.append(info.value)
    signatures = [r.headers["Authorization"] for r in stub.requests if "Authorization" in r.headers]
    assert len(signatures) == 6
    texts = [caplog.text, repr(stub_client), repr(stub_client.transport), repr(vars(stub_client.transport))]
    texts += [_all_text(e) for e in errors]
    for text in texts:
        assert TEST_KEY not in text
        for sig in signatures:
            assert sig not in text
        assert "Authorization:" not in text and "X-TC-Timestamp:" not in text


def test_one_debug_line_per_request(
    stub: StubServer, stub_client: ContipleClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="contiple_desktop.api")
    stub.push(
        Reply(body=envelope(result={"content": {"serviceId": "svc"}})),
        Reply(200, envelope(9005, "No related data exists")),
    )
    stub_client.service()
    with pytest.raises(ContipleError):
        stub_client.ticket("u1", "T404")
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG]
    assert len(lines) == 2
    assert lines[0].startswith("GET /svc/api/v2/service.json -> 200 rc=200 ")
    assert lines[1].startswith("GET /svc/openapi/v1/ticket/enduser/u1/T404/detail.json -> 200 rc=9005 ")
    assert all(line.endswith("ms") for line in lines)
