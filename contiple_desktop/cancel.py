"""A Qt-free cooperative cancel token shared by the protocol layer and the task runner."""

from __future__ import annotations

import threading

from contiple_desktop.errors import Cancelled


class CancelToken:
    """Set once by whoever owns an operation; checked by the code doing the work.

    Thread-safe: ``cancel()`` may be called from the GUI thread while a worker polls
    ``cancelled`` or calls ``raise_if_cancelled()`` between chunks.
    """

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

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
