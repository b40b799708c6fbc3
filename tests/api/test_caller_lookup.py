"""The caller-lookup client: real HTTP over loopback to the simulator, the stub and raw sockets."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from contiple_desktop.api.caller_lookup import MAX_ANSWER_BYTES, encode_body, lookup_caller, sign_lookup
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.lookup import CallerIdentity, CallerLookupConfig
from contiple_desktop.domain.phone import PhoneFormat, parse_phone
from contiple_desktop.errors import CallerLookupError, CallerLookupReason, Cancelled
from contiple_desktop.sim import SimConfig, SimServer
from tests.api.stub_server import Reply, StubServer

KEY = "lookup-key-7f3c9a1be2d44c55a6b7c8d9"
KIM = CallerIdentity("cust-001", "김민준", "minjun.kim@example.com", "010-1001-5007")
PHONE = parse_phone("010-1001-5007")
TS = 1764031689401


def _config(url: str, **kw: Any) -> CallerLookupConfig:
    return CallerLookupConfig(url=url, constant_fields=(("nation", "korea"),), **kw)


def _reason(excinfo: pytest.ExceptionInfo[CallerLookupError]) -> CallerLookupReason:
    return excinfo.value.reason


# -- against the simulator ------------------------------------------------------------------


def test_unsigned_lookup_finds_the_demo_customer(sim: SimServer) -> None:
    assert lookup_caller(sim.caller_lookup_config(), PHONE) == KIM
    (entry,) = sim.requests()
    assert entry["method"] == "POST" and entry["path"] == "/_demo/customer-info"
    assert entry["json_body"] == {"callNum": "0101001****", "nation": "korea"}  # national digits, masked log
    assert "X-TC-Timestamp" not in entry["headers"]


@pytest.mark.parametrize("spelling", ["+82-10-1001-5007", "01010015007", "010.1001.5007"])
@pytest.mark.parametrize("fmt", list(PhoneFormat))
def test_every_spelling_and_format_matches(sim: SimServer, spelling: str, fmt: PhoneFormat) -> None:
    config = sim.caller_lookup_config()
    config = CallerLookupConfig.from_dict({**config.to_dict(), "phone_format": fmt.value})
    assert lookup_caller(config, parse_phone(spelling)) == KIM


def test_unknown_number_is_none(sim: SimServer) -> None:
    assert lookup_caller(sim.caller_lookup_config(), parse_phone("010-9999-0000")) is None


@pytest.fixture
def signed_sim() -> Iterator[SimServer]:
    server = SimServer(SimConfig(caller_lookup_key=KEY)).start()
    try:
        yield server
    finally:
        server.stop()


def test_signed_lookup(signed_sim: SimServer) -> None:
    config = signed_sim.caller_lookup_config()
    assert config.encryption
    assert lookup_caller(config, PHONE, security_key=KEY) == KIM
    assert signed_sim.requests()[0]["headers"]["X-TC-Timestamp"].isdigit()


def test_wrong_key_is_forbidden(signed_sim: SimServer) -> None:
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(signed_sim.caller_lookup_config(), PHONE, security_key="not-the-key")
    assert _reason(excinfo) is CallerLookupReason.FORBIDDEN and excinfo.value.http_status == 403


def test_a_skewed_clock_is_forbidden(signed_sim: SimServer) -> None:
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(signed_sim.caller_lookup_config(), PHONE, security_key=KEY, now_ms=lambda: TS)
    assert _reason(excinfo) is CallerLookupReason.FORBIDDEN


def test_encryption_without_a_key_sends_nothing(signed_sim: SimServer) -> None:
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(signed_sim.caller_lookup_config(), PHONE, security_key="")
    assert _reason(excinfo) is CallerLookupReason.MISSING_KEY
    assert signed_sim.requests() == []


def test_unsigned_request_to_a_signed_api_is_forbidden(signed_sim: SimServer) -> None:
    unsigned = CallerLookupConfig.from_dict(
        {**signed_sim.caller_lookup_config().to_dict(), "encryption": False}
    )
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(unsigned, PHONE, security_key=KEY)
    assert _reason(excinfo) is CallerLookupReason.FORBIDDEN


def test_slow_server_hits_the_deadline(sim: SimServer) -> None:
    sim.faults.latency(60, "customer-info")
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(sim.caller_lookup_config(), PHONE, timeout=0.3)
    assert _reason(excinfo) is CallerLookupReason.TIMEOUT


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("http_500", CallerLookupReason.SERVER_ERROR),
        ("html_error", CallerLookupReason.SERVER_ERROR),
        ("malformed_json", CallerLookupReason.MALFORMED),
        ("drop_before", CallerLookupReason.NETWORK),
        ("drop_after", CallerLookupReason.NETWORK),
        ("unavailable", CallerLookupReason.SERVER_ERROR),
    ],
)
def test_simulator_faults(sim: SimServer, fault: str, reason: CallerLookupReason) -> None:
    sim.faults.add(fault, "customer-info")
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(sim.caller_lookup_config(), PHONE)
    assert _reason(excinfo) is reason
    assert len(sim.requests()) == 1  # never retried


def test_nobody_listening_is_a_network_error(sim: SimServer) -> None:
    config = sim.caller_lookup_config()
    sim.stop()
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(config, PHONE)
    assert _reason(excinfo) is CallerLookupReason.NETWORK


# -- exact request bytes and signature (stub) -------------------------------------------------


def test_body_and_signature_are_exactly_what_the_verifier_expects(stub: StubServer) -> None:
    stub.push(Reply(200, {"data": {"id": "cust-001"}}))
    config = _config(stub.base_url + "/lookup?v=2", encryption=True, phone_format=PhoneFormat.E164)
    assert lookup_caller(config, PHONE, security_key=KEY, now_ms=lambda: TS) == CallerIdentity("cust-001")
    (request,) = stub.requests
    assert request.method == "POST" and request.raw_path == "/lookup?v=2"
    assert request.body == b'{"callNum":"+821010015007","nation":"korea"}'
    assert request.headers["X-TC-Timestamp"] == str(TS)
    text = request.body.decode("utf-8") + str(TS)  # the published Java verifier, step by step
    expected = base64.b64encode(hmac.new(KEY.encode(), text.encode(), hashlib.sha256).digest()).decode()
    assert request.headers["Authorization"] == expected == sign_lookup(KEY, request.body, str(TS))
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"


def test_unsigned_requests_carry_no_auth_headers(stub: StubServer) -> None:
    stub.push(Reply(200, {"data": {"id": "x"}}))
    lookup_caller(_config(stub.base_url + "/lookup"), PHONE, security_key=KEY)
    headers = {k.lower() for k in stub.requests[0].headers}
    assert "authorization" not in headers and "x-tc-timestamp" not in headers


def test_korean_constants_are_sent_as_utf8() -> None:
    config = CallerLookupConfig(url="https://crm.example.com/x", constant_fields=(("site", "서울"),))
    assert encode_body(config, PHONE) == '{"callNum":"01010015007","site":"서울"}'.encode()


# -- every §3.20 answer -------------------------------------------------------------------------

FOUND = {
    "data": {
        "id": "cust-001",
        "userName": "김민준",
        "email": "minjun.kim@example.com",
        "phone": "010-1001-5007",
    }
}
NOT_EXISTING = {"error": {"code": 911, "message": "Not existing user.", "detail": None}}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(200, FOUND), KIM),
        (Reply(200, {"data": [FOUND["data"]]}), KIM),  # a list of one
        (Reply(200, {"data": [FOUND["data"], FOUND["data"]]}), None),  # several: unknown, not a guess
        (Reply(200, {"data": []}), None),
        (Reply(200, {"data": None}), None),
        (Reply(200, {"data": {}}), None),
        (Reply(200, {"data": {"phone": "010"}}), None),  # nobody identified
        (Reply(200, NOT_EXISTING), None),
        (Reply(400, NOT_EXISTING), None),
        (Reply(400, b"<html>Bad Request</html>"), None),
        (Reply(400, b""), None),
        (Reply(404, NOT_EXISTING), None),
        (Reply(500, {"error": {"code": "911"}}), None),
    ],
)
def test_answers_that_mean_found_or_unknown(
    stub: StubServer, reply: Reply, expected: CallerIdentity | None
) -> None:
    stub.push(reply)
    assert lookup_caller(_config(stub.base_url + "/lookup"), PHONE) == expected


@pytest.mark.parametrize(
    ("reply", "reason", "status"),
    [
        (Reply(403, {"error": {"code": 403, "message": "Authorization is incorrect"}}), "FORBIDDEN", 403),
        (Reply(401, b""), "FORBIDDEN", 401),
        (Reply(404, b"<html>Not Found</html>"), "SERVER_ERROR", 404),
        (Reply(500, {"error": {"code": 500, "message": "boom"}}), "SERVER_ERROR", 500),
        (Reply(503, b""), "SERVER_ERROR", 503),
        (Reply(302, b"", headers={"Location": "https://login.example.com/"}), "SERVER_ERROR", 302),
        (Reply(200, b"<html>login</html>"), "MALFORMED", 200),
        (Reply(200, b'{"data": '), "MALFORMED", 200),
        (Reply(200, {"result": {}}), "MALFORMED", 200),
        (Reply(200, [1, 2]), "MALFORMED", 200),
        (Reply(200, {"data": "cust-001"}), "MALFORMED", 200),
        (Reply(200, {"error": {"code": 500}}), "SERVER_ERROR", 200),
        (Reply(200, b"x" * (MAX_ANSWER_BYTES + 1)), "MALFORMED", 200),
        (Reply(200, b"x" * (10 * 1024 * 1024)), "MALFORMED", 200),
    ],
)
def test_answers_that_are_errors(stub: StubServer, reply: Reply, reason: str, status: int) -> None:
    if isinstance(reply.body, list):
        reply.body = json.dumps(reply.body).encode()
    stub.push(reply)
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(_config(stub.base_url + "/lookup"), PHONE)
    assert _reason(excinfo) is CallerLookupReason[reason] and excinfo.value.http_status == status
    assert len(stub.requests) == 1  # no redirect followed, nothing retried


def test_a_given_session_is_reused_and_left_open(stub: StubServer) -> None:
    stub.push(Reply(200, FOUND), Reply(200, FOUND))
    with requests.Session() as session:
        for _ in range(2):
            assert lookup_caller(_config(stub.base_url + "/lookup"), PHONE, session=session) == KIM
        assert session.adapters  # still usable


# -- bounded: a raw server that drips or floods ----------------------------------------------


class RawServer:
    """One connection: reads the request, then plays ``scenario`` (bounded, stoppable).

    ``completed``: the scenario sent its whole answer (it returns True only then).
    """

    def __init__(self, scenario: Callable[[RawServer, socket.socket], bool]) -> None:
        self.scenario = scenario
        self.stopping = threading.Event()
        self.completed = False
        self.got_request = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(10)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/lookup"
        self._thread = threading.Thread(target=self._serve, name="raw-lookup-server", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            conn, _ = self._listener.accept()
        except OSError:
            return
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                block = conn.recv(65536)
                if not block:
                    return
                data += block
            head, _, body = data.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                ),
                0,
            )
            while len(body) < length:
                body += conn.recv(65536)
            self.got_request.set()
            try:
                self.completed = self.scenario(self, conn)
            except OSError:  # the client went away: what the bounded client should do
                pass

    def stop(self) -> None:
        self.stopping.set()
        self._listener.close()
        self._thread.join(10)


def _drip(server: RawServer, conn: socket.socket, on_headers: Callable[[], None] = lambda: None) -> bool:
    body = json.dumps(FOUND).encode()
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
    )
    on_headers()
    for i in range(len(body)):  # one byte every 50 ms: ~6 s in all, unless the client gives up
        if server.stopping.wait(0.05):
            return False
        conn.sendall(body[i : i + 1])
    return True


def test_a_dripping_answer_cannot_stretch_the_deadline() -> None:
    server = RawServer(_drip)
    try:
        with pytest.raises(CallerLookupError) as excinfo:
            lookup_caller(_config(server.url), PHONE, timeout=0.5)
    finally:
        server.stop()
    assert _reason(excinfo) is CallerLookupReason.TIMEOUT
    assert server.got_request.is_set() and not server.completed  # the client hung up mid-answer


def test_cancel_during_a_slow_answer() -> None:
    token = CancelToken()
    server = RawServer(lambda srv, conn: _drip(srv, conn, on_headers=token.cancel))
    try:
        with pytest.raises(Cancelled):
            lookup_caller(_config(server.url), PHONE, cancel=token, timeout=30)
    finally:
        server.stop()
    assert not server.completed


def test_a_flood_without_length_is_cut_at_the_cap() -> None:
    def flood(server: RawServer, conn: socket.socket) -> bool:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
        block = b"x" * 65536
        for _ in range(160):  # 10 MiB
            if server.stopping.is_set():
                return False
            conn.sendall(block)
        return True

    server = RawServer(flood)
    try:
        with pytest.raises(CallerLookupError) as excinfo:
            lookup_caller(_config(server.url), PHONE)
    finally:
        server.stop()
    assert _reason(excinfo) is CallerLookupReason.MALFORMED and not server.completed


def test_cancelled_before_sending(stub: StubServer) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        lookup_caller(_config(stub.base_url + "/lookup"), PHONE, cancel=token)
    assert stub.requests == []


# -- privacy: no phone, key or signature in logs, messages or reachable from the error ----------


def _reachable_text(exc: BaseException) -> str:
    parts = [str(exc), repr(exc), json.dumps(getattr(exc, "details", dict)(), default=str)]
    assert exc.__cause__ is None and exc.__context__ is None
    tb = exc.__traceback__
    while tb is not None:
        if "contiple_desktop" not in tb.tb_frame.f_code.co_filename:  # (this test's own frame)
            tb = tb.tb_next
            continue
        for name, value in tb.tb_frame.f_locals.items():
            parts.append(f"{name}={value!r}")
            if isinstance(value, dict):
                parts.extend(f"{k}={v!r}" for k, v in value.items())
        tb = tb.tb_next
    return "\n".join(parts)


def test_errors_and_logs_hold_no_key_signature_or_number(
    signed_sim: SimServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="contiple_desktop")
    config = signed_sim.caller_lookup_config()
    body = encode_body(config, PHONE)
    signature = sign_lookup("not-the-key", body, str(TS))
    signed_sim.set_clock_skew_ms(TS - signed_sim.clock.now_ms())  # the server's clock agrees with TS
    with pytest.raises(CallerLookupError) as excinfo:
        lookup_caller(config, PHONE, security_key="not-the-key", now_ms=lambda: TS)
    reachable = _reachable_text(excinfo.value)
    for secret in ("not-the-key", signature, "1001-5007", "10015007"):
        assert secret not in reachable
        assert secret not in caplog.text
    assert "caller lookup" in caplog.text and "403" in caplog.text

    signed_sim.faults.drop_before("customer-info")
    with pytest.raises(CallerLookupError) as dropped:
        lookup_caller(config, PHONE, security_key=KEY)
    reachable = _reachable_text(dropped.value)
    assert KEY not in reachable and "10015007" not in reachable
    assert KEY not in caplog.text
