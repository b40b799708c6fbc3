"""Error paths and faults against the real simulator: auth, 403, 404/9005, validation, spam, upload rules,
clock skew, retries and ambiguous POSTs."""

from __future__ import annotations

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.errors import (
    AuthCause,
    AuthError,
    FileRule,
    ForbiddenCause,
    ForbiddenError,
    MalformedResponseError,
    NetworkError,
    NotFoundError,
    ServerError,
    SpamLimitError,
    UploadRejectedError,
    ValidationError,
    ValidationKind,
)
from contiple_desktop.sim import SimServer

SIMPLE = NewTicket(
    category_id=2541,
    subject="Subject",
    content="Body",
    end_user=EndUser(email="a@example.com", username="A", usercode="cust-900"),
    user_fields=(UserFieldValue("personalAgree", "true"),),
)


def _no_wait(client: ContipleClient) -> list[float]:
    delays: list[float] = []

    def record(seconds: float, cancel: CancelToken | None) -> bool:
        delays.append(seconds)
        return False

    client.transport.wait = record
    return delays


def test_wrong_key_is_auth_incorrect(sim: SimServer, demo_profile: ConnectionProfile) -> None:
    with ContipleClient(demo_profile, "f" * 32) as bad:
        with pytest.raises(AuthError) as info:
            bad.customer_tickets("cust-001")
    assert info.value.cause is AuthCause.AUTHORIZATION_INCORRECT
    # api/v2 needs no key at all
    with ContipleClient(demo_profile, "") as keyless:
        assert keyless.service().service_id == sim.service_id


def test_open_api_disabled_and_ip_not_allowed(sim: SimServer, client: ContipleClient) -> None:
    sim.config.open_api_enabled = False
    with pytest.raises(ForbiddenError) as info:
        client.customer_tickets("cust-001")
    assert info.value.cause is ForbiddenCause.KEY_MISSING
    sim.config.open_api_enabled = True
    sim.config.ip_allow_list = ["192.0.2.1"]
    with pytest.raises(ForbiddenError) as info:
        client.customer_tickets("cust-001")
    assert info.value.cause is ForbiddenCause.IP_NOT_ALLOWED


@pytest.mark.parametrize("http_errors", [True, False])
def test_not_found(sim: SimServer, client: ContipleClient, http_errors: bool) -> None:
    sim.config.http_errors = http_errors
    with pytest.raises(NotFoundError):
        client.notice(999_999)
    with pytest.raises(NotFoundError):
        client.faq(999_999)
    with pytest.raises(NotFoundError):
        client.ticket("cust-001", "T0000000000000XXXXX")
    with pytest.raises(NotFoundError) as info:
        client.create_ticket(NewTicket(99_999, "s", "c", SIMPLE.end_user))
    assert info.value.result_code in (404, 9005)


def test_validation_errors_from_sim(client: ContipleClient) -> None:
    bad = NewTicket(
        category_id=2542,
        subject="",
        content="x",
        end_user=EndUser(email="not-an-email", username="A", usercode="cust-901"),
        user_fields=(UserFieldValue("dropdown", "no such option"),),
    )
    with pytest.raises(ValidationError) as info:
        client.create_ticket(bad)
    kinds = {(e.code, e.kind) for e in info.value.errors}
    assert ("mail", ValidationKind.INVALID) in kinds
    assert ("subject", ValidationKind.REQUIRED) in kinds
    assert ("dropdown", ValidationKind.INVALID) in kinds
    assert ("textbox", ValidationKind.REQUIRED) in kinds
    assert client.customer_tickets("cust-901").total == 0


def test_spam_limit_1001(sim: SimServer, client: ContipleClient) -> None:
    sim.config.spam_blocking = True
    client.create_ticket(SIMPLE, client_ip="198.51.100.7")
    client.create_ticket(SIMPLE, client_ip="198.51.100.7")
    with pytest.raises(SpamLimitError) as info:
        client.create_ticket(SIMPLE, client_ip="198.51.100.7")
    assert info.value.per_minute
    assert client.create_ticket(SIMPLE, client_ip="198.51.100.8").ticket_id  # another caller's IP


@pytest.mark.parametrize(
    "name, data, rule",
    [
        ("tool.exe", b"MZ\x90\x00", FileRule.EXTENSION),
        ("x" * 100 + ".txt", b"hello", FileRule.NAME_TOO_LONG),
        ("photo.png", b"this is plain text, not a png", FileRule.CONTENT),
    ],
)
def test_upload_rules(client: ContipleClient, name: str, data: bytes, rule: FileRule) -> None:
    with pytest.raises(UploadRejectedError) as info:
        client.upload_attachment(data, file_name=name)
    assert info.value.rule is rule


def test_upload_too_large_streams_and_is_rejected(client: ContipleClient) -> None:
    data = b"\x89PNG\r\n\x1a\n" + b"\x00" * (10 * 1024 * 1024)
    calls: list[int] = []
    with pytest.raises(UploadRejectedError) as info:
        client.upload_attachment(data, file_name="huge.png", progress=lambda d, t: calls.append(d))
    assert info.value.rule is FileRule.TOO_LARGE
    assert calls[-1] == len(data) and len(calls) > 100


@pytest.mark.parametrize("skew_ms", [12 * 60_000, -2 * 3600_000])
def test_clock_skew_against_sim(sim: SimServer, client: ContipleClient, skew_ms: int) -> None:
    sim.set_clock_skew_ms(skew_ms)
    assert client.customer_tickets("cust-001").total == 12
    assert abs(client.clock_skew_ms - skew_ms) < 1500
    created = client.create_ticket(SIMPLE)  # already corrected: one request
    assert client.customer_tickets("cust-900").items[0].ticket_id == created.ticket_id
    # (the simulator logs after answering; entries before the last answer are complete)
    log = [r for r in sim.requests() if "/openapi/" in r["path"]]
    assert [r["result_code"] for r in log][:3] == [400, 200, 200]


def test_get_retried_on_503_from_sim(sim: SimServer, client: ContipleClient) -> None:
    delays = _no_wait(client)
    sim.faults.unavailable("notice/list.json", retry_after=3, times=2)
    assert client.notices().total > 0
    assert delays == [3.0, 3.0]
    client.service()
    assert [r["status"] for r in sim.requests()][:3] == [503, 503, 200]


def test_get_retried_on_html_error_and_drop(sim: SimServer, client: ContipleClient) -> None:
    _no_wait(client)
    sim.faults.html_error("service.json", status=502)
    sim.faults.drop_before("service.json")
    assert client.service().service_id == sim.service_id
    client.notice_tags()
    assert len([r for r in sim.requests() if r["path"].endswith("service.json")]) == 3


def test_post_500_not_retried(sim: SimServer, client: ContipleClient) -> None:
    delays = _no_wait(client)
    sim.faults.http_500("ticket.json", method="POST")
    with pytest.raises(ServerError):
        client.create_ticket(SIMPLE)
    assert client.customer_tickets("cust-900").total == 0
    assert delays == [] and len([r for r in sim.requests() if r["method"] == "POST"]) == 1


def test_dropped_post_after_processing_is_ambiguous_and_reconcilable(
    sim: SimServer, client: ContipleClient
) -> None:
    sim.faults.drop_after("ticket.json", method="POST")
    with pytest.raises(NetworkError) as info:
        client.create_ticket(SIMPLE)
    assert info.value.ambiguous
    assert len([r for r in sim.requests() if r["method"] == "POST"]) == 1
    assert client.customer_tickets("cust-900").total == 1  # it did go through


def test_dropped_post_before_processing_is_ambiguous(sim: SimServer, client: ContipleClient) -> None:
    sim.faults.drop_before("comment.json", method="POST")
    ticket_id = client.customer_tickets("cust-001").items[0].ticket_id
    with pytest.raises(NetworkError) as info:
        client.post_comment("cust-001", ticket_id, "hello")
    assert info.value.ambiguous


def test_malformed_post_answer_is_ambiguous(sim: SimServer, client: ContipleClient) -> None:
    sim.faults.malformed_json("ticket.json", method="POST")
    with pytest.raises(MalformedResponseError) as info:
        client.create_ticket(SIMPLE)
    assert info.value.ambiguous and info.value.http_status == 200
    assert client.customer_tickets("cust-900").total == 1


def test_malformed_get_is_retried(sim: SimServer, client: ContipleClient) -> None:
    _no_wait(client)
    sim.faults.malformed_json("categories.json", times=None)
    with pytest.raises(MalformedResponseError) as info:
        client.faq_categories()
    assert not info.value.ambiguous
