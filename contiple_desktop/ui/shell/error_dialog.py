"""The non-modal error dialog the error presenter shows: title, message, hint, "Copy details"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.ui.error_text import ErrorText


class ErrorDialog(QDialog):
    """Shows one error. Repeats of the same error bump a counter instead of opening more dialogs.

    Signals:
        details_copied(): "Copy details" put the (redacted) JSON on the clipboard.
    """

    details_copied = Signal()

    def __init__(self, text: ErrorText, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error-dialog")
        self.setWindowTitle(text.title)
        self.setAccessibleName(self.tr("Error"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setMinimumWidth(440)
        self._details = details
        self.count = 1

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.title_label = QLabel(text.title, self)
        self.title_label.setAccessibleName(self.tr("Error title"))
        font = self.title_label.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.message_label = QLabel(text.message, self)
        self.message_label.setAccessibleName(self.tr("Error message"))
        self.hint_label = QLabel(text.hint, self)
        self.hint_label.setAccessibleName(self.tr("What to do"))
        self.hint_label.setVisible(bool(text.hint))
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        self.repeat_label = QLabel(self)
        self.repeat_label.setAccessibleName(self.tr("Repeated"))
        self.repeat_label.setVisible(False)
        for label in (self.title_label, self.message_label, self.hint_label, self.repeat_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setTextFormat(Qt.TextFormat.PlainText)

        texts = QVBoxLayout()
        texts.setSpacing(8)
        for label in (self.title_label, self.message_label, self.hint_label, self.repeat_label):
            texts.addWidget(label)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon)
        top.addLayout(texts, 1)

        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("Copy details"), self)
        self.copy_button.setAccessibleName(self.tr("Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy_details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(buttons)

    @property
    def details(self) -> str:
        return self._details

    def bump(self) -> None:
        """The same error happened again while this dialog is open."""
        self.count += 1
        self.repeat_label.setText(self.tr("Occurrences: %1").replace("%1", str(self.count)))
        self.repeat_label.setVisible(True)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.copy_button.setText(self.tr("Copied"))
        self.details_copied.emit()
