"""The demo caller lookup (``POST /_demo/customer-info``, §3.20), over raw loopback HTTP."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from pathlib import Path
from typing import Any

import pytest
import requests

from contiple_desktop.domain.phone import parse_phone
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.sim.__main__ import build_parser
from contiple_desktop.sim.seed import BULK_PHONE

LOOKUP_KEY = "demo-lookup-key-0123456789abcdef"
KIM = {"id": "cust-001", "userName": "김민준", "email": "minjun.kim@example.com", "phone": "010-1001-5007"}


def _sign(key: str, body: bytes, ts: str) -> str:
    """Written from the guide's verifier, independent of the client and the simulator."""
    text = body.decode("utf-8") + ts
    return base64.b64encode(
        hmac.new(key.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).digest()
    ).decode()


def _post(
    sim: SimServer,
    doc: Any = None,
    *,
    raw: bytes | None = None,
    key: str | None = None,
    ts: str | None = None,
    headers: dict[str, str] | None = None,
) -> requests.Response:
    body = raw if raw is not None else json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
    all_headers = {"Content-Type": "application/json; charset=utf-8"}
    if key is not None:
        stamp = ts or str(sim.clock.now_ms())
        all_headers.update({"X-TC-Timestamp": stamp, "Authorization": _sign(key, body, stamp)})
    all_headers.update(headers or {})
    with requests.Session() as session:
        return session.post(sim.caller_lookup_url, data=body, headers=all_headers, timeout=10)


@pytest.mark.parametrize(
    "spelling", ["010-1001-5007", "+82-10-1001-5007", "01010015007", "+821010015007", "010 1001 5007"]
)
def test_every_spelling_of_cust_001_finds_kim(sim: SimServer, spelling: str) -> None:
    response = _post(sim, {"callNum": spelling, "nation": "korea"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/json")
    assert response.json() == {"data": KIM}


def test_every_demo_customer_has_a_distinct_findable_phone(sim: SimServer) -> None:
    customers = sim.state.customers
    assert len(customers) == 22  # cust-001..020, bulk-500, long-030
    numbers = {parse_phone(c["phone"]).e164 for c in customers.values()}
    assert len(numbers) == len(customers)
    assert customers["bulk-500"]["phone"] == BULK_PHONE
    for code, customer in customers.items():
        national = parse_phone(customer["phone"]).national_digits
        assert _post(sim, {"callNum": national}).json()["data"]["id"] == code


@pytest.mark.parametrize(
    "doc",
    [
        {"callNum": "010-9999-0000"},
        {"callNum": "junk"},
        {"callNum": 1010015007},
        {"phone": "010-1001-5007"},
        {},
    ],
)
def test_unknown_or_unusable_number_is_error_911(sim: SimServer, doc: dict[str, Any]) -> None:
    response = _post(sim, doc)
    assert response.status_code == 400
    assert response.json() == {"error": {"code": 911, "message": "Not existing user.", "detail": None}}


@pytest.mark.parametrize("raw", [b"not json", b"[1,2]", b"\xff\xfe", b""])
def test_a_body_that_is_not_an_object_is_400(sim: SimServer, raw: bytes) -> None:
    response = _post(sim, raw=raw)
    assert response.status_code == 400 and response.json()["error"]["code"] == 400


def test_only_post(sim: SimServer) -> None:
    with requests.Session() as session:
        response = session.get(sim.caller_lookup_url, timeout=10)
    assert response.status_code == 405 and response.json()["error"]["code"] == 405


def test_the_phone_field_is_configurable(sim: SimServer) -> None:
    sim.config.caller_lookup_phone_field = "tel"
    assert _post(sim, {"tel": "010-1001-5007"}).json() == {"data": KIM}
    assert _post(sim, {"callNum": "010-1001-5007"}).status_code == 400
    assert sim.caller_lookup_config().phone_field == "tel"


def test_unsigned_lookup_config(sim: SimServer) -> None:
    config = sim.caller_lookup_config()
    assert config.url == sim.base_url + "/_demo/customer-info" == sim.caller_lookup_url
    assert not config.encryption
    assert (config.usercode_item, config.name_item, config.email_item, config.phone_item) == (
        "id",
        "userName",
        "email",
        "phone",
    )
    assert config.constant_fields == (("nation", "korea"),)
    assert config.validated() == config


# -- API encryption on -----------------------------------------------------------------------


@pytest.fixture
def signed_sim() -> Any:
    server = SimServer(SimConfig(caller_lookup_key=LOOKUP_KEY)).start()
    try:
        yield server
    finally:
        server.stop()


def test_signed_request_is_answered(signed_sim: SimServer) -> None:
    assert signed_sim.caller_lookup_config().encryption
    response = _post(signed_sim, {"callNum": "01010015007", "nation": "korea"}, key=LOOKUP_KEY)
    assert response.status_code == 200 and response.json() == {"data": KIM}


@pytest.mark.parametrize(
    ("kwargs", "cause"),
    [
        ({}, "X-TC-Timestamp is not numeric"),
        ({"key": "wrong-key"}, "Authorization is incorrect"),
        ({"key": LOOKUP_KEY, "headers": {"Authorization": ""}}, "Authorization is blank"),
        ({"key": LOOKUP_KEY, "ts": "12ab"}, "X-TC-Timestamp is not numeric"),
        ({"key": LOOKUP_KEY, "ts": "1764031689401"}, "X-TC-Timestamp is expired"),
    ],
)
def test_signed_failures_are_403(signed_sim: SimServer, kwargs: dict[str, Any], cause: str) -> None:
    response = _post(signed_sim, {"callNum": "01010015007"}, **kwargs)
    assert response.status_code == 403
    assert response.json()["error"] == {"code": 403, "message": cause, "detail": None}


@pytest.mark.parametrize(
    ("offset", "ok"), [(-299_000, True), (299_000, True), (-301_000, False), (301_000, False)]
)
def test_timestamp_window_is_five_minutes_either_way(signed_sim: SimServer, offset: int, ok: bool) -> None:
    ts = str(signed_sim.clock.now_ms() + offset)
    response = _post(signed_sim, {"callNum": "01010015007"}, key=LOOKUP_KEY, ts=ts)
    assert response.status_code == (200 if ok else 403)


def test_the_signature_covers_the_exact_body_bytes(signed_sim: SimServer) -> None:
    body = b'{"callNum":"01010015007"}'
    ts = str(signed_sim.clock.now_ms())
    headers = {"X-TC-Timestamp": ts, "Authorization": _sign(LOOKUP_KEY, body, ts)}
    assert _post(signed_sim, raw=body, headers=headers).status_code == 200
    respaced = b'{"callNum": "01010015007"}'  # same JSON, other bytes
    assert _post(signed_sim, raw=respaced, headers=headers).status_code == 403


# -- request log, faults ---------------------------------------------------------------------


def test_the_request_log_never_holds_the_number_in_clear(tmp_path: Path) -> None:
    log_path = tmp_path / "requests.jsonl"
    with SimServer(SimConfig(log_path=log_path)) as server:
        for spelling in ("010-1001-5007", "01010015007", "+82 10-1001-5007"):
            _post(server, {"callNum": spelling, "note": "minjun.kim@example.com"})
        entries = server.requests()
    text = json.dumps(entries, ensure_ascii=False) + log_path.read_text(encoding="utf-8")
    for clear in ("1001-5007", "10015007", "minjun.kim@"):
        assert clear not in text
    assert [e["json_body"]["callNum"] for e in entries] == [
        "010-1001-****",
        "0101001****",
        "+82 10-1001-****",
    ]
    assert entries[0]["path"] == "/_demo/customer-info" and entries[0]["status"] == 200
    assert entries[0]["json_body"]["note"] == "mi***@example.com"


def test_faults_apply_to_the_lookup_path(sim: SimServer) -> None:
    sim.faults.http_500("/_demo/customer-info")
    assert _post(sim, {"callNum": "01010015007"}).status_code == 500
    sim.faults.html_error("customer-info", status=502)
    response = _post(sim, {"callNum": "01010015007"})
    assert response.status_code == 502 and response.headers["Content-Type"] == "text/html"
    sim.faults.malformed_json("customer-info")
    with pytest.raises(ValueError):
        _post(sim, {"callNum": "01010015007"}).json()
    sim.faults.drop_before("customer-info")
    with pytest.raises(requests.ConnectionError):
        _post(sim, {"callNum": "01010015007"})
    assert _post(sim, {"callNum": "01010015007"}).json() == {"data": KIM}
    assert [e["fault"] for e in sim.requests()] == [
        "http_500",
        "html_error",
        "malformed_json",
        "drop_before",
        None,
    ]


def test_the_contiple_paths_are_unaffected(sim: SimServer) -> None:
    with requests.Session() as session:
        response = session.post(sim.base_url + "/_demo/other", json={}, timeout=10)
        assert response.status_code == 404 and response.json()["header"]["resultCode"] == 404
        service = session.get(f"{sim.base_url}/{sim.service_id}/api/v2/service.json", timeout=10)
    assert service.json()["header"]["isSuccessful"]


def test_cli_flag() -> None:
    assert build_parser().parse_args([]).caller_lookup_key is None
    assert build_parser().parse_args(["--caller-lookup-key", "k"]).caller_lookup_key == "k"
