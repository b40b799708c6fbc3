"""The call hand-off between two launches: how long a second launch takes to hand its call over.

A first instance runs (``main.py --demo --debug --temp-basedir DIR``, offscreen). Then, N times
each, in one run:

* ``python -c pass`` — the interpreter alone (the floor);
* ``main.py --version`` — the interpreter plus argument parsing (no Qt);
* ``main.py --temp-basedir DIR tel:010-1001-5007`` — a second launch that hands its call over:
  wall time from spawn to exit 0, and from spawn to the first instance logging the receipt.

Printed: medians and p90 in ms and the hand-off's ratio to the interpreter's own start, because
the machine is shared and noisy. The issue's budget: the second process exits within 1 s.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_handoff.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.harness import median, pct  # noqa: E402

MAIN = str(ROOT / "main.py")


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, timeout=60)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[2:]} exited {result.returncode}: {result.stderr.decode()[-500:]}")
    return elapsed * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    runtime = Path(tempfile.mkdtemp(prefix="cd-bench-rt-"))
    base = Path(tempfile.mkdtemp(prefix="cd-bench-base-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_RUNTIME")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime))
    first = subprocess.Popen(
        [sys.executable, MAIN, "--demo", "--debug", "--temp-basedir", str(base)], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    lines: queue.Queue[tuple[float, str]] = queue.Queue()

    def read() -> None:
        assert first.stderr is not None
        for line in first.stderr:
            lines.put((time.perf_counter(), line))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()

    def wait_line(needle: str, timeout: float = 60) -> float:
        deadline = time.perf_counter() + timeout
        while True:
            stamp, line = lines.get(timeout=max(0.01, deadline - time.perf_counter()))
            if needle in line:
                return stamp

    try:
        wait_line("single instance: listening")
        bare: list[float] = []
        version: list[float] = []
        exits: list[float] = []
        receipts: list[float] = []
        for _ in range(args.runs):  # interleaved, so a noisy moment hits all three alike
            bare.append(_timed([sys.executable, "-c", "pass"], env))
            version.append(_timed([sys.executable, MAIN, "--version"], env))
            start = time.perf_counter()
            handoff = [sys.executable, MAIN, "--temp-basedir", str(base), "tel:010-1001-5007"]
            exits.append(_timed(handoff, env))
            receipts.append((wait_line("hand-off received") - start) * 1000)
    finally:
        first.terminate()
        first.wait(30)
        shutil.rmtree(runtime, ignore_errors=True)
        shutil.rmtree(base, ignore_errors=True)
    print(f"runs: {args.runs} each")
    print(f"python -c pass             median {median(bare):6.0f} ms  p90 {pct(bare, 0.9):6.0f} ms")
    print(f"main.py --version          median {median(version):6.0f} ms  p90 {pct(version, 0.9):6.0f} ms")
    print(f"hand-off: second exits     median {median(exits):6.0f} ms  p90 {pct(exits, 0.9):6.0f} ms"
          f"  ({median(exits) / median(bare):.1f}x the bare interpreter; budget 1000 ms)")
    print(f"hand-off: first has it     median {median(receipts):6.0f} ms  p90 {pct(receipts, 0.9):6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
