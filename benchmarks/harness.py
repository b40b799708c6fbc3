"""Shared pieces of the benchmarks and stress scripts (not a test module, not imported by the app).

* ``GapMeter`` — a 5 ms precise QTimer on the GUI thread; every interval between two ticks is
  recorded, so ``worst`` and ``p99`` are the GUI thread's longest waits while it ran (an idle
  thread shows ~5 ms; a 40 ms step shows ~40 ms).
* ``SimProcess`` — the simulator in a child process (``spawn``), so its Python work does not
  share the GIL with the GUI: an in-process simulator inflates GUI stalls 5–7×. TCP_NODELAY is
  on (the simulator's handler sets it), latency and faults are configurable, and the request log
  can be read back (``requests()``).
* ``qt_app`` — the QApplication with the app's look applied, as ``app.main()`` applies it (the
  style is part of what every widget costs to build, lay out and paint).
* ``wait_until`` — pump the event loop until a predicate holds (bounded).
* ``pct`` / ``median`` — small statistics helpers.

Every figure a benchmark prints is a ratio measured within one run, because the machine is
shared and noisy.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pct(values: Sequence[float], q: float) -> float:
    """The ``q`` quantile (0..1) by nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))])


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else 0.0


class GapMeter:
    """Records the GUI thread's tick-to-tick intervals of a 5 ms precise timer (milliseconds)."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.interval_ms = interval_ms
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self._last_ns = 0

    def start(self) -> GapMeter:
        self.gaps = []
        self.clock.start()
        self._last_ns = 0
        self.timer.start()
        return self

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self._last_ns) / 1e6)
        self._last_ns = now

    def stop(self) -> GapMeter:
        self.timer.stop()
        return self

    @property
    def worst(self) -> float:
        return max(self.gaps, default=0.0)

    @property
    def p99(self) -> float:
        return pct(self.gaps, 0.99)


def qt_app() -> Any:
    """The QApplication (created if need be) with the app's look (``ui.shell.style.apply_style``)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from contiple_desktop.ui.shell.style import apply_style

    apply_style(app)
    return app


def wait_until(predicate: Callable[[], object], timeout_s: float = 30.0, what: str = "step") -> None:
    """Process events until ``predicate()`` is true; TimeoutError after ``timeout_s``."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"benchmark {what} timed out after {timeout_s:.0f} s")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)


def spin(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds (lets queued work and paints happen)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class SimProcess:
    """A seeded simulator in a child process.

    ``latency`` seconds are added to every request; ``config`` overrides ``SimConfig`` fields;
    ``faults`` is a list of ``(kind, path, kwargs)`` given to ``sim.faults.add`` at start.
    ``requests()`` returns the simulator's JSON-lines request log as dicts.
    """

    def __init__(
        self,
        latency: float = 0.0,
        *,
        config: dict[str, Any] | None = None,
        faults: Sequence[tuple[str, str, dict[str, Any]]] = (),
    ) -> None:
        self._log = Path(tempfile.mkdtemp(prefix="contiple-bench-")) / "requests.jsonl"
        mp = multiprocessing.get_context("spawn")
        self.conn, child = mp.Pipe()
        self.proc = mp.Process(
            target=_serve,
            args=(child, latency, dict(config or {}), list(faults), str(self._log)),
            daemon=True,
        )
        self.proc.start()
        info = self.conn.recv()
        self.base_url: str = info["base_url"]
        self.service_id: str = info["service_id"]
        self.organization_id: str = info["organization_id"]
        self.api_key: str = info["api_key"]

    def command(self, name: str, *args: Any) -> Any:
        """Run ``name`` in the child: "latency" (seconds), "fault" (kind, path, kwargs), "clear"."""
        self.conn.send((name, args))
        return self.conn.recv()

    def requests(self) -> list[dict[str, Any]]:
        if not self._log.exists():
            return []
        return [json.loads(line) for line in self._log.read_text("utf-8").splitlines() if line.strip()]

    def profile(self, language: str = "ko") -> Any:
        from contiple_desktop.domain.profile import ConnectionProfile, Environment

        return ConnectionProfile(
            name="Bench",
            service_id=self.service_id,
            organization_id=self.organization_id,
            environment=Environment.CUSTOM,
            custom_url=self.base_url,
            language=language,
            demo=True,
        )

    def stop(self) -> None:
        try:
            self.conn.send(("stop", ()))
        except (BrokenPipeError, OSError):
            pass
        self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()

    def __enter__(self) -> SimProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _serve(
    conn: Connection,
    latency: float,
    config: dict[str, Any],
    faults: list[tuple[str, str, dict[str, Any]]],
    log_path: str,
) -> None:
    from contiple_desktop.sim import SimConfig, SimServer

    sim = SimServer(SimConfig(log_path=Path(log_path), **config)).start()
    latency_fault = sim.faults.latency(latency, "*", times=None) if latency > 0 else None
    for kind, path, kwargs in faults:
        sim.faults.add(kind, path, **kwargs)
    conn.send(
        {
            "base_url": sim.base_url,
            "service_id": sim.service_id,
            "organization_id": sim.organization_id,
            "api_key": sim.api_key,
        }
    )
    while True:
        try:
            name, args = conn.recv()
        except EOFError:
            break
        if name == "stop":
            break
        if name == "latency":
            if latency_fault is not None:
                sim.faults.clear(latency_fault)
            latency_fault = sim.faults.latency(float(args[0]), "*", times=None) if args[0] > 0 else None
            conn.send(True)
        elif name == "fault":
            kind, path, kwargs = args
            sim.faults.add(kind, path, **kwargs)
            conn.send(True)
        elif name == "clear":
            sim.faults.clear()
            latency_fault = None
            conn.send(True)
        else:
            conn.send(None)
    sim.stop()
