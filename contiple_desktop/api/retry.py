"""``Retry-After``: how long the server asks us to wait, and the error that says so.

A wait the transport does not sit out becomes :class:`RetryLaterError` with the exact wait
(``retry_after_s``, counted from the answer) and the moment on this PC's clock
(``retry_at_ms``), so the UI can say "retrying in N s" or "try again at HH:MM". An HTTP-date is
measured against the answer's own ``Date`` when that is plausible (both are the server's
clock), else against the local clock plus the learned offset. Waits are cut to a day.
"""

from __future__ import annotations

from collections.abc import Mapping

from contiple_desktop.api.call import Call
from contiple_desktop.api.clock import MAX_PLAUSIBLE_OFFSET_MS, SkewingClock, parse_http_date_ms
from contiple_desktop.api.envelope import as_int
from contiple_desktop.errors import RetryLaterError

MAX_RETRY_AFTER_S = 86_400.0


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


def retry_wait(headers: Mapping[str, str], clock: SkewingClock) -> float | None:
    """The answer's ``Retry-After`` in seconds (at most a day), or None when it has none."""
    now_server = clock.now_ms()
    answered = parse_http_date_ms(headers.get("Date"))
    if answered is not None and abs(answered - now_server) <= MAX_PLAUSIBLE_OFFSET_MS:
        now_server = answered
    seconds = retry_after_seconds(headers.get("Retry-After"), now_server)
    return None if seconds is None else min(seconds, MAX_RETRY_AFTER_S)


def retry_later(call: Call, status: int, wait: float, clock: SkewingClock) -> RetryLaterError:
    shown = f"{wait:.0f}" if wait >= 10 else f"{wait:g}"
    return RetryLaterError(
        f"{call.endpoint}: the service is busy (HTTP {status}) and asks to retry in {shown} s",
        retry_after_s=wait,
        retry_at_ms=clock.base.now_ms() + int(round(wait * 1000)),
        endpoint=call.endpoint,
        http_status=status,
    )
