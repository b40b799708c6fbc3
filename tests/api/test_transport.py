"""Transport behaviour against the stub server: retries, never-retried POSTs, ambiguity, clock re-sync."""

from __future__ import annotations

import socket
import time
from email.utils import formatdate

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.models import EndUser, NewTicket
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import (
    AuthCause,
    AuthError,
    Cancelled,
    ClockSkewError,
    ConfigurationError,
    MalformedResponseError,
    NetworkError,
    RequestTimeout,
    ServerError,
)
from tests.api.conftest import MakeClient
from tests.api.stub_server import Reply, StubServer, envelope

SERVICE = envelope(result={"content": {"serviceId": "svc", "name": "Svc", "language": "ko"}})
TICKET = NewTicket(2542, "s", "c", EndUser(email="a@example.com", username="A", usercode="u1"))
CREATED = envelope(result={"content": {"ticketId": "T1"}})


class WaitRecorder:
    """Replaces the backoff wait: records the delays instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float, cancel: CancelToken | None) -> bool:
        self.delays.append(seconds)
        return False


@pytest.fixture
def waits(stub_client: ContipleClient) -> WaitRecorder:
    recorder = WaitRecorder()
    stub_client.transport.wait = recorder
    return recorder


def test_get_retried_on_503_honouring_retry_after(
    stub: StubServer, stub_client: ContipleClient, waits: WaitRecorder
) -> None:
    stub.push(
        Reply(503, b"<html>busy</html>", {"Retry-After": "2", "Content-Type": "text/html"}),
        Reply(503, b"<html>busy</html>", {"Retry-After": formatdate(time.time() + 4, usegmt=True)}),
        Reply(body=SERVICE),
    )
    assert stub_client.service().name == "Svc"
    assert len(stub.requests) == 3
    assert waits.delays[0] == 2.0
    assert 3.0 <= waits.delays[1] <= 4.0  # an HTTP date within the cap, counted from Date


def test_get_gives_up_after_retries_with_typed_error(
    stub: StubServer, stub_client: ContipleClient, waits: WaitRecorder
) -> None:
    stub.push(*[Reply(500, envelope(500, "Server Error")) for _ in range(3)])
    with pytest.raises(ServerError) as info:
        stub_client.service()
    assert info.value.result_code == 500 and info.value.http_status == 500
    assert len(stub.requests) == 3 and len(waits.delays) == 2


def test_get_backoff_is_exponential_with_jitter(
    stub: StubServer, make_client: MakeClient
) -> None:
    client = make_client(backoff=1.0, get_retries=3)
    recorder = WaitRecorder()
    client.transport.wait = recorder
    stub.push(*[Reply(502, b"bad gateway", {"Content-Type": "text/plain"}) for _ in range(4)])
    with pytest.raises(MalformedResponseError) as info:
        client.service()
    assert info.value.http_status == 502 and "bad gateway" in info.value.snippet
    assert not info.value.ambiguous
    assert len(recorder.delays) == 3
    for attempt, delay in enumerate(recorder.delays):
        assert 0.5 * 2**attempt <= delay <= 1.5 * 2**attempt


def test_get_retried_after_dropped_connection(
    stub: StubServer, stub_client: ContipleClient, waits: WaitRecorder
) -> None:
    stub.push(Reply(action="drop_after"), Reply(action="truncate", body=SERVICE), Reply(body=SERVICE))
    assert stub_client.service().service_id == "svc"
    assert len(stub.requests) == 3 and len(waits.delays) == 2


def test_get_error_after_retries_is_not_ambiguous(
    stub: StubServer, stub_client: ContipleClient, waits: WaitRecorder
) -> None:
    stub.push(*[Reply(action="drop_after") for _ in range(3)])
    with pytest.raises(NetworkError) as info:
        stub_client.service()
    assert not info.value.ambiguous


@pytest.mark.parametrize(
    "reply",
    [
        Reply(503, envelope(500, "busy"), {"Retry-After": "1"}),
        Reply(500, envelope(500, "Server Error")),
        Reply(action="drop_after"),
    ],
    ids=["503", "500", "drop"],
)
def test_post_is_never_retried(
    stub: StubServer, stub_client: ContipleClient, waits: WaitRecorder, reply: Reply
) -> None:
    stub.push(reply, Reply(body=CREATED))
    with pytest.raises((ServerError, NetworkError)):
        stub_client.create_ticket(TICKET)
    assert len(stub.requests) == 1
    assert waits.delays == []


@pytest.mark.parametrize("action", ["drop_after", "drop_before", "truncate"])
def test_dropped_post_is_ambiguous(stub: StubServer, stub_client: ContipleClient, action: str) -> None:
    stub.push(Reply(action=action, body=CREATED))
    with pytest.raises(NetworkError) as info:
        stub_client.create_ticket(TICKET)
    assert info.value.ambiguous is True
    assert info.value.details()["ambiguous"] is True


def test_post_read_timeout_is_ambiguous(stub: StubServer, make_client: MakeClient) -> None:
    client = make_client(read_timeout=0.2)
    stub.push(Reply(action="stall"))
    with pytest.raises(RequestTimeout) as info:
        client.post_comment("u1", "T1", "hello")
    assert info.value.ambiguous is True
    stub.release.set()


def test_get_read_timeout_retried_then_not_ambiguous(stub: StubServer, make_client: MakeClient) -> None:
    client = make_client(read_timeout=0.2, get_retries=1)
    stub.push(Reply(action="stall"), Reply(action="stall"))
    with pytest.raises(RequestTimeout) as info:
        client.service()
    assert info.value.ambiguous is False
    assert len(stub.requests) == 2
    stub.release.set()


def test_malformed_post_answer_is_ambiguous(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.push(Reply(200, b"<html><body>Gateway\x00 error</body></html>", {"Content-Type": "text/html"}))
    with pytest.raises(MalformedResponseError) as info:
        stub_client.create_ticket(TICKET)
    err = info.value
    assert err.ambiguous and err.http_status == 200
    assert err.snippet.startswith("<html><body>Gateway? error")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_connection_refused_is_not_ambiguous() -> None:
    profile = ConnectionProfile(
        "x", "svc", "org", environment=Environment.CUSTOM, custom_url=f"http://127.0.0.1:{_closed_port()}"
    )
    with ContipleClient(profile, "k", get_retries=0) as client:
        with pytest.raises(NetworkError) as info:
            client.create_ticket(TICKET)
        assert info.value.ambiguous is False
        assert "could not connect" in str(info.value)


@pytest.mark.parametrize("url", ["http://example.com", "http://10.0.0.5:8080", "ftp://127.0.0.1"])
def test_plain_http_refused_unless_loopback(url: str) -> None:
    profile = ConnectionProfile("x", "svc", "org", environment=Environment.CUSTOM, custom_url=url)
    with pytest.raises(ConfigurationError):
        ContipleClient(profile, "k")


def test_https_and_loopback_http_accepted() -> None:
    for url in ("https://example.com", "http://localhost:1", "http://[::1]:2"):
        profile = ConnectionProfile("x", "svc", "org", environment=Environment.CUSTOM, custom_url=url)
        with ContipleClient(profile, "k") as client:
            assert client.base_url == url
    real = ConnectionProfile("x", "svc", "org", domain="nhn-cs")
    with ContipleClient(real, "k") as client:
        assert client.base_url == "https://nhn-cs.oc.nhncloud.com"


def test_cancel_during_backoff_is_immediate(stub: StubServer, stub_client: ContipleClient) -> None:
    token = CancelToken()
    stub.push(Reply(503, envelope(500, "busy"), {"Retry-After": "30"}, on_request=lambda _r: token.cancel()))
    started = time.monotonic()
    with pytest.raises(Cancelled):
        stub_client.service(cancel=token)
    assert time.monotonic() - started < 2.0
    assert len(stub.requests) == 1


def test_cancelled_token_sends_nothing(stub: StubServer, stub_client: ContipleClient) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        stub_client.notices(cancel=token)
    assert stub.requests == []


# ---------------------------------------------------------------- clock skew


@pytest.mark.parametrize("skew_ms", [10 * 60_000, -47 * 60_000])
def test_clock_skew_learned_and_get_retried(
    stub: StubServer, stub_client: ContipleClient, skew_ms: int
) -> None:
    stub.skew_ms = skew_ms
    stub.push(Reply(action="check_ts", body=envelope(result={"contents": [], "total": 0})))
    stub.push(Reply(action="check_ts", body=envelope(result={"contents": [], "total": 0})))
    page = stub_client.customer_tickets("u1")
    assert page.total == 0
    assert len(stub.requests) == 2
    assert abs(stub_client.clock_skew_ms - skew_ms) < 1500
    first, second = (int(r.headers["X-TC-Timestamp"]) for r in stub.requests)
    assert abs((second - first) - skew_ms) < 1500
    # later requests use the corrected clock at once
    stub.push(Reply(action="check_ts", body=envelope(result={"contents": []})))
    stub_client.customer_tickets("u1")
    assert len(stub.requests) == 3


def test_clock_skew_resync_is_the_one_post_resend(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.skew_ms = 20 * 60_000
    stub.push(Reply(action="check_ts", body=CREATED), Reply(action="check_ts", body=CREATED))
    assert stub_client.create_ticket(TICKET).ticket_id == "T1"
    assert len(stub.requests) == 2
    assert stub.requests[0].body == stub.requests[1].body
    assert stub.requests[0].headers["Authorization"] != stub.requests[1].headers["Authorization"]


def test_still_expired_after_resync_raises_clock_skew(stub: StubServer, stub_client: ContipleClient) -> None:
    expired = envelope(400, "X-TC-Timestamp is expired")
    stub.skew_ms = 3 * 3600_000
    stub.push(Reply(400, expired), Reply(400, expired), Reply(400, expired))
    with pytest.raises(ClockSkewError) as info:
        stub_client.ticket("u1", "T1")
    assert len(stub.requests) == 2
    assert info.value.skew_ms is not None and abs(info.value.skew_ms - 3 * 3600_000) < 1500
    assert info.value.cause is AuthCause.TIMESTAMP_EXPIRED
    assert isinstance(info.value, AuthError)


def test_expired_without_date_header_cannot_resync(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.push(Reply(400, envelope(400, "X-TC-Timestamp is expired"), send_date=False))
    with pytest.raises(ClockSkewError) as info:
        stub_client.ticket("u1", "T1")
    assert info.value.skew_ms is None
    assert len(stub.requests) == 1


def test_expired_on_unsigned_path_is_plain_auth_error(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.push(Reply(400, envelope(400, "X-TC-Timestamp is expired")))
    with pytest.raises(AuthError) as info:
        stub_client.service()
    assert not isinstance(info.value, ClockSkewError)
    assert len(stub.requests) == 1


def test_base_url_path_prefix_is_part_of_the_signed_uri(stub: StubServer) -> None:
    from contiple_desktop.api import signing
    from contiple_desktop.api.clock import FixedClock
    from tests.api.conftest import TEST_KEY, TEST_ORG

    profile = ConnectionProfile(
        "x", "svc", TEST_ORG, environment=Environment.CUSTOM, custom_url=stub.base_url + "/oc/"
    )
    with ContipleClient(profile, TEST_KEY, clock=FixedClock(1_700_000_000_000)) as client:
        stub.push(Reply(body=envelope(result={"contents": [], "total": 0})))
        client.customer_tickets("u1", page=2)
        stub.push(Reply(body=envelope(result={"contents": []})))
        client.notice_tags()
    signed, unsigned = stub.requests
    assert signed.path == "/oc/svc/openapi/v1/ticket/enduser/u1/list.json"
    assert signed.headers["Authorization"] == signing.authorization(
        TEST_KEY, TEST_ORG, signed.path, "1700000000000", query=signed.query
    )
    assert unsigned.path == "/oc/svc/api/v2/notice/tags.json" and "Authorization" not in unsigned.headers


def _classify_cases() -> list[tuple[BaseException, type, bool]]:
    import http.client

    import requests
    import urllib3.exceptions as u3

    refused = u3.NewConnectionError(None, "Failed to establish a new connection: [Errno 111] refused")  # type: ignore[arg-type]
    refused.__cause__ = ConnectionRefusedError(111, "refused")
    aborted = u3.ProtocolError("Connection aborted.", http.client.RemoteDisconnected("closed"))
    return [
        (requests.ConnectTimeout("t"), RequestTimeout, False),
        (requests.ReadTimeout("t"), RequestTimeout, True),
        (requests.ConnectionError(u3.ReadTimeoutError(None, "/", "read timed out")), RequestTimeout, True),  # type: ignore[arg-type]
        (requests.ConnectionError(u3.MaxRetryError(None, "/", refused)), NetworkError, False),  # type: ignore[arg-type]
        (requests.exceptions.SSLError("bad cert"), NetworkError, False),
        (requests.ConnectionError(aborted), NetworkError, True),
        (requests.exceptions.ChunkedEncodingError(aborted), NetworkError, True),
        (ConnectionResetError(104, "reset"), NetworkError, True),
        (TimeoutError("timed out"), RequestTimeout, True),
        (requests.exceptions.InvalidHeader("x"), NetworkError, False),
    ]


@pytest.mark.parametrize("exc, cls, post_ambiguous", _classify_cases())
def test_classify(exc: BaseException, cls: type, post_ambiguous: bool) -> None:
    from contiple_desktop.api.transport import Call, classify

    post = classify(exc, Call("POST", "/s/openapi/v1/ticket.json", "create ticket"))
    get = classify(exc, Call("GET", "/s/api/v2/service.json", "service"))
    assert type(post) is cls and type(get) is cls
    assert post.ambiguous is post_ambiguous and get.ambiguous is False
    assert post.endpoint == "create ticket" and str(post).startswith("create ticket: ")


def test_upload_resync_resends_the_whole_file(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.skew_ms = -30 * 60_000
    done = envelope(result={"content": {"attachmentId": "b" * 32, "fileName": "a.txt"}})
    stub.push(Reply(action="check_ts", body=done), Reply(action="check_ts", body=done))
    data = b"line\n" * 50_000
    assert stub_client.upload_attachment(data, file_name="a.txt").attachment_id == "b" * 32
    first, second = stub.requests
    assert first.complete and second.complete and data in second.body
    assert first.headers["Authorization"] != second.headers["Authorization"]
