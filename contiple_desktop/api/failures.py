"""Turning what went wrong in an attempt into the typed error to raise (split from ``transport.py``).

* :func:`classify` maps a requests/urllib3/socket exception to NetworkError/RequestTimeout.
* :func:`cut_error` is the error of a flight that was cut off (cancel, deadline, close).
* :func:`clock_refusal` is the error when an 'expired' refusal cannot be fixed by re-syncing.
* :func:`scrubbed` detaches an error from the attempt that produced it: no traceback frames and
  no chained exceptions, so nothing reachable from it holds the request (or its signature).
"""

from __future__ import annotations

from http.client import HTTPException

import requests
import urllib3.exceptions

from contiple_desktop.api.call import Call
from contiple_desktop.api.clock import DateVerdict, SkewingClock
from contiple_desktop.api.flight import Cut, Flight
from contiple_desktop.errors import (
    AuthError,
    Cancelled,
    CancelledAfterSend,
    ClockSkewError,
    ContipleError,
    ImplausibleServerDateError,
    NetworkError,
    RequestTimeout,
    TransportError,
)

TRANSPORT_ERRORS = (requests.RequestException, urllib3.exceptions.HTTPError, HTTPException, OSError)


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


def scrubbed(err: ContipleError) -> ContipleError:
    """The error without the frames and chained exceptions of the attempt that produced it."""
    err.__traceback__ = None
    err.__cause__ = None
    err.__context__ = None
    err.__suppress_context__ = True
    return err


def cut_error(call: Call, flight: Flight) -> ContipleError | None:
    """The error for a flight that was cut off (None while it was not)."""
    reason = flight.reason
    if reason is None:
        return None
    name = call.endpoint
    maybe_sent = not call.idempotent and flight.sent
    if reason is Cut.CANCELLED:
        return CancelledAfterSend(endpoint=name) if maybe_sent else Cancelled()
    if reason is Cut.DEADLINE:
        if flight.stall_s is not None:
            why = f"the transfer stalled (no progress for {flight.stall_s:g} s)"
        else:
            why = f"no complete answer within {flight.budget_s:g} s"
        return RequestTimeout(f"{name}: {why}", endpoint=name, ambiguous=maybe_sent)
    return NetworkError(
        f"{name}: the connection was closed by the application", endpoint=name, ambiguous=maybe_sent
    )


def clock_refusal(exc: AuthError, clock: SkewingClock, verdict: DateVerdict) -> ClockSkewError:
    """'Timestamp expired' and the clock could not (or may not again) learn the server's time."""
    skew = clock.offset_ms if clock.learned else None
    if verdict is DateVerdict.IMPLAUSIBLE:
        rejected = clock.rejected_date
        return ImplausibleServerDateError(
            exc.result_message,
            server_date=rejected.header if rejected else "",
            server_offset_ms=rejected.offset_ms if rejected else None,
            skew_ms=skew,
            endpoint=exc.endpoint,
            http_status=exc.http_status,
        )
    return ClockSkewError(
        exc.result_message, skew_ms=skew, endpoint=exc.endpoint, http_status=exc.http_status
    )
