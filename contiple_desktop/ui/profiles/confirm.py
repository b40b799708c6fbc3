"""A window-modal yes/no question that does not block the event loop (``QMessageBox.open``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(
    parent: QWidget,
    *,
    title: str,
    text: str,
    accessible_name: str,
    yes: QMessageBox.StandardButton,
    no: QMessageBox.StandardButton,
    then: Callable[[], None],
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """Ask; ``then()`` runs only when the agent picks ``yes``. ``no`` is the default (Enter)."""
    box = QMessageBox(icon, title, text, yes | no, parent)
    box.setAccessibleName(accessible_name)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(lambda result: then() if result == yes else None)
    box.open()
    return box
