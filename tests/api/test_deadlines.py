"""No call hangs: one deadline per request, stall deadlines for transfers, cancel and close cut sockets.

Against the hostile servers of ``tests/api/hostile.py`` (loopback). Outcomes only: each test has a
pytest-timeout guard, so code that hangs (the old per-byte read timeout, cancel checked between
64 KiB chunks only) fails the test instead of passing slowly. Timings are measured by
``benchmarks/stress_network.py``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.models import EndUser, NewTicket
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import (
    Cancelled,
    CancelledAfterSend,
    NetworkError,
    RequestTimeout,
)
from tests.api.conftest import TEST_KEY, TEST_ORG
from tests.api.hostile import HostileServer, envelope_bytes

pytestmark = pytest.mark.timeout(30)

TICKET = NewTicket(2542, "s", "c", EndUser(email="a@example.com", username="A", usercode="u1"))
UPLOAD = b"u" * (16 * 1024 * 1024)  # more than the loopback socket buffers take in
Call = Callable[[ContipleClient, CancelToken | None], object]

CALLS: dict[str, Call] = {
    "GET": lambda c, t: c.service(cancel=t),
    "signed POST": lambda c, t: c.create_ticket(TICKET, cancel=t),
    "upload": lambda c, t: c.upload_attachment(UPLOAD, file_name="a.txt", cancel=t),
    "download": lambda c, t: c.attachment_bytes("notice", "a" * 32, cancel=t),
}


@pytest.fixture
def hostile() -> Iterator[Callable[..., HostileServer]]:
    made: list[HostileServer] = []

    def make(mode: str, **kwargs: Any) -> HostileServer:
        kwargs.setdefault("interval", 0.05)
        server = HostileServer(mode, **kwargs).start()
        made.append(server)
        return server

    yield make
    for server in made:
        server.stop()


@pytest.fixture
def clients() -> Iterator[Callable[..., ContipleClient]]:
    made: list[ContipleClient] = []

    def make(server: HostileServer, **kwargs: Any) -> ContipleClient:
        kwargs.setdefault("backoff", 0.001)
        client = ContipleClient(_profile(server.base_url), TEST_KEY, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def _profile(url: str) -> ConnectionProfile:
    return ConnectionProfile("hostile", "svc", TEST_ORG, environment=Environment.CUSTOM, custom_url=url)


def _wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "state not reached"
        threading.Event().wait(0.01)


class Background:
    """Runs one blocking call on a thread and keeps its outcome."""

    def __init__(self, fn: Callable[[], object]) -> None:
        self.outcome: BaseException | object | None = None
        self._thread = threading.Thread(target=self._run, args=(fn,), name="call-under-test")
        self._thread.start()

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            self.outcome = fn()
        except BaseException as exc:
            self.outcome = exc

    def result(self, timeout: float = 20.0) -> object:
        self._thread.join(timeout)
        assert not self._thread.is_alive(), "the call did not end"
        return self.outcome


# ---------------------------------------------------------------- one deadline per request


@pytest.mark.parametrize("mode", ["drip_headers", "drip_body"])
@pytest.mark.parametrize("kind", ["GET", "signed POST"])
def test_a_one_byte_drip_ends_at_the_deadline(hostile: Any, clients: Any, mode: str, kind: str) -> None:
    server = hostile(mode)
    client = clients(server, deadline=1.0, read_timeout=5.0)
    with pytest.raises(RequestTimeout) as info:
        CALLS[kind](client, None)
    assert "no complete answer within 1 s" in str(info.value)
    assert info.value.ambiguous is (kind == "signed POST")  # the POST was sent: it may have been processed
    assert server.requests_seen == 1  # the deadline covers retries: none is started after it


def test_retries_and_backoff_count_against_the_same_deadline(hostile: Any, clients: Any) -> None:
    server = hostile("silent")
    client = clients(server, deadline=1.2, read_timeout=1.0, get_retries=5)
    with pytest.raises(RequestTimeout) as info:
        client.service()
    assert not info.value.ambiguous
    assert server.requests_seen < 3  # 5 retries × 1 s read timeout would be 6 requests


@pytest.mark.parametrize("kind", ["upload", "download"])
def test_a_transfer_ends_when_it_stalls(hostile: Any, clients: Any, kind: str) -> None:
    server = hostile("slow_reader" if kind == "upload" else "drip_body")
    client = clients(server, deadline=600.0, stall_timeout=1.0, read_timeout=5.0)
    with pytest.raises(RequestTimeout) as info:
        CALLS[kind](client, None)
    assert "stalled (no progress for 1 s)" in str(info.value)
    assert not info.value.ambiguous  # the upload's body never got through


def test_a_transfer_that_progresses_is_not_cut_by_the_json_deadline(clients: Any) -> None:
    chunks = 40

    def body() -> Iterator[bytes]:
        for _ in range(chunks):
            threading.Event().wait(0.05)
            yield b"f" * 65536

    with HostileServer("reply", headers={"Content-Type": "image/png"}, body=body) as server:
        client = clients(server, deadline=0.5, stall_timeout=5.0)
        data, media = client.attachment_bytes("notice", "a" * 32)
    assert len(data) == chunks * 65536 and media == "image/png"


# ---------------------------------------------------------------- cancel and close cut the socket


@pytest.mark.parametrize(
    "mode, kind",
    [
        ("no_accept", "GET"),
        ("drip_headers", "GET"),
        ("drip_body", "GET"),
        ("silent", "signed POST"),
        ("drip_body", "signed POST"),
        ("slow_reader", "upload"),
        ("drip_body", "download"),
    ],
)
def test_cancel_ends_the_call_wherever_it_is_blocked(
    hostile: Any, clients: Any, mode: str, kind: str
) -> None:
    server = hostile(mode)
    client = clients(server, deadline=600.0, stall_timeout=600.0, read_timeout=600.0, connect_timeout=600.0)
    token = CancelToken()
    call = Background(lambda: CALLS[kind](client, token))
    if mode == "no_accept":
        _wait_until(lambda: client.transport.in_flight == 1)
    else:
        assert server.answering.wait(10)
    token.cancel()
    outcome = call.result()
    assert isinstance(outcome, Cancelled)
    if kind == "signed POST":  # all its bytes were on the wire: possibly processed
        assert isinstance(outcome, CancelledAfterSend) and outcome.ambiguous
    else:
        assert not outcome.ambiguous
    assert client.transport.in_flight == 0


@pytest.mark.parametrize("kind", ["GET", "signed POST"])
def test_client_close_frees_calls_in_flight(hostile: Any, clients: Any, kind: str) -> None:
    server = hostile("drip_body")
    client = clients(server, deadline=600.0, read_timeout=600.0)
    call = Background(lambda: CALLS[kind](client, None))
    assert server.answering.wait(10)
    client.close()
    outcome = call.result()
    assert isinstance(outcome, NetworkError)
    assert "closed by the application" in str(outcome)
    assert outcome.ambiguous is (kind == "signed POST")


def test_cancel_during_connect_sends_nothing(hostile: Any, clients: Any) -> None:
    server = hostile("no_accept")
    client = clients(server, connect_timeout=600.0)
    token = CancelToken()
    call = Background(lambda: client.create_ticket(TICKET, cancel=token))
    _wait_until(lambda: client.transport.in_flight == 1)
    token.cancel()
    outcome = call.result()
    assert type(outcome) is Cancelled and not outcome.ambiguous  # never connected: not sent


def test_a_cut_connection_is_not_reused(hostile: Any, clients: Any) -> None:
    """After a cut, the next call opens a fresh connection; reused connections attach again."""
    slow = hostile("drip_body")
    client = clients(slow, deadline=0.5)
    with pytest.raises(RequestTimeout):
        client.service()
    good = envelope_bytes(result={"content": {"serviceId": "svc", "name": "S"}})
    with HostileServer("reply", body=good) as server:
        other = clients(server, deadline=5.0)
        token = CancelToken()
        assert other.service(cancel=token).name == "S"
        assert other.service(cancel=token).name == "S"  # keep-alive reuse is attached again
        assert server.requests_seen == 2
