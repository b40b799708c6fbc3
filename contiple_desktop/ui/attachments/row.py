"""One file in the attachment tray: name, size, progress, status and its own buttons."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from contiple_desktop.tasks.runner import TaskHandle


class Status(enum.Enum):
    CHECKING = "checking"  # queued / local rules being checked
    UPLOADING = "uploading"
    UPLOADED = "uploaded"
    FAILED = "failed"  # network/server trouble: retry possible
    CANCELLED = "cancelled"  # the agent cancelled: retry possible
    REJECTED = "rejected"  # a documented file rule (local or server): never sent

    @property
    def retryable(self) -> bool:
        return self in (Status.FAILED, Status.CANCELLED)

    @property
    def active(self) -> bool:
        return self in (Status.CHECKING, Status.UPLOADING)


@dataclass(eq=False)
class TrayItem:
    """The tray's record of one file (plain data; ``state()`` serialises it)."""

    uid: int
    path: Path
    status: Status = Status.CHECKING
    attachment_id: str = ""
    size: int | None = None
    done: int = 0
    total: int = 0
    error: str = ""
    pasted: bool = False
    handle: TaskHandle[Any] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    def to_state(self) -> dict[str, Any]:
        status = self.status if self.status in (Status.UPLOADED, Status.REJECTED) else Status.CHECKING
        return {
            "path": str(self.path),
            "name": self.name,
            "status": status.value,
            "attachment_id": self.attachment_id,
            "size": self.size,
            "error": self.error,
            "pasted": self.pasted,
        }


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class AttachmentRow(QFrame):
    """Shows one ``TrayItem``.

    Signals:
        cancel_requested(int), retry_requested(int), remove_requested(int): the item's uid.
    """

    cancel_requested = Signal(int)
    retry_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, item: TrayItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid = item.uid
        self.setObjectName("attachment-row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(item.name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        self.name_label = QLabel(item.name, self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setMinimumWidth(120)
        self.size_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Upload progress of %1").replace("%1", item.name))
        self.progress.setMaximumWidth(160)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status of %1").replace("%1", item.name))
        self.cancel_button = self._button(self.tr("Cancel"), self.tr("Cancel upload of %1"), item)
        self.retry_button = self._button(self.tr("Retry"), self.tr("Retry %1"), item)
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove %1"), item)
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.uid))
        self.retry_button.clicked.connect(lambda: self.retry_requested.emit(self.uid))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.uid))
        layout.addWidget(self.name_label, 2)
        layout.addWidget(self.size_label)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.status_label, 3)
        for b in (self.cancel_button, self.retry_button, self.remove_button):
            layout.addWidget(b)
        self.update_from(item)

    def _button(self, text: str, accessible: str, item: TrayItem) -> QPushButton:
        b = QPushButton(text, self)
        b.setAccessibleName(accessible.replace("%1", item.name))
        b.setAutoDefault(False)
        return b

    def update_from(self, item: TrayItem) -> None:
        self.size_label.setText(human_size(item.size))
        self.progress.setVisible(item.status is Status.UPLOADING)
        if item.total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * min(item.done, item.total) / item.total))
        else:
            self.progress.setRange(0, 0)
        texts = {
            Status.CHECKING: self.tr("Waiting…"),
            Status.UPLOADING: self.tr("Uploading…"),
            Status.UPLOADED: self.tr("Attached"),
            Status.FAILED: item.error or self.tr("Upload failed"),
            Status.CANCELLED: self.tr("Cancelled"),
            Status.REJECTED: item.error or self.tr("Not attached"),
        }
        self.status_label.setText(texts[item.status])
        bad = item.status in (Status.FAILED, Status.REJECTED)
        good = item.status is Status.UPLOADED
        self.status_label.setStyleSheet("color: #b00020;" if bad else "color: #188038;" if good else "")
        self.setAccessibleDescription(self.status_label.text())
        self.cancel_button.setVisible(item.status.active)
        self.retry_button.setVisible(item.status.retryable)
        self.remove_button.setVisible(not item.status.active)
