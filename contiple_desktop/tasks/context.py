"""The services every panel receives: one object, built once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject

from contiple_desktop.paths import AppPaths
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session


@dataclass(eq=False)
class AppContext:
    """Shared services. Panels take this in their constructor and nothing else global.

    ``report_error`` is the single error presenter's entry point (GUI thread only).
    ``flush_hooks`` run (GUI thread, in order) during shutdown after tasks are cancelled and
    before the pool is awaited: draft stores and settings register here.
    """

    runner: TaskRunner
    session: Session
    bus: Bus
    paths: AppPaths
    settings: Settings
    report_error: Callable[[BaseException], None]
    flush_hooks: list[Callable[[], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # After each burst of work, surface a clock offset the client had to learn.
        self.runner.busy_changed.connect(self._runner_busy_changed)

    def add_flush_hook(self, owner: QObject, hook: Callable[[], None]) -> None:
        """Run ``hook`` at shutdown for as long as ``owner`` lives (removed when it is destroyed)."""
        hooks = self.flush_hooks
        hooks.append(hook)

        def unhook(*_: object) -> None:  # must not reference the dying owner
            if hook in hooks:
                hooks.remove(hook)

        owner.destroyed.connect(unhook)

    def _runner_busy_changed(self, busy: bool) -> None:
        if not busy:
            self.session.observe_clock_skew()
