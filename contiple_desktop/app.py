"""Composition root: arguments, paths, logging, translations, QApplication, services, window, shutdown.

``main(argv)`` is the only entry point (``main.py``, the ``contiple-desktop`` script, the
installer). ``Application`` builds and wires every service once; tests build it in-process
against pytest-qt's QApplication with ``quit_app=False``. Nothing imports this module.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import signal
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from contiple_desktop import APP_ID, APP_NAME, ORG_NAME, __version__
from contiple_desktop.cli import Options, parse_args
from contiple_desktop.domain.handoff import CallRequest
from contiple_desktop.domain.phone import region_for_language
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import ContipleError
from contiple_desktop.i18n import install_translators, remove_translators, resolve_language, resources_dir
from contiple_desktop.log import register_secret, setup_logging
from contiple_desktop.paths import AppPaths
from contiple_desktop.storage.profiles import FILE_NAME as PROFILES_FILE
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, KeyringSecretStore
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks import connection_ops, shell_ops
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.desk import DeskEngines
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.error_presenter import ErrorPresenter
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.profiles.dialog import ProfilesDialog
from contiple_desktop.ui.profiles.first_run import FirstRunChoice, FirstRunDialog
from contiple_desktop.ui.shell.instance import SingleInstance, forward_if_running, instance_scope
from contiple_desktop.ui.shell.main_window import MainWindow
from contiple_desktop.ui.shell.open_url import OpenUrlEvents
from contiple_desktop.ui.shell.quitter import ShutdownSequence
from contiple_desktop.ui.shell.smoke import SmokeTest
from contiple_desktop.ui.shell.style import apply_style
from contiple_desktop.ui.shell.windowing import bring_to_front

log = logging.getLogger(__name__)

NO_DISPLAY_MESSAGE = (
    "Contiple Desktop: No graphical display found. Run it from a desktop session, or set "
    "QT_QPA_PLATFORM=offscreen for a headless smoke test (e.g. "
    "QT_QPA_PLATFORM=offscreen contiple-desktop --demo --smoke-test)."
)
RUNNER_SHUTDOWN_MS = 3000
DEMO_PROFILE_ID = "demo"  # stable: the demo's outbox, watch list and templates survive a restart
DEMO_ACTIVITY_S = 90.0  # the demo's help desk answers a ticket filed during the run after this long


def display_available(environ: dict[str, str] | os._Environ[str], qt_args: list[str]) -> bool:
    """False on Linux without DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM or ``-platform``."""
    if not sys.platform.startswith("linux"):
        return True
    if any(environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return True
    return "-platform" in qt_args


class Application:
    """Every long-lived service of one run, built once; ``start()`` connects, ``shutdown()`` ends."""

    def __init__(
        self,
        options: Options,
        paths: AppPaths,
        qapp: QApplication,
        *,
        quit_app: bool = True,
        keys: ApiKeys | None = None,
    ) -> None:
        self.options = options
        self.paths = paths
        self.qapp = qapp
        self.quit_app = quit_app
        self.exit_code = 0
        self.sim: Any = None
        self.settings = Settings(paths.settings_file)
        self.language = resolve_language(options.lang, self.settings.ui_language)
        self.translators = install_translators(qapp, self.language)
        self.runner = TaskRunner()
        self.session = Session()
        self.bus = Bus()
        self.presenter = ErrorPresenter(self.session)
        self.runner.set_default_failure_handler(self.presenter.present)
        self.keys = keys if keys is not None else ApiKeys(KeyringSecretStore())
        self.ctx = AppContext(
            runner=self.runner,
            session=self.session,
            bus=self.bus,
            paths=paths,
            settings=self.settings,
            report_error=self.presenter.present,
            profiles=ProfileStore(paths.config_dir / PROFILES_FILE, self.settings),
            keys=self.keys,
        )
        self.ctx.desk = self.desk = DeskEngines(self.ctx)  # outbox, spam guard, watch list; start()ed below
        self.profiles = self.ctx.profiles
        self.window = MainWindow(self.ctx, ui_language=self.language)
        self.presenter.set_window(self.window)
        self.presenter.install_hooks()
        self.window.closing.connect(self.shutdown)
        self.window.profiles_requested.connect(self.open_profiles)
        self.session.changed.connect(self._refresh_service)
        self.session.language_changed.connect(lambda _lang: self._refresh_service())
        self.smoke: SmokeTest | None = None
        if options.smoke_test:
            self.smoke = SmokeTest(
                self.ctx, self.window, self._finish, timeout_s=options.smoke_timeout, check_keyring=True
            )
        self._profiles_dialog: ProfilesDialog | None = None
        self.quitter = self._build_shutdown()

    # -- start-up --------------------------------------------------------------------------
    def start(self) -> None:
        """Connect the demo (if asked), show the window, then load the stored profile or ask."""
        if self.smoke is not None:
            self.smoke.watch_window()
        if self.options.demo:
            self.start_demo()  # before show: the panels' first show already sees the connection
        self.window.show()
        self.desk.start()
        if not self.options.demo:
            connection_ops.load_profiles(
                self.ctx, lambda _p: self._profiles_loaded(), on_failure=self._key_failed
            )
        if self.smoke is not None:
            self.smoke.start()

    def start_demo(self) -> None:
        """Start the embedded simulator and connect the session to it (key held in memory only)."""
        from contiple_desktop.sim import SimConfig, SimServer

        key = secrets.token_hex(16)
        register_secret(key)
        self.sim = SimServer(SimConfig(api_key=key, demo_activity=DEMO_ACTIVITY_S)).start()
        register_secret(self.sim.api_key)
        profile = ConnectionProfile(
            name=QCoreApplication.translate("Application", "Demo workspace"),
            service_id=self.sim.service_id,
            organization_id=self.sim.organization_id,
            environment=Environment.CUSTOM,
            custom_url=self.sim.base_url,
            language=self.language if self.language in ("ko", "en", "ja") else "ko",
            demo=True,
            caller_lookup=self.sim.caller_lookup_config(),  # 010-1001-5007 → cust-001
            profile_id=DEMO_PROFILE_ID,
            spam_blocking=self.sim.config.spam_blocking,
        )
        connection_ops.activate(self.ctx, profile, self.sim.api_key, remember=False)
        log.info("demo workspace on %s", self.sim.base_url)

    def _profiles_loaded(self) -> None:
        active = self.profiles.active()
        if active is None:
            self._first_run()
            return
        connection_ops.load_key_and_connect(self.ctx, active, self._key_loaded, on_failure=self._key_failed)

    def _key_loaded(self, connected: bool) -> None:
        if not connected:
            self.open_profiles()

    def _key_failed(self, exc: BaseException) -> None:
        """Profiles or key unreadable (or the profile unusable): explain, then offer the profiles."""
        if self.smoke is not None:
            self.smoke.fail(exc)
            return
        self.presenter.present(exc)
        self.open_profiles()

    def _first_run(self) -> None:
        if self.smoke is not None:
            self.smoke.report(2, "no connection profile; run with --demo")
            return
        choice = FirstRunDialog.ask(self.window)
        if choice is FirstRunChoice.DEMO:
            self.start_demo()
        elif choice is FirstRunChoice.CONNECT:
            self.open_profiles()
        else:
            self.window.close()

    def open_profiles(self) -> None:
        if self._profiles_dialog is not None:
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
        bring_to_front(self.window)
        if request is not None:
            log.info("call hand-off: %r", request)
            self.bus.call_started.emit(request)

    def _refresh_service(self) -> None:
        if self.session.client is None:
            return
        shell_ops.load_service_info(
            self.ctx,
            lambda info: self.window.status.set_service_name(info.name or info.service_id),
            on_failure=lambda exc: log.info("service detail unavailable: %s", exc),
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
        self.presenter.close_all()
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
        if self.sim is not None:
            self.sim.stop()
            self.sim = None

    def _restore_globals(self) -> None:
        self.presenter.uninstall_hooks()
        remove_translators(self.qapp, self.translators)


def _window_icon() -> QIcon | None:
    path = resources_dir() / "icons" / f"{APP_ID}.svg"
    return QIcon(str(path)) if path.exists() else None


def _handle_sigint(app: Application) -> None:
    """Ctrl+C in the terminal closes the window (runs the shutdown sequence) instead of a traceback."""
    signal.signal(signal.SIGINT, lambda *_: QTimer.singleShot(0, app.window.close))
    wake = QTimer(app.window)  # let the interpreter run now and then, so the handler gets a chance
    wake.start(250)
    wake.timeout.connect(lambda: None)


def _serve_handoffs(
    app: Application, qapp: QApplication, single: SingleInstance | None, own: CallRequest | None
) -> OpenUrlEvents:
    """Route every call hand-off to ``app.handle_call``: our own launch's (once the event loop
    runs), later launches' (the single-instance server), and macOS open-URL events."""

    def profile_language() -> str | None:  # numbers without a country code are the profile's country's
        profile = app.session.profile
        return profile.language if profile is not None else None

    url_events = OpenUrlEvents(profile_language, qapp)
    url_events.handoff_received.connect(app.handle_call)
    qapp.installEventFilter(url_events)
    if single is not None:
        single.server.set_region(lambda: region_for_language(profile_language()))
        single.handoff_received.connect(app.handle_call)
        single.listen()
    if own is not None:
        QTimer.singleShot(0, app.window, lambda: app.handle_call(own))
    return url_events


def main(argv: list[str] | None = None) -> int:
    """Run Contiple Desktop; returns the process exit status."""
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
    single = SingleInstance(scope) if scope is not None else None
    if single is not None:
        claimed = single.claim(options.handoff)
        if claimed is not None:  # another instance took it after all (both started at once)
            logging_setup.close()
            return claimed
    apply_style(qapp)
    icon = _window_icon()
    if icon is not None:
        qapp.setWindowIcon(icon)
    try:
        app = Application(options, paths, qapp)
    except ContipleError as exc:
        log.error("start-up failed: %s", exc)
        print(f"Contiple Desktop could not start: {describe(exc).message}", file=sys.stderr)
        if single is not None:
            single.release()
        return 1
    qapp.aboutToQuit.connect(app.shutdown)
    _handle_sigint(app)
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
