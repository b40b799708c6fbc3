"""New-ticket benchmarks: building the form, and GUI-thread stalls during parallel uploads.

    .venv/bin/python benchmarks/bench_ticket.py [--base REV] [--skip-uploads]

1. Build a 300-field and a 30-field form (every field type, cycling; every field with a bold
   description) in a shown scroll area, as the new-ticket panel holds it, and wait until every
   row exists and the layout has settled. Five runs each (step times: medians; CPU: the least
   disturbed run, since the machine is shared) of:

   * *first step*: ``set_definitions`` until it returns (rows are on screen);
   * *GUI CPU*: CPU time the GUI thread spent from the call until everything settled (show,
     polish, layout and paint included; robust to other processes on a shared machine), also
     per field;
   * *worst step*: the longest gap between two ticks of a 5 ms timer meanwhile (harness
     ``GapMeter``: the longest the agent's key press could wait), and its 99th percentile;
   * *all rows*: wall time until the last row exists;
   * *rows only, hidden*: CPU of building every row of a form that is not shown (no show,
     layout or paint: the figure the issue measured).

   With ``--base REV`` the same runs happen first for the code at ``REV`` (a temporary
   ``git worktree`` under /tmp, run in a child process, removed afterwards), and ratios are
   printed: before and after in one run.
2. Five 9 MB uploads to the simulator (a child process) in parallel through the attachment tray,
   while the 5 ms timer measures the GUI thread; compared with the same timer while idle.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from harness import ROOT, GapMeter, SimProcess, pct, qt_app, spin, wait_until

CODE = os.environ.get("CONTIPLE_BENCH_CODE")  # another checkout's package (``--base``)
if CODE:
    sys.path.insert(0, CODE)

RUNS = 5
SIZES = (300, 30)


def definitions(n: int) -> list[Any]:
    from contiple_desktop.domain import fields
    from contiple_desktop.domain.models import FieldDefinition

    types = [t for t in fields.FIELD_TYPES if t != fields.FILE]
    out = []
    for i in range(n):
        t = types[i % len(types)]
        out.append(
            FieldDefinition(
                field_id=1000 + i, code=f"f{i}", type=t, title=f"필드 {i}", description="<b>설명</b> 텍스트",
                placeholder="입력" if t != fields.CAPTION else "<div>안내</div>", length=50 * (i % 3),
                required=i % 4 == 0, options=("옵션1", "옵션2", "옵션3"),
            )
        )  # fmt: skip
    return out


def build_once(n: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

    from contiple_desktop.ui.ticket.form import TicketForm

    defs = definitions(n)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.resize(900, 900)
    body = QWidget()
    column = QVBoxLayout(body)
    form = TicketForm(body)
    column.addWidget(form)
    column.addStretch(1)
    area.setWidget(body)
    area.show()
    spin(50)
    meter = GapMeter().start()
    spin(30)  # the meter's own first ticks
    meter.gaps.clear()
    is_built = getattr(form, "is_built", lambda: True)
    cpu0, t0 = time.thread_time(), time.perf_counter()
    form.set_definitions(defs)
    first = time.perf_counter() - t0
    wait_until(is_built, 60, "form build")
    all_rows = time.perf_counter() - t0
    spin(80)  # the last show, layout and paint
    cpu = time.thread_time() - cpu0  # idle spinning costs (almost) no CPU
    meter.stop()
    area.close()
    area.deleteLater()
    QApplication.processEvents()
    spin(20)
    return {
        "first_ms": first * 1000, "cpu_ms": cpu * 1000, "worst_ms": meter.worst,
        "p99_ms": pct(meter.gaps, 0.99), "rows_ms": all_rows * 1000,
    }  # fmt: skip


def build_hidden_ms(n: int) -> float:
    """CPU of building every row of a form that is not shown (the figure issue 12 measured)."""
    from PySide6.QtWidgets import QApplication

    from contiple_desktop.ui.ticket.form import TicketForm

    defs = definitions(n)
    form = TicketForm()
    cpu0 = time.thread_time()
    form.set_definitions(defs)
    getattr(form, "finish_building", lambda: None)()
    cpu = time.thread_time() - cpu0
    form.deleteLater()
    QApplication.processEvents()
    return cpu * 1000


def form_figures() -> dict[str, dict[str, float]]:

    app = qt_app()  # with the app's look
    build_once(30)  # warm-up: imports, caches, first polish
    out = {}
    for n in SIZES:
        runs = [build_once(n) for _ in range(RUNS)]
        figures = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
        figures["cpu_ms"] = min(r["cpu_ms"] for r in runs)  # CPU: the least disturbed run
        figures["hidden_ms"] = min(build_hidden_ms(n) for _ in range(RUNS))
        out[str(n)] = figures
    del app
    return out


def base_figures(rev: str) -> dict[str, dict[str, float]]:
    """The same runs for the code at ``rev``, in a child process (temporary git worktree)."""
    where = Path(tempfile.mkdtemp(prefix="bench-ticket-base-")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(where), rev],
                   check=True, capture_output=True)  # fmt: skip
    try:
        env = {**os.environ, "CONTIPLE_BENCH_CODE": str(where), "QT_QPA_PLATFORM": "offscreen"}
        done = subprocess.run(
            [sys.executable, __file__, "--form-json"], env=env, check=True, capture_output=True, text=True,
            timeout=600,
        )  # fmt: skip
        return dict(json.loads(done.stdout.strip().splitlines()[-1]))
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(where)],
                       check=False, capture_output=True)  # fmt: skip


Figures = dict[str, dict[str, float]]


def print_form(now: Figures, before: Figures | None, rev: str) -> None:
    def line(who: str, f: dict[str, float], n: int) -> str:
        return (f"  {who}: first step {f['first_ms']:.1f} ms; worst step {f['worst_ms']:.1f} ms "
                f"(p99 {f['p99_ms']:.1f}); GUI CPU {f['cpu_ms']:.0f} ms ({f['cpu_ms'] / n:.2f} ms/field) "
                f"incl. show/layout/paint; rows only, hidden {f['hidden_ms']:.0f} ms "
                f"({f['hidden_ms'] / n:.2f} ms/field); all rows after {f['rows_ms']:.0f} ms")  # fmt: skip

    for n in SIZES:
        f = now[str(n)]
        print(f"form build, {n} fields (shown in a scroll area; {RUNS} runs):")
        if before is not None:
            b = before[str(n)]
            print(line(f"before ({rev})", b, n))
        print(line("now" if before is not None else "", f, n))
        if before is not None:
            print(f"  ratio before/after: worst step {b['worst_ms'] / max(f['worst_ms'], 0.1):.1f}x, "
                  f"first step {b['first_ms'] / max(f['first_ms'], 0.1):.1f}x, "
                  f"GUI CPU {b['cpu_ms'] / max(f['cpu_ms'], 0.1):.1f}x, "
                  f"rows only {b['hidden_ms'] / max(f['hidden_ms'], 0.1):.1f}x")  # fmt: skip
    big, small = now[str(SIZES[0])], now[str(SIZES[1])]
    print(f"  cost 300/30 = {big['cpu_ms'] / max(small['cpu_ms'], 0.1):.1f} (10 = linear)")


def upload_stall() -> tuple[float, float, float]:
    """Worst GUI gap while idle and while five 9 MB files upload in parallel, and the time."""
    from contiple_desktop.api import ContipleClient
    from contiple_desktop.paths import AppPaths
    from contiple_desktop.storage.settings import Settings
    from contiple_desktop.tasks.bus import Bus
    from contiple_desktop.tasks.context import AppContext
    from contiple_desktop.tasks.runner import TaskRunner
    from contiple_desktop.tasks.session import Session
    from contiple_desktop.ui.attachments import AttachmentTray

    base = Path(tempfile.mkdtemp(prefix="bench-ticket-"))
    with SimProcess() as sim:
        session = Session()
        profile = sim.profile()
        session.set_connection(profile, ContipleClient(profile, sim.api_key))
        paths = AppPaths.under(base).ensure()
        runner = TaskRunner(max_threads=6)
        ctx = AppContext(runner, session, Bus(), paths, Settings(paths.settings_file), print)
        files = []
        for i in range(5):
            p = base / f"big{i}.txt"
            p.write_bytes((b"contiple bench line %d\n" % i) * (9 * 1024 * 1024 // 22))
            files.append(p)
        tray = AttachmentTray(ctx)
        spin(200)  # warm-up
        meter = GapMeter().start()
        spin(500)
        idle = meter.stop().worst
        meter.start()
        t0 = time.perf_counter()
        tray.add_files(files)
        wait_until(lambda: tray.all_uploaded() and not tray.busy(), 120, "uploads")
        elapsed = time.perf_counter() - t0
        worst = meter.stop().worst
        assert len(tray.attachment_ids()) == 5, tray.state()
        runner.shutdown(5000)
        session.set_connection(None, None)
    return idle, worst, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="also measure the form build of this git revision (before/after)")
    parser.add_argument("--skip-uploads", action="store_true", help="only the form build")
    parser.add_argument("--form-json", action="store_true", help=argparse.SUPPRESS)  # the --base child
    args = parser.parse_args()
    if args.form_json:
        print(json.dumps(form_figures()))
        return 0
    before = base_figures(args.base) if args.base else None
    now = form_figures()
    print_form(now, before, args.base or "")
    if not args.skip_uploads:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        idle, worst, elapsed = upload_stall()
        print(f"5 x 9 MB parallel uploads: {elapsed:.2f} s, {45 / elapsed:.0f} MB/s")
        print(f"GUI-thread worst gap of a 5 ms timer: {worst:.0f} ms while uploading vs {idle:.0f} ms idle "
              f"(ratio {worst / max(idle, 1):.1f})")  # fmt: skip
        del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
