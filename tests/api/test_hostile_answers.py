"""Hostile answers: endless Retry-After, a poisoned Date, huge, deep and over-long bodies.

Each test fails on the old code: a 3600 s ``Retry-After`` was waited (capped) twice, a 1900 date
became the clock offset, a 64 MiB cap let tens of MB be parsed, a page kept every item sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path

import pytest

from contiple_desktop.api import ContipleClient, downloads, parse
from contiple_desktop.api.clock import FixedClock
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.models import EndUser, NewTicket
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import (
    ClockSkewError,
    ImplausibleServerDateError,
    MalformedResponseError,
    RetryLaterError,
    ServerError,
)
from tests.api.conftest import TEST_KEY, TEST_ORG, MakeClient
from tests.api.hostile import HostileServer, envelope_bytes
from tests.api.stub_server import Reply, StubServer, envelope
from tests.conftest import ExpectLog

pytestmark = pytest.mark.timeout(60)

NOW_MS = 1_700_000_000_000  # Tue, 14 Nov 2023 22:13:20 GMT
TICKET = NewTicket(2542, "s", "c", EndUser(email="a@example.com", username="A", usercode="u1"))
EXPIRED = envelope(400, "X-TC-Timestamp is expired")


class Waits:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float, cancel: CancelToken | None) -> bool:
        self.delays.append(seconds)
        return False


def _client(url: str, **kwargs: object) -> ContipleClient:
    profile = ConnectionProfile("hostile", "svc", TEST_ORG, environment=Environment.CUSTOM, custom_url=url)
    return ContipleClient(profile, TEST_KEY, **kwargs)  # type: ignore[arg-type]


# ---------------------------------------------------------------- Retry-After


def test_a_long_retry_after_ends_the_get_at_once_saying_when(
    make_client: MakeClient, stub: StubServer
) -> None:
    client = make_client(clock=FixedClock(NOW_MS))
    waits = Waits()
    client.transport.wait = waits
    stub.push(*[Reply(503, envelope(500, "busy"), {"Retry-After": "3600"}) for _ in range(3)])
    with pytest.raises(RetryLaterError) as info:
        client.notices()
    err = info.value
    assert err.retry_after_s == 3600.0 and err.retry_at_ms == NOW_MS + 3_600_000
    assert err.http_status == 503 and not err.ambiguous
    assert "retry in 3600 s" in str(err) and err.details()["retry_after_s"] == 3600.0
    assert waits.delays == [] and len(stub.requests) == 1


def test_an_http_date_retry_after_counts_from_the_answers_own_date() -> None:
    date = formatdate(NOW_MS / 1000, usegmt=True)
    later = formatdate(NOW_MS / 1000 + 125, usegmt=True)
    # the PC clock is 3 minutes behind the server: the answer's Date is the reference, not the PC
    busy = HostileServer("reply", status=503, headers={"Retry-After": later}, date=date, body=b"busy")
    with busy as server:
        with _client(server.base_url, clock=FixedClock(NOW_MS - 180_000)) as client:
            with pytest.raises(RetryLaterError) as info:
                client.service()
    assert info.value.retry_after_s == 125.0
    assert info.value.retry_at_ms == NOW_MS - 180_000 + 125_000  # on the PC's clock


def test_a_short_retry_after_that_does_not_fit_the_deadline_is_not_waited(
    make_client: MakeClient, stub: StubServer
) -> None:
    client = make_client(deadline=2.0, clock=FixedClock(NOW_MS))
    waits = Waits()
    client.transport.wait = waits
    stub.push(Reply(503, envelope(500, "busy"), {"Retry-After": "3"}), Reply())
    with pytest.raises(RetryLaterError) as info:
        client.service()
    assert info.value.retry_after_s == 3.0 and waits.delays == []


def test_a_short_retry_after_is_honoured_then_the_last_refusal_says_when(
    make_client: MakeClient, stub: StubServer
) -> None:
    client = make_client(clock=FixedClock(NOW_MS))
    waits = Waits()
    client.transport.wait = waits
    stub.push(*[Reply(503, envelope(500, "busy"), {"Retry-After": "1"}) for _ in range(3)])
    with pytest.raises(RetryLaterError) as info:
        client.service()
    assert waits.delays == [1.0, 1.0] and len(stub.requests) == 3
    assert info.value.retry_after_s == 1.0


def test_a_post_is_still_never_retried_nor_told_to_retry(make_client: MakeClient, stub: StubServer) -> None:
    client = make_client()
    stub.push(Reply(503, envelope(500, "busy"), {"Retry-After": "3600"}))
    with pytest.raises(ServerError):
        client.create_ticket(TICKET)
    assert len(stub.requests) == 1


# ---------------------------------------------------------------- the clock cannot be poisoned


@pytest.mark.parametrize(
    "date, offset_known",
    [("Mon, 01 Jan 1900 00:00:00 GMT", True), ("Tue, 99 Foo 20x3 99:99:99 GMT", False)],
    ids=["1900", "garbage"],
)
def test_an_implausible_server_date_is_ignored_and_reported(
    expect_log: ExpectLog, date: str, offset_known: bool
) -> None:
    expect_log("implausible server Date")
    body = envelope_bytes(400, "X-TC-Timestamp is expired")
    with HostileServer("reply", status=400, date=date, body=body) as server:
        with _client(server.base_url) as client:
            for _ in range(2):
                with pytest.raises(ImplausibleServerDateError) as info:
                    client.ticket("u1", "T1")
                assert isinstance(info.value, ClockSkewError)
                assert info.value.server_date == date
                assert (info.value.server_offset_ms is not None) is offset_known
                assert client.clock_skew_ms == 0 and not client.transport.clock.learned
            rejected = client.rejected_server_date
            assert rejected is not None and rejected.header == date
            assert server.requests_seen == 2  # no re-send on a date that cannot be believed


def test_the_implausible_date_warning_is_logged_once(
    caplog: pytest.LogCaptureFixture, expect_log: ExpectLog
) -> None:
    expect_log("implausible server Date")
    body = envelope_bytes(400, "X-TC-Timestamp is expired")
    with HostileServer("reply", status=400, date="Mon, 01 Jan 1900 00:00:00 GMT", body=body) as server:
        with _client(server.base_url) as client:
            for _ in range(3):
                with pytest.raises(ImplausibleServerDateError):
                    client.customer_tickets("u1")
    warnings = [r for r in caplog.records if r.levelname == "WARNING" and "Date" in r.getMessage()]
    assert len(warnings) == 1 and TEST_KEY not in caplog.text


def test_a_date_two_days_off_is_rejected_but_23_hours_is_learned(
    stub: StubServer, make_client: MakeClient, expect_log: ExpectLog
) -> None:
    expect_log("implausible server Date")
    client = make_client()
    stub.skew_ms = 48 * 3600_000
    stub.push(Reply(action="check_ts"))
    with pytest.raises(ImplausibleServerDateError):
        client.ticket("u1", "T1")
    assert client.clock_skew_ms == 0
    stub.skew_ms = 23 * 3600_000
    stub.push(Reply(action="check_ts"), Reply(action="check_ts", body=envelope(result={"contents": []})))
    client.customer_tickets("u1")
    assert abs(client.clock_skew_ms - 23 * 3600_000) < 1500


def test_a_missing_date_is_not_called_implausible(stub: StubServer, make_client: MakeClient) -> None:
    stub.push(Reply(400, EXPIRED, send_date=False))
    with pytest.raises(ClockSkewError) as info:
        make_client().ticket("u1", "T1")
    assert type(info.value) is ClockSkewError


# ---------------------------------------------------------------- big and hostile bodies


def _empty_objects(total: int) -> Iterator[bytes]:
    yield b"["
    block = b"{}," * 20_000
    for _ in range(total // len(block)):
        yield block
    yield b"{}]"


@pytest.mark.parametrize("kind", ["GET", "signed POST"])
def test_a_body_over_the_size_cap_is_refused_while_streaming(kind: str) -> None:
    with HostileServer("reply", body=lambda: _empty_objects(12_000_000)) as server:
        with _client(server.base_url) as client:
            with pytest.raises(MalformedResponseError) as info:
                client.notices() if kind == "GET" else client.create_ticket(TICKET)
    assert "larger than 4 MiB" in str(info.value)
    assert info.value.ambiguous is (kind == "signed POST")  # the server did process the POST


def test_a_declared_length_over_the_cap_is_refused_before_reading() -> None:
    # the body would drip for ever: only refusing on the header ends the call
    huge = {"Content-Length": str(50 * 1024 * 1024)}
    with HostileServer("drip_body", headers=huge, interval=0.2) as server:
        with _client(server.base_url, deadline=600.0) as client:
            with pytest.raises(MalformedResponseError) as info:
                client.service()
    assert "larger than 4 MiB" in str(info.value) and not info.value.ambiguous


def test_too_many_values_are_refused_before_parsing() -> None:
    items = b",".join([b"{}"] * 1_000_000)  # 3 MB: under the size cap
    body = b'{"header":{"resultCode":200,"isSuccessful":true},"result":{"contents":[' + items + b"]}}"
    with HostileServer("reply", body=body) as server:
        with _client(server.base_url) as client:
            with pytest.raises(MalformedResponseError) as info:
                client.notices(page_size=10)
    assert "more than 200,000 JSON values" in str(info.value) and not info.value.ambiguous


def test_deep_nesting_is_refused_before_parsing() -> None:
    deep = b"[" * 10_000 + b"]" * 10_000
    body = b'{"header":{"resultCode":200,"isSuccessful":true},"result":' + deep + b"}"
    with HostileServer("reply", body=body) as server:
        with _client(server.base_url) as client:
            with pytest.raises(MalformedResponseError) as info:
                client.service()
    assert "nested more than 64 levels" in str(info.value)


def test_braces_and_commas_inside_strings_are_not_counted() -> None:
    text = "a, {b}: [c], " * 100_000  # 1.3 MB of text full of JSON punctuation
    body = envelope_bytes(result={"content": {"serviceId": "svc", "name": text}})
    with HostileServer("reply", body=body) as server:
        with _client(server.base_url) as client:
            assert client.service().name == text


def test_a_page_never_holds_more_than_its_size_plus_a_margin() -> None:
    items = [{"noticeId": i, "subject": f"n{i}"} for i in range(5000)]
    body = envelope_bytes(result={"contents": items, "total": 5000})
    with HostileServer("reply", body=body) as server:
        with _client(server.base_url) as client:
            page = client.notices(page_size=10)
    assert 10 <= len(page.items) <= 10 + parse.PAGE_MARGIN
    assert [n.notice_id for n in page.items[:10]] == list(range(10))
    assert page.total == 5000


def test_parse_page_parses_only_what_it_keeps() -> None:
    parsed: list[object] = []

    def item(x: object) -> object:
        parsed.append(x)
        return x

    page = parse.parse_page({"contents": list(range(100_000))}, item, 1, 20)
    assert len(page.items) == len(parsed) == 20 + parse.PAGE_MARGIN
    assert page.total == 100_000  # what the server said there is, not what was kept


def test_json_shape_check_is_exact_at_the_caps() -> None:
    from contiple_desktop.api.envelope import MAX_JSON_DEPTH, json_shape_problem

    ok = b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH
    assert json_shape_problem(ok) is None and json.loads(ok)
    assert json_shape_problem(b"[" + ok + b"]") is not None
    assert json_shape_problem(b'["' + b"[" * 1000 + b'"]') is None  # inside a string


def test_an_endless_fast_download_is_refused_at_the_file_cap(tmp_path: Path) -> None:
    def endless() -> Iterator[bytes]:
        block = b"z" * (1024 * 1024)
        while True:
            yield block

    with HostileServer("reply", headers={"Content-Type": "image/png"}, body=endless) as server:
        with _client(server.base_url) as client:
            with pytest.raises(MalformedResponseError) as info:
                client.download_attachment("notice", "a" * 32, tmp_path / "f.png")
    assert f"larger than {downloads.DOWNLOAD_MAX_BYTES // (1024 * 1024)} MiB" in str(info.value)
    assert list(tmp_path.iterdir()) == []  # the partial file is gone
