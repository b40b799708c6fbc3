"""The services every panel receives: one object, built once by the composition root."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from contiple_desktop.paths import AppPaths
from contiple_desktop.storage.drafts import DraftStore, shared_store
from contiple_desktop.storage.profiles import FILE_NAME as PROFILES_FILE
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.link_state import LinkMonitor
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session

if TYPE_CHECKING:
    from contiple_desktop.tasks.desk import DeskEngines


@dataclass(eq=False)
class AppContext:
    """Shared services. Panels take this in their constructor and nothing else global.

    * ``runner`` runs slow work (HTTP above all); ``disk`` is a one-thread lane of its own for
      local files (drafts, profiles), so a write never waits behind stuck network requests.
    * ``drafts``, ``profiles`` and ``keys`` are the stores; only ``tasks`` code calls them (the
      ui goes through operations). Left out, they default to this context's own paths and an
      in-memory key store (tests, benchmarks); the composition root passes the OS keyring.
    * ``report_error`` is the single error presenter's entry point (GUI thread only).
    * ``flush_hooks`` run (GUI thread, in order) during shutdown after tasks are cancelled and
      before the pool is awaited: draft savers and settings register here.
    * ``link``: the one connection state (``tasks.link_state``), fed by ``submit_with_client``.
    * ``desk``: the outbox, spam guard and watch list (``tasks.desk.DeskEngines``), set by the
      composition root; None in tests and tools that do without them (the ui then hides them).
    """

    runner: TaskRunner
    session: Session
    bus: Bus
    paths: AppPaths
    settings: Settings
    report_error: Callable[[BaseException], None]
    flush_hooks: list[Callable[[], None]] = field(default_factory=list)
    disk: TaskRunner = field(default=None)  # type: ignore[assignment]  # set in __post_init__
    drafts: DraftStore = field(default=None)  # type: ignore[assignment]
    profiles: ProfileStore = field(default=None)  # type: ignore[assignment]
    keys: ApiKeys = field(default=None)  # type: ignore[assignment]
    desk: DeskEngines | None = None
    link: LinkMonitor = field(default=None)  # type: ignore[assignment]  # set in __post_init__

    def __post_init__(self) -> None:
        if self.link is None:
            self.link = LinkMonitor(self.session)
        if self.disk is None:
            self.disk = TaskRunner(max_threads=1)
            self.disk.set_default_failure_handler(self.report_error)
        if self.drafts is None:
            self.drafts = shared_store(self.paths.drafts_dir)
        if self.profiles is None:
            self.profiles = ProfileStore(self.paths.config_dir / PROFILES_FILE, self.settings)
        if self.keys is None:
            self.keys = ApiKeys(MemorySecretStore())
        # After each burst of work, surface a clock offset the client had to learn.
        self.runner.busy_changed.connect(self._runner_busy_changed)

    @property
    def lanes(self) -> tuple[TaskRunner, TaskRunner]:
        """Every runner of this context (network and disk), for shutdown and leak checks."""
        return (self.runner, self.disk)

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
