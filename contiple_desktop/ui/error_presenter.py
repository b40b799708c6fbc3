"""The error presenter of last resort: what no area shows inline ends here, as a non-modal dialog.

The areas show their own failures inline (``ui.inline_error``: loads, refreshes, polls never
reach this); what is left is the unexpected (uncaught exceptions), local trouble (a draft that
cannot be written) and failures of an explicit action that has no place of its own. The dialog
never takes the focus from what the agent is typing: it is shown without activating it.

``present(exc)`` takes any exception (never raises itself): ``Cancelled`` is ignored, a burst
of the same error shows one dialog with a repeat counter, and "Copy details" offers redacted
JSON (versions, ``exc.details()``, a traceback for unexpected exceptions). ``install_hooks``
routes ``sys.excepthook`` and ``threading.excepthook`` here; a worker thread's exception
crosses to the GUI thread through a queued signal.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from contiple_desktop.errors import Cancelled, ContipleError
from contiple_desktop.log import redact
from contiple_desktop.tasks.session import Session
from contiple_desktop.ui.diagnostics import version_info
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.shell.error_dialog import ErrorDialog

log = logging.getLogger(__name__)

def error_key(exc: BaseException) -> tuple[str, str]:
    return type(exc).__name__, str(exc)


class ErrorPresenter(QObject):
    """Shows errors; the single ``report_error`` of the AppContext.

    Signals:
        shown(object): an ErrorDialog was opened (or an open one counted a repeat).
    """

    shown = Signal(object)
    _from_thread = Signal(object)

    def __init__(
        self,
        session: Session | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._window: QWidget | None = None
        self._open: dict[tuple[str, str], ErrorDialog] = {}
        self._old_sys_hook: Callable[..., Any] | None = None
        self._old_thread_hook: Callable[..., Any] | None = None
        self._from_thread.connect(self.present)

    def set_window(self, window: QWidget | None) -> None:
        """Parent for dialogs (the main window), so they stay on top of it."""
        self._window = window

    # -- presenting ----------------------------------------------------------------------
    @Slot(object)
    def present(self, exc: BaseException) -> None:
        """Show ``exc``. Safe to call with anything; never raises."""
        try:
            self._present(exc)
        except Exception:  # the presenter of last resort must not fail loudly
            log.exception("could not present an error")

    def _present(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            return
        if QThread.currentThread() is not self.thread():
            self._from_thread.emit(exc)
            return
        key = error_key(exc)
        if isinstance(exc, ContipleError):
            log.info("presenting %s", json.dumps(exc.details(), ensure_ascii=False, default=str))
        else:
            log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        dialog = self._open.get(key)
        if dialog is not None:
            dialog.bump()
            self.shown.emit(dialog)
            return
        dialog = ErrorDialog(describe(exc, host=self._host()), self.details_json(exc), self._window)
        self._open[key] = dialog
        dialog.destroyed.connect(lambda _=None, k=key: self._open.pop(k, None))
        dialog.finished.connect(lambda _=0, k=key: self._open.pop(k, None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)  # never steal the focus
        dialog.show()
        self.shown.emit(dialog)

    def _host(self) -> str | None:
        profile = self._session.profile if self._session is not None else None
        if profile is None:
            return None
        try:
            return urlsplit(profile.base_url).hostname
        except ContipleError:
            return None

    def details_json(self, exc: BaseException) -> str:
        """Redacted JSON for "Copy details"."""
        data: dict[str, Any] = {"versions": version_info(), "time": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        if isinstance(exc, ContipleError):
            data["error"] = exc.details()
            data["ambiguous"] = exc.ambiguous
        else:
            data["error"] = {"type": type(exc).__name__, "message": str(exc)}
            data["traceback"] = traceback.format_exception(type(exc), exc, exc.__traceback__)
        if self._session is not None and self._session.profile is not None:
            p = self._session.profile
            data["profile"] = {"name": p.name, "environment": p.environment.value, "demo": p.demo}
        return redact(json.dumps(data, ensure_ascii=False, indent=2, default=str))

    def close_all(self) -> None:
        for dialog in list(self._open.values()):
            dialog.close()
        self._open.clear()

    # -- hooks ---------------------------------------------------------------------------
    def install_hooks(self) -> None:
        """Route uncaught exceptions (GUI thread and worker threads) to ``present``."""
        if self._old_sys_hook is None:
            self._old_sys_hook = sys.excepthook
            self._old_thread_hook = threading.excepthook
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook

    def uninstall_hooks(self) -> None:
        if self._old_sys_hook is not None:
            sys.excepthook = self._old_sys_hook
            threading.excepthook = self._old_thread_hook  # type: ignore[assignment]
            self._old_sys_hook = self._old_thread_hook = None

    def _sys_hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt) and self._old_sys_hook is not None:
            self._old_sys_hook(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        self.present(exc)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or isinstance(args.exc_value, SystemExit):
            return
        exc = args.exc_value
        if exc.__traceback__ is None and args.exc_traceback is not None:
            exc = exc.with_traceback(args.exc_traceback)
        self._from_thread.emit(exc)
