"""HTTP for the Contiple client: one keep-alive ``requests.Session``, signing, retries, errors.

* The URL is built here (quoted path segments, query ``urlencode``-d in the caller's fixed order)
  and pinned on the prepared request, so the path and values that are signed are exactly the ones
  on the wire. ``/openapi/v1/`` paths carry ``X-TC-Timestamp`` + ``Authorization``; ``api/v2``
  paths carry neither (contiple-api.md §1.2, §5 Q6). JSON bodies are sent as the exact bytes signed.
* **Deadlines.** Every request is a :class:`~contiple_desktop.api.flight.Flight` with one overall
  deadline (``deadline``, 30 s) for connect, headers, body, retries and backoff; uploads and
  attachment downloads have a stall deadline instead (``stall_timeout``: no progress for that
  long). Cancelling the token, the deadline and :meth:`Transport.close` all *cut* the flight:
  its socket is shut down, so the blocked call ends at once (see ``api/flight.py``).
* GETs are retried (default twice) on connection errors, timeouts and HTTP 500/502/503/504 with
  exponential backoff plus jitter, while the deadline allows. A ``Retry-After`` (503/429) up to
  ``max_retry_after`` (5 s) is waited out; a longer one, one that does not fit in the deadline,
  or one on the last attempt ends the call at once with :class:`RetryLaterError` saying when.
  POSTs are never retried — except the single documented clock re-sync (see ``_attempts``).
* Failures become the typed errors of ``contiple_desktop.errors``; a POST that may have reached
  the server without an answer is flagged ``ambiguous`` (also when cut off after it was sent).
  JSON answers are capped in size per kind (``Call.max_bytes``: 4 MiB, 8 MiB for details) and
  in depth and value count (``envelope.json_shape_problem``).
* **Secrets.** The API key and the Authorization header never appear in logs, exception text or
  ``repr``. Errors are raised outside any ``except`` block with ``__context__``, ``__cause__``
  and the traceback of the failed attempt cleared, and the signature is removed from the
  prepared request once it is on the wire, so no error object keeps either reachable.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from requests.auth import AuthBase

from contiple_desktop import __version__
from contiple_desktop.api import flight as flights
from contiple_desktop.api import signing
from contiple_desktop.api.call import MAX_DETAIL_JSON_BYTES, MAX_JSON_BYTES, AttemptRecord, Call, encode_query
from contiple_desktop.api.clock import Clock, DateVerdict, SkewingClock
from contiple_desktop.api.envelope import as_int, decode_envelope
from contiple_desktop.api.failures import (
    TRANSPORT_ERRORS,
    classify,
    clock_refusal,
    cut_error,
    scrubbed,
)
from contiple_desktop.api.flight import Cut, Flight
from contiple_desktop.api.multipart import MultipartBody
from contiple_desktop.api.retry import retry_after_seconds, retry_later, retry_wait
from contiple_desktop.api.sockets import TrackingAdapter
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.profile import check_base_url
from contiple_desktop.errors import (
    ApiError,
    AuthCause,
    AuthError,
    Cancelled,
    ContipleError,
    MalformedResponseError,
    RetryLaterError,
)

__all__ = [
    "CHUNK",
    "MAX_DETAIL_JSON_BYTES",
    "MAX_JSON_BYTES",
    "Call",
    "Transport",
    "classify",
    "encode_query",
    "retry_after_seconds",
]

log = logging.getLogger("contiple_desktop.api")

T = TypeVar("T")

USER_AGENT = f"ContipleDesktop/{__version__}"
RETRY_STATUSES = frozenset({500, 502, 503, 504})
RETRY_AFTER_STATUSES = RETRY_STATUSES | {429}  # statuses whose Retry-After is honoured
CHUNK = 64 * 1024


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


def _default_wait(seconds: float, cancel: CancelToken | None) -> bool:
    """Backoff: sleep unless the current flight is cut (cancel, deadline, close) first."""
    flight = flights.current()
    if flight is not None:
        return flight.wait(seconds)
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
        max_retry_after: float = 5.0,
        deadline: float = 30.0,
        stall_timeout: float = 30.0,
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
        self.deadline = max(0.001, deadline)
        self.stall_timeout = max(0.001, stall_timeout)
        self.wait: Callable[[float, CancelToken | None], bool] = _default_wait
        self._flights = flights.FlightSet()
        self.session = requests.Session()
        for prefix in ("https://", "http://"):
            self.session.mount(prefix, TrackingAdapter())
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        # Proxy/CA settings from the environment, resolved once: every request goes to one host.
        self._send_settings = self.session.merge_environment_settings(
            self.base_url + "/", {}, True, None, None
        )

    def __repr__(self) -> str:
        return f"Transport({self.base_url!r}, service_path={self.service_path!r})"

    def close(self) -> None:
        """Cut every request in flight (their calls end at once) and close the connections."""
        cut = self._flights.cut_all(Cut.CLOSED)
        if cut:
            log.info("closed the connection with %d request(s) in flight", cut)
        self.session.close()

    @property
    def in_flight(self) -> int:
        return len(self._flights)

    def is_signed(self, call: Call) -> bool:
        """Only ``/{serviceId}/openapi/v1/…`` is signed; ``api/v2`` carries no auth headers."""
        return call.path.startswith(self.service_path + "/openapi/v1/")

    def path(self, *segments: object) -> str:
        """``/{serviceId}/seg/seg…`` with every segment percent-quoted (``/`` included)."""
        return self.service_path + "".join("/" + quote(str(s), safe="") for s in segments)

    # ------------------------------------------------------------------ public calls

    def call_json(self, call: Call, cancel: CancelToken | None = None) -> Any:
        """Send ``call`` and return the ``result`` of a successful envelope."""

        def consume(resp: requests.Response, record: AttemptRecord) -> Any:
            body = self.read_capped(resp, call.max_bytes, call, cancel)
            try:
                result = decode_envelope(
                    body,
                    http_status=resp.status_code,
                    endpoint=call.endpoint,
                    ambiguous=not call.idempotent,
                    upload=call.upload is not None,
                )
            except ApiError as exc:
                record.result_code = exc.result_code
                raise
            record.result_code = 200
            return result

        return self.run(call, consume, cancel)

    @staticmethod
    def iter_body(resp: requests.Response, cancel: CancelToken | None) -> Iterator[bytes]:
        """The body in chunks of up to 64 KiB; checks ``cancel`` and reports transfer progress."""
        for chunk in resp.iter_content(CHUNK):
            if cancel is not None:
                cancel.raise_if_cancelled()
            flights.note_progress(len(chunk))
            yield chunk

    def read_capped(
        self, resp: requests.Response, limit: int, call: Call, cancel: CancelToken | None
    ) -> bytes:
        """The whole body, or MalformedResponseError as soon as it passes ``limit`` bytes."""
        declared = as_int(resp.headers.get("Content-Length"))
        chunks: list[bytes] = []
        size = 0
        if declared is None or declared <= limit:
            for chunk in self.iter_body(resp, cancel):
                size += len(chunk)
                if size > limit:
                    break
                chunks.append(chunk)
        if size > limit or (declared is not None and declared > limit):
            raise MalformedResponseError(
                f"{call.endpoint}: the answer is larger than {limit // (1024 * 1024)} MiB",
                endpoint=call.endpoint,
                ambiguous=not call.idempotent,
                http_status=resp.status_code,
            )
        return b"".join(chunks)

    def run(
        self,
        call: Call,
        consume: Callable[[requests.Response, AttemptRecord], T],
        cancel: CancelToken | None = None,
        *,
        retry_body: bool = True,
    ) -> T:
        """Send ``call`` (retrying GETs), hand the open response to ``consume``, return its value.

        ``retry_body=False`` stops GET retries once a response arrived (downloads that already
        wrote bytes are not restarted). Typed errors are raised here, with nothing attached.
        """
        if cancel is not None:
            cancel.raise_if_cancelled()
        flight = Flight(
            budget_s=self.deadline,
            stall_s=self.stall_timeout if call.is_transfer else None,
            cancel=cancel,
        )
        with self._flights.track(flight):
            value, error = self._attempts(call, consume, cancel, flight, retry_body)
        if error is not None:
            raise scrubbed(error)
        return value  # type: ignore[return-value]

    # ------------------------------------------------------------------ internals

    def _attempts(
        self,
        call: Call,
        consume: Callable[[requests.Response, AttemptRecord], T],
        cancel: CancelToken | None,
        flight: Flight,
        retry_body: bool,
    ) -> tuple[T | None, ContipleError | None]:
        """All attempts of one call: ``(value, None)`` or ``(None, error)``; never raises typed errors."""
        attempt = 0
        resynced = False
        while True:
            cut = cut_error(call, flight)
            if cut is not None:
                return None, cut
            flight.begin_attempt()
            record = AttemptRecord()
            started = time.perf_counter()
            delay: float | None = None
            error: ContipleError | None = None
            got_response = False
            try:
                with flights.active(flight):
                    resp = self._send(call, cancel, flight)
                    got_response = True
                    record.status = resp.status_code
                    try:
                        plan = self._plan_retry(call, resp, attempt, flight)
                        if plan is None:
                            record.date = resp.headers.get("Date")
                            return consume(resp, record), None
                        if isinstance(plan, RetryLaterError):
                            error = plan
                        else:
                            delay = plan
                            self._drain(resp)
                    finally:
                        resp.close()
            except TRANSPORT_ERRORS as exc:
                # (urllib3/http.client/socket errors normally arrive wrapped by requests; the bare
                # ones are caught too so that nothing untyped escapes)
                error = classify(exc, call)
                record.status = record.status or type(error).__name__
                if call.idempotent and attempt < self.get_retries and (retry_body or not got_response):
                    delay = self._retry_delay(attempt)
            except ContipleError as exc:
                error = exc
                if isinstance(exc, Cancelled):
                    flight.cut(Cut.CANCELLED)  # (the token's own callback may not have run yet)
            finally:
                log.debug(
                    "%s %s -> %s rc=%s %.1fms",
                    call.method,
                    call.path,
                    record.status if record.status is not None else "-",
                    record.result_code if record.result_code is not None else "-",
                    (time.perf_counter() - started) * 1000.0,
                )
            cut = cut_error(call, flight)
            if cut is not None:
                return None, cut
            if (
                isinstance(error, AuthError)
                and error.cause is AuthCause.TIMESTAMP_EXPIRED
                and self.is_signed(call)
            ):
                verdict = DateVerdict.MISSING if resynced else self.clock.learn(record.date)
                if verdict is not DateVerdict.LEARNED:
                    return None, clock_refusal(error, self.clock, verdict)
                # Re-sign and send once more with the server's time. Safe even for a POST: an
                # authentication refusal means the server processed nothing, so this cannot
                # create a second ticket or comment. It is the only time a POST is re-sent.
                resynced = True
                log.info("clock re-synchronised: server minus local = %d ms", self.clock.offset_ms)
                continue
            if delay is None or delay > flight.remaining():
                assert error is not None
                return None, error
            attempt += 1
            log.info("retrying %s %s in %.2fs (attempt %d)", call.method, call.path, delay, attempt + 1)
            with flights.active(flight):  # so that a cut (cancel, close) ends the wait at once
                interrupted = self.wait(delay, cancel)
            if interrupted and cancel is not None and cancel.cancelled:
                return None, Cancelled()

    def _plan_retry(
        self, call: Call, resp: requests.Response, attempt: int, flight: Flight
    ) -> float | RetryLaterError | None:
        """For a GET answered 5xx/429: the delay before the next try, a RetryLaterError, or None
        (read the answer as it is)."""
        status = resp.status_code
        if not call.idempotent or status not in RETRY_AFTER_STATUSES:
            return None
        wait = retry_wait(resp.headers, self.clock)
        if wait is not None:
            if wait > self.max_retry_after or attempt >= self.get_retries or wait > flight.remaining():
                return retry_later(call, status, wait, self.clock)
            return wait
        if status not in RETRY_STATUSES or attempt >= self.get_retries:
            return None
        delay = self._retry_delay(attempt)
        return delay if delay <= flight.remaining() else None

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

    def _retry_delay(self, attempt: int) -> float:
        """Exponential backoff with jitter (0.5–1.5 × ``backoff`` × 2^attempt), capped."""
        base = self.backoff * (2**attempt)
        return min(base * (0.5 + random.random()), self.max_retry_after)

    def _send(self, call: Call, cancel: CancelToken | None, flight: Flight) -> requests.Response:
        query = encode_query(call.query)
        target = call.path + ("?" + query if query else "")
        url = self._origin + target
        headers: dict[str, str] = {}
        data: bytes | MultipartBody | None = None
        file_md5: str | None = None
        if call.upload is not None:
            body = MultipartBody(call.upload, progress=call.progress, cancel=cancel, on_read=flight.progress)
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
        prepared = self.session.prepare_request(
            requests.Request(call.method, url, headers=headers, data=data, auth=_NoAuth())
        )
        headers.clear()  # the prepared request holds its own copy
        # What was signed is what goes on the wire: keep requests' scheme and (IDNA) host, but
        # pin the path and query exactly as built above.
        origin = urlsplit(prepared.url or url)
        prepared.url = f"{origin.scheme}://{origin.netloc}{target}"
        try:
            return self.session.send(
                prepared,
                timeout=flight.socket_timeouts(*self.timeout),
                allow_redirects=False,
                **self._send_settings,
            )
        finally:
            # The signature is on the wire (or never will be): the request object, which the
            # response and requests' exceptions keep, must not carry it any longer.
            prepared.headers.pop("Authorization", None)
            if isinstance(data, MultipartBody):
                data.close()
