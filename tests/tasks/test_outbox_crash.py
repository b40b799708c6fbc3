"""kill -9 during replay: a process replaying an outbox item is SIGKILLed at the worst moments,
a fresh outbox on the same files finishes the job, and the simulator holds exactly one ticket."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from contiple_desktop.domain.outbox import ItemState
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from tests.tasks.conftest import MakeOutbox
from tests.tasks.helpers import create_posts, created, list_gets, png_file

ROOT = Path(__file__).resolve().parents[2]
CREATE = "*/openapi/v1/ticket.json"
UPLOAD = "*/attachments/upload.json"

pytestmark = pytest.mark.slow


@contextmanager
def worker(
    appctx: AppContext, sim: SimServer, profile: ConnectionProfile, subject: str, mode: str, *files: Path
) -> Iterator[subprocess.Popen[str]]:
    base = appctx.paths.data_dir.parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    args = [str(base), sim.base_url, sim.service_id, sim.organization_id, sim.api_key,
            profile.profile_id, subject, mode, *(str(f) for f in files)]  # fmt: skip
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.tasks.outbox_worker_app", *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait(timeout=10)
        if proc.stdout is not None:
            proc.stdout.close()


def wait_for(proc: subprocess.Popen[str], word: str) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:  # blocks until the child says it (or dies)
        if line.strip() == word:
            return
    raise AssertionError(f"the worker ended before {word}")


def _finish(qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox) -> Any:
    outbox, _ = make_outbox(appctx)
    [item] = outbox.items()
    qtbot.waitUntil(lambda: outbox.item(item.item_id).state is ItemState.SENT, timeout=10000)
    return outbox.item(item.item_id)


def test_killed_while_the_create_is_in_flight(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, demo_profile: ConnectionProfile
) -> None:
    slow = sim.faults.latency(1.0, CREATE, method="POST", times=1)
    with worker(appctx, sim, demo_profile, "killed mid-create", "run") as proc:
        wait_for(proc, "CREATING")
        qtbot.waitUntil(lambda: slow.hits == 1, timeout=5000)  # the POST reached the server
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    qtbot.waitUntil(lambda: len(created(sim, "killed mid-create")) == 1, timeout=5000)  # it did arrive
    item = _finish(qtbot, appctx, make_outbox)
    [server] = created(sim, "killed mid-create")
    assert item.ticket_id == server["ticketId"] and item.found_by_lookup
    assert len(create_posts(sim)) == 1


def test_killed_while_uploading(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer,
    demo_profile: ConnectionProfile, tmp_path: Path,
) -> None:  # fmt: skip
    slow = sim.faults.latency(1.0, UPLOAD, times=1)
    attachment = png_file(tmp_path / "in")
    with worker(appctx, sim, demo_profile, "killed mid-upload", "run", attachment) as proc:
        wait_for(proc, "UPLOADING")
        qtbot.waitUntil(lambda: slow.hits == 1, timeout=5000)  # the upload is on its way
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    attachment.unlink()  # the outbox sends its own copy
    item = _finish(qtbot, appctx, make_outbox)
    [server] = created(sim, "killed mid-upload")
    assert item.ticket_id == server["ticketId"] and not item.found_by_lookup
    assert len(server["attachmentIds"]) == 1
    assert len(create_posts(sim)) == 1 and not list_gets(sim), "nothing had been sent: no lookup needed"


def test_killed_the_moment_it_was_filed(
    qtbot: Any, appctx: AppContext, make_outbox: MakeOutbox, sim: SimServer, demo_profile: ConnectionProfile
) -> None:
    with worker(appctx, sim, demo_profile, "killed when filed", "die-on-sent") as proc:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    item = _finish(qtbot, appctx, make_outbox)
    [server] = created(sim, "killed when filed")
    assert item.ticket_id == server["ticketId"]
    assert len(create_posts(sim)) == 1
