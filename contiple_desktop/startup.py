"""Start-up work of the composition root (``app.py``) that must stay off the first frame.

* ``WarmUp``: imports the HTTP client (requests, urllib3, ssl: ~100 ms) and the connect
  operations on the runner, once; ``when_ready(fn)`` runs ``fn`` after it — connecting on the GUI
  thread (``connection_ops.activate``) then finds everything loaded, and the GUI thread never
  imports the protocol package while a worker does (two threads importing one package can
  deadlock).
* ``DemoWorkspace``: the embedded simulator of ``--demo`` — imported, seeded and started on the
  runner (the warm-up runs there too), then the session connects to it (key in memory only).
  Every simulator it started is stopped by ``stop()``, even one whose start finished after the
  window closed.
* ``start_desk``: the desk engines (outbox, spam guard, watch list: ``tasks.desk``) once the
  session first has a profile — imported, built and started on the GUI thread in steps (one
  per event-loop turn), then ``ctx.desk`` is set and the window is told (its desk parts attach).
* ``exit_now``: the end of the process once ``app.main`` returned (no interpreter teardown);
* ``dress_window``: the app icon (an SVG: its icon engine loads after the first frame) and
  ``close_on_sigint`` (Ctrl+C in the terminal closes the window: the shutdown sequence runs).
"""

from __future__ import annotations

import importlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop import APP_ID
from contiple_desktop.i18n import resources_dir
from contiple_desktop.log import register_secret
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskContext

if TYPE_CHECKING:
    from contiple_desktop.sim import SimServer
    from contiple_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

DEMO_PROFILE_ID = "demo"  # stable: the demo's outbox, watch list and templates survive a restart
RELEASE_AFTER_MS = 1000
DEMO_ACTIVITY_S = 90.0  # the demo's help desk answers a ticket filed during the run after this long


def warm_up(_task: TaskContext) -> None:
    """Blocking: import what connecting needs (a worker calls this)."""
    import contiple_desktop.api.client
    import contiple_desktop.domain.models
    import contiple_desktop.tasks.connection_ops
    import contiple_desktop.tasks.shell_ops  # noqa: F401


class WarmUp:
    """The protocol stack, imported once on the runner. Signals: none.

    Between ``hold_until(signal)`` and ``release()`` nothing is imported (nor is the demo's
    simulator started: it waits with ``when_released``). The application holds it while the
    window builds its shell and the shown area in GUI steps: a worker importing beside them
    (~150 ms of Python) took half the GIL and made each of those steps twice as long."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._started = False
        self.ready = False
        self._waiting: list[Callable[[], object]] = []
        self._held = False
        self._on_release: list[Callable[[], object]] = []

    def hold_until(self, built: SignalInstance, parent: QObject) -> None:
        """Hold until the turn after ``built`` first fires (at the latest ``RELEASE_AFTER_MS``)."""
        self._held = True
        built.connect(lambda *_: QTimer.singleShot(0, parent, self.release))
        QTimer.singleShot(RELEASE_AFTER_MS, parent, self.release)

    def release(self) -> None:
        if self._held:
            self._held = False
            waiting, self._on_release = self._on_release, []
            for fn in waiting:
                fn()

    def when_released(self, fn: Callable[[], object]) -> None:
        if self._held:
            self._on_release.append(fn)
        else:
            fn()

    def start(self) -> None:
        if not self._started:
            self._started = True
            self.when_released(self._submit)

    def _submit(self) -> None:
        self._ctx.runner.submit(
            warm_up, on_success=lambda _n: self._done(), on_failure=lambda _e: self._done(), key="app:warm-up"
        )

    def done_elsewhere(self) -> None:
        """The imports ran inside another task (the demo's start)."""
        self._started = True
        self._done()

    def when_ready(self, fn: Callable[[], object]) -> None:
        if self.ready:
            fn()
            return
        self._waiting.append(fn)
        self.start()

    def _done(self) -> None:
        self.ready = True
        waiting, self._waiting = self._waiting, []
        for fn in waiting:
            fn()


class DemoWorkspace:
    """The demo's simulator and connection. Signals: none."""

    def __init__(
        self,
        ctx: AppContext,
        language: str,
        on_failure: Callable[[BaseException], None],
        warm: WarmUp,
        *,
        name: str,
    ) -> None:
        """``name`` is the profile's translated name ("Demo workspace", from ``app.py``)."""
        self._ctx = ctx
        self._name = name
        self._language = language
        self._on_failure = on_failure
        self._warm = warm
        self.sim: SimServer | None = None
        self._started: list[SimServer] = []  # by the runner; all stopped, used or not

    def start(self) -> None:
        import secrets

        key = secrets.token_hex(16)
        register_secret(key)
        started = self._started

        def work(task: TaskContext) -> SimServer:
            from contiple_desktop.sim import SimConfig, SimServer

            config = SimConfig(api_key=key, demo_activity=DEMO_ACTIVITY_S, background_threads=True)
            sim = SimServer(config).start()
            started.append(sim)
            warm_up(task)
            return sim

        def submit() -> None:
            self._ctx.runner.submit(work, on_success=self._ready, on_failure=self._on_failure, key="app:demo")

        self._warm.when_released(submit)  # (after the shown area is built: ``WarmUp.hold_until``)

    def _ready(self, sim: SimServer) -> None:
        from contiple_desktop.domain.profile import ConnectionProfile, Environment
        from contiple_desktop.tasks import connection_ops

        self._warm.done_elsewhere()
        self.sim = sim
        register_secret(sim.api_key)
        profile = ConnectionProfile(
            name=self._name,
            service_id=sim.service_id,
            organization_id=sim.organization_id,
            environment=Environment.CUSTOM,
            custom_url=sim.base_url,
            language=self._language if self._language in ("ko", "en", "ja") else "ko",
            demo=True,
            caller_lookup=sim.caller_lookup_config(),  # 010-1001-5007 → cust-001
            profile_id=DEMO_PROFILE_ID,
            spam_blocking=sim.config.spam_blocking,
        )
        connection_ops.activate(self._ctx, profile, sim.api_key, remember=False)
        log.info("demo workspace on %s", sim.base_url)

    def stop(self) -> None:
        for sim in {id(s): s for s in [*self._started, *([self.sim] if self.sim else [])]}.values():
            sim.stop()
        self._started.clear()
        self.sim = None


PRESENTER_IMPORTS = tuple(
    f"contiple_desktop.ui.{m}"
    for m in ("diagnostics", "error_words", "error_text", "shell.error_dialog", "error_presenter")
)
"""What the error presenter imports, dependencies first."""


def build_presenter_soon(window: QWidget, build: Callable[[], object]) -> None:
    """Right after the first frame: the error presenter's modules one per event-loop turn (on
    the GUI thread: they define Qt classes), then ``build()``."""
    from contiple_desktop.ui.steps import Steps, import_step

    Steps(window, [*map(import_step, PRESENTER_IMPORTS), build])


DESK_IMPORTS = tuple(
    f"contiple_desktop.{m}"
    for m in (
        "domain.backoff", "domain.spam", "domain.outbox", "domain.watch", "storage.outbox",
        "storage.watch", "tasks.outbox_replay", "tasks.outbox_loop", "tasks.spam_guard",
        "tasks.outbox", "tasks.watch_poll", "tasks.watch", "tasks.desk",
    )
)  # fmt: skip
"""What ``tasks.desk`` imports, dependencies first: one module per event-loop turn (a pacing
hint: a module missing here is imported with the one that needs it)."""


def start_desk(ctx: AppContext, window: QWidget) -> None:
    """Build and start the desk engines once the session first has a profile (the warm-up and
    the first area's imports are done by then); then the window's desk part shows them. All on
    the GUI thread (the engines define Qt classes), in steps: the modules one per event-loop
    turn, then the engines, then their start together with the window's desk part."""
    from contiple_desktop.ui.steps import Steps, import_step

    def build() -> None:
        if ctx.desk is None:
            ctx.desk = importlib.import_module(DESK_MODULE).DeskEngines(ctx)

    def start() -> None:
        """The engines' start and the window's desk part in one step: nothing an engine reports
        (its first load from disk comes back in a later turn) can arrive before the part shows it."""
        if ctx.desk is None:
            return
        ctx.desk.start()
        from contiple_desktop.ui.desk.shell import desk_shell

        desk = desk_shell(window)
        if desk is not None:  # (else it attaches when the shell is built)
            desk.attach()

    def changed() -> None:
        if ctx.session.profile is not None and ctx.desk is None:
            ctx.session.changed.disconnect(changed)
            Steps(window, [*map(import_step, DESK_IMPORTS), build, start])

    ctx.session.changed.connect(changed)
    changed()


DESK_MODULE = "contiple_desktop.tasks.desk"
EXIT_JOIN_S = 2.0
"""``exit_now`` waits this long for each non-daemon thread still running (normally none)."""


def exit_now(code: int) -> NoReturn:
    """End the process with ``code`` once ``main`` has returned, skipping the interpreter's
    teardown (every module and Qt wrapper freed one by one: ~200 ms of CPU after the window
    closed). ``main`` has already saved and closed everything (settings synced, log closed, the
    simulator stopped, the runners shut down); this still lets any non-daemon thread finish,
    runs the atexit handlers and flushes stdio, as a normal exit would."""
    import atexit
    import threading

    for thread in threading.enumerate():
        if thread is not threading.current_thread() and not thread.daemon:
            thread.join(EXIT_JOIN_S)
    atexit._run_exitfuncs()
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed or detached (a GUI launch has none)
            pass
    os._exit(code)


def set_window_icon(qapp: QApplication) -> None:
    from PySide6.QtGui import QIcon

    path = resources_dir() / "icons" / f"{APP_ID}.svg"
    if path.exists():
        qapp.setWindowIcon(QIcon(str(path)))


def dress_window(qapp: QApplication, window: MainWindow) -> None:
    """The app icon right after the first frame (loading its SVG engine is a step of its own)
    and Ctrl+C in the terminal closing the window."""
    window.first_shown.connect(lambda: QTimer.singleShot(0, window, lambda: set_window_icon(qapp)))
    close_on_sigint(window)


def close_on_sigint(window: QWidget) -> None:
    """Ctrl+C in the terminal closes the window (runs the shutdown sequence) instead of a traceback."""
    signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, window.close))
    wake = QTimer(window)  # let the interpreter run now and then, so the handler gets a chance
    wake.start(250)
    wake.timeout.connect(lambda: None)
