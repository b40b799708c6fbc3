"""HTTP for the Contiple client: one keep-alive ``requests.Session``, signing, retries, errors.

* The URL is built here (quoted path segments, query ``urlencode``-d in the caller's fixed order)
  and pinned on the prepared request, so the path and values that are signed are exactly the ones
  on the wire. ``/openapi/v1/`` paths carry ``X-TC-Timestamp`` + ``Authorization``; ``api/v2``
  paths carry neither (contiple-api.md §1.2, §5 Q6). JSON bodies are sent as the exact bytes signed.
* GETs are retried (default twice) on connection errors, timeouts and HTTP 500/502/503/504 with
  exponential backoff plus jitter, honouring ``Retry-After`` (capped); waits use ``cancel.wait``.
  POSTs are never retried — except the single documented clock re-sync (see ``_run``).
* Failures become the typed errors of ``contiple_desktop.errors``; a POST that may have reached
  the server without an answer is flagged ``ambiguous``. The API key and the Authorization header
  never appear in logs, exception text or ``repr``.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.client import HTTPException
from typing import Any, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import requests
import urllib3.exceptions
from requests.auth import AuthBase

from contiple_desktop import __version__
from contiple_desktop.api import signing
from contiple_desktop.api.clock import Clock, SkewingClock, parse_http_date_ms
from contiple_desktop.api.envelope import as_int, decode_envelope
from contiple_desktop.api.multipart import MultipartBody, Progress, UploadSource
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.profile import check_base_url
from contiple_desktop.errors import (
    ApiError,
    AuthCause,
    AuthError,
    ClockSkewError,
    MalformedResponseError,
    NetworkError,
    RequestTimeout,
    TransportError,
)

log = logging.getLogger("contiple_desktop.api")

T = TypeVar("T")

USER_AGENT = f"ContipleDesktop/{__version__}"
RETRY_STATUSES = frozenset({500, 502, 503, 504})
MAX_JSON_BYTES = 64 * 1024 * 1024
CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Call:
    """One request: method, quoted path (from the host on), query pairs in sending order."""

    method: str
    path: str
    endpoint: str
    query: Sequence[tuple[str, str]] = ()
    body: bytes | None = None
    upload: UploadSource | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    progress: Progress | None = None

    @property
    def idempotent(self) -> bool:
        return self.method == "GET"


def encode_query(pairs: Sequence[tuple[str, str]]) -> str:
    """``k=v&…`` in the given order; decodes back to exactly the values that are signed."""
    return urlencode(list(pairs), quote_via=quote, safe=",")


def retry_after_seconds(value: str | None, now_ms: int) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or an HTTP date), or None when absent/invalid."""
    if not value:
        return None
    seconds = as_int(value)
    if seconds is not None:
        return float(max(0, seconds))
    when = parse_http_date_ms(value)
    if when is None:
        return None
    return max(0.0, (when - now_ms) / 1000.0)


class _Secret:
    """Holds the API key; its repr (and so ``vars()``, debuggers, crash dumps) never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


class _NoAuth(AuthBase):
    """Stops requests from adding credentials from ~/.netrc over our signed header."""

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        return r


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception plus everything it wraps (args, urllib3 ``reason``, cause/context)."""
    seen: list[BaseException] = []
    stack: list[object] = [exc]
    while stack and len(seen) < 32:
        item = stack.pop()
        if not isinstance(item, BaseException) or any(item is s for s in seen):
            continue
        seen.append(item)
        stack.extend(item.args)
        stack.extend((getattr(item, "reason", None), item.__cause__, item.__context__))
    return seen


_DROPPED = (
    requests.ConnectionError,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
    urllib3.exceptions.HTTPError,
    HTTPException,
)


def classify(exc: BaseException, call: Call) -> TransportError:
    """Map a requests exception to NetworkError/RequestTimeout with the right ``ambiguous`` flag.

    A POST is ambiguous when its bytes may have reached the server: read timeouts and
    connections dropped after connecting. Failing to connect at all is never ambiguous.
    """
    post = not call.idempotent
    chain = _chain(exc)
    root = next(
        (type(e).__name__ for e in reversed(chain) if not type(e).__module__.startswith(("requests",))),
        type(exc).__name__,
    )
    name = call.endpoint
    if isinstance(exc, requests.ConnectTimeout):
        return RequestTimeout(f"{name}: the server did not accept the connection in time", endpoint=name)
    if isinstance(exc, requests.ReadTimeout) or any(
        isinstance(e, urllib3.exceptions.ReadTimeoutError | TimeoutError) for e in chain
    ):
        return RequestTimeout(f"{name}: no answer in time", endpoint=name, ambiguous=post)
    if isinstance(exc, requests.exceptions.SSLError | requests.exceptions.ProxyError) or any(
        isinstance(e, urllib3.exceptions.NewConnectionError | ConnectionRefusedError) for e in chain
    ):
        return NetworkError(f"{name}: could not connect ({root})", endpoint=name)
    # (requests' own exceptions subclass OSError; only a bare socket error counts as dropped)
    if isinstance(exc, _DROPPED) or (
        isinstance(exc, OSError) and not isinstance(exc, requests.RequestException)
    ):
        return NetworkError(f"{name}: the connection was dropped ({root})", endpoint=name, ambiguous=post)
    return NetworkError(f"{name}: the request failed ({type(exc).__name__})", endpoint=name)


def _default_wait(seconds: float, cancel: CancelToken | None) -> bool:
    if cancel is not None:
        return cancel.wait(seconds)
    threading.Event().wait(seconds)
    return False


class Transport:
    """Sends :class:`Call` objects for one service; safe to use from several worker threads."""

    def __init__(
        self,
        base_url: str,
        service_id: str,
        organization_id: str,
        api_key: str,
        *,
        oucode: str = "",
        clock: Clock | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        get_retries: int = 2,
        backoff: float = 0.25,
        max_retry_after: float = 10.0,
    ) -> None:
        self.base_url = check_base_url(base_url)
        parts = urlsplit(self.base_url)
        self._origin = f"{parts.scheme}://{parts.netloc}"
        self.service_path = parts.path.rstrip("/") + "/" + quote(service_id, safe="")
        self._organization_id = organization_id
        self._key = _Secret(api_key)
        self._oucode = oucode
        self.clock = clock if isinstance(clock, SkewingClock) else SkewingClock(clock)
        self.timeout = (connect_timeout, read_timeout)
        self.get_retries = max(0, int(get_retries))
        self.backoff = max(0.0, backoff)
        self.max_retry_after = max_retry_after
        self.wait: Callable[[float, CancelToken | None], bool] = _default_wait
        self.session = requests.Session()
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        # Proxy/CA settings from the environment, resolved once: every request goes to one host.
        self._send_settings = self.session.merge_environment_settings(
            self.base_url + "/", {}, True, None, None
        )

    def __repr__(self) -> str:
        return f"Transport({self.base_url!r}, service_path={self.service_path!r})"

    def close(self) -> None:
        self.session.close()

    def is_signed(self, call: Call) -> bool:
        """Only ``/{serviceId}/openapi/v1/…`` is signed; ``api/v2`` carries no auth headers."""
        return call.path.startswith(self.service_path + "/openapi/v1/")

    def path(self, *segments: object) -> str:
        """``/{serviceId}/seg/seg…`` with every segment percent-quoted (``/`` included)."""
        return self.service_path + "".join("/" + quote(str(s), safe="") for s in segments)

    # ------------------------------------------------------------------ public calls

    def call_json(self, call: Call, cancel: CancelToken | None = None) -> Any:
        """Send ``call`` and return the ``result`` of a successful envelope."""

        def consume(resp: requests.Response, note: dict[str, object]) -> Any:
            body = self.read_capped(resp, MAX_JSON_BYTES, call, cancel)
            try:
                result = decode_envelope(
                    body,
                    http_status=resp.status_code,
                    endpoint=call.endpoint,
                    ambiguous=not call.idempotent,
                    upload=call.upload is not None,
                )
            except ApiError as exc:
                note["rc"] = exc.result_code
                raise
            note["rc"] = 200
            return result

        return self.run(call, consume, cancel)

    def read_capped(
        self, resp: requests.Response, limit: int, call: Call, cancel: CancelToken | None
    ) -> bytes:
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_content(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            size += len(chunk)
            if size > limit:
                raise MalformedResponseError(
                    f"{call.endpoint}: the answer is larger than {limit // (1024 * 1024)} MiB",
                    endpoint=call.endpoint,
                    ambiguous=not call.idempotent,
                    http_status=resp.status_code,
                )
            chunks.append(chunk)
        return b"".join(chunks)

    def run(
        self,
        call: Call,
        consume: Callable[[requests.Response, dict[str, object]], T],
        cancel: CancelToken | None = None,
        *,
        retry_body: bool = True,
    ) -> T:
        """Send ``call`` (retrying GETs), hand the open response to ``consume``, return its value.

        ``retry_body=False`` stops GET retries once a response arrived (downloads that already
        wrote bytes are not restarted).
        """
        attempt = 0
        resynced = False
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            note: dict[str, object] = {}
            started = time.perf_counter()
            delay: float | None = None
            got_response = False
            try:
                resp = self._send(call, cancel)
                got_response = True
                note["status"] = resp.status_code
                try:
                    if (
                        call.idempotent
                        and resp.status_code in RETRY_STATUSES
                        and attempt < self.get_retries
                    ):
                        delay = self._retry_delay(attempt, resp.headers.get("Retry-After"))
                        self._drain(resp)
                    else:
                        note["date"] = resp.headers.get("Date")
                        return consume(resp, note)
                finally:
                    resp.close()
            except (requests.RequestException, urllib3.exceptions.HTTPError, HTTPException, OSError) as exc:
                # (urllib3/http.client/socket errors normally arrive wrapped by requests; the bare
                # ones are caught too so that nothing untyped escapes)
                err = classify(exc, call)
                note["status"] = note.get("status") or type(err).__name__
                if not (call.idempotent and attempt < self.get_retries and (retry_body or not got_response)):
                    raise err from None
                delay = self._retry_delay(attempt, None)
            except AuthError as exc:
                if not (self.is_signed(call) and exc.cause is AuthCause.TIMESTAMP_EXPIRED):
                    raise
                date = note.get("date")
                if resynced or not self.clock.learn_from_date(date if isinstance(date, str) else None):
                    raise ClockSkewError(
                        exc.result_message,
                        skew_ms=self.clock.offset_ms if self.clock.learned else None,
                        endpoint=exc.endpoint,
                        http_status=exc.http_status,
                    ) from None
                # Re-sign and send once more with the server's time. Safe even for a POST: an
                # authentication refusal means the server processed nothing, so this cannot
                # create a second ticket or comment. It is the only time a POST is re-sent.
                resynced = True
                log.info("clock re-synchronised: server minus local = %d ms", self.clock.offset_ms)
                continue
            finally:
                log.debug(
                    "%s %s -> %s rc=%s %.1fms",
                    call.method,
                    call.path,
                    note.get("status", "-"),
                    note.get("rc", "-"),
                    (time.perf_counter() - started) * 1000.0,
                )
            attempt += 1
            assert delay is not None
            log.info("retrying %s %s in %.2fs (attempt %d)", call.method, call.path, delay, attempt + 1)
            if self.wait(delay, cancel):
                if cancel is not None:
                    cancel.raise_if_cancelled()

    # ------------------------------------------------------------------ internals

    @staticmethod
    def _drain(resp: requests.Response, limit: int = 256 * 1024) -> None:
        """Read a small unwanted body so the keep-alive connection can be reused."""
        size = 0
        try:
            for chunk in resp.iter_content(CHUNK):
                size += len(chunk)
                if size > limit:
                    break
        except requests.RequestException:
            pass

    def _retry_delay(self, attempt: int, retry_after: str | None) -> float:
        server = retry_after_seconds(retry_after, self.clock.now_ms())  # a date in server time
        if server is not None:
            return min(server, self.max_retry_after)
        base = self.backoff * (2**attempt)
        return min(base * (0.5 + random.random()), self.max_retry_after)

    def _send(self, call: Call, cancel: CancelToken | None) -> requests.Response:
        query = encode_query(call.query)
        target = call.path + ("?" + query if query else "")
        url = self._origin + target
        headers: dict[str, str] = {}
        data: bytes | MultipartBody | None = None
        file_md5: str | None = None
        if call.upload is not None:
            body = MultipartBody(call.upload, progress=call.progress, cancel=cancel)
            headers["Content-Type"] = body.content_type
            data = body
            file_md5 = call.upload.md5
        elif call.body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
            data = call.body
        if self.is_signed(call):
            ts = str(self.clock.now_ms())
            headers["X-TC-Timestamp"] = ts
            headers["Authorization"] = signing.authorization(
                self._key.reveal(),
                self._organization_id,
                call.path,
                ts,
                query=call.query,
                body=call.body if call.upload is None else None,
                file_md5=file_md5,
            )
        if self._oucode:
            headers["OUCODE"] = self._oucode
        headers.update(call.headers)
        request = requests.Request(call.method, url, headers=headers, data=data, auth=_NoAuth())
        prepared = self.session.prepare_request(request)
        # What was signed is what goes on the wire: keep requests' scheme and (IDNA) host, but
        # pin the path and query exactly as built above.
        origin = urlsplit(prepared.url or url)
        prepared.url = f"{origin.scheme}://{origin.netloc}{target}"
        try:
            return self.session.send(
                prepared, timeout=self.timeout, allow_redirects=False, **self._send_settings
            )
        finally:
            if isinstance(data, MultipartBody):
                data.close()
