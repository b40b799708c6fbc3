"""Start-up against a bare PySide6 window: time to the first exposed window, whole process, memory.

Each run starts two processes the same way, interleaved so machine load hits both alike:

* the bare window: ``python -c`` creating a ``QApplication`` and a 1280×800 ``QMainWindow``,
  printing ``CONTIPLE_DESKTOP_WINDOW_EXPOSED <epoch>`` when it is first exposed, then quitting;
* the app: ``main.py --demo --smoke-test --temp-basedir`` (the app prints the same marker when
  its main window is first exposed; the smoke test then makes its request and exits).

Printed as ratios app / bare (medians of ``--runs``, default 5):

1. process start → first exposed window;
2. the whole process: wall time and user CPU (``os.wait4`` of each child);
3. peak RSS (``ru_maxrss`` of each child);

each against the issue's limit, and beside it the *floor*: the bare window plus only what the smoke
test cannot do without (an HTTP server thread, one GET through ``requests``, the keyring check),
and the floor with the demo's simulator as that server; *room* is what the limit leaves the app
beyond each floor.
The app's bytecode is compiled first, as an install has it.

Then the GUI-thread stall of a request burst through the ``TaskRunner`` (latency 0.5–1 s)
against an idle event loop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_startup.py [--runs N] [--burst M]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
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

# The floor of the smoke test with this stack: the bare window, then what the smoke test cannot do
# without — an HTTP server in a thread (the demo's simulator is one), one GET through requests
# (the app's HTTP client) and the keyring's backend check — and nothing of the app itself.
# ``@SERVER@`` starts the server and sets ``url``: a toy one (``FLOOR``) or the demo's simulator.
_FLOOR_WORK = """def work():
  try:
    import os, sys, threading
@SERVER@    import requests
    requests.get(url, timeout=5).json()
    sys.modules.setdefault("keyring.backends.macOS.api", None)  # as the app does off macOS
    import keyring
    keyring.get_keyring().priority
    sys.stdout.flush(); os._exit(0)  # (the server thread is a daemon)
  finally:
    import os, traceback; traceback.print_exc(); os._exit(1)
f = F();"""
TOY_SERVER = """    import http.server, json, socketserver
    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = json.dumps({"header": {"isSuccessful": True}, "data": {}}).encode()
            self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
            self.wfile.write(body)
        def log_message(self, *a): pass
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}/service.json"
"""
# The demo's simulator, imported, seeded and started as the demo does (asked once, unsigned: the
# answer is its error envelope), so the room it leaves is what the limit allows the window and the
# shown area.
SIM_SERVER = f"""    sys.path.insert(0, {str(ROOT)!r})
    from contiple_desktop.sim import SimConfig, SimServer
    sim = SimServer(SimConfig(demo_activity=90.0, background_threads=True)).start()
    url = sim.base_url + "/service.json"
"""


def floor_script(server: str) -> str:
    """The bare window, then (once it is exposed) ``server`` and the smoke test's unavoidable work."""
    work = _FLOOR_WORK.replace("@SERVER@", server)
    return BARE_WINDOW.replace("QTimer.singleShot(0, app.quit)", "QTimer.singleShot(0, work)").replace(
        "f = F();", work
    )


FLOOR = floor_script(TOY_SERVER)
FLOOR_SIM = floor_script(SIM_SERVER)

APP_ARGS = ["--demo", "--smoke-test", "--temp-basedir"]


@dataclass(frozen=True)
class Run:
    window_s: float
    wall_s: float
    user_s: float
    rss_mb: float


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_once(cmd: list[str]) -> Run:
    """Start ``cmd``, wait for it with ``os.wait4`` (its own rusage) and read the window marker."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.time()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=_env(), stdout=out, stderr=err, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        end = time.time()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]!r} exited {proc.returncode}:\n{stdout}\n{stderr}")
    exposed = next((float(line.split()[1]) for line in stdout.splitlines() if line.startswith(MARKER)), None)
    if exposed is None:
        raise RuntimeError(f"no window marker from {cmd[:3]!r}:\n{stdout}\n{stderr}")
    return Run(exposed - start, end - start, usage.ru_utime, usage.ru_maxrss / 1024)  # ru_maxrss: KiB


def ratio(app: list[float], bare: list[float]) -> tuple[float, float, float]:
    a, b = statistics.median(app), statistics.median(bare)
    return a, b, a / b if b else float("inf")


def compile_bytecode() -> None:
    """Write the app's bytecode as an install does (pip, the bundle): with PYTHONDONTWRITEBYTECODE
    set, a source checkout would otherwise compile every module from source on every run."""
    import compileall

    compileall.compile_dir(str(ROOT / "contiple_desktop"), quiet=1)


def bench_start(runs: int) -> None:
    commands = {
        "bare": [sys.executable, "-c", BARE_WINDOW],
        "app": [sys.executable, str(ROOT / "main.py"), *APP_ARGS],
        "floor": [sys.executable, "-c", FLOOR],
        "floor+sim": [sys.executable, "-c", FLOOR_SIM],
    }
    compile_bytecode()
    for cmd in commands.values():  # warm the page cache for all before measuring
        run_once(cmd)
    measured: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved
        for name, cmd in commands.items():
            measured[name].append(run_once(cmd))
    print(f"start-up vs a bare PySide6 QMainWindow started the same way (median of {runs}, interleaved):")
    rows = (
        ("start -> first exposed window", "ms", "window_s", 1.5),
        ("whole process, wall", "ms", "wall_s", 2.5),
        ("whole process, user CPU", "ms", "user_s", 2.5),
        ("peak RSS", "MB", "rss_mb", 1.6),
    )
    print(f"  {'':30s} {'app':>9s} {'bare':>9s} {'ratio':>6s} {'limit':>5s}      {'floor':>9s} {'ratio':>5s}"
          f" {'room':>8s} {'floor+sim':>9s} {'ratio':>5s} {'room':>8s}")  # fmt: skip
    for name, unit, attr, limit in rows:
        scale = 1 if unit == "MB" else 1000
        values = {k: [getattr(r, attr) * scale for r in v] for k, v in measured.items()}
        a, b, r = ratio(values["app"], values["bare"])
        verdict = "ok" if r <= limit else "MISS"
        line = f"  {name:30s} {a:6.0f} {unit} {b:6.0f} {unit} {r:5.2f}x {limit:4.1f}x {verdict:4s}"
        for floor in ("floor", "floor+sim"):
            f, _, fr = ratio(values[floor], values["bare"])
            room = limit * b - f  # what the limit leaves beyond this floor (< 0: the floor is above it)
            line += f" {f:6.0f} {unit} {fr:4.2f}x {room:5.0f} {unit}"
        print(line)
    print("  floor: the bare window + an HTTP server thread, one GET through requests and the keyring")
    print("  backend check (what the smoke test cannot do without, none of the app): no app can go below it;")
    print("  floor+sim: the same with the demo's simulator (imported, seeded, started) as the server;")
    print("  room: limit x bare - floor, what the limit leaves for the rest of the app (< 0: none at all)")


def bench_gui_stall(burst: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from benchmarks.harness import GapMeter, SimProcess
    from contiple_desktop.api import ContipleClient
    from contiple_desktop.tasks.runner import TaskRunner

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def idle(duration_ms: int) -> float:
        meter = GapMeter().start()
        loop = QEventLoop()
        QTimer.singleShot(duration_ms, loop.quit)
        loop.exec()
        return meter.stop().worst

    baseline = idle(1000)
    # the simulator in a child process: in-process it shares the GIL with the GUI thread
    sim = SimProcess(0.5, faults=[("latency", "*/list.json", {"seconds": 0.5, "times": None})])
    client = ContipleClient(sim.profile(), sim.api_key)
    runner = TaskRunner()
    calls = [
        lambda c, t: c.service(cancel=t.cancel),
        lambda c, t: c.faqs(page_size=50, cancel=t.cancel),
        lambda c, t: c.notices(page_size=50, cancel=t.cancel),
        lambda c, t: c.customer_tickets("cust-001", page_size=50, cancel=t.cancel),
    ]
    loop = QEventLoop()
    remaining = [burst]
    failures = [0]

    def done(value: object) -> None:
        failures[0] += isinstance(value, BaseException)
        remaining[0] -= 1
        if remaining[0] == 0:
            loop.quit()

    meter = GapMeter().start()
    started = time.monotonic()
    for i in range(burst):
        call = calls[i % len(calls)]
        runner.submit(lambda t, call=call: call(client, t), on_success=done, on_failure=done)
    loop.exec()
    loaded = meter.stop().worst
    elapsed = time.monotonic() - started
    runner.shutdown(5000)
    client.close()
    sim.stop()
    print(f"GUI-thread stall, 5 ms timer ({burst} requests, latency 0.5-1 s, {elapsed:.1f} s, "
          f"{failures[0]} failed):")  # fmt: skip
    print(f"  idle event loop       {baseline:8.0f} ms worst gap")
    print(f"  during request burst  {loaded:8.0f} ms worst gap")
    print(f"  ratio burst / idle    {loaded / max(baseline, 1.0):8.2f}x")
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--burst", type=int, default=24)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bench_start(max(1, args.runs))
    if args.burst > 0:
        bench_gui_stall(args.burst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
