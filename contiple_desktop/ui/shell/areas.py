"""Work areas built on first use: the placeholder that stands in for one, and the builders.

The main window starts with one ``AreaPlaceholder`` per work area in its stack (same accessible
name as the panel it stands for, a one-line skeleton text) and builds a panel when it is first
needed — shown, asked for by the bus, a keyboard command or code (``window.ticket``). The panel
modules are imported only then, so the first paint pays for none of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.navigation import area_text


class AreaPlaceholder(QWidget):
    """Stands in for a work area that is not built yet. Signals: none."""

    def __init__(self, area: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.setObjectName(f"{area}-placeholder")
        self.setAccessibleName(area_text(area))
        self.label = QLabel(self)
        self.label.setObjectName("area-placeholder-text")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.set_message("")

    def set_message(self, text: str) -> None:
        """What the area is waiting for ("Connecting to the demo workspace…"); empty: loading."""
        self.label.setText(text or QCoreApplication.translate("MainWindow", "Loading\u2026"))
        self.label.setAccessibleName(self.label.text())


def build_area(area: str, ctx: AppContext) -> QWidget:
    """Import and build the panel of ``area`` ("helpcenter", "ticket", "history")."""
    if area == "helpcenter":
        from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel

        return HelpCenterPanel(ctx)
    if area == "ticket":
        from contiple_desktop.ui.ticket.panel import NewTicketPanel

        return NewTicketPanel(ctx)
    if area == "history":
        from contiple_desktop.ui.history.panel import HistoryPanel

        return HistoryPanel(ctx)
    raise ValueError(f"unknown work area {area!r}")


def preload_area_modules() -> None:
    """Import every panel module (a worker calls this while the app is idle, so that opening an
    area later costs only its widgets). Blocking; safe to call more than once."""
    import contiple_desktop.ui.helpcenter.panel
    import contiple_desktop.ui.history.panel
    import contiple_desktop.ui.ticket.panel  # noqa: F401
