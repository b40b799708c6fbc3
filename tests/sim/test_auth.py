"""Signature verification and the documented order of auth failures (§2, Appendix A)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlencode

import pytest
import requests

from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.sim.auth import expected_signature
from contiple_desktop.sim.wire import SimRequest
from tests.conftest import SIGNING_VECTORS_FILE
from tests.sim._raw import Raw

VECTORS = json.loads(SIGNING_VECTORS_FILE.read_text(encoding="utf-8"))
LIST = "openapi/v1/ticket/enduser/cust-001/list.json"
AUTH_MESSAGES = {
    "securityKey is null",
    "clientIp is not allowed",
    "Authorization is blank",
    "X-TC-Timestamp is not numeric",
    "X-TC-Timestamp is expired",
    "Multipart request but file is null",
    "Authorization is incorrect",
}


def _vector_request(case: dict[str, Any]) -> SimRequest:
    body = case["body"].encode("utf-8") if case.get("body") else b""
    multipart = None
    if case.get("file_text") is not None:
        multipart = {
            "file": {"filename": "hello.txt", "data": case["file_text"].encode("utf-8")},
            "fields": {},
        }
    return SimRequest(
        method=case["method"],
        raw_path=case["path"],
        raw_query="",
        query_pairs=[tuple(p) for p in case["query"]],
        headers={},
        body=body,
        peer_ip="127.0.0.1",
        multipart=multipart,
    )


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda c: c["name"])
def test_signature_vectors(case: dict[str, Any]) -> None:
    got = expected_signature(
        VECTORS["organization_id"], VECTORS["api_key"], _vector_request(case), VECTORS["timestamp"]
    )
    assert got == case["authorization"]


@pytest.fixture
def sample_sim() -> Iterator[SimServer]:
    """A simulator with the docs' sample identity whose clock stands at the vectors' timestamp."""
    skew = int(VECTORS["timestamp"]) - int(time.time() * 1000)
    config = SimConfig(
        service_id="APISimple",
        organization_id=VECTORS["organization_id"],
        api_key=VECTORS["api_key"],
        clock_skew_ms=skew,
    )
    with SimServer(config) as server:
        yield server


@pytest.mark.parametrize(
    "case", [c for c in VECTORS["cases"] if c["path"].startswith("/APISimple/")], ids=lambda c: c["name"]
)
def test_vectors_accepted_on_the_wire(sample_sim: SimServer, case: dict[str, Any]) -> None:
    url = sample_sim.base_url + case["path"]
    if case["query"]:
        url += "?" + urlencode([tuple(pair) for pair in case["query"]])
    headers = {"Authorization": case["authorization"], "X-TC-Timestamp": VECTORS["timestamp"]}
    with requests.Session() as session:
        if case.get("file_text") is not None:
            response = session.post(
                url, files={"file": ("hello.txt", case["file_text"].encode())}, headers=headers, timeout=10
            )
        elif case.get("body"):
            headers["Content-Type"] = "application/json"
            response = session.post(url, data=case["body"].encode("utf-8"), headers=headers, timeout=10)
        else:
            response = session.get(url, headers=headers, timeout=10)
    doc = response.json()
    assert doc["header"]["resultMessage"] not in AUTH_MESSAGES, doc
    assert sample_sim.requests()[-1]["result_code"] == doc["header"]["resultCode"]


def _failure(response: requests.Response) -> tuple[int, int, str]:
    doc = response.json()
    assert doc["result"] is None and doc["header"]["isSuccessful"] is False
    return response.status_code, doc["header"]["resultCode"], doc["header"]["resultMessage"]


def test_open_api_disabled_comes_first(raw: Raw, sim: SimServer) -> None:
    sim.config.open_api_enabled = False
    sim.config.ip_allow_list = ["10.9.9.9"]
    assert _failure(raw.get(LIST)) == (403, 403, "securityKey is null")


def test_ip_allow_list(raw: Raw, sim: SimServer) -> None:
    sim.config.ip_allow_list = ["10.9.9.9"]
    assert _failure(raw.get(LIST)) == (403, 403, "clientIp is not allowed")
    sim.config.ip_allow_list = ["10.9.9.9", "127.0.0.1"]
    assert raw.get(LIST, signed=True).json()["header"]["isSuccessful"] is True


@pytest.mark.parametrize("authorization", [None, ""])
def test_blank_authorization(raw: Raw, authorization: str | None) -> None:
    headers = {"X-TC-Timestamp": "abc"}
    if authorization is not None:
        headers["Authorization"] = authorization
    assert _failure(raw.get(LIST, headers=headers)) == (400, 400, "Authorization is blank")


@pytest.mark.parametrize("timestamp", [None, "", "abc", "12.5", "-1000", "1e3", "0x10"])
def test_timestamp_not_numeric(raw: Raw, timestamp: str | None) -> None:
    headers = {"Authorization": "x"}
    if timestamp is not None:
        headers["X-TC-Timestamp"] = timestamp
    assert _failure(raw.get(LIST, headers=headers)) == (400, 400, "X-TC-Timestamp is not numeric")


@pytest.mark.parametrize(
    ("offset", "accepted"), [(-300_500, False), (-290_000, True), (290_000, True), (300_500, False)]
)
def test_timestamp_window(raw: Raw, sim: SimServer, offset: int, accepted: bool) -> None:
    ts = str(sim.clock.now_ms() + offset)
    headers = raw.auth(raw.path(LIST), ts=ts)
    response = raw.get(LIST, headers=headers)
    if accepted:
        assert response.json()["header"]["isSuccessful"] is True
    else:
        assert _failure(response) == (400, 400, "X-TC-Timestamp is expired")


def test_expiry_uses_the_skewed_server_clock(raw: Raw, sim: SimServer) -> None:
    real_now = str(int(time.time() * 1000))
    sim.set_clock_skew_ms(10 * 60_000)
    headers = raw.auth(raw.path(LIST), ts=real_now)
    assert _failure(raw.get(LIST, headers=headers)) == (400, 400, "X-TC-Timestamp is expired")
    assert raw.get(LIST, signed=True).json()["header"]["isSuccessful"] is True


def test_expired_checked_before_multipart_and_signature(raw: Raw, sim: SimServer) -> None:
    path = raw.path("openapi/v1/ticket/attachments/upload.json")
    headers = {"Authorization": "wrong", "X-TC-Timestamp": str(sim.clock.now_ms() - 600_000)}
    response = raw.session.post(
        sim.base_url + path, files={"other": ("a.txt", b"x")}, headers=headers, timeout=10
    )
    assert _failure(response) == (400, 400, "X-TC-Timestamp is expired")


def test_multipart_without_file(raw: Raw, sim: SimServer) -> None:
    path = raw.path("openapi/v1/ticket/attachments/upload.json")
    headers = raw.auth(path, file=b"")
    response = raw.session.post(
        sim.base_url + path, files={"other": ("a.txt", b"x")}, headers=headers, timeout=10
    )
    assert _failure(response) == (400, 400, "Multipart request but file is null")


def test_incorrect_signatures(raw: Raw, sim: SimServer) -> None:
    path = raw.path(LIST)
    wrong_key = raw.auth(path, key="0" * 32)
    assert _failure(raw.get(LIST, headers=wrong_key)) == (400, 400, "Authorization is incorrect")
    other_query = raw.auth(path, [("page", "1")])
    assert _failure(raw.get(LIST, [("page", "2")], headers=other_query))[2] == "Authorization is incorrect"
    body = b'{"categoryId":2542}'
    ticket = raw.path("openapi/v1/ticket.json")
    tampered = raw.auth(ticket, body=b'{"categoryId":2543}')
    response = raw.request("POST", "openapi/v1/ticket.json", body=body, headers=tampered)
    assert _failure(response)[2] == "Authorization is incorrect"
    upload = raw.path("openapi/v1/ticket/attachments/upload.json")
    response = raw.session.post(
        sim.base_url + upload,
        files={"file": ("a.txt", b"real")},
        headers=raw.auth(upload, file=b"other"),
        timeout=10,
    )
    assert _failure(response)[2] == "Authorization is incorrect"


def test_repeated_and_empty_query_values(raw: Raw) -> None:
    query = [("status", "open"), ("status", "closed"), ("categoryId", ""), ("page", "1")]
    response = raw.get(LIST, query, signed=True)
    assert response.json()["header"]["isSuccessful"] is True
    assert {t["status"] for t in response.json()["result"]["contents"]} == {"open"}


def test_raw_encoded_path_is_signed_as_sent(raw: Raw, sim: SimServer) -> None:
    code = "고객 1"
    sim.state.customers[code] = {"usercode": code}
    encoded = f"openapi/v1/ticket/enduser/{quote(code)}/list.json"
    assert raw.get(encoded, signed=True).json()["header"]["isSuccessful"] is True
    decoded_path = f"/{sim.service_id}/openapi/v1/ticket/enduser/{code}/list.json"
    headers = raw.auth(decoded_path)
    assert _failure(raw.get(encoded, headers=headers))[2] == "Authorization is incorrect"


def test_api_v2_never_requires_auth(raw: Raw, sim: SimServer) -> None:
    sim.config.open_api_enabled = False
    sim.config.ip_allow_list = []
    response = raw.get(
        "api/v2/ticket/categories.json", headers={"Authorization": "garbage", "X-TC-Timestamp": "x"}
    )
    assert response.status_code == 200 and response.json()["header"]["isSuccessful"] is True


def test_oucode_header_is_ignored_and_logged(raw: Raw, sim: SimServer) -> None:
    response = raw.get(LIST, signed=True, headers={"OUCODE": "Owner"})
    assert response.json()["header"]["isSuccessful"] is True
    entry = sim.requests()[-1]
    assert entry["headers"]["OUCODE"] == "Owner"
    assert "Authorization" not in json.dumps(sim.requests())
