"""Stress: hostile server HTML must never freeze the window; normal bodies stay within a frame.

Run: ``.venv/bin/python benchmarks/stress_html.py [--timeout 60] [--case NAME ...]`` (offscreen;
``make stress`` runs it). Every case runs in its own child process, bounded by ``--timeout``
seconds (a case still busy then prints "> 60 s"), and reports:

* ``worst gap`` — the GUI thread's longest wait (``harness.GapMeter``, 5 ms precise timer) from
  the moment the body is handed to the real ``SafeHtmlView`` (or the real ticket thread view)
  until it has settled (content in place, lazy layout done, a paint) — end to end;
* ``settled`` — milliseconds from set to settled;
* ``longest step`` — the longest single GUI-thread step of the app's own code (the ``set`` call,
  a runner callback, a render-queue turn), timed directly: the code's cost without the noise of
  other processes (the gap meter sees both);
* ``sanitise`` — the time of the sanitiser alone on a worker-like call (``prepare_html`` where it
  exists, else ``sanitize_html``), i.e. work that no longer runs on the GUI thread;
* the ratio of the worst gap to a 16 ms frame, and the idle GUI thread's worst gap measured just
  before (the shared machine's noise floor).

A case that finishes quickly is shown 3 times; its figures are the median (and the max) of the
runs, because one run on a shared machine is noise-prone.

Cases: nested tables of depth 16, 18, 20 and 2,000; 10,000 nested lists; 5 MB of text; 10,000
nested divs; a normal FAQ body (~10 KB); a ticket opened with a 30-entry thread.

To measure another checkout (e.g. the code before a change), put it first on ``PYTHONPATH``:
``PYTHONPATH=/tmp/base python benchmarks/stress_html.py`` — this script only uses public
widgets and falls back to the older API where the new one is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import GapMeter, median, spin, wait_until

for _entry in reversed([p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]):
    sys.path.insert(0, _entry)  # another checkout given on PYTHONPATH wins over this one

FRAME_MS = 16.0
REPEAT_S = 8.0
VIEW_SIZE = (900, 700)


def nested_tables(depth: int) -> str:
    return "<table><tr><td>" * depth + "x" + "</td></tr></table>" * depth


def nested_lists(depth: int) -> str:
    return "<ul><li>" * depth + "x" + "</li></ul>" * depth


def nested_divs(depth: int) -> str:
    return "<div>" * depth + "x" + "</div>" * depth


def big_text(chars: int) -> str:
    words = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. "
    return "<p>" + (words * (chars // len(words) + 1))[:chars] + "</p>"


def normal_faq() -> str:
    """About 10 KB of what FAQ editors produce: headings, paragraphs, lists, a table, links."""
    parts = ["<h2>비밀번호를 잊어버렸어요</h2>"]
    for i in range(14):
        parts.append(
            f"<h3>{i + 1}. 단계 / Step {i + 1}</h3><p>로그인 화면에서 <b>비밀번호 찾기</b>를 누르세요. "
            f"Open <a href=\"https://help.example.com/faq/{i}\">the reset page</a> and enter the "
            "e-mail address of the account; the mail arrives within a few minutes. "
            "<i>스팸 메일함도 확인해 주세요.</i></p>"
        )
        if i % 4 == 0:
            items = "".join(f"<li>확인 항목 {k}: check item {k}</li>" for k in range(5))
            parts.append(f"<ul>{items}</ul>")
        if i % 7 == 0:
            rows = "".join(f"<tr><td>요금제 {k}</td><td>{k * 1000}원</td><td>월간</td></tr>"
                           for k in range(6))
            parts.append(f"<table><tr><th>Plan</th><th>Price</th><th>Period</th></tr>{rows}</table>")
    parts.append('<p><img src="https://cdn.example.com/banner.png" alt="banner"></p>')
    return "".join(parts)


HOSTILE: dict[str, Any] = {
    "tables-16": lambda: nested_tables(16),
    "tables-18": lambda: nested_tables(18),
    "tables-20": lambda: nested_tables(20),
    "tables-2000": lambda: nested_tables(2000),
    "lists-10k": lambda: nested_lists(10_000),
    "text-5MB": lambda: big_text(5_000_000),
    "divs-10k": lambda: nested_divs(10_000),
    "faq-normal": normal_faq,
}
CASES = [*HOSTILE, "thread-30"]


# -- the child: one case ------------------------------------------------------------------------
def _context() -> Any:
    from contiple_desktop.paths import AppPaths
    from contiple_desktop.storage.settings import Settings
    from contiple_desktop.tasks.bus import Bus
    from contiple_desktop.tasks.context import AppContext
    from contiple_desktop.tasks.runner import TaskRunner
    from contiple_desktop.tasks.session import Session

    paths = AppPaths.under(Path(tempfile.mkdtemp(prefix="stress-html-"))).ensure()
    errors: list[BaseException] = []
    runner = TaskRunner(max_threads=4)
    runner.set_default_failure_handler(errors.append)
    return AppContext(
        runner=runner, session=Session(), bus=Bus(), paths=paths,
        settings=Settings(paths.settings_file), report_error=errors.append,
    )  # fmt: skip


def _sanitise_ms(body: str) -> float:
    from contiple_desktop.domain import html

    prepare = getattr(html, "prepare_html", None)
    t0 = time.perf_counter()
    if prepare is not None:
        prepare(body)
    else:
        html.sanitize_html(body)
    return (time.perf_counter() - t0) * 1000


def _settled(widget: Any) -> bool:
    """New views say when they are done; the old ones were done when ``set_html`` returned."""
    return bool(getattr(widget, "is_settled", True))


class StepClock:
    """The longest single GUI-thread step of our own code: the ``set`` call, every runner
    callback, every render-queue turn (where the code has one). Unlike the gap meter it does
    not see other processes, so it separates the code's cost from the machine's noise."""

    longest = 0.0

    @classmethod
    def install(cls) -> None:
        from contiple_desktop.tasks.runner import TaskRunner

        TaskRunner._on_finished = cls.timed(TaskRunner._on_finished)  # type: ignore[method-assign]
        try:
            from contiple_desktop.ui.html_render import RenderQueue
        except ImportError:  # older code: everything happens inside the set call
            return
        RenderQueue.run = cls.timed(RenderQueue.run)  # type: ignore[method-assign]

    @classmethod
    def timed(cls, fn: Any) -> Any:
        def wrapper(*args: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args)
            finally:
                cls.longest = max(cls.longest, (time.perf_counter() - t0) * 1000)

        return wrapper


def _measure(show: Any, settled: Any) -> tuple[float, float, float]:
    meter = GapMeter().start()
    spin(30)  # the meter's baseline
    StepClock.longest = 0.0
    t0 = time.perf_counter()
    show()
    StepClock.longest = max(StepClock.longest, (time.perf_counter() - t0) * 1000)
    wait_until(settled, timeout_s=600, what="settle")
    spin(1)
    elapsed = (time.perf_counter() - t0) * 1000
    spin(250)  # lazy layout, paints, anything queued
    meter.stop()
    return meter.worst, elapsed, StepClock.longest


def _thread_detail() -> Any:
    from contiple_desktop.domain.models import Attachment, TicketDetail, TicketEntry

    entries = []
    for i in range(30):
        body = "".join(
            f"<p>{'고객님, 문의해 주셔서 감사합니다. ' if i % 2 else '아직 로그인이 안 됩니다. '}"
            f"Entry {i}, paragraph {k}: the reset mail did not arrive, please check "
            f"<a href=\"https://help.example.com/x/{i}\">this page</a>.</p>"
            for k in range(1 + i % 3)
        )
        files = (Attachment(f"att{i:03d}", f"screenshot-{i}.png", "image/png", 48_213),) if i % 3 == 0 else ()
        when = 1_700_000_000_000 + i * 60_000
        entries.append(TicketEntry(body, "reply" if i % 2 else "enduser", created_ms=when, attachments=files))
    return TicketDetail(
        "T20240101000000000001", subject="로그인이 안 됩니다", status="processing", status_name="처리 중",
        content="<p>로그인이 안 됩니다. 비밀번호 재설정 메일이 오지 않아요.</p>",
        created_ms=1_700_000_000_000, updated_ms=1_700_000_000_000 + 29 * 60_000, entries=tuple(entries),
    )


def _idle_gap_ms() -> float:
    """The worst gap of an idle GUI thread right now: the machine's noise floor."""
    meter = GapMeter().start()
    spin(300)
    return meter.stop().worst


def run_case(name: str, repeat_s: float = REPEAT_S) -> dict[str, float]:
    """Show case ``name`` (up to 3 times while within ``repeat_s``); median and max figures."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = _context()
    StepClock.install()
    runs: list[tuple[float, float, float]] = []
    try:
        if name == "thread-30":
            from contiple_desktop.ui.history.detail import TicketDetailPane

            pane = TicketDetailPane(ctx)
            pane.resize(*VIEW_SIZE)
            pane.show()
            detail = _thread_detail()
            show = getattr(pane, "show_detail", None) or pane._show

            def open_ticket(ticket_id: str, entries: int = 30) -> None:
                pane.ticket_id = ticket_id  # as show_ticket() does before the load
                show(replace(detail, ticket_id=ticket_id, entries=detail.entries[:entries]))

            def settled() -> bool:
                return _settled(pane.thread_view) and _settled(pane.content)

            open_ticket("T-warm-up", 2)  # first-use costs (fonts, styles, icons), once
            wait_until(settled, what="warm-up")
            sanitise = sum(_sanitise_ms(e.content) for e in detail.entries)
            idle = _idle_gap_ms()
            began = time.monotonic()
            while len(runs) < 3 and (not runs or time.monotonic() - began < repeat_s):
                ticket_id = f"T-{len(runs)}"
                runs.append(_measure(lambda t=ticket_id: open_ticket(t), settled))
        else:
            from contiple_desktop.ui.html_view import SafeHtmlView

            body = HOSTILE[name]()
            sanitise = _sanitise_ms(body)
            view = SafeHtmlView(ctx)
            view.resize(*VIEW_SIZE)
            view.show()
            view.set_html("<p>warm-up: <b>fonts</b> and <i>styles</i></p>")  # first-use costs, once
            wait_until(lambda: _settled(view), what="warm-up")
            idle = _idle_gap_ms()
            began = time.monotonic()
            while len(runs) < 3 and (not runs or time.monotonic() - began < repeat_s):
                view.set_html("<p>between runs</p>")
                wait_until(lambda: _settled(view), what="reset")
                runs.append(_measure(lambda: view.set_html(body), lambda: _settled(view)))
        gaps, times, steps = ([r[i] for r in runs] for i in range(3))
        return {"worst_gap_ms": median(gaps), "max_gap_ms": max(gaps), "settled_ms": median(times),
                "step_ms": median(steps), "sanitise_ms": sanitise, "idle_gap_ms": idle,
                "runs": len(runs)}  # fmt: skip
    finally:
        ctx.runner.shutdown(5000)
        del app


# -- the parent: every case in its own bounded child --------------------------------------------
def _fmt_ms(value: float) -> str:
    return f"{value / 1000:7.2f} s " if value >= 10_000 else f"{value:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per case before it is cut off")
    parser.add_argument("--case", action="append", choices=CASES, help="run only these cases")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child)), flush=True)
        return 0

    code = os.environ.get("PYTHONPATH") or str(Path(__file__).resolve().parents[1])
    print(f"HTML stress (code: {code}; offscreen; each case bounded by {args.timeout:.0f} s)")
    print(f"  {'case':12s} {'worst GUI gap':>13s} {'x frame':>8s} {'(max)':>10s} {'longest step':>12s}"
          f" {'set→settled':>12s} {'sanitise':>10s} {'idle gap':>9s}")
    failed = False
    for name in args.case or CASES:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--child", name]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=False)
        except subprocess.TimeoutExpired:
            cut_off = f"> {args.timeout:.0f} s"
            print(f"  {name:12s} {cut_off:>13s}")
            continue
        lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
        if done.returncode != 0 or not lines:
            failed = True
            print(f"  {name:12s} failed (exit {done.returncode}): {done.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(lines[-1])
        print(f"  {name:12s} {_fmt_ms(r['worst_gap_ms']):>13s} {r['worst_gap_ms'] / FRAME_MS:7.1f}x"
              f" {_fmt_ms(r['max_gap_ms']):>10s} {_fmt_ms(r['step_ms']):>12s} {_fmt_ms(r['settled_ms']):>12s}"
              f" {_fmt_ms(r['sanitise_ms']):>10s} {_fmt_ms(r['idle_gap_ms']):>9s}")
    print("  worst GUI gap: median over up to 3 runs (max in brackets); longest step: the longest single"
          " GUI-thread step of the app's own code (set call, runner callback, render turn); idle gap: the"
          " meter with nothing to do, just before (the machine's noise floor)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
