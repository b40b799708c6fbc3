"""Customer-history benchmark: list paging and detail opening against a slow simulator.

Run: ``.venv/bin/python benchmarks/bench_history.py [--latency 0.08] [--pages 10] [--details 15]``

Drives the real ``HistoryPanel`` (offscreen) over loopback HTTP to a simulator in a child
process (``harness.SimProcess``) whose every request is delayed by ``--latency`` seconds, and
reports:

* median / p90 milliseconds per list page of ``bulk-500`` (50 tickets a page, lazy ``fetchMore``);
* median / p90 milliseconds to open a ticket detail (select a row → thread shown);
* the worst and p99 GUI-thread gap of a 5 ms timer (``harness.GapMeter``) while paging and while
  opening details, and which page / ticket caused the worst one.

Figures are also printed as ratios to the injected latency and to a 16 ms frame.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from harness import GapMeter, SimProcess, pct, qt_app, spin, wait_until
from PySide6.QtWidgets import QApplication


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--latency", type=float, default=0.08, help="seconds added to every request")
    parser.add_argument("--pages", type=int, default=10, help="list pages to load (50 tickets each)")
    parser.add_argument("--details", type=int, default=15, help="ticket details to open")
    args = parser.parse_args()

    from contiple_desktop.api.client import ContipleClient
    from contiple_desktop.paths import AppPaths
    from contiple_desktop.storage.settings import Settings
    from contiple_desktop.tasks.bus import Bus
    from contiple_desktop.tasks.context import AppContext
    from contiple_desktop.tasks.runner import TaskRunner
    from contiple_desktop.tasks.session import Session
    from contiple_desktop.ui.history.panel import HistoryPanel

    app = qt_app()  # with the app's look
    assert isinstance(app, QApplication)
    base = Path(tempfile.mkdtemp(prefix="bench-history-"))
    runner = TaskRunner(max_threads=4)
    with SimProcess(args.latency) as sim:
        profile = sim.profile()
        session = Session()
        session.set_connection(profile, ContipleClient(profile, sim.api_key))
        paths = AppPaths.under(base).ensure()
        errors: list[BaseException] = []
        runner.set_default_failure_handler(errors.append)
        ctx = AppContext(runner=runner, session=session, bus=Bus(), paths=paths,
                         settings=Settings(paths.settings_file), report_error=errors.append)  # fmt: skip
        panel = HistoryPanel(ctx)
        panel.resize(1400, 900)
        panel.show()
        wait_until(lambda: runner.active_count == 0, what="inquiry types")
        spin(100)
        meter = GapMeter().start()

        page_ms: list[float] = []
        page_gaps: list[tuple[float, int]] = []
        model = panel.model
        first = len(meter.gaps)
        t0 = time.perf_counter()
        panel.show_customer("bulk-500")
        wait_until(lambda: not model.loading and model.rowCount() > 0, what="first page")
        spin(20)
        page_ms.append((time.perf_counter() - t0) * 1000)
        page_gaps.append((max(meter.gaps[first:], default=0.0), 1))
        while len(page_ms) < args.pages and model.canFetchMore():
            first = len(meter.gaps)
            t0 = time.perf_counter()
            panel.table.scrollToBottom()  # the view asks for the next page, as scrolling does
            wait_until(lambda: model.loading or not model.canFetchMore(), what="fetchMore")
            wait_until(lambda: not model.loading, what="page")
            spin(20)
            page_ms.append((time.perf_counter() - t0) * 1000)
            page_gaps.append((max(meter.gaps[first:], default=0.0), len(page_ms)))
        list_gaps = list(meter.gaps)

        meter.start()
        detail_ms: list[float] = []
        detail_gaps: list[tuple[float, str]] = []
        for i in range(min(args.details, model.rowCount())):
            ticket = model.ticket_at(i * 7 % model.rowCount())
            assert ticket is not None
            first = len(meter.gaps)
            t0 = time.perf_counter()
            panel.table.selectRow(model.row_of(ticket.ticket_id))
            wait_until(lambda t=ticket: panel.detail.detail is not None
                       and panel.detail.detail.ticket_id == t.ticket_id, what="detail")  # fmt: skip
            spin(20)
            detail_ms.append((time.perf_counter() - t0) * 1000)
            entries = len(panel.detail.detail.entries) if panel.detail.detail else 0
            worst = max(meter.gaps[first:], default=0.0)
            detail_gaps.append((worst, f"{ticket.ticket_id} ({entries} entries)"))
        meter.stop()
        panel.close()
        runner.shutdown(5000)
    if errors:
        print(f"errors during the run: {errors!r}")
        return 1

    lat_ms = args.latency * 1000
    med_page, med_detail = statistics.median(page_ms), statistics.median(detail_ms)
    worst_page, worst_detail = max(page_gaps), max(detail_gaps)
    print(f"history benchmark (simulator in a child process, latency {lat_ms:.0f} ms per request,"
          f" load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    print(f"  list pages loaded: {len(page_ms)} x 50 rows ({model.rowCount()} rows)")
    print(f"  list page   median {med_page:7.1f} ms  p90 {pct(page_ms, 0.9):7.1f} ms"
          f"  = {med_page / lat_ms:4.2f}x latency")  # fmt: skip
    print(f"  detail open median {med_detail:7.1f} ms  p90 {pct(detail_ms, 0.9):7.1f} ms"
          f"  = {med_detail / lat_ms:4.2f}x latency")  # fmt: skip
    print(f"  GUI-thread gap while paging:    worst {max(list_gaps):5.0f} ms"
          f"  p99 {pct(list_gaps, 0.99):4.0f} ms"
          f"  = {max(list_gaps) / 16:4.1f}x a 16 ms frame (worst at page {worst_page[1]})")  # fmt: skip
    gaps = meter.gaps
    print(f"  GUI-thread gap opening details: worst {max(gaps):5.0f} ms  p99 {pct(gaps, 0.99):4.0f} ms"
          f"  = {max(gaps) / 16:4.1f}x a 16 ms frame (worst: {worst_detail[1]})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
