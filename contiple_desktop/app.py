"""Composition root: arguments, paths, logging, translations, QApplication, services, window, shutdown.

``main(argv)`` is the only entry point (``main.py``, the ``contiple-desktop`` script, the
installer). ``Application`` builds and wires every service once; tests build it in-process
against pytest-qt's QApplication with ``quit_app=False``. Nothing imports this module.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from contiple_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from contiple_desktop.cli import Options, parse_args
from contiple_desktop.domain.handoff import CallRequest
from contiple_desktop.domain.phone import region_for_language
from contiple_desktop.errors import ContipleError
from contiple_desktop.i18n import install_translators, remove_translators, resolve_language
from contiple_desktop.log import setup_logging
from contiple_desktop.paths import AppPaths
from contiple_desktop.startup import DemoWorkspace, WarmUp, build_presenter_soon, dress_window, start_desk
from contiple_desktop.storage.profiles import FILE_NAME as PROFILES_FILE
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, KeyringSecretStore
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.shell.instance import SingleInstance, forward_if_running, instance_scope
from contiple_desktop.ui.shell.main_window import MainWindow
from contiple_desktop.ui.shell.open_url import OpenUrlEvents
from contiple_desktop.ui.shell.quitter import ShutdownSequence
from contiple_desktop.ui.shell.style import apply_style

if TYPE_CHECKING:  # loaded when first needed: none of them is part of the first paint
    from contiple_desktop.domain.models import ServiceInfo
    from contiple_desktop.sim import SimServer
    from contiple_desktop.ui.error_presenter import ErrorPresenter
    from contiple_desktop.ui.profiles.dialog import ProfilesDialog
    from contiple_desktop.ui.shell.smoke import SmokeTest

log = logging.getLogger(__name__)

NO_DISPLAY_MESSAGE = (
    "Contiple Desktop: No graphical display found. Run it from a desktop session, or set "
    "QT_QPA_PLATFORM=offscreen for a headless smoke test (e.g. "
    "QT_QPA_PLATFORM=offscreen contiple-desktop --demo --smoke-test)."
)
RUNNER_SHUTDOWN_MS = 3000
FIRST_PAINT_FALLBACK_MS = 1500
PREBUILD_AFTER_MS = 1500
"""After the first paint, the areas not shown are built while the app is idle (no data)."""


def display_available(environ: dict[str, str] | os._Environ[str], qt_args: list[str]) -> bool:
    """False on Linux without DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM or ``-platform``."""
    if not sys.platform.startswith("linux"):
        return True
    if any(environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return True
    return "-platform" in qt_args


class Application:
    """Every long-lived service of one run, built once; ``start()`` connects, ``shutdown()`` ends.

    Start-up shows the window first (a shell with placeholders) and does everything else after
    its first paint (``MainWindow.first_shown``): the error presenter, the demo simulator or
    the stored profile and its key (both on the runner; the session connects when they are
    ready), and the shown work area.
    """

    def __init__(
        self,
        options: Options,
        paths: AppPaths,
        qapp: QApplication,
        *,
        quit_app: bool = True,
        keys: ApiKeys | None = None,
        style: Callable[[], object] | None = None,
    ) -> None:
        """``style`` (the look, ``main()`` passes it) is applied when the shell is built, right
        after the first frame, which is a painted outline that does not need it."""
        self.options = options
        self.paths = paths
        self.qapp = qapp
        self.quit_app = quit_app
        self.exit_code = 0
        self.settings = Settings(paths.settings_file)
        self.language = resolve_language(options.lang, self.settings.ui_language)
        self.translators = install_translators(qapp, self.language)
        self.runner = TaskRunner()
        self.session = Session()
        self.bus = Bus()
        self._presenter: ErrorPresenter | None = None
        self.runner.set_default_failure_handler(self.present_error)
        self.keys = keys if keys is not None else ApiKeys(KeyringSecretStore())
        self.ctx = AppContext(
            runner=self.runner,
            session=self.session,
            bus=self.bus,
            paths=paths,
            settings=self.settings,
            report_error=self.present_error,
            profiles=ProfileStore(paths.config_dir / PROFILES_FILE, self.settings),
            keys=self.keys,
        )
        self.profiles = self.ctx.profiles
        self._warm = WarmUp(self.ctx)
        demo_name = QCoreApplication.translate("Application", "Demo workspace")
        self.demo = DemoWorkspace(self.ctx, self.language, self._demo_failed, self._warm, name=demo_name)
        self.window = MainWindow(self.ctx, ui_language=self.language, defer_shell=True, before_shell=style)
        self.window.closing.connect(self.shutdown)
        self.window.profiles_requested.connect(self.open_profiles)
        self.window.first_shown.connect(self._continue_start)
        self.session.changed.connect(self._refresh_service)
        self.session.language_changed.connect(lambda _lang: self._refresh_service())
        self.smoke: SmokeTest | None = None
        if options.smoke_test:
            from contiple_desktop.ui.shell.smoke import SmokeTest

            timeout = options.smoke_timeout
            self.smoke = SmokeTest(self.ctx, self.window, self._finish, timeout_s=timeout, check_keyring=True)
        self._profiles_dialog: ProfilesDialog | None = None
        self._started = False
        self.quitter = self._build_shutdown()

    # -- errors ------------------------------------------------------------------------------
    @property
    def presenter(self) -> ErrorPresenter:
        """The single error presenter (built after the first paint, or by the first error)."""
        if self._presenter is None:
            from contiple_desktop.ui.error_presenter import ErrorPresenter

            self._presenter = ErrorPresenter(self.session)
            self._presenter.set_window(self.window)
            self._presenter.install_hooks()
        return self._presenter

    def _build_presenter(self) -> None:
        if not self.quitter.done:
            self.presenter  # noqa: B018  # builds it and installs the hooks

    def present_error(self, exc: BaseException) -> None:
        """``AppContext.report_error`` and the runner's default failure handler."""
        self.presenter.present(exc)

    # -- start-up --------------------------------------------------------------------------
    def start(self) -> None:
        """Show the window; connect (demo, or the stored profile) once it has been painted."""
        if self.smoke is not None:
            self.smoke.watch_window()
        if self.options.demo:
            self.window.set_connecting(
                QCoreApplication.translate("Application", "Connecting to the demo workspace\u2026")
            )
        self.window.show()
        # Normally the first paint continues; a window that is never exposed (minimised by the
        # window manager, a hidden X server) must still connect.
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self.window, self._continue_start)
        if self.smoke is not None:
            self.smoke.start()

    def _continue_start(self) -> None:
        """After the first paint: build the shown area, then connect, then the rest while idle.

        Qt-free imports run off the GUI thread (the protocol stack, and in the demo the
        simulator, on the runner) once the shown area is built (``WarmUp.hold_until``); modules that
        define Qt classes are imported on the GUI thread only, in steps (``ui/steps.py``)."""
        if self._started or self.quitter.done:
            return
        self._started = True
        self._warm.hold_until(self.window.area_built, self.window)  # the shown area first
        start_desk(self.ctx, self.window)  # the outbox, spam guard and watch list (tasks/desk.py)
        if self.options.demo:
            self.start_demo()
        else:
            from contiple_desktop.tasks import connection_ops  # before the warm-up imports it too

            connection_ops.load_profiles(
                self.ctx, lambda _p: self._profiles_loaded(), on_failure=self._key_failed
            )
            self._warm.start()
        build_presenter_soon(self.window, self._build_presenter)
        self.window.start_areas()  # normally done already (first frame); not when none came
        QTimer.singleShot(PREBUILD_AFTER_MS, self.window, self.window.prebuild_hidden_areas)

    @property
    def sim(self) -> SimServer | None:  # the demo's simulator once it runs (startup.DemoWorkspace)
        return self.demo.sim

    def start_demo(self) -> None:  # the simulator starts on the runner, then the session connects
        self.demo.start()

    def _demo_failed(self, exc: BaseException) -> None:
        self.window.set_connecting("")
        if self.smoke is not None:
            self.smoke.fail(exc)
            return
        self.present_error(exc)

    def _profiles_loaded(self) -> None:
        from contiple_desktop.tasks import connection_ops

        active = self.profiles.active()
        if active is None:
            self._first_run()
            return
        self._warm.when_ready(
            lambda: connection_ops.load_key_and_connect(
                self.ctx, active, self._key_loaded, on_failure=self._key_failed
            )
        )

    def _key_loaded(self, connected: bool) -> None:
        if not connected:
            self.open_profiles()

    def _key_failed(self, exc: BaseException) -> None:
        """Profiles or key unreadable (or the profile unusable): explain, then offer the profiles."""
        if self.smoke is not None:
            self.smoke.fail(exc)
            return
        self.present_error(exc)
        self.open_profiles()

    def _first_run(self) -> None:
        from contiple_desktop.ui.profiles.first_run import FirstRunChoice, FirstRunDialog

        if self.smoke is not None:
            self.smoke.report(2, "no connection profile; run with --demo")
            return
        choice = FirstRunDialog.ask(self.window)
        if choice is FirstRunChoice.DEMO:
            self.window.set_connecting(
                QCoreApplication.translate("Application", "Connecting to the demo workspace\u2026")
            )
            self.start_demo()
        elif choice is FirstRunChoice.CONNECT:
            self.open_profiles()
        else:
            self.window.close()

    def open_profiles(self) -> None:
        from contiple_desktop.ui.profiles.dialog import ProfilesDialog

        if self._profiles_dialog is not None:
            from contiple_desktop.ui.shell.windowing import bring_to_front

            bring_to_front(self._profiles_dialog)
            return
        profile = self.session.profile
        select = profile.profile_id if profile is not None and not profile.demo else None
        dialog = ProfilesDialog(self.ctx, self.window, select_id=select)
        self._profiles_dialog = dialog
        dialog.finished.connect(self._profiles_closed)
        dialog.open()

    def _profiles_closed(self, _result: int) -> None:
        if self._profiles_dialog is not None:
            self._profiles_dialog.deleteLater()
            self._profiles_dialog = None

    def handle_call(self, request: CallRequest | None) -> None:
        """A call handed to this instance (None: only "come to front"): the window comes to
        front (restored, raised, activated) and ``bus.call_started`` carries the request."""
        if self.quitter.done:
            return
        from contiple_desktop.ui.shell.windowing import bring_to_front

        bring_to_front(self.window)
        if request is not None:
            log.info("call hand-off: %r", request)
            self.bus.call_started.emit(request)

    def _refresh_service(self) -> None:
        """The service's name for the status bar: the shared service detail (``tasks.cache``),
        the same answer the Help Center and the smoke test use."""
        if self.session.client is None:
            return
        from contiple_desktop.tasks import shell_ops

        def shown(info: ServiceInfo) -> None:
            self.window.status.set_service_name(info.name or info.service_id)

        shell_ops.load_service_info(
            self.ctx,
            shown,
            on_failure=lambda exc: log.info("service detail unavailable: %s", exc),
            slot="shell:service",
        )

    # -- shutdown ----------------------------------------------------------------------------
    def _build_shutdown(self) -> ShutdownSequence:
        seq = ShutdownSequence()
        seq.add("stop accepting work", self._stop_accepting, deadline_ms=200)
        seq.add("cancel tasks", self.runner.cancel_all, deadline_ms=100)  # the disk lane finishes its writes
        seq.add("flush hooks", self._flush_hooks, deadline_ms=1000)
        seq.add("save window state and settings", self._save_state, deadline_ms=500)
        seq.add("wait for tasks", self._wait_for_tasks, deadline_ms=RUNNER_SHUTDOWN_MS + 500)
        seq.add("close connection", self._close_client, deadline_ms=500)
        seq.add("stop demo simulator", self._stop_sim, deadline_ms=1000)
        seq.add("restore hooks and translators", self._restore_globals, deadline_ms=100)
        if self.quit_app:
            seq.add("quit", lambda: self.qapp.exit(self.exit_code), deadline_ms=100)
        return seq

    def _finish(self, code: int) -> None:
        """End the run with ``code`` (smoke test): close the window, which shuts down."""
        if not self.quitter.done:
            self.exit_code = code
            self.window.close()

    def shutdown(self) -> None:
        """Run the shutdown sequence once (window close, smoke-test end, aboutToQuit)."""
        self.quitter.run()

    def _stop_accepting(self) -> None:
        if self.smoke is not None:  # the sequence has deadlines of its own
            self.smoke.stop_watchdog()
        if self._presenter is not None:
            self._presenter.close_all()
        if self._profiles_dialog is not None:
            self._profiles_dialog.reject()
        self.window.setEnabled(False)

    def _flush_hooks(self) -> None:
        for hook in list(self.ctx.flush_hooks):
            try:
                hook()
            except Exception:
                log.warning("flush hook %r failed", hook, exc_info=True)

    def _save_state(self) -> None:
        self.window.save_state()
        self.settings.sync()

    def _wait_for_tasks(self) -> None:
        self.ctx.disk.shutdown(RUNNER_SHUTDOWN_MS)  # drafts and profiles first: they are local
        self.runner.shutdown(RUNNER_SHUTDOWN_MS)

    def _close_client(self) -> None:
        client = self.session.client
        if client is not None:
            client.close()

    def _stop_sim(self) -> None:
        self.demo.stop()

    def _restore_globals(self) -> None:
        if self._presenter is not None:
            self._presenter.uninstall_hooks()
        remove_translators(self.qapp, self.translators)


def _serve_handoffs(
    app: Application, qapp: QApplication, single: SingleInstance | None, own: CallRequest | None
) -> OpenUrlEvents:
    """Every call hand-off to ``app.handle_call``: ours, later launches', macOS open-URL events."""

    def profile_language() -> str | None:  # numbers without a country code are the profile's country's
        profile = app.session.profile
        return profile.language if profile is not None else None

    url_events = OpenUrlEvents(profile_language, qapp)
    url_events.handoff_received.connect(app.handle_call)
    if sys.platform == "darwin":  # only macOS opens URLs by event; an app-wide filter sees every event
        qapp.installEventFilter(url_events)
    if single is not None:
        single.handoff_received.connect(app.handle_call)
        single.listen_soon(app.window.first_shown, lambda: region_for_language(profile_language()))
    if own is not None:
        QTimer.singleShot(0, app.window, lambda: app.handle_call(own))
    return url_events


def launch() -> None:
    """The ``contiple-desktop`` command: ``main()``, then ``startup.exit_now`` (never returns)."""
    from contiple_desktop.startup import exit_now

    exit_now(main())


def main(argv: list[str] | None = None) -> int:
    """Run Contiple Desktop; returns the exit status (``launch``, ``main.py``: ``exit_now``)."""
    options = parse_args(sys.argv[1:] if argv is None else argv)
    scope = instance_scope(options)
    forwarded = forward_if_running(scope, options.handoff)  # before any GUI: a second launch ends here
    if forwarded is not None:
        return forwarded
    if not display_available(os.environ, options.qt_args):
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 2
    if options.basedir is not None:  # --temp-basedir DIR: used, never deleted
        paths = AppPaths.under(options.basedir.expanduser().resolve())
    else:
        paths = AppPaths.make_temporary() if options.temp_basedir else AppPaths.for_user()
    paths.ensure()
    logging_setup = setup_logging(paths, options.debug)
    where = "temporary basedir" if paths.temporary else "user dirs"
    log.info("%s %s starting (%s)", APP_NAME, __version__, where)
    QApplication.setApplicationName(APP_ID)
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setOrganizationName(ORG_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *options.qt_args])
    from contiple_desktop.ui import gc_guard

    gc_guard.install(qapp, freeze_startup=True)  # cycles are collected on the GUI thread only
    single = SingleInstance(scope) if scope is not None else None
    if single is not None:
        claimed = single.claim(options.handoff)
        if claimed is not None:  # another instance took it after all (both started at once)
            logging_setup.close()
            return claimed
    try:
        app = Application(options, paths, qapp, style=lambda: apply_style(qapp))
    except ContipleError as exc:
        from contiple_desktop.ui.error_text import describe

        log.error("start-up failed: %s", exc)
        print(f"Contiple Desktop could not start: {describe(exc).message}", file=sys.stderr)
        if single is not None:
            single.release()
        return 1
    qapp.aboutToQuit.connect(app.shutdown)
    dress_window(qapp, app.window)
    app.start()
    url_events = _serve_handoffs(app, qapp, single, options.handoff)
    code = qapp.exec()
    qapp.removeEventFilter(url_events)
    app.shutdown()
    if single is not None:
        single.release()
    logging_setup.close()
    if options.fresh_basedir:  # a throw-away --temp-basedir: leave nothing behind
        shutil.rmtree(paths.config_dir.parent, ignore_errors=True)
    return app.exit_code or code
