"""Helpers for main-window tests: build the shell on an ``AppContext`` and drive it like a user."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


def open_window(qtbot: Any, ctx: AppContext, *, size: tuple[int, int] = (1366, 768)) -> MainWindow:
    """A shown, active main window (1366×768 unless told), Help Center in front."""
    window = MainWindow(ctx, ui_language="en")
    qtbot.addWidget(window)
    window.resize(*size)
    window.go("helpcenter")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def named(root: QWidget, cls: type[W], name: str) -> W:
    """The one ``cls`` widget under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {name!r}"
    return found[0]


def wait_inquiry_types(qtbot: Any, window: MainWindow, timeout: int = 5000) -> None:
    """The new-ticket area is built when first used and then loads its inquiry types: wait for
    them (as a person waits for the tree) before choosing one."""
    qtbot.waitUntil(lambda: window.ticket.picker.model.rowCount() > 0, timeout=timeout)


def wait_idle(qtbot: Any, ctx: AppContext, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: all(lane.active_count == 0 for lane in ctx.lanes), timeout=timeout)


def requests_to(sim: Any, suffix: str, method: str | None = None) -> list[dict[str, Any]]:
    return [
        r for r in sim.requests()
        if r["path"].endswith(suffix) and (method is None or r["method"] == method)
    ]
