"""The one bridge between worker threads and the GUI: ``TaskRunner``.

Every slow call (HTTP, disk, keyring) is a plain callable submitted here. It runs on a
QThreadPool; its result or exception comes back on the GUI thread through a queued signal.

* **Cancel tokens.** The callable receives a ``TaskContext`` whose ``cancel`` token it checks
  between chunks; ``TaskHandle.cancel()`` sets it and guarantees that neither callback runs.
* **Newest wins.** Submitting with a ``key`` cancels the previous task with that key; a stale
  result is dropped, never applied.
* **Progress.** ``ctx.progress(done, total)`` is forwarded to ``on_progress`` on the GUI
  thread, coalesced so a fast loop cannot flood the event queue.
* **Errors.** ``Cancelled`` is never reported. Any other exception goes to ``on_failure`` or,
  if none was given, to the default failure handler (the error presenter).
* **Shutdown.** ``shutdown(timeout_ms)`` refuses new work, cancels everything (which closes the
  sockets of requests in flight, so network tasks end within moments) and waits at most
  ``timeout_ms``. It always returns. A task that still runs (stuck in something no cancel can
  interrupt) is left behind: the pool is not a child of the runner, and when tasks are still
  running it is handed to the main thread's ``QThread`` object, which Qt never destroys while
  the process lives, so no ``~QThreadPool`` (an unbounded wait) runs on the GUI thread or at
  interpreter exit. The process then exits with the stuck worker, as it must.
* **The GUI thread first.** Workers run at a lower CPU priority than the GUI thread
  (``thread_priority``): a repaint beside five uploads is not slowed down to the uploads' pace.
* **Failures carry no frames.** A ``ContipleError`` is delivered without its traceback: the
  worker's frames hold the client (and so the API key) and the operation's data.

(Anchors: Anki ``aqt/taskman.py``, superqt ``_qthreading.py``, Orange3 ``concurrent.py``.)
"""

from __future__ import annotations

import itertools
import logging
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThread, QThreadPool, Signal, Slot

from contiple_desktop.cancel import CancelToken
from contiple_desktop.errors import Cancelled, ContipleError
from contiple_desktop.thread_priority import lower_current_thread

log = logging.getLogger(__name__)

T = TypeVar("T")

ProgressCallback = Callable[[int, int], None]
_PROGRESS_INTERVAL_S = 0.05


class TaskContext:
    """Handed to the worker callable: cancellation and progress reporting."""

    def __init__(self, token: CancelToken, emit_progress: Callable[[int, int], None]) -> None:
        self.cancel = token
        self._emit = emit_progress
        self._last = 0.0

    def progress(self, done: int, total: int) -> None:
        """Report progress; throttled to ~20 per second except the final one."""
        now = time.monotonic()
        if done >= total or now - self._last >= _PROGRESS_INTERVAL_S:
            self._last = now
            self._emit(done, total)

    def check(self) -> None:
        self.cancel.raise_if_cancelled()


@dataclass(eq=False)
class TaskHandle(Generic[T]):
    """What ``submit`` returns: cancel it, or ask whether it is still running."""

    task_id: int
    key: str | None
    token: CancelToken = field(default_factory=CancelToken)
    finished: bool = False

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    @property
    def running(self) -> bool:
        return not self.finished


@dataclass(eq=False)
class _Entry:
    handle: TaskHandle[Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    on_progress: ProgressCallback | None


class _Delivery:
    """What a worker hands back to the GUI thread: the outcome, and every reference the job
    held (its entry with the callbacks, the callable and its closures, the runner). They are
    released there, after the delivery: a callback's closure may hold the last reference to a
    widget, and a QObject destroyed on a worker thread while the GUI thread delivers an event
    to it crashes the process (a freed wrapper in Shiboken's override lookup)."""

    __slots__ = ("keep", "value")

    def __init__(self, value: object, keep: tuple[object, ...]) -> None:
        self.value = value
        self.keep = keep


class _Job(QRunnable):
    def __init__(
        self, runner: TaskRunner, entry: _Entry, fn: Callable[[TaskContext], Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._runner: TaskRunner | None = runner
        self._entry: _Entry | None = entry
        self._fn: Callable[[TaskContext], Any] | None = fn

    def run(self) -> None:
        # Nothing of the GUI's may be released on this thread: the pool deletes the job here,
        # so the job lets go of everything now and the delivery carries it to the GUI thread.
        runner, entry, fn = self._runner, self._entry, self._fn
        self._runner = self._entry = self._fn = None
        assert runner is not None and entry is not None and fn is not None
        lower_current_thread()  # the GUI thread first (thread_priority)
        handle = entry.handle
        progress = runner._progress
        ctx = TaskContext(handle.token, lambda d, t: progress.emit(handle.task_id, d, t))
        ok = False
        value: Any = None
        try:
            handle.token.raise_if_cancelled()
            value = fn(ctx)
            ok = True
        except ContipleError as exc:
            value = exc.with_traceback(None)  # see "Failures carry no frames"
        except BaseException as exc:
            value = exc
        delivery = _Delivery(value, (entry, fn, ctx, runner))
        del entry, fn, ctx, value
        try:
            runner._finished.emit(handle.task_id, ok, delivery)
        except RuntimeError:
            pass  # the runner is gone (a task left behind at shutdown): nobody to tell


_LIVE: weakref.WeakSet[TaskRunner] = weakref.WeakSet()


def live_runners() -> list[TaskRunner]:
    """Every runner that still exists and accepts work (leak checks in the test suite)."""
    return [r for r in list(_LIVE) if r.accepting]


class TaskRunner(QObject):
    """Runs callables on a thread pool and delivers outcomes on the GUI thread.

    Signals:
        busy_changed(bool): True when the first task starts, False when the last one ends.
    """

    busy_changed = Signal(bool)
    _finished = Signal(int, bool, object)
    _progress = Signal(int, int, int)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 6) -> None:
        super().__init__(parent)
        _LIVE.add(self)
        self._pool = QThreadPool()  # not a child: see "Shutdown" in the module docstring
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(2000)
        self._pool.setThreadPriority(QThread.Priority.LowPriority)  # and nicer on Linux: _Job.run
        self._ids = itertools.count(1)
        self._entries: dict[int, _Entry] = {}
        self._by_key: dict[str, TaskHandle[Any]] = {}
        self._accepting = True
        self._abandoned = False
        self._default_failure: Callable[[BaseException], None] | None = None
        self._finished.connect(self._on_finished)
        self._progress.connect(self._on_progress)

    # -- configuration -------------------------------------------------------------------
    def set_default_failure_handler(self, handler: Callable[[BaseException], None]) -> None:
        self._default_failure = handler

    def report_failure(self, exc: BaseException) -> None:
        """Hand ``exc`` to the default failure handler (what a task without ``on_failure`` gets)."""
        if self._default_failure is None:
            log.error("unhandled task failure", exc_info=exc)
        else:
            self._default_failure(exc)

    # -- submitting ----------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[TaskContext], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: ProgressCallback | None = None,
        key: str | None = None,
    ) -> TaskHandle[T]:
        """Run ``fn(ctx)`` on a worker; callbacks run on the GUI thread.

        With ``key``, any earlier task submitted under the same key is cancelled first and
        its outcome discarded (newest wins).
        """
        handle: TaskHandle[T] = TaskHandle(next(self._ids), key)
        if not self._accepting:
            handle.cancel()
            handle.finished = True
            log.debug("task refused during shutdown")
            return handle
        if key is not None:
            previous = self._by_key.get(key)
            if previous is not None:
                previous.cancel()
            self._by_key[key] = handle
        entry = _Entry(handle, on_success, on_failure, on_progress)
        was_idle = not self._entries
        self._entries[handle.task_id] = entry
        if was_idle:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self, entry, fn))
        return handle

    def cancel_key(self, key: str) -> None:
        handle = self._by_key.get(key)
        if handle is not None:
            handle.cancel()

    def cancel_all(self) -> None:
        for entry in list(self._entries.values()):
            entry.handle.cancel()

    @property
    def active_count(self) -> int:
        return len(self._entries)

    # -- delivery (GUI thread) -----------------------------------------------------------
    @Slot(int, int, int)
    def _on_progress(self, task_id: int, done: int, total: int) -> None:
        entry = self._entries.get(task_id)
        if entry is None or entry.handle.cancelled or entry.on_progress is None:
            return
        entry.on_progress(done, total)

    @Slot(int, bool, object)
    def _on_finished(self, task_id: int, ok: bool, delivery: object) -> None:
        assert isinstance(delivery, _Delivery)
        value = delivery.value  # the rest of the delivery is released here, on the GUI thread
        entry = self._entries.pop(task_id, None)
        if entry is None:
            return
        handle = entry.handle
        handle.finished = True
        if handle.key is not None and self._by_key.get(handle.key) is handle:
            del self._by_key[handle.key]
        try:
            if handle.cancelled or isinstance(value, Cancelled):
                return
            if ok:
                if entry.on_success is not None:
                    entry.on_success(value)
                return
            assert isinstance(value, BaseException)
            if entry.on_failure is not None:
                entry.on_failure(value)
            else:
                self.report_failure(value)
        finally:
            if not self._entries:
                self.busy_changed.emit(False)

    # -- shutdown ------------------------------------------------------------------------
    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """Refuse new work, cancel running tasks and wait up to ``timeout_ms`` for the pool.

        Returns True when every worker finished in time; False when some are left behind (they
        are logged and can no longer block anything). Callbacks of cancelled tasks are never
        called; pending deliveries are dropped.
        """
        self._accepting = False
        self.cancel_all()
        self._pool.clear()
        done = self._pool.waitForDone(max(0, timeout_ms))
        if not done:
            self._leave_behind()
        self._entries.clear()
        self._by_key.clear()
        return done

    def _leave_behind(self) -> None:
        stuck = self._pool.activeThreadCount()
        log.warning("%d task(s) still running at shutdown; leaving them behind", stuck)
        if not self._abandoned:
            # Qt never deletes the main thread's QThread object while the process runs, so the
            # pool's destructor (which waits for its workers without a limit) never runs.
            self._pool.setParent(QThread.currentThread())
            self._abandoned = True

    @property
    def accepting(self) -> bool:
        """False once ``shutdown`` started: ``submit`` then refuses (returns a cancelled handle)."""
        return self._accepting

    def wait_idle(self, timeout_ms: int) -> bool:
        """Block until the pool has no running workers (tests and benchmarks only)."""
        return self._pool.waitForDone(timeout_ms)
