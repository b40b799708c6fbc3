"""The client puts exactly the published signing vectors on the wire (fixed clock, captured requests)."""

from __future__ import annotations

import email.parser
import email.policy
import hashlib

import pytest

from contiple_desktop.api import ContipleClient, signing
from contiple_desktop.api.clock import FixedClock
from contiple_desktop.api.transport import Call
from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue
from tests.api.conftest import VECTORS, MakeClient
from tests.api.stub_server import Recorded, Reply, StubServer, envelope

CASES = {c["name"]: c for c in VECTORS["cases"]}
BODY_B = NewTicket(
    category_id=2542,
    subject="Test",
    content="Hello",
    end_user=EndUser(email="user@example.com", username="Kim", usercode="st18888"),
)


def _client(make_client: MakeClient, service_id: str = "APISimple") -> ContipleClient:
    return make_client(
        service_id=service_id,
        org=VECTORS["organization_id"],
        key=VECTORS["api_key"],
        clock=FixedClock(int(VECTORS["timestamp"])),
    )


def _assert_signed(rec: Recorded, case: dict) -> None:
    assert rec.method == case["method"]
    assert rec.path == case["path"]
    assert rec.query == [tuple(p) for p in case["query"]]
    if "body" in case:
        assert rec.body == case["body"].encode("utf-8")
        assert rec.headers["Content-Type"] == "application/json; charset=utf-8"
    assert rec.headers["X-TC-Timestamp"] == VECTORS["timestamp"]
    assert rec.headers["Authorization"] == case["authorization"]


@pytest.mark.parametrize("name", [c["name"] for c in VECTORS["cases"] if c["method"] == "GET"])
def test_get_vectors_through_transport(stub: StubServer, make_client: MakeClient, name: str) -> None:
    """Repeated keys, empty values, key order: the wire carries exactly what was signed."""
    case = CASES[name]
    client = _client(make_client, case["path"].split("/")[1])
    call = Call("GET", case["path"], "list", query=[tuple(p) for p in case["query"]])
    client.transport.call_json(call)
    _assert_signed(stub.requests[0], case)


def test_ticket_detail_vector(stub: StubServer, make_client: MakeClient) -> None:
    stub.push(Reply(body=envelope(result={"content": {"ticketId": "T1658199661153IXTfw"}})))
    detail = _client(make_client).ticket("usercode", "T1658199661153IXTfw")
    assert detail.ticket_id == "T1658199661153IXTfw"
    _assert_signed(stub.requests[0], CASES["get-detail-noquery"])


@pytest.mark.parametrize("name, language", [("post-ticket-query", "ko"), ("post-ticket-noquery", None)])
def test_create_ticket_vectors(
    stub: StubServer, make_client: MakeClient, name: str, language: str | None
) -> None:
    stub.push(Reply(body=envelope(result={"content": {"ticketId": "T1"}})))
    created = _client(make_client).create_ticket(BODY_B, language=language, client_ip="203.0.113.7")
    assert created.ticket_id == "T1"
    rec = stub.requests[0]
    _assert_signed(rec, CASES[name])
    assert rec.headers["OC-Client-IP"] == "203.0.113.7"


def test_korean_body_vector(stub: StubServer, make_client: MakeClient) -> None:
    ticket = NewTicket(
        category_id=2540,
        subject="결제 오류",
        content="전화 문의: 카드 결제가 두 번 청구됨",
        end_user=EndUser(
            email="kim@example.com", username="김민수", usercode="cust-042", phone="010-1234-5678"
        ),
        user_fields=(
            UserFieldValue("checkbox", ["옵션1", "옵션2"]),
            UserFieldValue("dateperiod", "2022-07-01 ~ 2022-07-31"),
        ),
    )
    stub.push(Reply(body=envelope(result={"content": {"ticketId": "T2"}})))
    assert _client(make_client).create_ticket(ticket, language="ko").ticket_id == "T2"
    _assert_signed(stub.requests[0], CASES["post-ticket-korean-body"])


def test_upload_vector_is_real_multipart(stub: StubServer, make_client: MakeClient) -> None:
    case = CASES["upload"]
    data = case["file_text"].encode("utf-8")
    stub.push(Reply(body=envelope(result={"content": {"attachmentId": "a" * 32, "fileName": "hello.txt"}})))
    att = _client(make_client).upload_attachment(data, file_name="hello.txt")
    assert att.attachment_id == "a" * 32
    rec = stub.requests[0]
    assert rec.path == case["path"] and rec.query == []
    assert rec.headers["Authorization"] == case["authorization"]
    assert rec.headers["Content-Length"] == str(len(rec.body))
    assert "Transfer-Encoding" not in rec.headers
    ctype = rec.headers["Content-Type"]
    assert ctype.startswith("multipart/form-data; boundary=")
    msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + rec.body
    )
    parts = list(msg.iter_parts())
    assert len(parts) == 1
    assert parts[0].get_param("name", header="content-disposition") == "file"
    assert parts[0].get_filename() == "hello.txt"
    payload = parts[0].get_payload(decode=True)
    assert isinstance(payload, bytes)
    assert payload == data
    assert hashlib.md5(payload).hexdigest() == case["file_md5"]


def test_comment_vector(stub: StubServer, make_client: MakeClient) -> None:
    case = CASES["comment"]
    ids = case["query"][0][1].split(",")
    stub.push(Reply(body=envelope(result={"content": {"content": "<p>x</p>", "type": "enduser"}})))
    client = _client(make_client)
    entry = client.post_comment("st18888", "T1658199661153IXTfw", "append comment", attachment_ids=ids)
    assert entry.type == "enduser"
    _assert_signed(stub.requests[0], case)
    assert "attachments=" + ",".join(ids) in stub.requests[0].raw_path  # comma sent as is


def test_list_with_paging_vector(stub: StubServer, make_client: MakeClient) -> None:
    case = CASES["get-list-paging"]
    stub.push(Reply(body=envelope(result={"contents": [], "total": 0, "pages": 0, "pageNum": 1})))
    client = _client(make_client, "yourService")
    page = client.customer_tickets("user01", language="ko", page=1, page_size=10)
    assert page.items == () and page.total == 0
    rec = stub.requests[0]
    assert sorted(rec.query) == sorted(tuple(p) for p in case["query"])
    assert rec.headers["Authorization"] == case["authorization"]


def test_api_v2_paths_are_not_signed(stub: StubServer, make_client: MakeClient) -> None:
    stub.push(Reply(body=envelope(result={"contents": []})))
    assert _client(make_client).notice_tags(language="ko") == []
    rec = stub.requests[0]
    assert rec.path == "/APISimple/api/v2/notice/tags.json"
    assert "Authorization" not in rec.headers and "X-TC-Timestamp" not in rec.headers
    assert rec.headers["User-Agent"].startswith("ContipleDesktop/")


def test_path_segments_and_query_values_are_quoted_and_signed_as_sent(
    stub: StubServer, make_client: MakeClient
) -> None:
    stub.push(Reply(body=envelope(result={"contents": [], "total": 0})))
    client = _client(make_client)
    client.customer_tickets("kim/lee 김", status="new", sort="updatedDt:desc", source="web,api")
    rec = stub.requests[0]
    raw_path = rec.raw_path.split("?")[0]
    assert raw_path == "/APISimple/openapi/v1/ticket/enduser/kim%2Flee%20%EA%B9%80/list.json"
    assert dict(rec.query)["sort"] == "updatedDt:desc" and dict(rec.query)["source"] == "web,api"
    expected = signing.authorization(
        VECTORS["api_key"], VECTORS["organization_id"], raw_path, VECTORS["timestamp"], query=rec.query
    )
    assert rec.headers["Authorization"] == expected


def test_oucode_header_when_profile_has_one(stub: StubServer, make_client: MakeClient) -> None:
    make_client(oucode="Owner").service()
    assert stub.requests[0].headers["OUCODE"] == "Owner"
    make_client().service()
    assert "OUCODE" not in stub.requests[1].headers
