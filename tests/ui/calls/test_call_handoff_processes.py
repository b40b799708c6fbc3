"""The phone rings: second processes hand calls to the running app, whose real main window shows them.

The first instance runs in this process (the demo workspace: its simulator answers the caller
lookup for ``010-1001-5007``), listening on its single-instance socket; each hand-off is a real
``main.py`` launch with the same ``--temp-basedir`` — ``contiple-desktop://call?phone=…``, then
``tel:+82-…``, then ``call --phone 010-9999-0000``. Each time the window comes to front (it was
minimised) with the New ticket area current, and the caller box, the open-tickets banner, the
notice for the unknown number and the timer are checked by their accessible names. The
simulator's request log shows the three lookups, the known caller's ticket lists and nothing
else unexpected; after "Next caller" no phone number or e-mail address is in the log file or
anywhere in the base directory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QLineEdit, QListWidget

from contiple_desktop.app import Application, _serve_handoffs
from contiple_desktop.cli import Options
from contiple_desktop.log import setup_logging
from contiple_desktop.paths import AppPaths
from contiple_desktop.ui.shell.instance import SingleInstance, scope_for_basedir
from tests.ui.calls.conftest import CLEAR, KNOWN_EMAIL, KNOWN_PHONE, UNKNOWN_PHONE, clear_files
from tests.ui.window import named

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="Unix sockets and XDG_RUNTIME_DIR"),
]

ROOT = Path(__file__).resolve().parents[3]
MAIN = str(ROOT / "main.py")
EXPECTED_PATHS = ("/_demo/customer-info", "/enduser/cust-001/list.json", "/ticket/categories.json")


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="cd-rt-"))  # short: the socket path must fit ~100 bytes
    path.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(path))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def second_launch(qtbot: Any, base: Path, runtime: Path, *handoff: str) -> None:
    """``main.py --temp-basedir BASE <hand-off>`` as a phone system runs it; it must exit 0."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "CONTIPLE", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    proc = subprocess.Popen(
        [sys.executable, MAIN, "--temp-basedir", str(base), *handoff], env=env, cwd=ROOT,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60_000)  # our event loop answers it
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err.decode("utf-8", "replace")
    for needle in CLEAR:
        assert needle.encode() not in out + err


def caller_box(app: Application) -> dict[str, str]:
    box = app.window.ticket.caller
    return {name: named(box, QLineEdit, name).text() for name in ("User code", "Name", "E-mail", "Phone")}


def wait_in_front(qtbot: Any, app: Application) -> None:
    window = app.window
    qtbot.waitUntil(lambda: not window.isMinimized() and window.isVisible(), timeout=5000)
    assert named(window, QLabel, "Current work area").text() == "New ticket"
    assert QApplication.activeModalWidget() is None  # no dialog: the caller box is filled directly


def test_hand_offs_from_second_processes_fill_the_call_view(
    qapp: QApplication, qtbot: Any, tmp_path: Path, runtime: Path
) -> None:
    base = (tmp_path / "base").resolve()
    paths = AppPaths.under(base).ensure()
    logging_setup = setup_logging(paths, debug=True)
    scope = scope_for_basedir(base)
    assert scope is not None
    single = SingleInstance(scope)
    assert single.claim(None) is None  # this process is the instance of BASE
    app = Application(
        Options(demo=True, lang="en", temp_basedir=True, basedir=base), paths, qapp, quit_app=False
    )
    url_events = None
    try:
        app.start()
        qtbot.waitExposed(app.window)
        url_events = _serve_handoffs(app, qapp, single, None)
        qtbot.waitUntil(lambda: app.session.profile is not None, timeout=15_000)  # after the first frame
        qtbot.waitUntil(lambda: app.runner.active_count == 0, timeout=15_000)
        sim = app.sim
        sim.clear_requests()
        panel = app.window.ticket

        # 1. a URL from the phone system: a known caller
        app.window.showMinimized()
        second_launch(qtbot, base, runtime, f"contiple-desktop://call?phone={KNOWN_PHONE}")
        wait_in_front(qtbot, app)
        qtbot.waitUntil(lambda: caller_box(app)["Name"] == "김민준", timeout=10_000)
        assert caller_box(app) == {
            "User code": "cust-001", "Name": "김민준", "E-mail": KNOWN_EMAIL, "Phone": KNOWN_PHONE,
        }  # fmt: skip
        banner = named(panel, QFrame, "Open tickets")
        qtbot.waitUntil(banner.isVisible, timeout=10_000)
        assert (
            "open tickets \u2014 follow up on the newest instead?"  # the English plural form
            in named(panel, QLabel, "Open tickets message").text()
        )
        timer = named(panel, QLabel, "Call timer")
        assert timer.isVisible() and timer.text().startswith("Call since ")
        assert named(panel, QListWidget, "Recent tickets").isVisible()

        # 2. tel: in international form: the same caller, a new call, shown the usual way
        app.window.showMinimized()
        second_launch(qtbot, base, runtime, "tel:+82-10-1001-5007")
        wait_in_front(qtbot, app)
        qtbot.waitUntil(lambda: caller_box(app)["Phone"] == KNOWN_PHONE, timeout=10_000)  # was +82-10-…
        qtbot.waitUntil(lambda: caller_box(app)["Name"] == "김민준", timeout=10_000)
        qtbot.waitUntil(banner.isVisible, timeout=10_000)

        # 3. the command form with a number nobody has
        second_launch(qtbot, base, runtime, "call", "--phone", UNKNOWN_PHONE)
        wait_in_front(qtbot, app)
        notice = named(panel, QLabel, "Caller lookup")
        qtbot.waitUntil(lambda: notice.text() == "No customer found for this number", timeout=10_000)
        assert notice.isVisible()
        assert caller_box(app) == {"User code": "", "Name": "", "E-mail": "", "Phone": UNKNOWN_PHONE}
        assert not banner.isVisible() and named(panel, QLabel, "Call timer").isVisible()

        qtbot.waitUntil(lambda: app.runner.active_count == 0, timeout=10_000)
        log = sim.requests()
        lookups = [r for r in log if r["path"] == "/_demo/customer-info"]
        assert [r["json_body"]["callNum"] for r in lookups] == ["0101001****", "0101001****", "0109999****"]
        unexpected = [r["method"] + " " + r["path"] for r in log if not r["path"].endswith(EXPECTED_PATHS)]
        assert unexpected == []  # no ticket, no follow-up, no list for anybody else
        lists = [r for r in log if r["path"].endswith("/enduser/cust-001/list.json")]
        assert len(lists) == 4  # per known call: the recent tickets and the open ones

        app.window.next_caller()
        assert caller_box(app)["Phone"] == "" and not named(panel, QLabel, "Call timer").isVisible()
        qtbot.waitUntil(lambda: app.ctx.disk.active_count == 0, timeout=5000)
    finally:
        if url_events is not None:
            qapp.removeEventFilter(url_events)
        app.window.close()
        app.shutdown()
        single.release()
        logging_setup.close()
    log_text = (paths.log_dir / "contiple-desktop.log").read_text("utf-8")
    assert "call hand-off: CallRequest(phone='010-1001-****'" in log_text  # the log did see the calls
    assert clear_files(base) == []  # neither the log nor drafts, settings or caches hold them
