"""Customer-history benchmark: list paging and detail opening against a slow simulator.

Run: ``.venv/bin/python benchmarks/bench_history.py [--latency 0.08] [--pages 10] [--details 15]``

Drives the real ``HistoryPanel`` (offscreen) over loopback HTTP to a simulator whose every
request is delayed by ``--latency`` seconds (a latency fault), and reports:

* median / p90 milliseconds per list page of ``bulk-500`` (50 tickets a page, lazy ``fetchMore``);
* median / p90 milliseconds to open a ticket detail (select a row → thread shown);
* the worst GUI-thread stall seen meanwhile, measured by a 5 ms QTimer gap detector.

Figures are also printed as ratios to the injected latency, so runs on different machines
compare: a page that costs ~1.0× the latency means the client adds almost nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from contiple_desktop.api.client import ContipleClient
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.paths import AppPaths
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.history.panel import HistoryPanel


class StallDetector:
    """A 5 ms timer; the largest gap between two ticks beyond 5 ms is the worst GUI stall."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.worst_ms = 0

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst_ms = max(self.worst_ms, now - self.last - 5)
        self.last = now

    def stop(self) -> None:
        self.timer.stop()


class SimProcess:
    """The simulator in a child process, so its Python work does not share the GIL with the GUI
    (an in-process simulator would show up as GUI stalls that no real server causes)."""

    def __init__(self, latency: float, nodelay: bool) -> None:
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(child, latency, nodelay), daemon=True)
        self.proc.start()
        self.base_url, self.service_id, self.organization_id, self.api_key = self.conn.recv()

    def stop(self) -> None:
        self.conn.send("stop")
        self.proc.join(10)


def _serve(conn: Connection, latency: float, nodelay: bool) -> None:
    if nodelay:  # see --nodelay
        from contiple_desktop.sim.handler import SimHandler

        SimHandler.disable_nagle_algorithm = True
    sim = SimServer(SimConfig()).start()
    sim.faults.latency(latency, "*", times=None)
    conn.send((sim.base_url, sim.service_id, sim.organization_id, sim.api_key))
    conn.recv()
    sim.stop()


def wait_until(app: QApplication, predicate: object, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        app.processEvents()
        time.sleep(0.001)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.08, help="seconds added to every request")
    parser.add_argument("--pages", type=int, default=10, help="list pages to load (50 tickets each)")
    parser.add_argument("--details", type=int, default=15, help="ticket details to open")
    parser.add_argument("--in-process", action="store_true", help="run the simulator in this process")
    parser.add_argument(
        "--nodelay", action="store_true",
        help="set TCP_NODELAY on the simulator's sockets (without it every keep-alive request pays a "
        "~40 ms Nagle/delayed-ACK wait on loopback)",
    )
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    base = Path(tempfile.mkdtemp(prefix="bench-history-"))
    sim: SimServer | SimProcess
    if args.in_process:
        sim = SimServer(SimConfig()).start()
        sim.faults.latency(args.latency, "*", times=None)
    else:
        sim = SimProcess(args.latency, args.nodelay)
    runner = TaskRunner(max_threads=4)
    try:
        profile = ConnectionProfile(
            name="bench", service_id=sim.service_id, organization_id=sim.organization_id,
            environment=Environment.CUSTOM, custom_url=sim.base_url, demo=True,
        )
        client = ContipleClient(profile, sim.api_key)
        session = Session()
        session.set_connection(profile, client)
        paths = AppPaths.under(base).ensure()
        errors: list[BaseException] = []
        runner.set_default_failure_handler(errors.append)
        ctx = AppContext(runner=runner, session=session, bus=Bus(), paths=paths,
                         settings=Settings(paths.settings_file), report_error=errors.append)
        panel = HistoryPanel(ctx)
        panel.resize(1400, 900)
        panel.show()
        wait_until(app, lambda: runner.active_count == 0)
        stall = StallDetector()
        stall.start()

        page_ms: list[float] = []
        model = panel.model
        t0 = time.perf_counter()
        panel.show_customer("bulk-500")
        wait_until(app, lambda: not model.loading and model.rowCount() > 0)
        page_ms.append((time.perf_counter() - t0) * 1000)
        while len(page_ms) < args.pages and model.canFetchMore():
            t0 = time.perf_counter()
            model.fetchMore()
            wait_until(app, lambda: not model.loading)
            page_ms.append((time.perf_counter() - t0) * 1000)

        list_stall = stall.worst_ms
        stall.worst_ms = 0
        detail_ms: list[float] = []
        for row in range(min(args.details, model.rowCount())):
            ticket = model.ticket_at(row * 7 % model.rowCount())
            assert ticket is not None
            t0 = time.perf_counter()
            panel.table.selectRow(model.row_of(ticket.ticket_id))
            wait_until(app, lambda t=ticket: panel.detail.detail is not None
                       and panel.detail.detail.ticket_id == t.ticket_id)
            detail_ms.append((time.perf_counter() - t0) * 1000)
        stall.stop()
        panel.close()
        if errors:
            print(f"errors during the run: {errors!r}")
            return 1

        lat_ms = args.latency * 1000
        where = "in-process" if args.in_process else "separate process"
        print(f"history benchmark (simulator in a {where}, latency {lat_ms:.0f} ms per request)")
        print(f"  list pages loaded: {len(page_ms)} x 50 rows ({model.rowCount()} rows)")
        print(f"  list page   median {statistics.median(page_ms):7.1f} ms  p90 {pct(page_ms, 0.9):7.1f} ms"
              f"  = {statistics.median(page_ms) / lat_ms:4.2f}x latency")
        med = statistics.median(detail_ms)
        print(f"  detail open median {med:7.1f} ms  p90 {pct(detail_ms, 0.9):7.1f} ms"
              f"  = {statistics.median(detail_ms) / lat_ms:4.2f}x latency")
        print(f"  worst GUI-thread stall while paging {list_stall} ms"
              f"  = {list_stall / statistics.median(page_ms):4.2f}x median page time")
        print(f"  worst GUI-thread stall while opening details {stall.worst_ms} ms"
              f"  = {stall.worst_ms / med:4.2f}x median detail time")
        return 0
    finally:
        runner.shutdown(5000)
        sim.stop()


if __name__ == "__main__":
    sys.exit(main())
