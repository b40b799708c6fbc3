"""Status bar: the service worked on, the connection state, clock-skew warning and a busy indicator.

The connection state is one label, worded from ``tasks.link_state`` codes: online, slow,
offline, or "retrying in N s" counting down to the ``Retry-After`` of a busy service.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QDateTime, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar, QWidget

from contiple_desktop.domain.profile import Environment
from contiple_desktop.tasks.link_state import Link, LinkMonitor
from contiple_desktop.tasks.runner import TaskRunner
from contiple_desktop.tasks.session import Session

SKEW_WARNING_MS = 60_000


class ShellStatusBar(QStatusBar):
    """Shows which service the agent works on, warns about the PC clock, and shows activity.

    Signals: none (it listens to ``Session.changed``, ``Session.clock_skew_changed``,
    ``TaskRunner.busy_changed`` and ``LinkMonitor.changed``).
    """

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        link: LinkMonitor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("status-bar")
        self._session = session
        self._service_name = ""
        self._pending = ""

        self.connection_label = QLabel(self)
        self.connection_label.setObjectName("connection-state")
        self.connection_label.setAccessibleName(self.tr("Connection"))
        self.connection_label.setTextFormat(Qt.TextFormat.RichText)
        # it may be cut on a narrow screen (683 px at 200 %): its tooltip says it all, and the
        # window never grows past the screen for it
        self.connection_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.connection_label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.link_label = QLabel(self)
        self.link_label.setObjectName("link-state")
        self.link_label.setAccessibleName(self.tr("Connection state"))
        self.link_label.setTextFormat(Qt.TextFormat.RichText)
        self.link_label.setVisible(False)
        self._link = link
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._render_link)
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
        self.addPermanentWidget(self.link_label)
        self.addPermanentWidget(self.skew_label)
        self.addPermanentWidget(self.busy)

        session.changed.connect(self._connection_changed)
        session.clock_skew_changed.connect(self.set_clock_skew)
        runner.busy_changed.connect(self.set_busy)
        if link is not None:
            link.changed.connect(self._render_link)
        self._connection_changed()
        self._render_link()

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

    # -- connection state ------------------------------------------------------------
    @property
    def link_text(self) -> str:
        """The connection state as shown ("" while nothing is known)."""
        return self.link_label.toolTip() if self.link_label.isVisibleTo(self) else ""

    @Slot()
    def _render_link(self) -> None:
        state = self._link.state if self._link is not None else Link.UNKNOWN
        self._countdown.stop()
        if state is Link.UNKNOWN:
            self.link_label.setVisible(False)
            self.link_label.setToolTip("")
            return
        if state is Link.RETRYING:
            assert self._link is not None
            left_ms = self._link.retry_at_ms - QDateTime.currentMSecsSinceEpoch()
            if left_ms > 0:
                seconds = max(1, (left_ms + 999) // 1000)
                text = self.tr("Contiple is busy \u2014 retrying in %n s", "", seconds)
                self._countdown.start()
            else:
                text = self.tr("Contiple is busy \u2014 retrying\u2026")
            color = "#d97706"
        else:
            color, text = {
                Link.ONLINE: ("#16a34a", self.tr("Online")),
                Link.SLOW: ("#d97706", self.tr("Slow connection")),
                Link.OFFLINE: ("#dc2626", self.tr("Offline \u2014 cannot reach Contiple")),
            }[state]
        self.link_label.setText(f'<span style="color:{color}">\u25cf</span>&nbsp;{html.escape(text)}')
        self.link_label.setToolTip(text)
        self.link_label.setVisible(True)

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
