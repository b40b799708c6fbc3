"""Worker threads give the CPU to the GUI thread: ``lower_current_thread()``.

The GUI thread shares two cores (often) and one GIL with the task runner's workers. When an
upload, a download or a parse runs beside a repaint, the kernel schedules them as equals and
the GUI thread's step takes two to four times its CPU time in wall time. A worker thread calls
``lower_current_thread()`` once (the task runner does it before a thread's first task, and so do
the embedded demo simulator's threads), and from then on the kernel runs the GUI thread first.

* **Linux**: the thread's nice value is set to the main thread's plus ``NICE`` (the nice value
  is per thread there, and a new thread inherits its creator's; raising it needs no privilege).
  Measured with ``benchmarks/bench_attachments.py`` (5 × 9 MB uploads, one run of each,
  interleaved): worst GUI gap 71–101 ms at +0, 54–74 ms at +5, 36–55 ms at +10; the uploads
  took as long (0.51–0.64 s).
* **Elsewhere** the task runner asks its ``QThreadPool`` for ``LowPriority`` threads (Windows:
  below normal; macOS: a lower scheduling priority); this module does nothing.

A worker that holds the GIL while the GUI thread waits for it cannot be starved by this: the
waiting GUI thread sleeps, and the core it leaves is the worker's.
"""

from __future__ import annotations

import os
import sys
import threading

NICE = 10
"""How much nicer than the GUI thread a worker is (Linux)."""

_done = threading.local()


def lower_current_thread() -> bool:
    """Lower the calling thread's CPU priority (once per thread); True if it is lowered."""
    lowered: bool | None = getattr(_done, "lowered", None)
    if lowered is None:
        lowered = _done.lowered = _lower(threading.get_native_id())
    return lowered


def _lower(tid: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:  # relative to the main thread's: a thread started by a lowered thread starts lowered
        wanted = min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + NICE)
        if os.getpriority(os.PRIO_PROCESS, tid) < wanted:
            os.setpriority(os.PRIO_PROCESS, tid, wanted)
    except OSError:
        return False
    return True


def current_thread_nice() -> int | None:
    """The calling thread's nice value (Linux), for tests and diagnostics; None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
