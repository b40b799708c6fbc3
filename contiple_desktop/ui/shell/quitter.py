"""Shutdown as a sequence of named steps with deadlines (after qutebrowser's ``quitter.py``).

The composition root adds the steps in order: stop accepting work, cancel, flush hooks, save
window state and settings, wait for the pool, stop the demo simulator, quit. Every step runs
even if an earlier one failed; a step that fails or overruns its deadline is logged, never
raised, so the app always gets to the end.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    fn: Callable[[], object]
    deadline_ms: int


@dataclass(frozen=True, slots=True)
class StepResult:
    name: str
    ok: bool
    elapsed_ms: float
    overran: bool


class ShutdownSequence:
    """Ordered shutdown steps; ``run()`` executes them once and returns what happened."""

    def __init__(self) -> None:
        self._steps: list[Step] = []
        self._results: list[StepResult] | None = None

    def add(self, name: str, fn: Callable[[], object], *, deadline_ms: int = 500) -> None:
        self._steps.append(Step(name, fn, deadline_ms))

    @property
    def step_names(self) -> list[str]:
        return [s.name for s in self._steps]

    @property
    def done(self) -> bool:
        return self._results is not None

    @property
    def results(self) -> list[StepResult]:
        return list(self._results or [])

    def run(self) -> list[StepResult]:
        """Run every step in order (only the first call does anything)."""
        if self._results is not None:
            return list(self._results)
        self._results = []
        started = time.monotonic()
        for step in self._steps:
            t0 = time.monotonic()
            ok = True
            try:
                step.fn()
            except Exception:
                ok = False
                log.warning("shutdown step %r failed", step.name, exc_info=True)
            elapsed = (time.monotonic() - t0) * 1000
            overran = elapsed > step.deadline_ms
            if overran:
                log.warning("shutdown step %r took %.0f ms (deadline %d ms)", step.name, elapsed,
                            step.deadline_ms)
            self._results.append(StepResult(step.name, ok, elapsed, overran))
        log.info("shutdown finished in %.0f ms", (time.monotonic() - started) * 1000)
        return list(self._results)
