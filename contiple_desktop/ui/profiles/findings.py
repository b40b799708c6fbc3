"""Small widgets of the profiles dialog: the "Test connection" results and the keyring notice.

``FindingsView`` lists a ``ConnectionReport`` one finding per row, each with a severity icon and
selectable text (an agent can copy the exact message to IT support). ``KeyringNotice`` is the
plain explanation shown when no keyring exists or it refused, with the session-only choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.errors import KeyringLockedError, KeyringUnavailableError, SecretStoreError
from contiple_desktop.tasks.connection_ops import ConnectionReport, Severity
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.profiles.connection_text import finding_text

_ICONS = {
    Severity.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def severity_label(severity: Severity) -> str:
    return {
        Severity.OK: QCoreApplication.translate("Findings", "OK"),
        Severity.INFO: QCoreApplication.translate("Findings", "Note"),
        Severity.WARNING: QCoreApplication.translate("Findings", "Warning"),
        Severity.ERROR: QCoreApplication.translate("Findings", "Problem"),
    }[severity]


class FindingsView(QFrame):
    """A busy indicator while a test runs, then one row per finding. Signals: none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Connection test results"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Testing the connection"))
        self.busy.hide()
        self._layout.addWidget(self.busy)
        self.summary = QLabel(self)
        self.summary.setAccessibleName(self.tr("Connection test summary"))
        self.summary.setWordWrap(True)
        self._layout.addWidget(self.summary)
        self._rows: list[QWidget] = []
        self.messages: list[QLabel] = []

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        if busy:
            self.clear()
            self.summary.setText(self.tr("Testing the connection\u2026"))

    def clear(self) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows.clear()
        self.messages.clear()
        self.summary.clear()

    def show_report(self, report: ConnectionReport) -> None:
        self.set_busy(False)
        self.clear()
        if report.ok:
            self.summary.setText(self.tr("The connection works."))
        else:
            self.summary.setText(self.tr("The connection does not work yet:"))
        for finding in report.findings:
            row = QWidget(self)
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 2, 0, 2)
            icon = QLabel(row)
            icon.setPixmap(self.style().standardIcon(_ICONS[finding.severity]).pixmap(16, 16))
            icon.setAccessibleName(severity_label(finding.severity))
            icon.setAlignment(Qt.AlignmentFlag.AlignTop)
            message = finding_text(finding)
            text = QLabel(message, row)
            text.setWordWrap(True)
            text.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            text.setAccessibleName(f"{severity_label(finding.severity)}: {message}")
            text.setProperty("findingCode", finding.code)
            h.addWidget(icon)
            h.addWidget(text, 1)
            self._layout.addWidget(row)
            self._rows.append(row)
            self.messages.append(text)

    def texts(self) -> list[str]:
        return [label.text() for label in self.messages]


class KeyringNotice(QFrame):
    """Explains why the key cannot go to the keyring and offers "Use for this session only".

    Signals: none; the dialog reads ``session_only.isChecked()`` when saving.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Keyring problem"))
        layout = QHBoxLayout(self)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        column = QVBoxLayout()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Keyring explanation"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.message)
        self.session_only = QCheckBox(self.tr("Use for this session only"), self)
        self.session_only.setAccessibleName(self.tr("Use for this session only"))
        column.addWidget(self.session_only)
        layout.addLayout(column, 1)
        self.hide()

    def show_problem(self, exc: SecretStoreError | None) -> None:
        """``None`` means: no keyring backend exists at all."""
        if isinstance(exc, KeyringLockedError):
            text = self.tr(
                "The system keyring is locked or refused access (for example, the unlock prompt "
                "was dismissed), so the API key was not saved. Unlock the keyring and save "
                "again, or use the key for this session only; you will need to enter it again "
                "next time."
            )
        elif exc is None or isinstance(exc, KeyringUnavailableError):
            text = self.tr(
                "No system keyring is available, so the API key cannot be saved. You can use it "
                "for this session only; you will need to enter it again next time."
            )
        else:  # the keyring exists but failed to store or read: say what it said
            text = describe(exc).message
        self.message.setText(text)
        self.show()
