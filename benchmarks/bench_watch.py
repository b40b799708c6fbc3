"""Watch-list benchmark: the poller's request rate for 50 watched callers.

Run: ``.venv/bin/python benchmarks/bench_watch.py [--callers 50] [--factor 40] [--rounds 5]``

The real schedule polls each watched caller once every 120 s (±20 % jitter): 50 callers make
25 list requests a minute. To measure it in seconds, the interval (and the backoff) is shortened
by ``--factor``; the simulator runs in a child process (``harness.SimProcess``) and its request
log is the measurement. Printed, all from one run:

* the configured rate (requests/minute at the real interval, and at the shortened one);
* the measured rate over ``--rounds`` intervals in steady state (sim log), scaled back to the
  real interval, and the ratio measured / configured (≈ 1.0: one request per caller per interval);
* the extra requests when the simulated help desk then answers every ticket
  (``SimConfig.demo_activity``): one detail request per answered ticket;
* the worst GUI-thread gap while polling and while the answers arrive (5 ms timer).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harness import GapMeter, SimProcess, wait_until
from PySide6.QtCore import QCoreApplication

from contiple_desktop.api.client import ContipleClient
from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue
from contiple_desktop.paths import AppPaths
from contiple_desktop.storage.settings import Settings
from contiple_desktop.tasks.bus import Bus
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session
from contiple_desktop.tasks.watch import WatchList, WatchTimings

REAL = WatchTimings()


def _lists(sim: SimProcess, since_ms: int, until_ms: int) -> int:
    return sum(
        1 for r in sim.requests()
        if r["path"].endswith("/list.json") and since_ms <= r["time_ms"] < until_ms
    )  # fmt: skip


def _details(sim: SimProcess) -> int:
    return sum(1 for r in sim.requests() if r["path"].endswith("/detail.json"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--callers", type=int, default=50)
    parser.add_argument("--factor", type=float, default=40.0, help="how much faster than the real 120 s")
    parser.add_argument("--rounds", type=int, default=5, help="intervals measured in steady state")
    args = parser.parse_args()

    app = QCoreApplication(sys.argv[:1])
    timings = REAL.scaled(args.factor)
    interval_ms = int(timings.interval_s * 1000)
    # The help desk answers every ticket once the steady-state window is over.
    answer_after_s = 10 + (args.rounds + 3) * timings.interval_s
    with SimProcess(config={"demo_activity": answer_after_s}) as sim:
        profile = sim.profile()
        client = ContipleClient(profile, sim.api_key)
        session = Session()
        session.set_connection(profile, client)
        paths = AppPaths.make_temporary().ensure()
        runner = TaskRunner(max_threads=6)
        ctx = AppContext(runner, session, Bus(), paths, Settings(paths.settings_file), print)
        tickets: list[tuple[str, str]] = []
        for n in range(args.callers):
            usercode = f"bench-{n + 1:03d}"
            created = client.create_ticket(NewTicket(
                2541, f"benchmark {n}", "watch me", EndUser("bench@example.com", "벤치", usercode=usercode),
                user_fields=(UserFieldValue("personalAgree", "true"),),
            ))  # fmt: skip
            tickets.append((usercode, created.ticket_id))
        idle = GapMeter().start()  # the machine's own noise, for comparison
        idle_end = time.monotonic() + 2.0
        wait_until(lambda: time.monotonic() >= idle_end, 10, "idle baseline")
        idle.stop()
        watch = WatchList(ctx, timings=timings)
        watch.start()
        wait_until(lambda: watch.status.pause.value == "none", 10, "load")
        for usercode, ticket_id in tickets:
            watch.watch(usercode, ticket_id)

        wait_until(lambda: _lists(sim, 0, 2**62) >= args.callers, 10 + 3 * timings.interval_s, "first round")
        gaps = GapMeter().start()
        start_ms = int(time.time() * 1000)
        end_ms = start_ms + args.rounds * interval_ms
        wait_until(lambda: int(time.time() * 1000) >= end_ms, args.rounds * timings.interval_s + 10, "rounds")
        gaps.stop()  # (reading the request log below is the benchmark's own work)
        steady_worst = gaps.worst
        measured = _lists(sim, start_ms, end_ms)
        minutes = (end_ms - start_ms) / 60_000
        details_before = _details(sim)
        events: list[object] = []
        watch.changed.connect(events.append)
        gaps.start()
        wait_until(lambda: len(events) >= len(tickets), answer_after_s + 3 * timings.interval_s, "answers")
        extra = _details(sim) - details_before
        gaps.stop()

        configured_real = args.callers * 60 / REAL.interval_s
        configured_fast = args.callers * 60 / timings.interval_s
        rate_fast = measured / minutes
        print(f"watched callers:            {args.callers} (one ticket each), interval ÷ {args.factor:g}")
        print(f"configured rate:            {configured_real:.1f} req/min at {REAL.interval_s:.0f} s "
              f"({configured_fast:.0f} req/min at {timings.interval_s:.1f} s)")  # fmt: skip
        print(f"measured rate:              {rate_fast:.0f} req/min over {args.rounds} intervals "
              f"= {rate_fast / args.factor:.1f} req/min at {REAL.interval_s:.0f} s")  # fmt: skip
        print(f"measured / configured:      {rate_fast / configured_fast:.2f}")
        print(f"answers noticed:            {len(events)} of {len(tickets)}; "
              f"detail requests {extra} ({extra / len(tickets):.2f} per answered ticket)")  # fmt: skip
        print(f"poller requests (own count): {watch.request_count}")
        print(f"worst GUI-thread gap:       {steady_worst:.1f} ms polling, {gaps.worst:.1f} ms while the "
              f"answers arrived; idle {idle.worst:.1f} ms (tick 5 ms)")  # fmt: skip
        print(f"p99 GUI-thread gap:         {gaps.p99:.1f} ms (idle {idle.p99:.1f} ms)")
        watch.deleteLater()
        runner.shutdown(3000)
        ctx.disk.shutdown(3000)
        client.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
