"""Python's cyclic garbage collector, run on the GUI thread only.

CPython collects cycles in whichever thread happens to allocate when a generation's threshold
is crossed. When that is a worker thread and the garbage holds the Python wrapper of a Qt
value object tied to a document or widget (a ``QTextCursor``, a format, an image used by a
document), its C++ destructor runs on the worker while the GUI thread is inside Qt (laying out
a document, ``QTextCursor.insertHtml``…) — a data race Qt does not guard against, and a
segfault under load. The well-known remedy for PyQt/PySide apps: switch the automatic collector
off and collect from a GUI-thread timer instead, with the same thresholds, so a collection never
runs on a worker. Reference counting (which frees almost everything) is untouched.

``install(app)`` once the QApplication exists; ``uninstall()`` restores the automatic collector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 250


class MainThreadCollector(QObject):
    """Collects like CPython's automatic collector would, from a GUI-thread timer. Signals: none."""

    def __init__(
        self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS, *, freeze_startup: bool = False
    ) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._frozen = not freeze_startup
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold (as CPython does).

        With ``freeze_startup`` (the application), the first due collection freezes the objects
        of start-up instead (``gc.freeze``: modules, classes, functions, the window — tens of
        thousands, nearly all alive for the whole run): collecting them costs ~20 ms of GUI time,
        and every later full collection would walk them again. A cycle that became garbage
        during start-up is kept; later ones are collected.
        """
        counts = gc.get_count()
        if not self._frozen and counts[0] > self._thresholds[0]:
            self._frozen = True
            gc.freeze()
            return
        for generation in (2, 1, 0):
            threshold = self._thresholds[generation]
            if threshold and counts[generation] > threshold:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_installed: MainThreadCollector | None = None


def install(parent: QObject, *, freeze_startup: bool = False) -> MainThreadCollector:
    """Take over cyclic collection for the life of ``parent`` (the QApplication); idempotent.
    ``freeze_startup``: the first due collection freezes what start-up made (``check``)."""
    global _installed
    if _installed is None:
        _installed = MainThreadCollector(parent, freeze_startup=freeze_startup)
        parent.destroyed.connect(lambda *_: uninstall())
    return _installed


def uninstall() -> None:
    global _installed
    if _installed is not None:
        try:
            _installed.stop()
        except RuntimeError:  # its QObject is already gone with the application
            gc.enable()
        _installed = None
