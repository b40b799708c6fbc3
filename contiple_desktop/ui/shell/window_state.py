"""The main window's geometry and last work area across runs (``ctx.settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication

from contiple_desktop.ui.shell.area_names import AREA_IDS

if TYPE_CHECKING:
    from contiple_desktop.ui.shell.main_window import MainWindow

DEFAULT_SIZE = (1280, 800)


def restore_window(window: MainWindow, *, shell_built: bool) -> None:
    """Geometry (or a centred default that fits the screen), dock state, the last area."""
    settings = window.ctx.settings
    geometry = settings.window_geometry
    restored = bool(geometry) and window.restoreGeometry(QByteArray(geometry))
    if not restored:
        _default_geometry(window)
    if settings.window_state and shell_built:
        window.restoreState(QByteArray(settings.window_state))
    last = settings.last_area
    window.go(last if last in AREA_IDS else "helpcenter")


def _default_geometry(window: MainWindow) -> None:
    width, height = DEFAULT_SIZE
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        avail = screen.availableGeometry()
        width = min(width, int(avail.width() * 0.95))
        height = min(height, int(avail.height() * 0.92))
        window.resize(width, height)
        frame = window.frameGeometry()
        frame.moveCenter(avail.center())
        window.move(frame.topLeft())
    else:
        window.resize(width, height)


def save_window(window: MainWindow, *, shell_built: bool) -> None:
    settings = window.ctx.settings
    settings.window_geometry = bytes(window.saveGeometry().data())
    if shell_built:
        settings.window_state = bytes(window.saveState().data())
    settings.last_area = window.current_area
