"""The services every panel receives: one object, built once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from contiple_desktop.paths import AppPaths
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session


@dataclass(eq=False)
class AppContext:
    """Shared services. Panels take this in their constructor and nothing else global.

    ``report_error`` is the single error presenter's entry point (GUI thread only).
    """

    runner: TaskRunner
    session: Session
    bus: Bus
    paths: AppPaths
    report_error: Callable[[BaseException], None]
