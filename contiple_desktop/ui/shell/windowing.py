"""Small window helpers that behave on every Qt platform plugin (xcb, wayland, offscreen)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def bring_to_front(widget: QWidget) -> None:
    """Show ``widget`` and raise it where the platform supports raising (not offscreen)."""
    widget.show()
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
        widget.activateWindow()
