"""Hand-off URLs that the system delivers as events instead of arguments (macOS).

macOS opens ``contiple-desktop://call?…``, ``tel:…`` and ``callto:…`` links (the bundle's
``CFBundleURLTypes``) by sending the *running* app an open-URL Apple event, which Qt turns into a
``QFileOpenEvent`` on the application — no second process is started. ``OpenUrlEvents`` filters
those events and parses them exactly like the command line (``cli.parse_call``): a valid call is
emitted, anything else is refused with a log line that names only the reason. Other platforms
never send such events for URLs; installing the filter there costs nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent

from contiple_desktop.cli import parse_call
from contiple_desktop.domain.handoff import URL_SCHEME, HandoffError

log = logging.getLogger(__name__)

SCHEMES = frozenset({URL_SCHEME, "tel", "callto"})


class OpenUrlEvents(QObject):
    """Event filter for the QApplication: open-URL events of the hand-off schemes.

    Signals:
        handoff_received(object): a validated ``CallRequest`` from an opened URL.
    """

    handoff_received = Signal(object)

    def __init__(
        self, language: Callable[[], str | None] = lambda: None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._language = language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        url = event.url()
        if url.scheme().lower() not in SCHEMES:
            return False  # a file or another scheme: not ours to take
        text = bytes(url.toEncoded().data()).decode("ascii", errors="replace")
        try:
            request = parse_call([text], self._language())
        except HandoffError as exc:
            log.info("opened URL refused as a hand-off: %s", exc)
            return True
        if request is not None:
            self.handoff_received.emit(request)
        return True
