"""Fault injection (latency, 500, 503, drops, malformed JSON, HTML page) and the request log."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import requests

from contiple_desktop.sim import SimConfig, SimServer
from tests.sim._raw import Raw
from tests.sim.test_tickets import FULL_BODY, TICKET

SERVICE = "api/v2/service.json"


def test_latency_fault(raw: Raw, sim: SimServer) -> None:
    sim.faults.latency(0.3, "service.json", times=1)
    started = time.monotonic()
    assert raw.get(SERVICE).status_code == 200
    assert time.monotonic() - started >= 0.3
    assert sim.faults.active() == []


def test_http_500_once(raw: Raw, sim: SimServer) -> None:
    sim.faults.http_500("*/service.json")
    first = raw.get(SERVICE)
    assert first.status_code == 500
    assert first.json() == {
        "header": {"resultCode": 500, "resultMessage": "Server Error", "isSuccessful": False},
        "result": None,
    }
    assert raw.get(SERVICE).status_code == 200
    assert [r["status"] for r in sim.requests()] == [500, 200]
    assert sim.requests()[0]["fault"] == "http_500"


def test_unavailable_with_retry_after(raw: Raw, sim: SimServer) -> None:
    sim.faults.unavailable(retry_after=2, times=2)
    responses = [raw.get(SERVICE) for _ in range(3)]
    assert [r.status_code for r in responses] == [503, 503, 200]
    assert responses[0].headers["Retry-After"] == "2"


def test_until_cleared_and_method_filter(raw: Raw, sim: SimServer) -> None:
    fault = sim.faults.http_500("notice/*", times=None, method="GET")
    assert [raw.get("api/v2/notice/tags.json").status_code for _ in range(3)] == [500, 500, 500]
    assert raw.get(SERVICE).status_code == 200
    assert fault.hits == 3
    sim.faults.clear(fault)
    assert raw.get("api/v2/notice/tags.json").status_code == 200
    sim.faults.http_500(times=None, method="POST")
    assert raw.get(SERVICE).status_code == 200
    sim.faults.clear()
    assert sim.faults.active() == []


def test_unknown_fault_kind(sim: SimServer) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        sim.faults.add("explode")


def test_drop_before_processing(raw: Raw, sim: SimServer) -> None:
    sim.faults.drop_before(TICKET, method="POST")
    count = len(sim.state.tickets)
    with pytest.raises(requests.ConnectionError):
        raw.post_json(TICKET, FULL_BODY)
    assert len(sim.state.tickets) == count
    assert sim.requests()[-1]["fault"] == "drop_before" and sim.requests()[-1]["status"] is None
    assert raw.post_json(TICKET, FULL_BODY).json()["header"]["isSuccessful"] is True
    assert len(sim.state.tickets) == count + 1


def test_drop_after_processing_creates_the_ticket(raw: Raw, sim: SimServer) -> None:
    sim.faults.drop_after("ticket.json")
    with pytest.raises(requests.ConnectionError):
        raw.post_json(TICKET, FULL_BODY)
    listed = raw.get_json("openapi/v1/ticket/enduser/caller-1/list.json", signed=True)["result"]
    assert listed["total"] == 1 and listed["contents"][0]["subject"] == FULL_BODY["subject"]
    entry = sim.requests()[0]
    assert (entry["fault"], entry["status"], entry["result_code"]) == ("drop_after", None, 200)


def test_malformed_json(raw: Raw, sim: SimServer) -> None:
    sim.faults.malformed_json(SERVICE)
    response = raw.get(SERVICE)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("application/json")
    with pytest.raises(ValueError):
        json.loads(response.content)
    assert raw.get(SERVICE).json()["header"]["isSuccessful"] is True


@pytest.mark.parametrize("status", [502, 504])
def test_html_error_page(raw: Raw, sim: SimServer, status: int) -> None:
    sim.faults.html_error(status=status)
    response = raw.get(SERVICE)
    assert response.status_code == status and response.headers["Content-Type"] == "text/html"
    assert response.text.startswith("<html>") and str(status) in response.text


def test_config_latency_applies_to_every_request(raw: Raw, sim: SimServer) -> None:
    sim.config.latency = 0.15
    started = time.monotonic()
    raw.get(SERVICE)
    raw.get("api/v2/notice/tags.json")
    assert time.monotonic() - started >= 0.3


def test_request_log_and_file(tmp_path: Path) -> None:
    log_path = tmp_path / "sim.jsonl"
    with SimServer(SimConfig(log_path=log_path)) as sim:
        raw = Raw(sim)
        try:
            raw.get("api/v2/notice/list.json", [("page", "2"), ("language", "en")])
            attachment = raw.upload_id("쪽지.txt", b"hello")
            raw.post_json(
                TICKET,
                {**FULL_BODY, "attachments": [{"attachmentId": attachment}]},
                headers={"OC-Client-IP": "192.0.2.1", "OUCODE": "Owner"},
            )
            raw.get("openapi/v1/ticket/enduser/cust-001/list.json", headers={"Authorization": "bad"})
        finally:
            raw.close()
        entries = sim.requests()
    assert [(e["method"], e["status"], e["result_code"]) for e in entries] == [
        ("GET", 200, 200),
        ("POST", 200, 200),
        ("POST", 200, 200),
        ("GET", 400, 400),
    ]
    listing, upload, create, denied = entries
    assert listing["path"] == "/ContipleDemo/api/v2/notice/list.json"
    assert listing["query"] == [["page", "2"], ["language", "en"]]
    assert listing["json_body"] is None and listing["upload"] is None
    assert upload["upload"] == {"name": "쪽지.txt", "size": 5, "md5": "5d41402abc4b2a76b9719d911017c592"}
    assert upload["headers"]["Content-Type"].startswith("multipart/form-data")
    assert create["json_body"]["attachments"] == [{"attachmentId": attachment}]
    assert create["headers"]["OC-Client-IP"] == "192.0.2.1" and create["headers"]["OUCODE"] == "Owner"
    assert create["headers"]["X-TC-Timestamp"].isdigit()
    assert "X-TC-Timestamp" not in denied["headers"]
    text = log_path.read_text(encoding="utf-8")
    assert [json.loads(line) for line in text.splitlines()] == entries
    assert "Authorization" not in text and "bad" not in text


def test_clear_requests(raw: Raw, sim: SimServer) -> None:
    raw.get(SERVICE)
    sim.clear_requests()
    assert sim.requests() == []
    raw.get(SERVICE)
    assert len(sim.requests()) == 1


def test_stop_closes_keep_alive_connections(sim: SimServer) -> None:
    session = requests.Session()
    try:
        url = f"{sim.base_url}/{sim.service_id}/{SERVICE}"
        assert session.get(url, timeout=5).status_code == 200
        sim.stop()
        with pytest.raises(requests.ConnectionError):
            session.get(url, timeout=5)
    finally:
        session.close()
    sim.stop()  # idempotent


def test_stopped_server_refuses_connections(sim: SimServer) -> None:
    url = f"{sim.base_url}/{sim.service_id}/{SERVICE}"
    sim.stop()
    assert sim.base_url.endswith(f":{sim.port}")
    with requests.Session() as session, pytest.raises(requests.ConnectionError):
        session.get(url, timeout=5)


def test_not_started_has_no_address() -> None:
    with pytest.raises(RuntimeError):
        _ = SimServer().base_url


def test_handler_disables_nagle() -> None:
    from contiple_desktop.sim.handler import SimHandler

    # Without TCP_NODELAY every small keep-alive response waits ~40 ms for a delayed ACK.
    assert SimHandler.disable_nagle_algorithm is True
