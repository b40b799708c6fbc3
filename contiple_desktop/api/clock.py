"""Clocks for request timestamps, and the offset learned when the server calls ours wrong.

The Open API refuses a ``X-TC-Timestamp`` more than five minutes away from the server's own
clock (``X-TC-Timestamp is expired``, contiple-api.md §2.6). Agents' PCs drift, so the client
keeps a :class:`SkewingClock`: local time plus an offset learned from the ``Date`` header of
the refusal. The transport then re-signs and sends the request once more.

A ``Date`` that cannot be believed is never applied: one that cannot be read, or that lies
more than :data:`MAX_PLAUSIBLE_OFFSET_MS` (a day) from the PC clock, would otherwise set an
offset that breaks every later signed request until restart (one refusal carrying
``Date: Mon, 01 Jan 1900`` once set −4.0e12 ms). Such a date is ignored, logged once per clock
at WARNING (the header is not secret) and kept in :attr:`SkewingClock.rejected_date` so the
status bar can say so; the transport raises ``ImplausibleServerDateError``.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Protocol, runtime_checkable

from contiple_desktop.api.envelope import snippet

log = logging.getLogger("contiple_desktop.api")

MAX_PLAUSIBLE_OFFSET_MS = 24 * 3600 * 1000
"""A server ``Date`` further than this from the PC clock is not believed."""


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


class DateVerdict(enum.Enum):
    """What :meth:`SkewingClock.learn` made of a ``Date`` header."""

    LEARNED = "learned"
    MISSING = "missing"
    IMPLAUSIBLE = "implausible"


@dataclass(frozen=True, slots=True)
class RejectedDate:
    """A server ``Date`` that was not applied: the header (printable, short) and its offset."""

    header: str
    offset_ms: int | None  # server minus local; None when unreadable

    def describe(self) -> str:
        if self.offset_ms is None:
            return f"unreadable ({self.header!r})"
        return f"{self.header!r}, {self.offset_ms / 86_400_000:+.1f} days from the PC clock"


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
        self._rejected: RejectedDate | None = None
        self._warned = False

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

    @property
    def rejected_date(self) -> RejectedDate | None:
        """The last server ``Date`` that was ignored as implausible (None: none so far)."""
        with self._lock:
            return self._rejected

    def learn(self, date_header: str | None) -> DateVerdict:
        """Set the offset from a ``Date`` header, unless it is missing or implausible."""
        if not date_header or not date_header.strip():
            return DateVerdict.MISSING
        server_ms = parse_http_date_ms(date_header)
        offset = None if server_ms is None else server_ms + 500 - self._base.now_ms()
        if offset is not None and abs(offset) <= MAX_PLAUSIBLE_OFFSET_MS:
            self.set_offset_ms(offset)
            return DateVerdict.LEARNED
        rejected = RejectedDate(snippet(date_header.encode("utf-8", "replace"), 64), offset)
        with self._lock:
            self._rejected = rejected
            first, self._warned = not self._warned, True
        if first:
            log.warning("ignored an implausible server Date header: %s", rejected.describe())
        else:
            log.info("ignored an implausible server Date header: %s", rejected.describe())
        return DateVerdict.IMPLAUSIBLE

    def learn_from_date(self, date_header: str | None) -> bool:
        """Set the offset from a ``Date`` header; False when it is missing or implausible."""
        return self.learn(date_header) is DateVerdict.LEARNED

    def __repr__(self) -> str:
        return f"SkewingClock(offset_ms={self.offset_ms})"
