"""One file in the attachment tray: its record (``TrayItem``) and its row (``AttachmentRow``).

The row shows the name (hidden characters made visible, elided in the middle so the extension
stays in view; the full name is the tooltip and the accessible description; a symbolic link
shows "link → real path"), the size, a progress bar while bytes are sent, the state, the
reason a file was refused (on a line of its own under the name, wrapping: the row grows,
nothing is clipped) and its buttons: Cancel while it is checked or sent, Retry after a
failure, and Remove (which also stops an upload) always.

A row is cheap: built complete but without a parent (so none of its calls relayout the form),
colours through the palette (no style sheets), and ``update_from`` touches only what changed,
so progress ticks cost next to nothing and a finished upload hides a single button.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from contiple_desktop.domain.files import visible_name
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
    """The tray's record of one file (plain data; ``state()`` serialises it).

    ``name`` is the dropped path's own name, the one uploaded (for a symbolic link too);
    ``target`` is the real file a link resolves to (None for a plain file or not yet checked);
    ``shown_name`` is ``name`` with hidden characters made visible (what every label shows).
    """

    uid: int
    path: Path
    status: Status = Status.CHECKING
    attachment_id: str = ""
    size: int | None = None
    done: int = 0
    total: int = 0
    error: str = ""
    pasted: bool = False
    target: Path | None = None
    handle: TaskHandle[Any] | None = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def shown_name(self) -> str:
        return visible_name(self.name)

    @property
    def waiting_for_server(self) -> bool:
        """Every byte is sent; the server has not answered yet."""
        return self.status is Status.UPLOADING and self.total > 0 and self.done >= self.total

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
            "target": str(self.target) if self.target is not None else None,
        }


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class ElidedLabel(QLabel):
    """A one-line label that elides its text in the middle instead of cutting it off.

    ``text()`` stays the full text; only the painting is shortened. Its minimum width is a few
    characters, so a long name never widens the row beyond its parent. Signals: none.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter = QPainter(self)
        flags = int(self.alignment())
        role = self.foregroundRole()
        self.style().drawItemText(painter, rect, flags, self.palette(), self.isEnabled(), text, role)


_BUTTONS = ("cancel", "retry", "remove")
_NAME, _SIZE, _PROGRESS, _STATE = range(4)  # grid columns; the buttons follow
_ERROR = QColor("#b00020")
_OK = QColor("#188038")


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
        shown = item.shown_name
        self.setObjectName("attachment-row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(shown)
        # Line 1: name | size | progress | state | Cancel Retry Remove. A refusal or an error
        # takes line 2 under the name, as wide as the row, wrapping as far down as it needs.
        self._layout = layout = QGridLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setVerticalSpacing(0)
        layout.setColumnStretch(_NAME, 1)
        self.name_label = ElidedLabel(shown, self)
        self.name_label.setAccessibleName(self.tr("File name"))
        self.size_label = QLabel(self)
        self.status_label = QLabel(self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setAccessibleName(self.tr("Status of %1").replace("%1", shown))
        layout.addWidget(self.name_label, 0, _NAME)
        layout.addWidget(self.size_label, 0, _SIZE)
        self._status_below: bool | None = None
        self._progress: QProgressBar | None = None
        self._buttons: dict[str, QPushButton] = {}
        # Everything is built now, hidden, while the row has no parent (the tray adds it):
        # building or first showing a widget later, in a visible form, costs a polish and a
        # relayout of the whole form each time, and five uploads often finish at once.
        # Remove is always there (it also stops an upload), so a finished upload hides one button.
        self._button("cancel").hide()
        self._button("retry").hide()
        self._button("remove")
        self.progress.hide()
        self._shown: tuple[object, ...] = ()
        self.update_from(item)

    @property
    def progress(self) -> QProgressBar:
        if self._progress is None:
            bar = QProgressBar(self)
            bar.setAccessibleName(self.tr("Upload progress of %1").replace("%1", self.accessibleName()))
            em = bar.fontMetrics().horizontalAdvance("M")
            bar.setMinimumWidth(em * 4)  # it gives way before the texts do
            bar.setMaximumWidth(em * 10)
            bar.setRange(0, 1000)
            self._layout.addWidget(bar, 0, _PROGRESS)
            self._progress = bar
        return self._progress

    def _button(self, key: str) -> QPushButton:
        """The Cancel, Retry or Remove button (in that order in the row)."""
        button = self._buttons.get(key)
        if button is None:
            shown = self.accessibleName()
            text, accessible, signal = {
                "cancel": (self.tr("Cancel"), self.tr("Cancel upload of %1"), self.cancel_requested),
                "retry": (self.tr("Retry"), self.tr("Retry %1"), self.retry_requested),
                "remove": (self.tr("Remove"), self.tr("Remove %1"), self.remove_requested),
            }[key]
            button = QPushButton(text, self)
            button.setAccessibleName(accessible.replace("%1", shown))
            button.setAutoDefault(False)
            uid = self.uid
            button.clicked.connect(lambda: signal.emit(uid))
            self._layout.addWidget(button, 0, _STATE + 1 + _BUTTONS.index(key))
            self._buttons[key] = button
        return button

    def _place_status(self, *, below: bool) -> None:
        """The state beside the name (one line: a state change never changes the row's height,
        so progress never reflows the form), or a reason on its own wrapping line under it."""
        if below == self._status_below:
            return
        self._status_below = below
        self.status_label.setWordWrap(below)
        self._layout.removeWidget(self.status_label)
        if below:
            self._layout.addWidget(self.status_label, 1, _NAME, 1, _STATE - _NAME + 1)
        else:
            self._layout.addWidget(self.status_label, 0, _STATE)

    def _show_button(self, key: str, visible: bool) -> None:
        button = self._button(key)
        if button.isVisibleTo(self) != visible:
            button.setVisible(visible)

    @property
    def cancel_button(self) -> QPushButton:
        return self._button("cancel")

    @property
    def retry_button(self) -> QPushButton:
        return self._button("retry")

    @property
    def remove_button(self) -> QPushButton:
        return self._button("remove")

    def _status_text(self, item: TrayItem) -> str:
        if item.waiting_for_server:
            return self.tr("Waiting for the server…")
        texts = {
            Status.CHECKING: self.tr("Checking…"),
            Status.UPLOADING: self.tr("Uploading…"),
            Status.UPLOADED: self.tr("Attached"),
            Status.FAILED: item.error or self.tr("Upload failed"),
            Status.CANCELLED: self.tr("Cancelled"),
            Status.REJECTED: item.error or self.tr("Not attached"),
        }
        return texts[item.status]

    def _name_text(self, item: TrayItem) -> tuple[str, str]:
        """(the one-line label, the full text for the tooltip and the accessible description)."""
        shown = item.shown_name
        if item.target is None:
            return shown, shown
        target = visible_name(str(item.target))
        link = self.tr("%1 is a link to %2").replace("%1", shown).replace("%2", target)
        if item.target.name == item.name:
            return shown, link
        return f"{shown} \u2192 {target}", link

    def update_from(self, item: TrayItem) -> None:
        """Bring the row up to date; only the widgets whose content changed are touched."""
        sending = item.status is Status.UPLOADING and item.total > 0 and not item.waiting_for_server
        if sending:
            self.progress.setValue(int(1000 * min(item.done, item.total) / item.total))
        elif self._progress is not None:
            self._progress.hide()
        status = self._status_text(item)
        label, full = self._name_text(item)
        shown = (item.status, sending, status, label, full, item.size)
        if shown == self._shown:
            return  # a progress tick: the bar was all that moved
        self._shown = shown
        self.name_label.setText(label)
        self.name_label.setToolTip(full)
        self.name_label.setAccessibleDescription(full)
        self.size_label.setText(human_size(item.size))
        if sending:
            self.progress.show()
        self.status_label.setText(status)
        self._place_status(below=bool(item.error) and item.status in (Status.FAILED, Status.REJECTED))
        bad = item.status in (Status.FAILED, Status.REJECTED)
        good = item.status is Status.UPLOADED
        palette = self.palette()
        if bad or good:
            palette.setColor(QPalette.ColorRole.WindowText, _ERROR if bad else _OK)
        self.status_label.setPalette(palette)
        self.setToolTip(f"{full}\n{status}")
        self.setAccessibleDescription(f"{full}: {status}")
        self._show_button("cancel", item.status.active)
        self._show_button("retry", item.status.retryable)
