"""Attachment-tray benchmark: GUI-thread gaps while files are dropped and uploaded.

    .venv/bin/python benchmarks/bench_attachments.py [--against REV] [--latency 0.08] [--rounds 5]

Drives the real ``AttachmentTray`` (in a 1366 px wide window with a scroll area, as the ticket
form hosts it) against the simulator in a child process (``harness.SimProcess``, every request
delayed by ``--latency`` seconds) while ``harness.GapMeter`` records the GUI thread's gaps:

1. **drop 5 files** — a file-manager drop (``text/uri-list``) of five small files, measured from
   the drop until every row says "Attached"; ``--rounds`` times, the tray emptied in between.
2. **5 × 9 MB uploads** — one drop of five 9 MB files, measured until all are uploaded.

Each scenario prints the worst and the p99 gap (an idle GUI thread shows ~5 ms; a 40 ms step
shows ~40 ms) and the idle gaps of the same timer in the same process. With ``--against REV``
the same scenarios also run on that revision's code (a temporary ``git worktree``, imported
through ``sys.path``; removed afterwards) and the figures are printed side by side with ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import ROOT, GapMeter, SimProcess, spin, wait_until

SMALL = {
    "screenshot.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048,
    "invoice.pdf": b"%PDF-1.4\n" + b"0" * 4096 + b"\n%%EOF\n",
    "통화 메모.txt": "통화 메모\nnotes from the call\n".encode() * 64,
    "photo.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 4096 + b"\xff\xd9",
    "logs.zip": b"PK\x05\x06" + b"\x00" * 18,
}


FULL_FORM_TYPE = 2542  # the seed's five-level inquiry type whose form has every field type


def measure(root: str, latency: float, rounds: int, host: str) -> dict[str, Any]:
    """Run both scenarios on the code under ``root``; returns the figures (milliseconds).

    ``host`` "form": the tray of the real new-ticket form (type 2542, 1366 × 768 window);
    "tray": the tray alone in a scroll area of the same size.
    """
    sys.path.insert(0, root)
    from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

    import contiple_desktop
    from contiple_desktop.api.client import ContipleClient
    from contiple_desktop.paths import AppPaths
    from contiple_desktop.storage.settings import Settings
    from contiple_desktop.tasks.bus import Bus
    from contiple_desktop.tasks.context import AppContext
    from contiple_desktop.tasks.runner import TaskRunner
    from contiple_desktop.tasks.session import Session
    from contiple_desktop.ui.attachments import AttachmentTray

    assert Path(contiple_desktop.__file__).is_relative_to(root), contiple_desktop.__file__

    class StepApp(QApplication):
        """Times every top-level event dispatch: wall time and the GUI thread's own CPU time."""

        inside = False
        steps: list[tuple[float, float]] = []
        slow: list[tuple[float, float, str]] = []  # steps over 3 ms CPU, with what they were

        def notify(self, receiver: Any, event: Any) -> bool:
            if StepApp.inside:  # nested dispatch: part of the current step, as cheap as possible
                return bool(super().notify(receiver, event))
            StepApp.inside = True
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return bool(super().notify(receiver, event))
            finally:
                step = ((time.perf_counter() - wall) * 1e3, (time.thread_time() - cpu) * 1e3)
                StepApp.inside = False
                StepApp.steps.append(step)
                if step[1] > 3:
                    StepApp.slow.append((*step, f"{type(receiver).__name__} {event.type().name}"))

    app = StepApp(sys.argv[:1])
    from contiple_desktop.ui.shell.style import apply_style

    apply_style(app)  # the app's look, as app.main() applies it
    base = Path(tempfile.mkdtemp(prefix="bench-attach-"))
    small = []
    for name, data in SMALL.items():
        (base / name).write_bytes(data)
        small.append(base / name)
    big = []
    for i in range(5):
        p = base / f"big{i}.txt"
        p.write_bytes((b"contiple bench line %d\n" % i) * (9 * 1024 * 1024 // 22))
        big.append(p)

    def step_figures(taken: list[tuple[float, float]]) -> dict[str, float]:
        return {
            "step_wall": max((w for w, _ in taken), default=0.0),
            "step_cpu": max((c for _, c in taken), default=0.0),
            "steps_over_16": float(sum(1 for _, c in taken if c > 16)),
        }

    def drop(tray: QWidget, paths: list[Path]) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        enter = QDragEnterEvent(
            QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(tray, enter)
        event = QDropEvent(
            QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        QApplication.sendEvent(tray, event)

    out: dict[str, Any] = {"slow_steps": StepApp.slow}
    with SimProcess(latency) as sim:
        session = Session()
        session.set_connection(sim.profile(), ContipleClient(sim.profile(), sim.api_key))
        paths = AppPaths.under(base / "app").ensure()
        runner = TaskRunner(max_threads=6)
        ctx = AppContext(runner, session, Bus(), paths, Settings(paths.settings_file), print)
        if host == "form":
            from contiple_desktop.ui.ticket.panel import NewTicketPanel

            window = panel = NewTicketPanel(ctx)
            window.resize(1366, 768)
            window.show()
            wait_until(lambda: panel.picker.model.rowCount() > 0, 20, "inquiry types")
            assert panel.picker.select(FULL_FORM_TYPE)
            wait_until(lambda: panel.form.widget_for("subject") is not None, 20, "the form")
            tray = panel.tray
        else:
            window = QWidget()
            window.resize(1366, 768)
            scroll = QScrollArea(window)
            scroll.setWidgetResizable(True)
            body = QWidget()
            column = QVBoxLayout(body)
            tray = AttachmentTray(ctx, body)
            column.addWidget(tray)
            column.addStretch(1)
            scroll.setWidget(body)
            QVBoxLayout(window).addWidget(scroll)
            window.show()
        meter = GapMeter()
        meter.start()
        spin(300)  # warm-up: the first ticks include start-up work
        meter.stop()
        meter.start()
        spin(600)
        out["idle"] = {"worst": meter.stop().worst, "p99": meter.p99}

        def settled() -> bool:
            return not tray.busy() and tray.all_uploaded()

        gaps: list[float] = []
        worst_round: list[float] = []
        steps: list[tuple[float, float]] = []
        first_cpu = 0.0
        for n in range(rounds):
            tray.clear()
            spin(100)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last round's rows
            mark = len(StepApp.steps)
            meter.start()
            drop(tray, small)
            wait_until(settled, 30, "drop 5 files")
            spin(50)  # the last repaint
            meter.stop()
            assert len(tray.attachment_ids()) == 5, tray.state()
            gaps += meter.gaps
            worst_round.append(meter.worst)
            if n == 0:  # the first drop also pays one-off costs (glyph caches, first polish)
                first_cpu = max((c for _, c in StepApp.steps[mark:]), default=0.0)
            else:
                steps += StepApp.steps[mark:]
        out["drop5"] = {
            "worst": max(gaps), "p99": _pct(gaps, 0.99), "median_round_worst": _median(worst_round),
            "first_drop_step_cpu": first_cpu, **step_figures(steps),
        }  # fmt: skip

        tray.clear()
        spin(100)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        mark = len(StepApp.steps)
        meter.start()
        t0 = time.perf_counter()
        drop(tray, big)
        wait_until(settled, 120, "5 x 9 MB uploads")
        elapsed = time.perf_counter() - t0
        meter.stop()
        assert len(tray.attachment_ids()) == 5, tray.state()
        big_steps = StepApp.steps[mark:]
        out["big5"] = {"worst": meter.worst, "p99": meter.p99, "seconds": elapsed, **step_figures(big_steps)}
        tray.clear()
        window.close()
        window.deleteLater()
        spin(50)
        runner.shutdown(5000)
        session.set_connection(None, None)
    del app
    return out


def _pct(values: list[float], q: float) -> float:
    from harness import pct

    return pct(values, q)


def _median(values: list[float]) -> float:
    from harness import median

    return median(values)


def run_child(root: Path, latency: float, rounds: int, host: str) -> dict[str, Any]:
    """Measure ``root``'s code in a fresh interpreter (one QApplication, one import of the app)."""
    cmd = [sys.executable, __file__, "--measure", str(root)]
    cmd += ["--latency", str(latency), "--rounds", str(rounds), "--host", host]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child for {root} failed:\n{done.stderr[-3000:]}")
    last = [line for line in done.stdout.splitlines() if line.startswith("{")][-1]
    result: dict[str, Any] = json.loads(last)
    return result


def report(label: str, figures: dict[str, Any], steps: bool = False) -> None:
    if steps:
        for wall, cpu, what in figures["slow_steps"]:
            print(f"[{label}] step {wall:6.1f} ms wall {cpu:5.1f} ms CPU  {what}")
    idle = figures["idle"]
    print(f"[{label}] idle GUI gaps: worst {idle['worst']:.1f} ms, p99 {idle['p99']:.1f} ms")
    d = figures["drop5"]
    print(
        f"[{label}] drop 5 files until attached: worst gap {d['worst']:.1f} ms, p99 {d['p99']:.1f} ms "
        f"(median of the rounds' worst {d['median_round_worst']:.1f} ms); drops 2..n: {_steps(d)}; "
        f"first drop: longest step {d['first_drop_step_cpu']:.1f} ms CPU"
    )
    b = figures["big5"]
    print(
        f"[{label}] 5 x 9 MB uploads ({b['seconds']:.2f} s): worst gap {b['worst']:.1f} ms, "
        f"p99 {b['p99']:.1f} ms; {_steps(b)}"
    )


def _steps(f: dict[str, float]) -> str:
    return (
        f"longest GUI step {f['step_wall']:.1f} ms wall / {f['step_cpu']:.1f} ms CPU, "
        f"{f['steps_over_16']:.0f} steps over 16 ms CPU"
    )


def combine(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of each figure over ``runs`` (the slow-step list of the first run)."""
    out: dict[str, Any] = {"slow_steps": runs[0]["slow_steps"]}
    for key in ("idle", "drop5", "big5"):
        out[key] = {stat: _median([r[key][stat] for r in runs]) for stat in runs[0][key]}
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=0.08)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--host", choices=("form", "tray"), default="form")
    parser.add_argument("--against", metavar="REV", help="also measure this git revision (before/after)")
    parser.add_argument("--repeat", type=int, default=0, help="runs per tree, interleaved (median shown)")
    parser.add_argument("--steps", action="store_true", help="list the GUI steps over 3 ms CPU")
    parser.add_argument("--measure", metavar="ROOT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.latency, args.rounds, args.host)))
        return 0
    repeat = args.repeat or (2 if args.against else 1)
    print(
        f"tray in the {'new-ticket form' if args.host == 'form' else 'scroll area'}, 1366 x 768; simulator "
        f"latency {args.latency * 1000:.0f} ms; {args.rounds} drops of 5 files; median of {repeat} run(s)"
    )
    trees: list[tuple[str, Path]] = [("this tree", ROOT)]
    base: Path | None = None
    if args.against:
        base = Path(tempfile.mkdtemp(prefix="base-attach-")) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(base), args.against],
                       check=True, capture_output=True)  # fmt: skip
        trees.insert(0, (args.against, base))
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label, _ in trees}
    try:
        for i in range(repeat):  # interleaved, so a change in the machine's load hits both trees
            for label, root in trees if i % 2 == 0 else trees[::-1]:
                runs[label].append(run_child(root, args.latency, args.rounds, args.host))
    finally:
        if base is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    figures = {label: combine(r) for label, r in runs.items()}
    for label, f in figures.items():
        report(label, f, args.steps)
    if args.against:
        before, after = figures[args.against], figures["this tree"]
        for key in ("drop5", "big5"):
            for stat in ("worst", "p99", "step_cpu"):
                ratio = after[key][stat] / max(before[key][stat], 0.001)
                print(f"{key} {stat}: {before[key][stat]:.1f} → {after[key][stat]:.1f} ms (×{ratio:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
