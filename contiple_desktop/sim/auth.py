"""Server-side check of signed ``openapi/v1`` requests, rebuilt from what is on the wire.

Independent of ``contiple_desktop.api.signing`` on purpose (a shared bug would hide): the
canonical string follows the published server code (§2.2 "OC 측 인증 방법"): organization ID +
raw request path + (file MD5 for multipart | first value per query key in key order joined by
``&``, then ``&`` + body text when there is a body) + the ``X-TC-Timestamp`` header.

Checks run in the documented order (Appendix A): key present (403) → client IP allowed (403) →
Authorization non-blank → timestamp numeric → timestamp within 5 minutes of the simulated clock
→ multipart has ``file`` → signature equal (all 400).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Collection

from contiple_desktop.sim.wire import SimRequest

MAX_SKEW_MS = 300_000


class AuthFailure(Exception):
    """Raised with the result code and the documented cause string."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def expected_signature(organization_id: str, api_key: str, req: SimRequest, timestamp: str) -> str:
    text = organization_id + req.raw_path
    if req.multipart is not None:
        file_part = req.multipart.get("file")
        data = file_part["data"] if file_part else b""
        text += hashlib.md5(data, usedforsecurity=False).hexdigest()
    else:
        first: dict[str, str] = {}
        for key, value in req.query_pairs:
            if key not in first:
                first[key] = value
        if first:
            # Java TreeMap<String> order = UTF-16 code units; identical to str order for BMP keys.
            text += "&".join(first[key] for key in sorted(first, key=lambda k: k.encode("utf-16-be")))
        if req.body:
            if first:
                text += "&"
            text += req.body.decode("utf-8", errors="replace")
    text += timestamp
    mac = hmac.new(api_key.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(mac).decode("ascii")


def check(
    req: SimRequest, *, organization_id: str, api_key: str | None, open_api_enabled: bool,
    ip_allow_list: Collection[str] | None, now_ms: int,
) -> None:
    """Raise ``AuthFailure`` for the first failing rule; return when the request is authentic."""
    if not open_api_enabled or not api_key:
        raise AuthFailure(403, "securityKey is null")
    if ip_allow_list is not None and req.peer_ip not in ip_allow_list:
        raise AuthFailure(403, "clientIp is not allowed")
    authorization = (req.header("Authorization") or "").strip()
    if not authorization:
        raise AuthFailure(400, "Authorization is blank")
    timestamp = (req.header("X-TC-Timestamp") or "").strip()
    if not timestamp.isascii() or not timestamp.isdigit():
        raise AuthFailure(400, "X-TC-Timestamp is not numeric")
    if abs(now_ms - int(timestamp)) > MAX_SKEW_MS:
        raise AuthFailure(400, "X-TC-Timestamp is expired")
    if req.multipart is not None and not req.multipart.get("file"):
        raise AuthFailure(400, "Multipart request but file is null")
    expected = expected_signature(organization_id, api_key, req, timestamp)
    if not hmac.compare_digest(expected.encode("ascii"), authorization.encode("utf-8", errors="replace")):
        raise AuthFailure(400, "Authorization is incorrect")
