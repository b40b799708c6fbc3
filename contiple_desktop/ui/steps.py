"""Work split into GUI-thread steps: one callable per event-loop turn.

Start-up has more to do on the GUI thread than one frame allows (import the shell's modules,
apply the style, build the shell, import the desk's engines, build them, attach them…). Each is
cheap on its own; run back to back they froze the window for 80–130 ms. ``Steps`` runs them one
per turn (a 1 ms timer each: ``STEP_DELAY_MS``), so paints, key presses, timers and the results
of requests get in between.
A step must be harmless when its result already exists: whoever needs the result earlier
builds it at once (the shell's properties do), and the steps left over then do nothing;
``finish()`` runs what is left in the current turn.

A widget too big for one step can be *built in stages* (``next_stage``): its constructor keeps
the rest of its construction as a generator in ``stages`` that yields between parts, and runs
it at once unless asked not to (``staged=True``). Whoever builds it staged keeps it to themselves
until ``next_stage`` says it is complete (``WorkAreas`` builds idle areas so, one stage per
turn), and calls ``finish_stages`` when it is needed sooner.
"""

from __future__ import annotations

import importlib
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator

from PySide6.QtCore import QObject, QTimer, Slot

Step = Callable[[], object]
STEP_DELAY_MS = 1
"""Between two steps: a 1 ms timer, not a zero one. In Qt 6 a zero timer is a posted event,
and while posted events keep coming the event loop holds every timer back: a chain of zero
timers ran two steps for each tick of a 5 ms timer (measured), so the app's own timers and
the time between them doubled."""
Stages = Iterator[None]
"""The rest of a widget's construction: a generator that yields between its parts."""


def next_stage(widget: object) -> bool:
    """Run the next stage of ``widget``'s construction (its ``stages``); False once it is
    complete (then ``stages`` is None)."""
    stages: Stages | None = getattr(widget, "stages", None)
    if stages is None:
        return False
    try:
        next(stages)
    except StopIteration:
        widget.stages = None  # type: ignore[attr-defined]
        return False
    return True


def finish_stages(widget: object) -> None:
    """Run every stage of ``widget``'s construction still to come, now."""
    while next_stage(widget):
        pass


def import_missing(name: str) -> bool:
    """Import ``name`` unless it is loaded already; True when it was imported now."""
    if name in sys.modules:
        return False
    importlib.import_module(name)
    return True


def import_step(name: str) -> Step:
    """A step that imports ``name`` (nothing if it is loaded already)."""
    return lambda: import_missing(name)


class Steps(QObject):
    """Runs queued callables in order, one per event-loop turn, on the GUI thread.

    A step that raises reaches ``sys.excepthook`` (the error presenter) as any slot's error
    does; the steps after it still run. Signals: none."""

    def __init__(self, parent: QObject, steps: Iterable[Step] = ()) -> None:
        """``steps`` run from the next event-loop turn on, one per turn."""
        super().__init__(parent)
        self._queue: deque[Step] = deque(steps)
        self._scheduled = False
        self.start()

    @property
    def pending(self) -> int:
        return len(self._queue)

    def add(self, *steps: Step) -> None:
        """Queue ``steps`` after the ones already queued, and run them from the next turn."""
        self._queue.extend(steps)
        self.start()

    def start(self) -> None:
        if self._queue and not self._scheduled:
            self._scheduled = True
            QTimer.singleShot(STEP_DELAY_MS, self, self._run_one)

    def finish(self) -> None:
        """Run every step still queued now (someone needs their result in this turn)."""
        while self._queue:
            self._queue.popleft()()

    @Slot()
    def _run_one(self) -> None:
        self._scheduled = False
        if self._queue:
            step = self._queue.popleft()
            try:
                step()
            finally:
                self.start()
