"""A row of attachment buttons (ticket content or one thread entry): open, save, progress.

The strip only asks; the detail pane does the download through ``tasks.download_ops`` and
feeds progress back with ``set_progress``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QProgressBar, QStyle, QToolButton, QWidget

from contiple_desktop.domain.models import Attachment


def size_text(size: int | None) -> str:
    if size is None:
        return ""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class AttachmentStrip(QWidget):
    """Buttons for a list of attachments; click opens, the menu also offers "Save as…".

    Signals:
        open_requested(object): the agent wants to open this ``Attachment``.
        save_requested(object): the agent wants to save this ``Attachment`` somewhere.
    """

    open_requested = Signal(object)
    save_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._buttons: dict[str, QToolButton] = {}
        self._bars: dict[str, QProgressBar] = {}
        self.setAccessibleName(self.tr("Attachments"))
        self.setVisible(False)

    def set_attachments(self, attachments: Sequence[Attachment]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._buttons.clear()
        self._bars.clear()
        for att in attachments:
            self._add(att)
        self._layout.addStretch(1)
        self.setVisible(bool(attachments))

    def _add(self, att: Attachment) -> None:
        button = QToolButton(self)
        size = size_text(att.size)
        button.setText(att.file_name + (f" ({size})" if size else ""))
        button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAccessibleName(self.tr("Attachment %1").replace("%1", att.file_name))
        button.setToolTip(self.tr("Open %1").replace("%1", att.file_name))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(button)
        open_action = QAction(self.tr("Open"), menu)
        open_action.triggered.connect(lambda: self.open_requested.emit(att))
        save_action = QAction(self.tr("Save as\u2026"), menu)
        save_action.triggered.connect(lambda: self.save_requested.emit(att))
        menu.addAction(open_action)
        menu.addAction(save_action)
        button.setMenu(menu)
        button.clicked.connect(lambda: self.open_requested.emit(att))
        bar = QProgressBar(self)
        bar.setAccessibleName(self.tr("Download progress of %1").replace("%1", att.file_name))
        bar.setMaximumWidth(90)
        bar.setTextVisible(False)
        bar.setVisible(False)
        self._layout.addWidget(button)
        self._layout.addWidget(bar)
        self._buttons[att.attachment_id] = button
        self._bars[att.attachment_id] = bar

    def set_progress(self, attachment_id: str, done: int, total: int) -> None:
        bar = self._bars.get(attachment_id)
        if bar is None:
            return
        bar.setVisible(True)
        bar.setRange(0, max(total, 0))
        bar.setValue(min(done, total) if total > 0 else 0)

    def set_finished(self, attachment_id: str) -> None:
        bar = self._bars.get(attachment_id)
        if bar is not None:
            bar.setVisible(False)

    def button_for(self, attachment_id: str) -> QToolButton | None:
        return self._buttons.get(attachment_id)
