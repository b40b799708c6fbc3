"""Fault injection: latency and broken responses per path glob, N times or until cleared.

A fault matches when its ``method`` (None = any) equals the request method and its ``path``
glob matches the raw request path (``fnmatch``; a pattern not starting with ``/`` or ``*`` is
matched as ``*`` + pattern, so ``"ticket.json"`` hits ``/svc/openapi/v1/ticket.json``).

Kinds:

* ``latency`` — sleep ``seconds`` first (all matching latency faults add up), then continue;
* ``http_500`` — a 500 envelope, request not processed;
* ``unavailable`` — 503 with ``Retry-After: retry_after`` and an empty JSON envelope, not processed;
* ``drop_before`` — close the connection without a response, request not processed;
* ``drop_after`` — process the request (a POST takes effect), then close without a response;
* ``malformed_json`` — process the request, then send its JSON body truncated;
* ``html_error`` — an HTML error page with ``status`` (default 502, like a proxy), not processed.
"""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import dataclass

KINDS = ("latency", "http_500", "unavailable", "drop_before", "drop_after", "malformed_json", "html_error")


@dataclass
class Fault:
    kind: str
    path: str = "*"
    times: int | None = 1  # None = until cleared
    method: str | None = None
    seconds: float = 0.0
    retry_after: int = 1
    status: int = 502
    hits: int = 0

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        pattern = self.path if self.path.startswith(("/", "*")) else "*" + self.path
        return fnmatch.fnmatchcase(path, pattern)


class FaultPlan:
    """The active faults of one simulator (thread-safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self, kind: str, path: str = "*", *, times: int | None = 1, method: str | None = None,
        seconds: float = 0.0, retry_after: int = 1, status: int = 502,
    ) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {KINDS}")
        fault = Fault(kind, path, times, method, seconds, retry_after, status)
        with self._lock:
            self._faults.append(fault)
        return fault

    # Small helpers, one per kind.
    def latency(self, seconds: float, path: str = "*", *, times: int | None = None,
                method: str | None = None) -> Fault:
        return self.add("latency", path, times=times, method=method, seconds=seconds)

    def http_500(self, path: str = "*", *, times: int | None = 1, method: str | None = None) -> Fault:
        return self.add("http_500", path, times=times, method=method)

    def unavailable(self, path: str = "*", *, retry_after: int = 1, times: int | None = 1,
                    method: str | None = None) -> Fault:
        return self.add("unavailable", path, times=times, method=method, retry_after=retry_after)

    def drop_before(self, path: str = "*", *, times: int | None = 1, method: str | None = None) -> Fault:
        return self.add("drop_before", path, times=times, method=method)

    def drop_after(self, path: str = "*", *, times: int | None = 1, method: str | None = None) -> Fault:
        return self.add("drop_after", path, times=times, method=method)

    def malformed_json(self, path: str = "*", *, times: int | None = 1, method: str | None = None) -> Fault:
        return self.add("malformed_json", path, times=times, method=method)

    def html_error(self, path: str = "*", *, status: int = 502, times: int | None = 1,
                   method: str | None = None) -> Fault:
        return self.add("html_error", path, times=times, method=method, status=status)

    def clear(self, fault: Fault | None = None) -> None:
        with self._lock:
            if fault is None:
                self._faults.clear()
            elif fault in self._faults:
                self._faults.remove(fault)

    def active(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def take(self, method: str, path: str) -> tuple[float, Fault | None]:
        """Consume the faults for one request: total latency and the first response fault."""
        delay = 0.0
        chosen: Fault | None = None
        with self._lock:
            for fault in list(self._faults):
                if not fault.matches(method, path):
                    continue
                if fault.kind == "latency":
                    delay += fault.seconds
                elif chosen is None:
                    chosen = fault
                else:
                    continue
                fault.hits += 1
                if fault.times is not None and fault.hits >= fault.times:
                    self._faults.remove(fault)
        return delay, chosen
