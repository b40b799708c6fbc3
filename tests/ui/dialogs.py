"""What a test asserts when nothing may pop up: the visible top-level dialogs and the modal widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox


def open_dialogs() -> list[Any]:
    """Every visible top-level dialog or message box, and the active modal widget (if any)."""
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog | QMessageBox) and w.isVisible()
    ]
    modal = QApplication.activeModalWidget()
    return shown + ([modal] if modal is not None else [])
