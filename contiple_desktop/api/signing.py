"""The Contiple Open API signing rule (contiple-api.md §2.3), as pure functions.

``string_to_sign = organization_id + uri + payload + timestamp`` where ``payload`` is the
first value of each query key ordered by key and joined with ``&`` (plus ``&`` and the body
text when there is a body), or the MD5 hex of the file for a multipart upload. The MAC is
HMAC-SHA256 keyed with the UTF-8 bytes of the API key string, sent as standard Base64.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Iterable


def canonical_query(pairs: Iterable[tuple[str, str]]) -> tuple[str, bool]:
    """Values of the first occurrence of each key, ordered by key, joined with ``&``.

    Returns ``(joined, has_params)``; ``has_params`` matters because ``[("a", "")]`` joins
    to ``""`` yet still puts an ``&`` before a body.
    """
    first: dict[str, str] = {}
    for key, value in pairs:
        first.setdefault(key, value)
    # Java TreeMap order over String keys = UTF-16 code-unit order; keys here are ASCII.
    ordered = sorted(first, key=lambda k: k.encode("utf-16-be"))
    return "&".join(first[k] for k in ordered), bool(first)


def string_to_sign(
    organization_id: str,
    uri: str,
    timestamp: str,
    *,
    query: Iterable[tuple[str, str]] = (),
    body: bytes | None = None,
    file_md5: str | None = None,
) -> str:
    """The canonical string. ``uri`` is the raw path as on the request line (no query)."""
    if file_md5 is not None:
        payload = file_md5.lower()
    else:
        joined, has_params = canonical_query(query)
        payload = joined
        if body:
            payload += ("&" if has_params else "") + body.decode("utf-8")
    return organization_id + uri + payload + timestamp


def sign(api_key: str, message: str) -> str:
    """Base64(HMAC-SHA256(key=UTF-8 key string, msg=UTF-8 message))."""
    mac = hmac.new(api_key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(mac).decode("ascii")


def md5_hex(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def authorization(
    api_key: str,
    organization_id: str,
    uri: str,
    timestamp: str,
    *,
    query: Iterable[tuple[str, str]] = (),
    body: bytes | None = None,
    file_md5: str | None = None,
) -> str:
    """The ``Authorization`` header value for one request."""
    return sign(
        api_key,
        string_to_sign(organization_id, uri, timestamp, query=query, body=body, file_md5=file_md5),
    )
