"""A Qt-free cooperative cancel token shared by the protocol layer and the task runner.

Work checks the token between steps (``raise_if_cancelled``); code blocked in a system call
cannot, so it registers ``on_cancel(callback)`` instead: the transport closes the request's
socket from the callback, which ends the blocked call at once (see ``api/flight.py``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from contiple_desktop.errors import Cancelled

log = logging.getLogger(__name__)


class CancelToken:
    """Set once by whoever owns an operation; checked by the code doing the work.

    Thread-safe: ``cancel()`` may be called from the GUI thread while a worker polls
    ``cancelled`` or calls ``raise_if_cancelled()`` between chunks.
    """

    __slots__ = ("_event", "_lock", "_callbacks")

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        """Set the token and run every registered callback once, on this thread."""
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            _run(callback)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds`` unless cancelled first; return True when cancelled.

        Used for backoff between retries so that a cancel is honoured at once.
        """
        return self._event.wait(seconds)

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback()`` once when the token is cancelled; returns an unregister function.

        The callback runs on the thread that calls ``cancel()`` (often the GUI thread), so it
        must be quick and must not block (closing a socket is fine). If the token is already
        cancelled it runs at once, on this thread. Exceptions from it are logged, not raised.
        """
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                registered = True
            else:
                registered = False
        if not registered:
            _run(callback)

        def unregister() -> None:
            with self._lock:
                try:
                    self._callbacks.remove(callback)
                except ValueError:
                    pass

        return unregister


def _run(callback: Callable[[], None]) -> None:
    try:
        callback()
    except Exception:
        log.exception("cancel callback failed")
