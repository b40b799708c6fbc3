"""Status bar: connection state, clock-skew warning and a busy indicator."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from contiple_desktop.domain.profile import Environment
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session

SKEW_WARNING_MS = 60_000


class ShellStatusBar(QStatusBar):
    """Shows which service the agent works on, warns about the PC clock, and shows activity.

    Signals: none (it listens to ``Session.changed``, ``Session.clock_skew_changed`` and
    ``TaskRunner.busy_changed``).
    """

    def __init__(self, session: Session, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-bar")
        self._session = session
        self._service_name = ""
        self._pending = ""

        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connection-state")
        self.connection_label.setAccessibleName(self.tr("Connection"))
        self.connection_label.setTextFormat(Qt.TextFormat.RichText)
        self.skew_label = QLabel(self)
        self.skew_label.setObjectName("clock-skew-warning")
        self.skew_label.setAccessibleName(self.tr("Clock warning"))
        self.skew_label.setStyleSheet("color: #b45309; font-weight: 600;")
        self.skew_label.setVisible(False)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy-indicator")
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(90, 10)
        self.busy.setVisible(False)

        self.addWidget(self.connection_label, 1)
        self.addPermanentWidget(self.skew_label)
        self.addPermanentWidget(self.busy)

        session.changed.connect(self._connection_changed)
        session.clock_skew_changed.connect(self.set_clock_skew)
        runner.busy_changed.connect(self.set_busy)
        self._connection_changed()

    # -- connection --------------------------------------------------------------------
    @Slot()
    def _connection_changed(self) -> None:
        self._service_name = ""
        self.set_clock_skew(0)
        self._render()

    def set_service_name(self, name: str) -> None:
        """Called once the service detail is known."""
        self._service_name = name
        self._render()

    def set_pending(self, text: str) -> None:
        """What the window is connecting to while no connection is active ("" clears)."""
        self._pending = text
        self._render()

    def _render(self) -> None:
        profile = self._session.profile
        if profile is None and self._pending:
            self._show("#94a3b8", [self._pending])
            return
        if profile is None:
            hint = self.tr("Not connected \u2014 open File \u25b8 Connection profiles\u2026")
            self._show("#94a3b8", [hint])
            return
        if profile.demo:
            env = self.tr("Demo (simulated)")
        else:
            env = {
                Environment.REAL: self.tr("Production"),
                Environment.BETA: self.tr("Beta"),
                Environment.ALPHA: self.tr("Alpha"),
                Environment.CUSTOM: self.tr("Custom address"),
            }[profile.environment]
        parts = [profile.name or profile.service_id, env]
        if self._service_name:
            parts.append(self.tr("Service: %1").replace("%1", self._service_name))
        self._show("#d97706" if profile.demo else "#16a34a", parts)

    def _show(self, color: str, parts: list[str]) -> None:
        """A coloured dot (grey: none, amber: demo, green: real service) and the parts, escaped."""
        body = "&nbsp;&nbsp;\u00b7&nbsp;&nbsp;".join(html.escape(p) for p in parts)
        self.connection_label.setText(f'<span style="color:{color}">\u25cf</span>&nbsp;&nbsp;{body}')
        self.connection_label.setToolTip(" \u00b7 ".join(parts))

    # -- clock and activity ------------------------------------------------------------
    @Slot(int)
    def set_clock_skew(self, skew_ms: int) -> None:
        if abs(skew_ms) <= SKEW_WARNING_MS:
            self.skew_label.setVisible(False)
            self.skew_label.clear()
            return
        minutes = max(1, round(abs(skew_ms) / 60_000))
        if skew_ms > 0:
            text = self.tr("\u26a0 PC clock %1 min behind").replace("%1", str(minutes))
        else:
            text = self.tr("\u26a0 PC clock %1 min ahead").replace("%1", str(minutes))
        self.skew_label.setText(text)
        self.skew_label.setToolTip(
            self.tr("Your PC clock is off by %n minute(s); correct it in the system settings.", "", minutes)
        )
        self.skew_label.setVisible(True)

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
