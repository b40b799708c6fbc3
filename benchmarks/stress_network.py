"""Hostile servers against the protocol layer: does any call hang, does any answer blow up memory?

Loopback only, bounded. The hostile servers (``tests/api/hostile.py``) run in this process; each
measured client runs in a fresh child process, so a hang is killed at the bound and shows as
"> N s", and peak RSS is the client's own. Printed, in one run:

* per fault: how long until the call ends by itself (default timeouts), and how long from a
  cancel (1 s into the call) until the call ends;
* quit: ``TaskRunner.shutdown(3000)`` with 6 slow-drip requests in flight, until the child
  process has exited (interpreter exit included, so a pool destructor that hangs shows);
* the clock offset left by an 'expired' refusal with a 1900 (or garbage) ``Date``;
* peak RSS added per hostile answer (``ru_maxrss`` before/after, fresh child each).

``--code DIR`` measures the ``contiple_desktop`` found in DIR instead (e.g. a ``git worktree`` of
the base commit); only the public client API that has not changed is used.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

if __name__ == "__main__" and "--child" in sys.argv:
    _code = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv else ""
    if _code:
        sys.path.insert(0, _code)  # the code under test comes first
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEY = "0123456789abcdef0123456789abcdef"
ORG = "AbcdE1fghIj23K4x"
ENVELOPE_HEAD = b'{"header":{"resultCode":200,"resultMessage":"","isSuccessful":true},"result":'

# ====================================================================== child side (the client)


def _client(url: str) -> Any:
    from contiple_desktop.api import ContipleClient
    from contiple_desktop.domain.profile import ConnectionProfile, Environment

    profile = ConnectionProfile("stress", "svc", ORG, environment=Environment.CUSTOM, custom_url=url)
    return ContipleClient(profile, KEY)


def _call(client: Any, kind: str, cancel: Any) -> object:
    from contiple_desktop.domain.models import EndUser, NewTicket

    if kind == "GET":
        return client.customer_tickets("u1", cancel=cancel)
    if kind == "POST":
        ticket = NewTicket(2542, "s", "c", EndUser(email="a@example.com", username="A", usercode="u1"))
        return client.create_ticket(ticket, cancel=cancel)
    if kind == "upload":
        return client.upload_attachment(b"u" * (16 * 1024 * 1024), file_name="a.txt", cancel=cancel)
    return client.attachment_bytes("notice", "a" * 32, cancel=cancel)


def _emit(**fields: object) -> None:
    print(json.dumps(fields), flush=True)


def child_timing(url: str, kind: str) -> None:
    """Two calls at once: one left alone, one cancelled after 1 s. One JSON line each."""
    from contiple_desktop.cancel import CancelToken

    client = _client(url)
    token = CancelToken()
    cancelled_at: list[float] = []

    def run(name: str, cancel: Any) -> None:
        started = time.monotonic()
        try:
            _call(client, kind, cancel)
            outcome = "ok"
        except BaseException as exc:
            outcome = type(exc).__name__
        ended = time.monotonic()
        if cancel is None:
            _emit(kind="alone", seconds=ended - started, outcome=outcome)
        elif cancelled_at:
            _emit(kind="cancel", seconds=ended - cancelled_at[0], outcome=outcome)
        else:
            _emit(kind="cancel", seconds=None, outcome=outcome, note="ended before the cancel")

    threads = [threading.Thread(target=run, args=args, daemon=True) for args in (("a", None), ("b", token))]
    for t in threads:
        t.start()
    threads[1].join(1.0)
    if threads[1].is_alive():
        cancelled_at.append(time.monotonic())
        token.cancel()
    for t in threads:
        t.join()
    os._exit(0)


def child_quit(url: str) -> None:
    """Six slow-drip requests through a TaskRunner, then shutdown(3000) and a normal exit."""
    from PySide6.QtCore import QCoreApplication

    from contiple_desktop.tasks.runner import TaskRunner

    app = QCoreApplication([])
    client = _client(url)
    runner = TaskRunner()
    for _ in range(6):
        runner.submit(lambda ctx: client.customer_tickets("u1", cancel=ctx.cancel))
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline:  # let all six reach the server
        app.processEvents()
        time.sleep(0.01)
    started = time.monotonic()
    _emit(kind="shutdown_started", at=started)
    done = runner.shutdown(3000)
    _emit(kind="shutdown_returned", seconds=time.monotonic() - started, all_done=done)
    client.close()
    # falling off the end: interpreter exit, PySide's destruction of Python-owned QObjects


def child_clock(url: str) -> None:
    client = _client(url)
    try:
        client.ticket("u1", "T1")
        outcome = "ok"
    except BaseException as exc:
        outcome = type(exc).__name__
    _emit(kind="clock", offset_ms=client.clock_skew_ms, outcome=outcome)
    os._exit(0)


def _rss_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def child_rss(url: str, warm_url: str) -> None:
    client = _client(warm_url)
    client.notices(page_size=10)  # imports, pools, first allocations
    client.close()
    client = _client(url)
    before = _rss_mib()
    started = time.monotonic()
    items = None
    try:
        items = len(client.notices(page_size=10).items)
        outcome = "ok"
    except BaseException as exc:
        outcome = f"{type(exc).__name__}: {str(exc)[:70]}"
    seconds = time.monotonic() - started
    after = _rss_mib()
    _emit(kind="rss", added_mib=after - before, peak_mib=after, seconds=seconds, outcome=outcome, items=items)
    os._exit(0)


# ====================================================================== parent side (the servers)


def _empty_objects(total: int) -> Iterator[bytes]:
    yield b"["
    block = b"{}," * 50_000
    for _ in range(total // len(block)):
        yield block
    yield b"{}]"


def _page(size: int, subject_len: int = 120) -> Iterator[bytes]:
    """A valid list envelope of about ``size`` bytes."""
    item = json.dumps(
        {"noticeId": 1, "categoryId": 7, "subject": "s" * subject_len, "regDt": "2024-01-01T00:00:00",
         "attachmentYn": "N", "isNew": "false", "viewCount": 3}
    ).encode()
    yield ENVELOPE_HEAD + b'{"contents":[' + item
    block = (b"," + item) * 500
    for _ in range(size // len(block)):
        yield block
    yield b'],"total":1}}'


def _deep(depth: int) -> Iterator[bytes]:
    yield ENVELOPE_HEAD + b"[" * depth + b"]" * depth + b"}"


def run_child(args: list[str], code: str, bound: float) -> tuple[list[dict[str, Any]], float, bool]:
    """Run a child; its JSON lines, how long it lived, and whether it was killed at the bound."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    cmd += ["--code", code] if code else []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        out, _ = proc.communicate(timeout=bound)
        killed = False
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        killed = True
    lived = time.monotonic() - started
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return lines, lived, killed


def _fmt(seconds: float | None, bound: float, killed: bool) -> str:
    if seconds is None:
        return f"> {bound:.0f} s" if killed else "n/a"
    return f"{seconds:.2f} s"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", default="", help="directory whose contiple_desktop is measured")
    parser.add_argument("--bound", type=float, default=40.0, help="seconds before a hung case is killed")
    opts = parser.parse_args()

    import harness  # puts the repository root on sys.path (for tests.api.hostile)

    from tests.api.hostile import HostileServer, envelope_bytes

    label = opts.code or str(harness.ROOT)
    print(f"stress_network: code under test = {label}; bound {opts.bound:.0f} s per case")
    expired = envelope_bytes(400, "X-TC-Timestamp is expired")
    faults = [
        ("1 B/s headers, GET", HostileServer("drip_headers"), "GET"),
        ("1 B/s headers, signed POST", HostileServer("drip_headers"), "POST"),
        ("1 B/s body, GET", HostileServer("drip_body"), "GET"),
        ("1 B/s body, signed POST", HostileServer("drip_body"), "POST"),
        ("1 B/s reader, 16 MB upload", HostileServer("slow_reader"), "upload"),
        ("1 B/s body, download", HostileServer("drip_body", headers={"Content-Type": "image/png"}),
         "download"),
        ("never answers, GET", HostileServer("silent"), "GET"),
        ("never accepts, GET", HostileServer("no_accept"), "GET"),
        ("endless 503 Retry-After 3600", HostileServer("reply", status=503, headers={"Retry-After": "3600"},
                                                        body=b"busy"), "GET"),
    ]
    for _, server, _ in faults:
        server.start()
    results: dict[str, tuple[list[dict[str, Any]], float, bool]] = {}

    def measure(name: str, url: str, kind: str) -> None:
        results[name] = run_child(["timing", url, kind], opts.code, opts.bound)

    workers = [threading.Thread(target=measure, args=(n, s.base_url, k)) for n, s, k in faults]
    for w in workers:
        w.start()

    # meanwhile: quit, clock and memory (one child at a time)
    quit_lines: list[dict[str, Any]] = []
    with HostileServer("drip_body") as drip:
        cmd_started = time.monotonic()
        quit_lines, lived, quit_killed = run_child(["quit", drip.base_url], opts.code, 20.0)
        ended = cmd_started + lived
    started_at = next((line["at"] for line in quit_lines if line["kind"] == "shutdown_started"), None)
    returned = next((line for line in quit_lines if line["kind"] == "shutdown_returned"), {})

    clock: dict[str, Any] = {}
    dates = (("1900", "Mon, 01 Jan 1900 00:00:00 GMT"), ("garbage", "Tue, 99 Foo 20x3 99:99:99 GMT"))
    for label_, date in dates:
        with HostileServer("reply", status=400, date=date, body=expired) as server:
            lines, _, _ = run_child(["clock", server.base_url], opts.code, 20.0)
        clock[label_] = lines[0] if lines else {}

    rss_cases = [
        ("50 MB [{},{},...]", lambda: _empty_objects(50_000_000)),
        ("50 MB valid list page, page_size=10", lambda: _page(50_000_000)),
        ("3.9 MB list page (under the caps), page_size=10", lambda: _page(3_900_000, subject_len=1000)),
        ("10,000-deep nesting", lambda: _deep(10_000)),
    ]
    rss: list[tuple[str, dict[str, Any], bool]] = []
    ok_body = envelope_bytes(result={"contents": [], "total": 0})
    with HostileServer("reply", body=ok_body) as warm:
        for name, body in rss_cases:
            with HostileServer("reply", body=body) as server:
                lines, _, killed = run_child(["rss", server.base_url, warm.base_url], opts.code, 60.0)
            rss.append((name, lines[0] if lines else {}, killed))

    for w in workers:
        w.join()
    for _, server, _ in faults:
        server.stop()

    print("\n-- faults (default timeouts; cancel 1 s into the call)")
    print(f"{'fault':34} {'call ends after':>16} {'cancel -> end':>14}  outcome (alone / cancelled)")
    for name, _, _ in faults:
        lines, _lived, killed = results[name]
        alone = next((line for line in lines if line["kind"] == "alone"), {})
        cancel = next((line for line in lines if line["kind"] == "cancel"), {})
        print(
            f"{name:34} {_fmt(alone.get('seconds'), opts.bound, killed):>16} "
            f"{_fmt(cancel.get('seconds'), opts.bound, killed):>14}  "
            f"{alone.get('outcome', '-')} / {cancel.get('outcome', '-')} {cancel.get('note', '')}"
        )

    print("\n-- quit: TaskRunner.shutdown(3000) with 6 slow-drip requests in flight")
    if started_at is not None:
        total = ended - started_at
        shown = f"> {ended - started_at:.1f} s (killed)" if quit_killed else f"{total:.2f} s"
        print(f"shutdown() returned after {returned.get('seconds', float('nan')):.2f} s "
              f"(all done: {returned.get('all_done')}); process exit after {shown}")
    else:
        print("the child never reached shutdown")

    print("\n-- clock offset after an 'expired' refusal")
    for label_, line in clock.items():
        print(f"Date {label_:8}: offset {line.get('offset_ms', '?'):>16} ms   ({line.get('outcome', '-')})")

    print("\n-- peak RSS added per hostile answer (fresh child each)")
    for name, line, killed in rss:
        if killed or not line:
            print(f"{name:48} killed after 60 s")
            continue
        items = f", {line['items']} items" if line.get("items") is not None else ""
        print(
            f"{name:48} +{line['added_mib']:7.1f} MiB (peak {line['peak_mib']:6.1f})"
            f"  {line['seconds']:6.2f} s  {line['outcome']}{items}"
        )
    return 0


if __name__ == "__main__":
    if "--child" in sys.argv:
        argv = [a for a in sys.argv[sys.argv.index("--child") + 1 :]]
        if "--code" in argv:
            del argv[argv.index("--code") : argv.index("--code") + 2]
        what, *rest = argv
        {"timing": child_timing, "quit": child_quit, "clock": child_clock, "rss": child_rss}[what](*rest)
        sys.exit(0)
    sys.exit(main())
