"""Every documented result code and auth failure becomes its typed error, over real HTTP."""

from __future__ import annotations

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain.models import EndUser, NewTicket
from contiple_desktop.errors import (
    ApiError,
    AuthCause,
    AuthError,
    ConflictError,
    FileRule,
    ForbiddenCause,
    ForbiddenError,
    NotFoundError,
    ServerError,
    SpamLimitError,
    UploadRejectedError,
    ValidationError,
    ValidationKind,
)
from tests.api.stub_server import Reply, StubServer, envelope

TICKET = NewTicket(2542, "s", "c", EndUser(email="a@example.com", username="A", usercode="u1"))
SPAM_MSG = "The number of inquiries has exceeded the limit. Please contact us again after a while."

AUTH_CAUSES = [c for c in AuthCause if c is not AuthCause.UNKNOWN]


@pytest.mark.parametrize("cause", AUTH_CAUSES, ids=lambda c: c.name)
@pytest.mark.parametrize("http_status", [400, 200])
def test_400_auth_causes(
    stub: StubServer, stub_client: ContipleClient, cause: AuthCause, http_status: int
) -> None:
    message = cause.value + (" (valid within 5 minutes)" if cause is AuthCause.TIMESTAMP_EXPIRED else "")
    stub.push(Reply(http_status, envelope(400, message), send_date=False))
    with pytest.raises(AuthError) as info:
        stub_client.ticket("u1", "T1")
    assert info.value.cause is cause
    assert info.value.result_code == 400 and info.value.http_status == http_status
    assert info.value.endpoint == "ticket detail"


def test_400_unknown_message_is_auth_error_with_unknown_cause(
    stub: StubServer, stub_client: ContipleClient
) -> None:
    stub.push(Reply(400, envelope(400, "Bad Request")))
    with pytest.raises(AuthError) as info:
        stub_client.customer_tickets("u1")
    assert info.value.cause is AuthCause.UNKNOWN


@pytest.mark.parametrize(
    "message, cause",
    [
        ("securityKey is null", ForbiddenCause.KEY_MISSING),
        ("clientIp is not allowed", ForbiddenCause.IP_NOT_ALLOWED),
        ("Access Denied", ForbiddenCause.UNKNOWN),
    ],
)
def test_403_causes(
    stub: StubServer, stub_client: ContipleClient, message: str, cause: ForbiddenCause
) -> None:
    stub.push(Reply(403, envelope(403, message)))
    with pytest.raises(ForbiddenError) as info:
        stub_client.customer_tickets("u1")
    assert info.value.cause is cause and info.value.result_code == 403


@pytest.mark.parametrize(
    "code, http_status, cls",
    [
        (404, 404, NotFoundError),
        (9005, 200, NotFoundError),
        (9007, 200, ConflictError),
        (500, 500, ServerError),
        (7777, 200, ServerError),  # undocumented code
    ],
)
def test_generic_codes(
    stub: StubServer, stub_client: ContipleClient, code: int, http_status: int, cls: type[ApiError]
) -> None:
    stub_client.transport.wait = lambda s, c: False
    stub.push(*[Reply(http_status, envelope(code, "msg")) for _ in range(3)])
    with pytest.raises(cls) as info:
        stub_client.notice(1240)
    assert type(info.value) is cls
    assert info.value.result_code == code


@pytest.mark.parametrize("code", [1001, 1002])
def test_spam_limits(stub: StubServer, stub_client: ContipleClient, code: int) -> None:
    stub.push(Reply(200, envelope(code, SPAM_MSG, {})))
    with pytest.raises(SpamLimitError) as info:
        stub_client.create_ticket(TICKET, client_ip="198.51.100.9")
    assert info.value.per_minute is (code == 1001)
    assert info.value.ambiguous is False  # a definite answer: nothing was created
    assert len(stub.requests) == 1


@pytest.mark.parametrize(
    "code, rule, message",
    [
        (4001, FileRule.TOO_LARGE, "Files can be attached within 10MB."),
        (4002, FileRule.NAME_TOO_LONG, "You can only attach files that named within 100 characters."),
        (4003, FileRule.EXTENSION, "This attachment format is not allowed."),
        (9017, FileRule.CONTENT, "The file content does not match an allowed MIME type."),
    ],
)
def test_upload_rule_codes(
    stub: StubServer, stub_client: ContipleClient, code: int, rule: FileRule, message: str
) -> None:
    body = envelope(code, message, {"content": {"exception": "OcException", "message": message}})
    stub.push(Reply(200, body))
    with pytest.raises(UploadRejectedError) as info:
        stub_client.upload_attachment(b"MZ\x90\x00", file_name="x.exe")
    assert info.value.rule is rule and info.value.result_code == code


@pytest.mark.parametrize(
    "message, rule",
    [
        ("해당 파일 격식은 첨부할 수 없습니다.", FileRule.EXTENSION),
        ("Files can be attached within 10MB.", FileRule.TOO_LARGE),
        ("You can only attach files that named within 100 characters.", FileRule.NAME_TOO_LONG),
    ],
)
def test_older_docs_400_upload_messages_map_to_rules(
    stub: StubServer, stub_client: ContipleClient, message: str, rule: FileRule
) -> None:
    stub.push(Reply(400, envelope(400, message, {"content": {"exception": "OcException"}})))
    with pytest.raises(UploadRejectedError) as info:
        stub_client.upload_attachment(b"data", file_name="a.txt")
    assert info.value.rule is rule


def test_upload_auth_message_stays_auth(stub: StubServer, stub_client: ContipleClient) -> None:
    stub.push(Reply(400, envelope(400, "Multipart request but file is null")))
    with pytest.raises(AuthError) as info:
        stub_client.upload_attachment(b"data", file_name="a.txt")
    assert info.value.cause is AuthCause.MULTIPART_WITHOUT_FILE


def test_validation_list(stub: StubServer, stub_client: ContipleClient) -> None:
    items = [
        ("mail", "3", "invalid"),
        ("phone", "4", "length"),
        ("textbox", "721", "length"),
        ("checkbox", "722", "invalid"),
        ("subject", "5", "required"),
        ("weird", 9, "other"),
    ]
    contents = [
        {
            "objectName": o, "field": f, "validate": v, "key": f"validate.ticket.{o}.{v}",
            "message": f"validate.ticket.{o}.{v}", "rejectValue": "",
        }
        for o, f, v in items
    ]
    stub.push(Reply(400, envelope(400, None, {"contents": contents})))
    with pytest.raises(ValidationError) as info:
        stub_client.create_ticket(TICKET)
    errs = info.value.errors
    assert [(e.code, e.field_id, e.kind) for e in errs] == [
        ("mail", "3", ValidationKind.INVALID),
        ("phone", "4", ValidationKind.LENGTH),
        ("textbox", "721", ValidationKind.LENGTH),
        ("checkbox", "722", ValidationKind.INVALID),
        ("subject", "5", ValidationKind.REQUIRED),
        ("weird", "9", ValidationKind.UNKNOWN),
    ]
    assert errs[0].key == "validate.ticket.mail.invalid"
    assert "mail.invalid" in str(info.value)
    assert info.value.ambiguous is False
