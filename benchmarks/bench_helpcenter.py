"""Help Center benchmark: category tree at 10,000 nodes, and paging against a slow simulator.

Run: ``.venv/bin/python benchmarks/bench_helpcenter.py`` (offscreen). Figures are measured in one
run and also printed as ratios so machines can be compared:

* tree: build time of ``CategoryTreeModel`` over 10,000 categories, first paint of a QTreeView
  (``grab()``), type-ahead filter time; ratio = first paint / build.
* paging: the FAQ list paged with Next while every list request has ``LATENCY_S`` of server
  latency: median ms per page (click → rows shown), ratio to the latency (1.0 = no overhead), and
  the worst GUI-thread stall (largest gap between 5 ms timer ticks) while pages load; ratio to
  a 16 ms frame.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QTreeView

from contiple_desktop.api.client import ContipleClient
from contiple_desktop.domain.category_tree import CategoryList
from contiple_desktop.domain.models import Category
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import MalformedResponseError
from contiple_desktop.paths import AppPaths
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.category_tree_model import CategoryFilterProxy, CategoryTreeModel
from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel

CATEGORIES = 10_000
LATENCY_S = 0.2
PAGES = 8


def _ms(ns: int) -> float:
    return ns / 1e6


def _wait(signal: object, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def _profile(sim: SimServer) -> ConnectionProfile:
    return ConnectionProfile(
        "bench", sim.service_id, sim.organization_id, environment=Environment.CUSTOM,
        custom_url=sim.base_url, demo=True,
    )  # fmt: skip


def _state_categories(sim: SimServer) -> list[Category]:
    """The simulator's FAQ categories as the client would parse them (no HTTP)."""
    records = sorted(sim.state.faq_categories.values(), key=lambda c: (c["level"], c["orderNo"]))
    return [
        Category(c["categoryId"], c["parent"], c["names"]["ko"], c["level"], (), c["orderNo"],
                 dict(c["names"]))  # fmt: skip
        for c in records
    ]


def bench_tree() -> None:
    with SimServer(SimConfig(faq_category_count=CATEGORIES)) as sim:
        client = ContipleClient(_profile(sim), sim.api_key or "")
        t0 = time.perf_counter_ns()
        try:
            categories = client.faq_categories(language="ko")
            fetched = f"HTTP+parse {_ms(time.perf_counter_ns() - t0):.1f} ms"
        except MalformedResponseError as exc:  # the transport's cap on JSON values
            categories = _state_categories(sim)
            fetched = f"refused over HTTP: {exc}; built from the simulator's state"
        client.close()
    builds = []
    for _ in range(5):
        t0 = time.perf_counter_ns()
        model = CategoryTreeModel(categories, language="ko")
        builds.append(time.perf_counter_ns() - t0)
    build = statistics.median(builds)
    arranged = CategoryList(categories)  # what the shared cache hands over (arranged on the worker)
    resets = []
    for _ in range(5):
        t0 = time.perf_counter_ns()
        model.set_categories(arranged)
        resets.append(time.perf_counter_ns() - t0)
    reset = statistics.median(resets)
    view = QTreeView()
    view.resize(320, 700)
    proxy = CategoryFilterProxy()
    proxy.setSourceModel(model)
    t0 = time.perf_counter_ns()
    view.setModel(proxy)
    view.expandToDepth(1)
    view.grab()
    paint = time.perf_counter_ns() - t0
    t0 = time.perf_counter_ns()
    proxy.set_text("분류 10999")
    view.expandAll()
    view.grab()
    filtered = time.perf_counter_ns() - t0
    t0 = time.perf_counter_ns()
    model.set_language("en")
    view.grab()
    relang = time.perf_counter_ns() - t0
    print(f"tree: {len(categories)} categories ({fetched})")
    print(f"  build (median of 5)     {_ms(build):8.2f} ms")
    print(f"  GUI thread, arranged on the worker (model reset) {_ms(reset):.2f} ms   ratio reset/build"
          f" {reset / build:.2f}")  # fmt: skip
    print(f"  first paint (grab)      {_ms(paint):8.2f} ms   ratio paint/build {paint / build:.2f}")
    print(f"  type-ahead filter+paint {_ms(filtered):8.2f} ms   ratio filter/build {filtered / build:.2f}")
    print(f"  language switch+paint   {_ms(relang):8.2f} ms   ratio switch/build {relang / build:.2f}")
    view.deleteLater()


def bench_paging() -> None:
    with SimServer(SimConfig()) as sim, tempfile.TemporaryDirectory() as tmp:
        profile = _profile(sim)
        paths = AppPaths.under(Path(tmp)).ensure()
        runner = TaskRunner()
        session = Session()
        session.set_connection(profile, ContipleClient(profile, sim.api_key or ""))
        settings = Settings(paths.settings_file)
        settings.helpcenter_page_size = 5
        ctx = AppContext(runner, session, Bus(), paths, settings, report_error=lambda e: print("error:", e))
        panel = HelpCenterPanel(ctx)
        panel.resize(1366, 720)
        panel.show()
        _wait(panel.faq.page_shown)
        sim.faults.latency(LATENCY_S, "*/helpdoc/list.json", times=None)
        ticks = QElapsedTimer()
        worst = [0]
        ticks.start()

        def tick() -> None:
            worst[0] = max(worst[0], ticks.restart())

        timer = QTimer(interval=5)
        timer.timeout.connect(tick)
        timer.start()
        times = []
        for _ in range(PAGES):
            t0 = time.perf_counter_ns()
            panel.faq.pager.next.click()
            _wait(panel.faq.page_shown)
            times.append(time.perf_counter_ns() - t0)
        timer.stop()
        median = statistics.median(times)
        print(f"paging: {PAGES} FAQ pages, server latency {LATENCY_S * 1000:.0f} ms per list request")
        ratio = median / (LATENCY_S * 1e9)
        print(f"  median per page         {_ms(median):8.1f} ms   ratio page/latency {ratio:.2f}")
        print(f"  worst GUI-thread stall  {worst[0]:8d} ms   ratio stall/16 ms frame {worst[0] / 16:.2f}")
        t0 = time.perf_counter_ns()
        panel.faq.pager.first.click()  # a cached page is applied synchronously, no request
        cached = time.perf_counter_ns() - t0
        print(f"  cached page (first)     {_ms(cached):8.2f} ms   ratio cached/median {cached / median:.3f}")
        panel.close()
        runner.shutdown(5000)
        session.set_connection(None, None)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    from contiple_desktop.ui.shell.style import apply_style

    apply_style(app)  # the app's look, as app.main() applies it
    bench_tree()
    bench_paging()
    del app


if __name__ == "__main__":
    main()
