"""Clocks for request timestamps, and the offset learned when the server calls ours wrong.

The Open API refuses a ``X-TC-Timestamp`` more than five minutes away from the server's own
clock (``X-TC-Timestamp is expired``, contiple-api.md §2.6). Agents' PCs drift, so the client
keeps a :class:`SkewingClock`: local time plus an offset learned from the ``Date`` header of
the refusal. The transport then re-signs and sends the request once more.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """Anything that tells the current time in epoch milliseconds."""

    def now_ms(self) -> int: ...


class SystemClock:
    """The PC's wall clock."""

    def now_ms(self) -> int:
        return time.time_ns() // 1_000_000

    def __repr__(self) -> str:
        return "SystemClock()"


class FixedClock:
    """A clock that says what it is told (tests, signing vectors, benchmarks)."""

    def __init__(self, now_ms: int) -> None:
        self.value = int(now_ms)

    def now_ms(self) -> int:
        return self.value

    def advance(self, ms: int) -> None:
        self.value += int(ms)

    def __repr__(self) -> str:
        return f"FixedClock({self.value})"


class _CallableClock:
    def __init__(self, fn: Callable[[], int]) -> None:
        self._fn = fn

    def now_ms(self) -> int:
        return int(self._fn())


def as_clock(clock: Clock | Callable[[], int] | None) -> Clock:
    """Accept a ``Clock``, a zero-argument callable returning ms, or ``None`` (system clock)."""
    if clock is None:
        return SystemClock()
    if isinstance(clock, Clock):
        return clock
    return _CallableClock(clock)


def parse_http_date_ms(value: str | None) -> int | None:
    """Epoch ms of an RFC 7231 ``Date`` header value, or ``None`` when it cannot be read."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed.tzinfo is None:  # "-0000" or no zone: RFC 7231 dates are always GMT
        return None
    try:
        return int(parsed.timestamp() * 1000)
    except (OverflowError, OSError, ValueError):
        return None


class SkewingClock:
    """Local clock plus a learned offset (server minus local, in ms). Thread-safe.

    ``learn_from_date`` measures the offset from a response ``Date`` header. The header has
    one-second resolution, so half a second is added (the server's true time lies somewhere
    in the second it names); the result is good to about ±0.5 s, far inside the 5-minute window.
    """

    def __init__(self, base: Clock | None = None) -> None:
        self._base: Clock = base or SystemClock()
        self._lock = threading.Lock()
        self._offset_ms = 0
        self._learned = False

    @property
    def base(self) -> Clock:
        return self._base

    @property
    def offset_ms(self) -> int:
        with self._lock:
            return self._offset_ms

    @property
    def learned(self) -> bool:
        """True once an offset was measured from the server."""
        with self._lock:
            return self._learned

    def now_ms(self) -> int:
        with self._lock:
            offset = self._offset_ms
        return self._base.now_ms() + offset

    def set_offset_ms(self, offset_ms: int) -> None:
        with self._lock:
            self._offset_ms = int(offset_ms)
            self._learned = True

    def learn_from_date(self, date_header: str | None) -> bool:
        """Set the offset from a ``Date`` header; False when the header is missing or unreadable."""
        server_ms = parse_http_date_ms(date_header)
        if server_ms is None:
            return False
        self.set_offset_ms(server_ms + 500 - self._base.now_ms())
        return True

    def __repr__(self) -> str:
        return f"SkewingClock(offset_ms={self.offset_ms})"
