"""In-flight requests that can be cut off from outside: cancel, deadline, ``Transport.close()``.

A socket blocked in ``recv``/``send``/``connect`` cannot look at a cancel token, and a socket
timeout restarts with every byte (a server dripping one byte a second keeps it alive for good).
So each request is a :class:`Flight` that knows its live connections and is *cut* from outside:

* **How the socket is reached** (``api/sockets.py``). ``requests`` sends through a
  ``TrackingAdapter``, whose urllib3 pools make ``Tracked`` connections. When such a
  connection opens its socket it keeps a ``dup()`` of it for its whole life (the dup stays valid
  after TLS wraps the original). While a request uses the connection it is *attached* to that
  request's flight (``_new_conn``/``request``), and *released* when the pool takes it back
  (``_put_conn``). Cutting a flight calls ``shutdown(SHUT_RDWR)`` on the dup of every attached
  connection, under the flight's lock, so a connection already handed to another request is
  never touched. ``shutdown`` is a non-blocking system call that makes the blocked call in the
  worker return at once (EOF or EPIPE), on every platform; the connection is then discarded.
  This was chosen over closing file descriptors from another thread (a reused descriptor number
  could hit an unrelated socket) and over abandoning worker threads (they would pile up).
* **Connecting** is done there too (``open_socket``): a non-blocking ``connect`` polled every
  50 ms against the flight, and a name lookup that is not numeric runs on a short-lived daemon
  thread, so neither can outlive a cancel by more than a poll.
* **Who cuts.** The cancel token's ``on_cancel`` callback (the GUI thread's ``cancel()`` returns
  at once), one daemon watchdog thread for deadlines (:class:`_Watchdog`), and
  ``Transport.close()`` for everything in flight on that transport.
* **Deadlines.** A JSON call has one budget for connect, headers, body, retries and backoff. A
  big transfer (upload, attachment) has a *stall* deadline instead: it moves forward only when
  at least :data:`STALL_MIN_BYTES` more have moved, so a trickle counts as a stall.

``sent`` records that a request's bytes were all handed to the socket, so a POST cut off after
that is reported as possibly processed (``ambiguous``), exactly like a dropped connection.
SOCKS proxies use their own connection classes and are not tracked (only timeouts apply).
"""

from __future__ import annotations

import enum
import heapq
import itertools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from contiple_desktop.cancel import CancelToken

if TYPE_CHECKING:
    from contiple_desktop.api.sockets import Tracked

STALL_MIN_BYTES = 16 * 1024


class Cut(enum.Enum):
    """Why a flight was cut off."""

    CANCELLED = "cancelled"
    DEADLINE = "deadline"
    CLOSED = "closed"


class Flight:
    """One request (all attempts of it) that can be cut off from any thread."""

    def __init__(
        self, *, budget_s: float, stall_s: float | None = None, cancel: CancelToken | None = None
    ) -> None:
        self.budget_s = budget_s
        self.stall_s = stall_s
        self.reason: Cut | None = None
        self.sent = False
        self._lock = threading.Lock()
        self._conns: dict[int, Tracked] = {}
        self._cut = threading.Event()
        self._ended = False
        self._moved = 0
        self._deadline = time.monotonic() + (stall_s if stall_s is not None else budget_s)
        self._unregister = cancel.on_cancel(self._cancelled) if cancel is not None else None
        _watchdog.schedule(self)

    # -- state ----------------------------------------------------------------------------
    @property
    def deadline(self) -> float:
        """The monotonic time at which the watchdog cuts (moves on progress for a transfer)."""
        with self._lock:
            return self._deadline

    @property
    def ended(self) -> bool:
        return self._ended

    def remaining(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def socket_timeouts(self, connect: float, read: float) -> tuple[float, float]:
        """Per-operation socket timeouts, never beyond what is left of the deadline.

        A transfer's reads and writes get the stall timeout plus a second: the watchdog, which
        looks at progress rather than at single system calls, is the one that decides.
        """
        left = max(0.001, self.remaining())
        if self.stall_s is not None:
            return min(connect, self.stall_s + 1.0), self.stall_s + 1.0
        return min(connect, left), min(read, left)

    def send_timeout(self, timeout: float | None) -> float | None:
        """The socket timeout while the request is sent (urllib3 uses the connect timeout)."""
        return self.stall_s + 1.0 if self.stall_s is not None else timeout

    def begin_attempt(self) -> None:
        self.sent = False

    def progress(self, nbytes: int) -> None:
        """Bytes moved; a transfer's stall deadline moves once enough have moved."""
        if self.stall_s is None or nbytes <= 0:
            return
        with self._lock:
            self._moved += nbytes
            if self._moved >= STALL_MIN_BYTES:
                self._moved = 0
                self._deadline = time.monotonic() + self.stall_s

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds`` unless cut first; True when cut."""
        return self._cut.wait(max(0.0, seconds))

    # -- cutting ---------------------------------------------------------------------------
    def cut(self, reason: Cut) -> None:
        """Mark the flight cut and shut down every attached socket (idempotent, non-blocking)."""
        with self._lock:
            if self._ended or self.reason is not None:
                return
            self.reason = reason
            self._cut.set()
            for conn in self._conns.values():
                conn.shutdown_socket()

    def _cancelled(self) -> None:
        self.cut(Cut.CANCELLED)

    def attach(self, conn: Tracked) -> None:
        with self._lock:
            if self._ended:
                return
            self._conns[id(conn)] = conn
            conn.flight = self
            if self.reason is not None:
                conn.shutdown_socket()

    def release(self, conn: Tracked) -> None:
        with self._lock:
            if self._conns.pop(id(conn), None) is not None and conn.flight is self:
                conn.flight = None

    def end(self) -> None:
        """The request is over: forget its connections and its cancel callback."""
        with self._lock:
            self._ended = True
            for conn in self._conns.values():
                if conn.flight is self:
                    conn.flight = None
            self._conns.clear()
        if self._unregister is not None:
            self._unregister()
            self._unregister = None


# ------------------------------------------------------------------ the current flight

_local = threading.local()


def current() -> Flight | None:
    flight = getattr(_local, "flight", None)
    return flight if isinstance(flight, Flight) else None


@contextmanager
def active(flight: Flight) -> Iterator[Flight]:
    """Make ``flight`` the one this thread's connections attach to and report progress to."""
    previous = getattr(_local, "flight", None)
    _local.flight = flight
    try:
        yield flight
    finally:
        _local.flight = previous


def note_progress(nbytes: int) -> None:
    flight = current()
    if flight is not None:
        flight.progress(nbytes)


class FlightSet:
    """The flights of one transport, so that ``close()`` can cut them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._flights: set[Flight] = set()

    @contextmanager
    def track(self, flight: Flight) -> Iterator[Flight]:
        with self._lock:
            self._flights.add(flight)
        try:
            yield flight
        finally:
            with self._lock:
                self._flights.discard(flight)
            flight.end()

    def cut_all(self, reason: Cut) -> int:
        with self._lock:
            flights = list(self._flights)
        for flight in flights:
            flight.cut(reason)
        return len(flights)

    def __len__(self) -> int:
        with self._lock:
            return len(self._flights)


# ------------------------------------------------------------------ the deadline watchdog


class _Watchdog:
    """One daemon thread that cuts flights whose deadline passed (started on first use)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Flight]] = []
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None

    def schedule(self, flight: Flight) -> None:
        with self._cond:
            heapq.heappush(self._heap, (flight.deadline, next(self._seq), flight))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="contiple-net-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while True:
                    while self._heap and self._heap[0][2].ended:
                        heapq.heappop(self._heap)
                    if not self._heap:
                        self._cond.wait()
                        continue
                    due = self._heap[0][0] - time.monotonic()
                    if due > 0:
                        self._cond.wait(due)
                        continue
                    flight = heapq.heappop(self._heap)[2]
                    break
            if flight.deadline > time.monotonic():  # a transfer made progress: look again later
                self.schedule(flight)
            else:
                flight.cut(Cut.DEADLINE)


_watchdog = _Watchdog()
