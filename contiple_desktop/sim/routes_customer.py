"""The demo organization's customer-information API (contiple-api.md §3.20): who is calling?

Not a Contiple endpoint: it stands in for the API an organization runs for Contiple's ticket
screen, so the demo can look callers up by phone. ``POST /_demo/customer-info`` with a JSON
object whose ``SimConfig.caller_lookup_phone_field`` (default ``callNum``) holds the number in
any spelling (``010-1001-5007``, ``01010015007``, ``+82-10-1001-5007``); other fields are
ignored. Numbers are compared after ``domain.phone`` normalisation (region KR).

* found → 200 ``{"data": {"id", "userName", "email", "phone"}}``;
* unknown number, or no usable number → 400 ``{"error": {"code": 911, "message": "Not existing
  user.", "detail": null}}`` (the guide's example);
* body not a JSON object → 400 ``{"error": {"code": 400, …}}``; a method other than POST → 405;
* ``SimConfig.caller_lookup_key`` set ("API encryption" on): verified like the published code —
  ``X-TC-Timestamp`` numeric and within ±5 minutes of the simulated clock, ``Authorization``
  equal to ``Base64(HMAC-SHA256(key, body + timestamp))`` — else 403 with the cause as message.
  Written here from the guide, not shared with the client's signing code.

The request log keeps the body with every phone-like or e-mail-like value masked.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

from contiple_desktop.domain.phone import try_parse_phone
from contiple_desktop.domain.privacy import mask_personal, mask_phone
from contiple_desktop.sim.config import RouteContext
from contiple_desktop.sim.wire import SimRequest, SimResponse

CUSTOMER_INFO_PATH = "/_demo/customer-info"
NOT_EXISTING_USER = 911
MAX_SKEW_MS = 5 * 60 * 1000
REGION = "KR"


def _answer(status: int, doc: dict[str, Any], code: int) -> SimResponse:
    body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return SimResponse(status=status, body=body, result_code=code)


def _error(status: int, code: int, message: str) -> SimResponse:
    return _answer(status, {"error": {"code": code, "message": message, "detail": None}}, code)


def _verify(req: SimRequest, key: str, now_ms: int) -> str | None:
    """The published verifier: None when authentic, else the reason."""
    timestamp = (req.header("X-TC-Timestamp") or "").strip()
    if not timestamp.isascii() or not timestamp.isdigit():
        return "X-TC-Timestamp is not numeric"
    ts = int(timestamp)
    if ts - MAX_SKEW_MS > now_ms or ts + MAX_SKEW_MS < now_ms:
        return "X-TC-Timestamp is expired"
    try:
        text = req.body.decode("utf-8") + timestamp
    except UnicodeDecodeError:
        return "body is not UTF-8"
    expected = base64.b64encode(hmac.new(key.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).digest())
    given = (req.header("Authorization") or "").strip().encode("utf-8", errors="replace")
    if not given:
        return "Authorization is blank"
    if not hmac.compare_digest(expected, given):
        return "Authorization is incorrect"
    return None


def customer_info(ctx: RouteContext, req: SimRequest) -> SimResponse:
    if req.method != "POST":
        return _error(405, 405, "Method Not Allowed")
    key = ctx.config.caller_lookup_key
    if key:
        problem = _verify(req, key, ctx.clock.now_ms())
        if problem is not None:
            return _error(403, 403, problem)
    try:
        doc = json.loads(req.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        doc = None
    if not isinstance(doc, dict):
        return _error(400, 400, "the body must be a JSON object")
    value = doc.get(ctx.config.caller_lookup_phone_field)
    wanted = try_parse_phone(value, REGION) if isinstance(value, str) else None
    if wanted is not None:
        for customer in ctx.state.customers.values():
            phone = customer.get("phone")
            number = try_parse_phone(phone, REGION) if isinstance(phone, str) else None
            if number is not None and number.e164 == wanted.e164:
                data = {"id": customer["usercode"], "userName": customer["username"],
                        "email": customer["email"], "phone": phone}
                return _answer(200, {"data": data}, 200)
    return _error(400, NOT_EXISTING_USER, "Not existing user.")


def masked(value: Any) -> Any:
    """``value`` (a decoded JSON body) with phone-like and e-mail-like strings masked."""
    if isinstance(value, dict):
        return {k: masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [masked(v) for v in value]
    if isinstance(value, str):
        if try_parse_phone(value, REGION) is not None:
            return mask_phone(value)
        return mask_personal(value)
    return value
