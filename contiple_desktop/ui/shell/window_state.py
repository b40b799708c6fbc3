"""The main window's geometry and last work area across runs (``ctx.settings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from contiple_desktop.ui.shell.area_names import AREA_IDS

if TYPE_CHECKING:
    from contiple_desktop.ui.shell.main_window import MainWindow

SCREEN_FRACTION = 0.88
"""Of a large screen's available area the window takes at first (1920×1080: about 1690×950)."""
MAX_SIZE = (1800, 1100)
SMALL_SCREEN = (1600, 1000)
"""Below this the window takes the whole available area but its frame (1366×768: 1350×728)."""
FRAME_ALLOWANCE = (16, 40)  # the window manager's frame and title bar, before the first show


def default_size(available: QSize) -> QSize:
    """The first window size for a screen whose available area is ``available``; never bigger."""
    width = min(int(available.width() * SCREEN_FRACTION), MAX_SIZE[0])
    height = min(int(available.height() * SCREEN_FRACTION), MAX_SIZE[1])
    if available.width() < SMALL_SCREEN[0]:
        width = available.width() - FRAME_ALLOWANCE[0]
    if available.height() < SMALL_SCREEN[1]:
        height = available.height() - FRAME_ALLOWANCE[1]
    return QSize(max(1, width), max(1, height))


def restore_window(window: MainWindow, *, shell_built: bool) -> None:
    """Geometry (or a centred default that fits the screen), dock state, the last area.

    Saved geometry is used only when it fits a screen as it is now (a window saved on a
    1920×1080 monitor opens at the default size on the laptop's 1366×768 one)."""
    settings = window.ctx.settings
    geometry = settings.window_geometry
    restored = bool(geometry) and window.restoreGeometry(QByteArray(geometry)) and fits_a_screen(window)
    if not restored:
        _default_geometry(window)
    if settings.window_state and shell_built:
        window.restoreState(QByteArray(settings.window_state))
    last = settings.last_area
    window.go(last if last in AREA_IDS else "helpcenter")


def fits_a_screen(window: QWidget) -> bool:
    """``window`` lies inside one screen's available area (maximised counts as fitting)."""
    if window.isMaximized() or window.isFullScreen():
        return True
    rect = window.geometry()
    for screen in QGuiApplication.screens():
        avail = screen.availableGeometry()
        if avail.contains(rect.center()) and avail.size().expandedTo(rect.size()) == avail.size():
            return True
    return False


def _default_geometry(window: MainWindow) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(1280, 800)
        return
    avail = screen.availableGeometry()
    window.resize(default_size(avail.size()))
    frame = window.frameGeometry()
    frame.moveCenter(avail.center())
    window.move(frame.topLeft().x(), max(avail.top(), frame.top()))


def save_window(window: MainWindow, *, shell_built: bool) -> None:
    settings = window.ctx.settings
    settings.window_geometry = bytes(window.saveGeometry().data())
    if shell_built:
        settings.window_state = bytes(window.saveState().data())
    settings.last_area = window.current_area
