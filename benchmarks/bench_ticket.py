"""New-ticket benchmarks: form build time and GUI-thread stalls during parallel uploads.

    .venv/bin/python benchmarks/bench_ticket.py

1. Build a 300-field form (every field type, cycling) through the registry; median of 7 runs,
   compared with a 30-field form in the same run (the ratio shows whether cost is linear).
2. Five 9 MB uploads to the loopback simulator (in a child process) in parallel through the
   attachment tray while a 5 ms QTimer measures the gaps between its ticks on the GUI thread;
   the worst gap is compared with the worst gap of the same timer while idle.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from contiple_desktop.api import ContipleClient
from contiple_desktop.domain import fields as F
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.paths import AppPaths
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.ticket.form import TicketForm

TYPES = [t for t in F.FIELD_TYPES if t != F.FILE]


def definitions(n: int) -> list[FieldDefinition]:
    out = []
    for i in range(n):
        t = TYPES[i % len(TYPES)]
        out.append(
            FieldDefinition(
                field_id=1000 + i, code=f"f{i}", type=t, title=f"필드 {i}", description="<b>설명</b> 텍스트",
                placeholder="입력" if t != F.CAPTION else "<div>안내</div>", length=50 * (i % 3),
                required=i % 4 == 0, options=("옵션1", "옵션2", "옵션3"),
            )
        )  # fmt: skip
    return out


def build_ms(n: int, runs: int = 7) -> float:
    defs = definitions(n)
    samples = []
    for _ in range(runs):
        form = TicketForm()
        t0 = time.perf_counter()
        form.set_definitions(defs)
        samples.append((time.perf_counter() - t0) * 1000)
        form.deleteLater()
        QApplication.processEvents()
    return statistics.median(samples)


class GapMeter:
    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.worst = 0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.worst = 0
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.restart())

    def stop(self) -> int:
        self.timer.stop()
        return self.worst


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


SIM_SCRIPT = """
import sys, json
from contiple_desktop.sim import SimConfig, SimServer
sim = SimServer(SimConfig()).start()
print(json.dumps([sim.base_url, sim.service_id, sim.organization_id, sim.api_key]), flush=True)
sys.stdin.read()
sim.stop()
"""


def upload_stall() -> tuple[int, int, float]:
    """The simulator runs in its own process so its parsing does not compete for our GIL."""
    base = Path(tempfile.mkdtemp(prefix="bench-ticket-"))
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.Popen(
        [sys.executable, "-c", SIM_SCRIPT], cwd=root, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, env={**os.environ, "PYTHONPATH": root},
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        base_url, service_id, org_id, api_key = json.loads(proc.stdout.readline())
        profile = ConnectionProfile(
            name="bench", service_id=service_id, organization_id=org_id,
            environment=Environment.CUSTOM, custom_url=base_url, language="ko", demo=True,
        )  # fmt: skip
        session = Session()
        session.set_connection(profile, ContipleClient(profile, api_key))
        paths = AppPaths.under(base).ensure()
        runner = TaskRunner(max_threads=6)
        ctx = AppContext(runner, session, Bus(), paths, Settings(paths.settings_file), print)
        files = []
        for i in range(5):
            p = base / f"big{i}.txt"
            p.write_bytes((b"contiple bench line %d\n" % i) * (9 * 1024 * 1024 // 22))
            files.append(p)
        tray = AttachmentTray(ctx)
        meter = GapMeter()
        meter.start()
        spin(200)  # warm-up: the first ticks include start-up work
        meter.stop()
        meter.start()
        spin(500)
        idle = meter.stop()
        meter.start()
        t0 = time.perf_counter()
        tray.add_files(files)
        while not tray.all_uploaded() or tray.busy():
            spin(10)
        elapsed = time.perf_counter() - t0
        worst = meter.stop()
        assert len(tray.attachment_ids()) == 5, tray.state()
        runner.shutdown(5000)
        session.set_connection(None, None)
        return idle, worst, elapsed
    finally:
        proc.communicate("", timeout=10)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    small = build_ms(30)
    big = build_ms(300)
    print(f"form build, 300 fields: median {big:.1f} ms ({big / 300:.2f} ms/field)")
    print(f"form build, 30 fields:  median {small:.1f} ms; ratio 300/30 = {big / small:.1f} (10 = linear)")
    idle, worst, elapsed = upload_stall()
    print(f"5 x 9 MB parallel uploads: {elapsed:.2f} s, {45 / elapsed:.0f} MB/s")
    print(f"GUI-thread worst gap of a 5 ms timer: {worst} ms while uploading vs {idle} ms idle "
          f"(ratio {worst / max(idle, 1):.1f})")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
