"""Small window helpers that behave on every Qt platform plugin (xcb, wayland, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_to_front(widget: QWidget) -> None:
    """Show ``widget`` (restored when it was minimised, still maximised if it was) and raise and
    activate it where the platform supports raising (not offscreen)."""
    state = widget.windowState()
    if state & Qt.WindowState.WindowMinimized:
        widget.setWindowState((state & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    widget.show()
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()


def show_dialog(dialog: QWidget) -> None:
    """Show a modeless dialog that deletes itself when closed, in front."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    bring_to_front(dialog)


FRAME_ALLOWANCE = (16, 40)  # a window manager's frame and title bar


def resize_for_screen(widget: QWidget, width: int, height: int) -> None:
    """``widget.resize(width, height)``, but never bigger than the available area of the screen
    it opens on (its parent's), less a frame: a 960×640 dialog on 1366×768 at 200 % (683×384
    logical pixels) opens at what fits, its contents scrolling or squeezing instead."""
    parent = widget.parentWidget()
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        avail = screen.availableGeometry()
        width = min(width, avail.width() - FRAME_ALLOWANCE[0])
        height = min(height, avail.height() - FRAME_ALLOWANCE[1])
    widget.resize(max(1, width), max(1, height))
