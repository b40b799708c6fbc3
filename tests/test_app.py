"""The composition root: smoke test in a subprocess (offscreen and Xvfb), no-display message,
shutdown sequence, and window state across two runs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contiple_desktop import __version__
from contiple_desktop.app import NO_DISPLAY_MESSAGE, Application, display_available
from contiple_desktop.cli import Options, parse_args
from contiple_desktop.paths import AppPaths
from contiple_desktop.ui.shell.smoke import WINDOW_MARKER

ROOT = Path(__file__).resolve().parents[1]
MAIN = str(ROOT / "main.py")


def run_app(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, MAIN, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "CONTIPLE"))}
    env.update(extra)
    return env


def test_smoke_test_offscreen_exits_zero(tmp_path: Path) -> None:
    env = base_env(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = run_app(["--demo", "--smoke-test", "--temp-basedir", "--debug"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(tmp_path.iterdir()) == []  # the throw-away base directory is removed
    assert "DEBUG" in result.stderr and "Authorization" not in result.stderr
    assert "smoke-test OK: service 'ContipleDemo'" in result.stdout
    assert WINDOW_MARKER in result.stdout
    assert "Traceback" not in result.stderr


NO_XVFB = shutil.which("xvfb-run") is None and not os.environ.get("CI")


@pytest.mark.skipif(NO_XVFB, reason="xvfb-run not installed")
def test_smoke_test_under_xvfb_exits_zero() -> None:
    env = base_env(QT_QPA_PLATFORM="xcb")
    env.pop("DISPLAY", None)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, MAIN,
         "--demo", "--smoke-test", "--temp-basedir", "--lang", "ko"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=90,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke-test OK" in result.stdout and WINDOW_MARKER in result.stdout


def test_smoke_test_without_profile_fails_clearly() -> None:
    result = run_app(["--smoke-test", "--temp-basedir"], base_env(QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 2
    assert "smoke-test FAILED: no connection profile" in result.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is Linux-only")
def test_no_display_gives_a_clear_message() -> None:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp")}
    result = run_app(["--demo", "--temp-basedir"], env, timeout=30)
    assert result.returncode == 2
    assert "No graphical display found" in result.stderr
    assert "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert "xcb" not in result.stderr  # not Qt's misleading plugin abort


def test_display_detection() -> None:
    assert display_available({"DISPLAY": ":0"}, []) is True
    assert display_available({"WAYLAND_DISPLAY": "wayland-0"}, []) is True
    assert display_available({"QT_QPA_PLATFORM": "offscreen"}, []) is True
    assert display_available({}, ["-platform", "offscreen"]) is True
    if sys.platform.startswith("linux"):
        assert display_available({}, []) is False
    assert "offscreen" in NO_DISPLAY_MESSAGE


def test_version_and_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        parse_args(["--version"])
    assert info.value.code == 0
    assert __version__ in capsys.readouterr().out
    opts = parse_args(["--demo", "--lang", "ja", "--debug", "--temp-basedir", "-style", "fusion"])
    assert (opts.demo, opts.lang, opts.debug, opts.temp_basedir) == (True, "ja", True, True)
    assert opts.qt_args == ["-style", "fusion"]
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])
    with pytest.raises(SystemExit):
        parse_args(["--no-such-flag"])


# -- in-process: the real composition against pytest-qt's QApplication ----------------------
@pytest.fixture
def build_app(qapp: QApplication, tmp_path: Path) -> Iterator[Any]:
    made: list[Application] = []

    def build(**options: Any) -> Application:
        opts = Options(**{"demo": True, "lang": "en", **options})
        app = Application(opts, AppPaths.under(tmp_path / "base").ensure(), qapp, quit_app=False)
        made.append(app)
        return app

    yield build
    for app in made:
        app.window.close()  # runs the shutdown sequence
        app.shutdown()


def wait_connected(qtbot: QtBot, app: Application) -> None:
    label = app.window.status.connection_label
    qtbot.waitUntil(lambda: "Service: Contiple Demo" in label.text(), timeout=5000)


def test_demo_start_and_shutdown_sequence(qtbot: QtBot, build_app: Any) -> None:
    hook_before = sys.excepthook
    app = build_app()
    app.start()
    qtbot.waitExposed(app.window)
    wait_connected(qtbot, app)
    assert app.session.is_demo and app.window.banner.isVisible()
    assert app.sim is not None and app.session.profile.custom_url == app.sim.base_url
    flushed: list[str] = []
    app.ctx.flush_hooks.append(lambda: flushed.append("drafts"))
    app.ctx.flush_hooks.append(lambda: flushed.append(f"running={app.runner.active_count}"))
    sim_threads = [t for t in threading.enumerate() if t.name == "contiple-sim"]
    assert sim_threads
    app.window.close()
    assert app.quitter.done
    assert len(flushed) == 2 and flushed[0] == "drafts"
    names = [r.name for r in app.quitter.results]
    assert names == ["stop accepting work", "cancel tasks", "flush hooks", "save window state and settings",
                     "wait for tasks", "close connection", "stop demo simulator",
                     "restore hooks and translators"]
    assert all(r.ok for r in app.quitter.results)
    assert app.sim is None and not any(t.is_alive() for t in sim_threads)
    assert app.settings.window_geometry
    assert sys.excepthook == hook_before
    # new work is refused after shutdown
    handle = app.runner.submit(lambda t: 1)
    assert handle.cancelled


def test_failing_flush_hook_does_not_stop_shutdown(qtbot: QtBot, build_app: Any, expect_log: Any) -> None:
    expect_log("flush hook")
    app = build_app()
    app.start()
    done: list[int] = []

    def broken() -> None:
        raise OSError("disk full")

    app.ctx.flush_hooks.extend([broken, lambda: done.append(1)])
    app.window.close()
    assert done == [1] and app.sim is None


def test_window_state_restored_across_two_runs(qtbot: QtBot, build_app: Any) -> None:
    first = build_app()
    first.start()
    qtbot.waitExposed(first.window)
    first.window.resize(first.window.width(), 640)
    first.window.go("ticket")
    first.window.close()
    second = build_app()
    second.start()
    qtbot.waitExposed(second.window)
    assert second.window.current_area == "ticket"
    assert second.window.height() == 640
    second.window.close()


def test_smoke_mode_in_process_reports_success(
    qtbot: QtBot, build_app: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    app = build_app(smoke_test=True, smoke_timeout=20.0)
    app.start()
    qtbot.waitUntil(lambda: app.quitter.done, timeout=10_000)
    out = capsys.readouterr().out
    assert app.exit_code == 0 and "smoke-test OK" in out
    qtbot.waitUntil(
        lambda: not any(t.name == "smoke-test-watchdog" and t.is_alive() for t in threading.enumerate()),
        timeout=2000,
    )


def test_stored_profile_connects_with_its_key(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, sim: Any
) -> None:
    from contiple_desktop.domain.profile import ConnectionProfile, Environment
    from contiple_desktop.storage.profiles import FILE_NAME, ProfileStore
    from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
    from contiple_desktop.storage.settings import Settings

    paths = AppPaths.under(tmp_path / "real").ensure()
    profile = ConnectionProfile(
        name="Acme support", service_id=sim.service_id, organization_id=sim.organization_id,
        environment=Environment.CUSTOM, custom_url=sim.base_url, language="en",
    )
    settings = Settings(paths.settings_file)
    store = ProfileStore(paths.config_dir / FILE_NAME, settings)
    store.put(profile)
    store.set_active(profile.profile_id)
    settings.sync()
    keys = ApiKeys(MemorySecretStore())
    keys.store(profile.profile_id, sim.api_key)
    app = Application(Options(lang="en"), paths, qapp, quit_app=False, keys=keys)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.session.profile == profile, timeout=5000)
        assert not app.session.is_demo and not app.window.banner.isVisible()
        label = app.window.status.connection_label
        qtbot.waitUntil(lambda: "Service: " in label.text(), timeout=5000)
        assert "Acme support" in label.text() and "Custom address" in label.text()
        assert app.sim is None
    finally:
        app.window.close()
    assert app.quitter.done


def test_first_run_chooser_can_open_the_demo(qtbot: QtBot, build_app: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    app = build_app(demo=False)
    chosen: list[str] = []

    def choose_demo() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, choose_demo)
            return
        chosen.append(dialog.accessibleName())
        button = next(b for b in dialog.findChildren(QPushButton)
                      if b.accessibleName() == "Open the demo workspace")
        button.click()

    QTimer.singleShot(20, choose_demo)
    app.start()
    qtbot.waitUntil(lambda: app.session.is_demo, timeout=5000)
    assert chosen == ["Welcome"]
    assert app.window.banner.isVisible()


def test_the_version_is_the_package_version() -> None:
    from importlib import metadata

    assert __version__ == metadata.version("contiple-desktop")  # keep __init__.py and pyproject in step
