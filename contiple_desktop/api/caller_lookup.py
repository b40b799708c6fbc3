"""Caller lookup by phone: one bounded POST to the organization's customer-information API.

The organization already runs this API for Contiple's own ticket screen (contiple-api.md
§3.20); ``domain.lookup.CallerLookupConfig`` says how it is called. ``lookup_caller`` blocks
(call it on a worker thread) and is Qt-free and self-contained (it does not share the Contiple
transport: another host, another signature, another error vocabulary):

* body: the phone field first, then the constant fields, compact JSON, sent as the exact bytes
  that are signed; the number is written as ``config.phone_format`` (default national digits);
* "API encryption" on: ``X-TC-Timestamp`` = epoch ms and ``Authorization`` =
  ``Base64(HMAC-SHA256(key_utf8, body_utf8 + X-TC-Timestamp))`` — what the published verifier
  checks (the prose's "URI + params + time" is not what the code does: §5 Q11);
* answers: 200 ``{"data": {...}}`` → ``CallerIdentity`` (nobody identified → None); 400, or
  ``{"error": {"code": 911}}`` with any status → None ("no such customer"); 401/403 →
  ``FORBIDDEN``; 404, 5xx, redirects and anything else → ``SERVER_ERROR``; not JSON or another
  shape → ``MALFORMED`` (all ``CallerLookupError``). A ``data`` list of one object counts as that
  object; several matches count as unknown (the agent asks, rather than filing for the wrong person);
* bounded: one overall deadline (default 5 s: the agent is on a call) covers connecting,
  waiting and reading — a watchdog shuts the socket when it passes, so a server that drips its
  answer byte by byte cannot stretch it; answers over 64 KiB are refused; no retries;
* private: the phone number, the key and the signature never reach a log line, an exception
  message, an exception's context or a traceback frame of this module.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.client import HTTPException
from typing import Any, NoReturn
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from requests.auth import AuthBase

from contiple_desktop import __version__
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.lookup import CallerIdentity, CallerLookupConfig
from contiple_desktop.domain.phone import PhoneNumber
from contiple_desktop.errors import CallerLookupError, CallerLookupReason, Cancelled

log = logging.getLogger("contiple_desktop.api.caller_lookup")

DEFAULT_DEADLINE = 5.0
MAX_ANSWER_BYTES = 64 * 1024
NOT_EXISTING_USER = 911
_CONNECT_TIMEOUT = 3.0
_CHUNK = 4096
_SEND_ERRORS = (requests.RequestException, urllib3.exceptions.HTTPError, HTTPException, OSError, ValueError)
_WATCH_INTERVAL = 0.05
USER_AGENT = f"ContipleDesktop/{__version__}"


def sign_lookup(security_key: str, body: bytes, timestamp: str) -> str:
    """``Base64(HMAC-SHA256(key_utf8, body + timestamp))`` (§3.20's published verifier)."""
    mac = hmac.new(security_key.encode("utf-8"), body + timestamp.encode("ascii"), hashlib.sha256)
    return base64.b64encode(mac.digest()).decode("ascii")


def encode_body(config: CallerLookupConfig, phone: PhoneNumber) -> bytes:
    """The exact request bytes: compact UTF-8 JSON, phone field first."""
    body = config.request_body(phone.format(config.phone_format))
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class _NoAuth(AuthBase):
    """Stops requests from adding credentials from ~/.netrc."""

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        return r


@dataclass
class _Outcome:
    status: int | None = None
    body: bytes = b""
    error: CallerLookupError | Cancelled | None = None


def _fail(reason: CallerLookupReason, message: str, status: int | None = None) -> _Outcome:
    return _Outcome(status, b"", CallerLookupError(reason, message, http_status=status))


def _socket_of(resp: requests.Response) -> socket.socket | None:
    raw = resp.raw
    sock = getattr(getattr(raw, "_connection", None), "sock", None)
    if sock is None:  # older urllib3: through the http.client response
        sock = getattr(getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None), "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


class _Watchdog:
    """Shuts the response's socket when the deadline passes or the cancel token fires."""

    def __init__(self, sock: socket.socket | None, deadline: float, cancel: CancelToken | None) -> None:
        self.fired = False
        self._sock = sock
        self._deadline = deadline
        self._cancel = cancel
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if sock is not None:
            self._thread = threading.Thread(target=self._run, name="caller-lookup-watchdog", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(max(0.0, min(_WATCH_INTERVAL, self._deadline - time.monotonic()))):
            if time.monotonic() >= self._deadline or (self._cancel is not None and self._cancel.cancelled):
                self.fired = True
                try:  # the plain socket's shutdown, also under TLS: wakes a blocked recv
                    socket.socket.shutdown(self._sock, socket.SHUT_RDWR)  # type: ignore[arg-type]
                except OSError:
                    pass
                return

    def stop(self) -> None:
        self._done.set()
        if self._thread is not None:
            self._thread.join(1.0)


def _read(resp: requests.Response, deadline: float, cancel: CancelToken | None) -> _Outcome:
    status = resp.status_code
    length = resp.headers.get("Content-Length", "")
    if length.strip().isdigit() and int(length) > MAX_ANSWER_BYTES:
        return _fail(CallerLookupReason.MALFORMED, "the caller lookup answer is too large", status)
    watchdog = _Watchdog(_socket_of(resp), deadline, cancel)
    chunks: list[bytes] = []
    size = 0
    failure: _Outcome | None = None
    try:
        for chunk in resp.iter_content(_CHUNK):
            if cancel is not None and cancel.cancelled:
                return _Outcome(error=Cancelled())
            if time.monotonic() > deadline:
                return _fail(CallerLookupReason.TIMEOUT, "the caller lookup took too long", status)
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                return _fail(CallerLookupReason.MALFORMED, "the caller lookup answer is too large", status)
            chunks.append(chunk)
    except _SEND_ERRORS:
        failure = _fail(CallerLookupReason.NETWORK, "the caller lookup answer broke off", status)
    finally:
        watchdog.stop()
    if watchdog.fired:
        if cancel is not None and cancel.cancelled:
            return _Outcome(error=Cancelled())
        return _fail(CallerLookupReason.TIMEOUT, "the caller lookup took too long", status)
    return failure or _Outcome(status, b"".join(chunks))


def _send_error(exc: BaseException) -> _Outcome:
    if isinstance(exc, requests.Timeout):
        return _fail(CallerLookupReason.TIMEOUT, "the caller lookup server did not answer in time")
    if isinstance(exc, requests.exceptions.SSLError):
        return _fail(CallerLookupReason.NETWORK, "no secure connection to the caller lookup server")
    name = type(exc).__name__
    return _fail(CallerLookupReason.NETWORK, f"could not reach the caller lookup server ({name})")


def _exchange(
    config: CallerLookupConfig, body: bytes, headers: dict[str, str], session: requests.Session,
    deadline: float, cancel: CancelToken | None,
) -> _Outcome:
    """Send and read; every failure comes back as an outcome, so no exception (and no frame
    holding the signed headers) escapes this function."""
    try:
        settings = session.merge_environment_settings(config.url, {}, True, None, None)
        request = requests.Request("POST", config.url, headers=headers, data=body, auth=_NoAuth())
        prepared = session.prepare_request(request)
        remaining = max(0.001, deadline - time.monotonic())
        resp = session.send(
            prepared, timeout=(min(_CONNECT_TIMEOUT, remaining), remaining), allow_redirects=False,
            **settings,
        )
    except _SEND_ERRORS as exc:
        return _send_error(exc)
    finally:
        headers.clear()
    try:
        return _read(resp, deadline, cancel)
    finally:
        resp.close()


def _data_object(doc: Any) -> Any:
    data = doc.get("data")
    if isinstance(data, list):
        if len(data) != 1:
            log.info("caller lookup: %d customers matched; treated as unknown", len(data))
            return None
        data = data[0]
    return data


def _raise(reason: CallerLookupReason, message: str, status: int | None) -> NoReturn:
    raise CallerLookupError(reason, message, http_status=status)


def _interpret(outcome: _Outcome, config: CallerLookupConfig) -> CallerIdentity | None:
    status = outcome.status
    try:
        doc: Any = json.loads(outcome.body) if outcome.body.strip() else None
    except (ValueError, UnicodeDecodeError):
        doc = None
    error = doc.get("error") if isinstance(doc, dict) else None
    if isinstance(error, dict) and error.get("code") in (NOT_EXISTING_USER, str(NOT_EXISTING_USER)):
        return None
    if status == 400:
        return None
    if status in (401, 403):
        _raise(CallerLookupReason.FORBIDDEN, f"the caller lookup refused the request (HTTP {status})", status)
    if status != 200:
        _raise(CallerLookupReason.SERVER_ERROR, f"the caller lookup server failed (HTTP {status})", status)
    if not isinstance(doc, dict) or not ("data" in doc or "error" in doc):
        _raise(CallerLookupReason.MALFORMED, "the caller lookup answer is not the expected JSON", status)
    if error is not None:
        _raise(CallerLookupReason.SERVER_ERROR, "the caller lookup server reported an error", status)
    data = _data_object(doc)
    if data is None:
        return None
    if not isinstance(data, dict):
        _raise(CallerLookupReason.MALFORMED, "the caller lookup answer is not the expected JSON", status)
    identity = CallerIdentity.from_result(data, config)
    return identity if identity.known else None


def lookup_caller(
    config: CallerLookupConfig,
    phone: PhoneNumber,
    *,
    security_key: str | None = None,
    cancel: CancelToken | None = None,
    timeout: float = DEFAULT_DEADLINE,
    session: requests.Session | None = None,
    now_ms: Callable[[], int] | None = None,
) -> CallerIdentity | None:
    """Ask who is calling from ``phone``: an identity, or None when no such customer exists.

    ``security_key``: needed when ``config.encryption`` is on (from the keyring).
    ``timeout``: the overall deadline in seconds. ``session``: reuse a ``requests.Session``
    (else a fresh one is opened and closed). ``now_ms``: the clock for ``X-TC-Timestamp``.
    Raises ``CallerLookupError`` (see ``reason``) or ``Cancelled``; never anything else.
    """
    started = time.monotonic()
    deadline = started + max(0.05, timeout)
    if cancel is not None:
        cancel.raise_if_cancelled()
    if config.encryption and not security_key:
        raise CallerLookupError(CallerLookupReason.MISSING_KEY, "no security key for the caller lookup")
    body = encode_body(config, phone)
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
    }
    if config.encryption and security_key:
        timestamp = str(now_ms() if now_ms is not None else int(time.time() * 1000))
        headers["X-TC-Timestamp"] = timestamp
        headers["Authorization"] = sign_lookup(security_key, body, timestamp)
    security_key = None  # nothing below (nor a traceback through this frame) holds the key
    own_session = session is None
    active = session if session is not None else requests.Session()
    try:
        outcome = _exchange(config, body, headers, active, deadline, cancel)
    finally:
        body = b""  # nor the caller's number, once sent
        if own_session:
            active.close()
    host = urlsplit(config.url).hostname or "?"
    elapsed = (time.monotonic() - started) * 1000.0
    if outcome.error is not None:
        log.info("caller lookup at %s failed: %s (%.0f ms)", host, outcome.error, elapsed)
        raise outcome.error
    try:
        result = _interpret(outcome, config)
    except CallerLookupError as exc:
        log.info("caller lookup at %s failed: %s (%.0f ms)", host, exc, elapsed)
        raise
    log.info(
        "caller lookup at %s: HTTP %s, %s (%.0f ms)", host, outcome.status,
        "identified" if result is not None else "no such customer", elapsed,
    )
    return result
