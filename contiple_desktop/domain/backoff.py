"""Waiting between attempts: exponential backoff with jitter, and a server's ``Retry-After``.

Shared by the outbox (probing for the network, retrying after a 5xx) and the watch list
(polling each caller, backing off while the service fails). Pure functions over a random
source, so the schedules are testable without clocks or timers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


def jittered(seconds: float, jitter: float, rng: random.Random | None = None) -> float:
    """``seconds`` spread by ±``jitter`` (0.2 = ±20 %), never negative."""
    r = (rng or random).random()
    return max(0.0, seconds * (1.0 + jitter * (2.0 * r - 1.0)))


@dataclass(frozen=True, slots=True)
class Backoff:
    """Delays ``base_s``, ×``factor`` per consecutive failure, at most ``cap_s``, jittered."""

    base_s: float
    cap_s: float
    factor: float = 2.0
    jitter: float = 0.2

    def delay(
        self, failures: int, *, retry_after_s: float | None = None, rng: random.Random | None = None
    ) -> float:
        """Seconds to wait after the ``failures``-th consecutive failure (1 = the first).

        A server's ``Retry-After`` is honoured as a minimum (never shortened by jitter), but a
        longer own backoff still wins: a server that keeps failing is not hammered.
        """
        steps = max(0, failures - 1)
        raw = min(self.cap_s, self.base_s * (self.factor**min(steps, 64)))
        own = jittered(raw, self.jitter, rng)
        if retry_after_s is not None and retry_after_s > 0:
            return max(own, float(retry_after_s))
        return own


def retry_after_of(exc: BaseException) -> float | None:
    """The ``retry_after_s`` a transport or server error may carry (seconds), else None."""
    value = getattr(exc, "retry_after_s", None)
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None
