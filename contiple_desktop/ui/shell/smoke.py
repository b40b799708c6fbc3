"""``--smoke-test``: show the window, make one real request through the runner, print, exit.

Prints ``CONTIPLE_DESKTOP_WINDOW_EXPOSED <epoch seconds>`` when the main window is first exposed
(the start-up benchmark reads it), then — with ``check_keyring`` — ``smoke-test keyring:
<backend> (available|unavailable)`` (the installer smoke test checks that the installed copy still
finds the OS keyring), then ``smoke-test OK: …`` or ``smoke-test FAILED: …``. Exit
codes: 0 success, 1 the request failed, 2 no connection to test, 3 the watchdog fired (a hard
watchdog thread ends the process if even the event loop is stuck).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from contiple_desktop.tasks.context import AppContext

if TYPE_CHECKING:  # loaded when used: the smoke test must not slow the first paint it times
    from contiple_desktop.domain.models import ServiceInfo

WINDOW_MARKER = "CONTIPLE_DESKTOP_WINDOW_EXPOSED"
HARD_GRACE_S = 10.0


class _ExposeWatcher(QObject):
    """Prints the start-up marker once, when the watched window is first exposed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.seen and event.type() == QEvent.Type.Expose and getattr(watched, "isExposed", bool)():
            self.seen = True
            print(f"{WINDOW_MARKER} {time.time():.6f}", flush=True)
        return False


class SmokeTest(QObject):
    """Runs once; ``finish(code, message)`` is called exactly once. Signals: none."""

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        finish: Callable[[int], None],
        *,
        timeout_s: float,
        check_keyring: bool = False,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.check_keyring = check_keyring
        self.window = window
        self._finish = finish
        self._timeout_s = timeout_s
        self.done = False
        self.watchdog: threading.Timer | None = None
        self._message: str | None = None  # the request's answer, once it came
        self._keyring: str | None = None  # the keyring line, once checked
        self._watcher = _ExposeWatcher(self)

    def watch_window(self) -> None:
        """Call before ``show()``: creates the native window so the first Expose is seen."""
        self.window.winId()
        handle = self.window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self._watcher)

    def start(self) -> None:
        QTimer.singleShot(int(self._timeout_s * 1000), self, lambda: self.report(3, "timed out"))
        hard = threading.Timer(self._timeout_s + HARD_GRACE_S, lambda: os._exit(4))
        hard.daemon = True
        hard.name = "smoke-test-watchdog"
        hard.start()
        self.watchdog = hard
        QTimer.singleShot(0, self, self._request)

    def stop_watchdog(self) -> None:
        if self.watchdog is not None:
            self.watchdog.cancel()

    @Slot()
    def _request(self) -> None:
        if self.ctx.session.client is None:
            self.ctx.session.changed.connect(self._request_once)
            return
        from contiple_desktop.tasks import shell_ops

        shell_ops.load_service_info(self.ctx, self._success, on_failure=self.fail)
        if self.check_keyring:  # alongside the request: the two checks do not depend on each other
            from contiple_desktop.tasks import connection_ops

            connection_ops.check_keyring(self.ctx, self._keyring_checked)

    @Slot()
    def _request_once(self) -> None:
        self.ctx.session.changed.disconnect(self._request_once)
        self._request()

    def _success(self, info: ServiceInfo) -> None:
        profile = self.ctx.session.profile
        url = profile.base_url if profile is not None else "?"
        langs = ",".join(lang.code for lang in info.languages) or info.default_language
        self._message = f"service {info.service_id!r} ({info.name}) at {url}, languages {langs}"
        self._report_when_checked()

    def _keyring_checked(self, result: tuple[bool, str]) -> None:
        available, description = result
        state = "available" if available else "unavailable"
        self._keyring = f"smoke-test keyring: {description or 'no system keyring'} ({state})"
        self._report_when_checked()

    def _report_when_checked(self) -> None:
        """Both answers are in (the request's, and the keyring's when checked): keyring line, then OK."""
        if self._message is None or (self.check_keyring and self._keyring is None):
            return
        if self._keyring is not None and not self.done:
            print(self._keyring, flush=True)
        self.report(0, self._message)

    def fail(self, exc: BaseException) -> None:
        from contiple_desktop.ui.error_text import describe

        text = describe(exc)
        self.report(1, f"{type(exc).__name__}: {text.title}: {text.message}")

    def report(self, code: int, message: str) -> None:
        if self.done:
            return
        self.done = True
        self.stop_watchdog()
        print(f"smoke-test {'OK' if code == 0 else 'FAILED'}: {message}", flush=True)
        self._finish(code)
