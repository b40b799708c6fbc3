"""One connection state for the whole app, derived from the outcomes of Open API requests.

Every operation that talks to the service goes through ``tasks.ops.submit_with_client``, which
reports each outcome here (on the GUI thread) with how long the work took on its worker. The
monitor turns them into one code (the ui words it, ``ui/shell/status_bar.py``):

* ``ONLINE``   — the service answered (an API error such as "not found" is an answer too);
* ``SLOW``     — the service answered after ``SLOW_AFTER_S`` or more, or did not answer in time;
* ``OFFLINE``  — nothing could reach it (refused, reset, DNS, dropped before an answer);
* ``RETRYING`` — it is busy (503/429 with ``Retry-After``); ``retry_at_ms`` says until when
  (epoch ms on this PC's clock). Once that moment has passed the state stays ``RETRYING`` with
  ``retry_at_ms`` in the past until the next outcome, which the widgets that retry bring.
* ``UNKNOWN``  — nothing was asked yet on this connection (and after a connection change).

Cancelled work, local problems (no connection configured, a keyring) and answers that are not
Contiple's (``MalformedResponseError``) leave the state as it is.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QObject, Signal

from contiple_desktop.errors import (
    ApiError,
    Cancelled,
    NetworkError,
    RequestTimeout,
    RetryLaterError,
)
from contiple_desktop.tasks.session import Session

SLOW_AFTER_S = 5.0


class Link(enum.Enum):
    UNKNOWN = "unknown"
    ONLINE = "online"
    SLOW = "slow"
    OFFLINE = "offline"
    RETRYING = "retrying"


class LinkMonitor(QObject):
    """The connection state. Signals: ``changed()`` when ``state`` or ``retry_at_ms`` changed."""

    changed = Signal()

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = Link.UNKNOWN
        self._retry_at_ms = 0
        session.changed.connect(self._reset)

    @property
    def state(self) -> Link:
        return self._state

    @property
    def retry_at_ms(self) -> int:
        """While ``RETRYING``: when the service asked to be asked again (epoch ms); else 0."""
        return self._retry_at_ms

    def report(self, elapsed_s: float, error: BaseException | None) -> None:
        """One request's outcome (GUI thread): ``error`` None for a success."""
        if error is None or isinstance(error, ApiError):
            self._set(Link.SLOW if elapsed_s >= SLOW_AFTER_S else Link.ONLINE)
        elif isinstance(error, Cancelled):
            return
        elif isinstance(error, RetryLaterError):
            self._set(Link.RETRYING, error.retry_at_ms)
        elif isinstance(error, RequestTimeout):
            self._set(Link.SLOW)
        elif isinstance(error, NetworkError):
            self._set(Link.OFFLINE)

    def _reset(self) -> None:
        self._set(Link.UNKNOWN)

    def _set(self, state: Link, retry_at_ms: int = 0) -> None:
        if (state, retry_at_ms) != (self._state, self._retry_at_ms):
            self._state, self._retry_at_ms = state, retry_at_ms
            self.changed.emit()
