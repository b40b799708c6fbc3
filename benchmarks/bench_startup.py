"""Start-up and GUI responsiveness of the application shell.

1. Cold start to the first exposed main window: ``main.py --demo --smoke-test --temp-basedir``
   in a subprocess (the app prints ``CONTIPLE_DESKTOP_WINDOW_EXPOSED <epoch>`` when the main
   window is first exposed) against a bare PySide6 window started the same way in the same run;
   median of N each, and their ratio.
2. The worst GUI-thread stall: a 5 ms QTimer records the largest gap between its ticks while
   the simulator answers slowly (latency 0.5–1 s) during a burst of requests through the
   TaskRunner, against the same timer on an idle event loop (ratio).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs N] [--burst M]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MARKER = "CONTIPLE_DESKTOP_WINDOW_EXPOSED"  # contiple_desktop.ui.shell.smoke.WINDOW_MARKER

BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.winId()
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Expose and o.isExposed():
            print("{MARKER}", f"{{time.time():.6f}}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.windowHandle().installEventFilter(f); w.show()
sys.exit(app.exec())
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _time_to_window(cmd: list[str]) -> float:
    start = time.time()
    out = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=90)
    for line in out.stdout.splitlines():
        if line.startswith(MARKER):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no window marker from {cmd[:3]}: rc={out.returncode}\n{out.stdout}\n{out.stderr}")


def bench_cold_start(runs: int) -> None:
    app_cmd = [sys.executable, str(ROOT / "main.py"), "--demo", "--smoke-test", "--temp-basedir"]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    app_times: list[float] = []
    bare_times: list[float] = []
    for _ in range(runs):  # interleaved, so machine load affects both alike
        bare_times.append(_time_to_window(bare_cmd))
        app_times.append(_time_to_window(app_cmd))
    app_med, bare_med = statistics.median(app_times), statistics.median(bare_times)
    print(f"cold start to first exposed window (median of {runs}):")
    print(f"  bare PySide6 window   {bare_med * 1000:8.0f} ms")
    print(f"  Contiple Desktop demo {app_med * 1000:8.0f} ms")
    print(f"  ratio app / bare      {app_med / bare_med:8.2f}x")


def bench_gui_stall(burst: int) -> None:
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from contiple_desktop.api import ContipleClient
    from contiple_desktop.domain.profile import ConnectionProfile, Environment
    from contiple_desktop.sim import SimConfig, SimServer
    from contiple_desktop.tasks.runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def measure(duration_ms: int, start_load: object = None) -> float:
        clock = QElapsedTimer()
        last = [0]
        worst = [0]

        def tick() -> None:
            now = clock.elapsed()
            worst[0] = max(worst[0], now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        clock.start()
        timer.start()
        if callable(start_load):
            start_load(loop)
        else:
            QTimer.singleShot(duration_ms, loop.quit)
        loop.exec()
        timer.stop()
        return float(worst[0])

    baseline = measure(1500)

    sim = SimServer(SimConfig()).start()
    sim.faults.latency(0.5)  # every request
    sim.faults.latency(0.5, "*/list.json")  # lists: 1 s
    profile = ConnectionProfile(
        name="bench", service_id=sim.service_id, organization_id=sim.organization_id,
        environment=Environment.CUSTOM, custom_url=sim.base_url, demo=True,
    )
    client = ContipleClient(profile, sim.api_key)
    runner = TaskRunner()
    applied: list[object] = []
    calls = [
        lambda c, t: c.service(cancel=t.cancel),
        lambda c, t: c.faqs(page_size=50, cancel=t.cancel),
        lambda c, t: c.notices(page_size=50, cancel=t.cancel),
        lambda c, t: c.customer_tickets("cust-001", page_size=50, cancel=t.cancel),
    ]

    def start_load(loop: QEventLoop) -> None:
        remaining = [burst]

        def done(value: object) -> None:
            applied.append(value)
            remaining[0] -= 1
            if remaining[0] == 0:
                loop.quit()

        for i in range(burst):
            call = calls[i % len(calls)]
            runner.submit(lambda t, call=call: call(client, t), on_success=done, on_failure=done)

    started = time.monotonic()
    loaded = measure(0, start_load)
    elapsed = time.monotonic() - started
    runner.shutdown(5000)
    client.close()
    sim.stop()
    failures = sum(isinstance(v, BaseException) for v in applied)
    print(f"GUI-thread stall, 5 ms timer ({burst} requests, latency 0.5-1 s, {elapsed:.1f} s, "
          f"{failures} failed):")
    print(f"  idle event loop       {baseline:8.0f} ms worst gap")
    print(f"  during request burst  {loaded:8.0f} ms worst gap")
    print(f"  ratio burst / idle    {loaded / max(baseline, 1.0):8.2f}x")
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--burst", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bench_cold_start(args.runs)
    bench_gui_stall(args.burst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
