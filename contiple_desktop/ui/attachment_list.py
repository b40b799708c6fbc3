"""``AttachmentList``: one document's server attachments with Open / Save as… / Cancel and progress.

Used by the Help Center reading pane (FAQ and notice attachments) and the customer history
(the ticket's own attachments and each thread entry's)::

    attachments = AttachmentList(ctx, parent)
    attachments.set_attachments("notice", notice.attachments)   # kind: notice | helpdoc | ticket

Each row shows the file type's icon, the name (hidden characters such as bidi controls made
visible: ``files.visible_name``) and the size. "Open" (Enter or a double click on a
row) downloads into the per-user cache (``download_ops.download_attachment`` with
``folder=None``; an earlier complete copy is reused) and hands the file to ``opener`` (the system
handler by default). "Save as…" asks for a folder (a non-blocking ``QFileDialog``) and saves
there without overwriting. One transfer at a time per list; a progress bar shows bytes and
"Cancel" stops it (a cancel is silent). A failed transfer shows the inline error under the
list, with Retry (never a dialog). Transfers still running when the widget is destroyed are
cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeDatabase, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.files import visible_name
from contiple_desktop.domain.models import Attachment
from contiple_desktop.tasks import download_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskHandle
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.calm_style import plain_item_view
from contiple_desktop.ui.task_scope import TaskScope

_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_VISIBLE_ROWS = 4


def format_size(size: int | None) -> str:
    """Human-readable byte count ("1.4 KB"); "" when unknown."""
    if size is None:
        return ""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


def open_with_system(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentList(QWidget):
    """Attachments of one document (or one thread entry).

    Signals:
        opened(Path): a file was downloaded (or found in the cache) and handed to ``opener``.
        saved(Path): "Save as…" finished; the path of the new file.
        downloaded(str, Path): (attachment ID, path) after either of the two.
        busy_changed(bool): a transfer started or ended.
    """

    opened = Signal(Path)
    saved = Signal(Path)
    downloaded = Signal(str, Path)
    busy_changed = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        kind: str = "helpdoc",
        mnemonics: bool = True,
        heading: bool = True,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind = kind
        self._handle: TaskHandle[Path] | None = None
        self.tasks = TaskScope(self, "attachment-list")  # transfers stop with the widget
        self._mime = QMimeDatabase()
        self.opener: Callable[[Path], object] = open_with_system
        self.setAccessibleName(self.tr("Attachments"))
        self.heading = QLabel(self.tr("Attachments"), self)
        self.heading.setVisible(heading)
        self.list = plain_item_view(QListWidget(self))
        self.list.setAccessibleName(self.tr("Attachment list"))
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.heading.setBuddy(self.list)
        make = self._make_button
        open_text = self.tr("&Open") if mnemonics else self.tr("Open")
        save_text = self.tr("Save &as\u2026") if mnemonics else self.tr("Save as\u2026")
        self.open_button = make(open_text, self.tr("Open attachment"), self.open_current)
        self.save_button = make(save_text, self.tr("Save attachment as"), self.save_current)
        self.cancel_button = make(self.tr("Cancel"), self.tr("Cancel download"), self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Download progress"))
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(16)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the buttons keep their size when it hides
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.error = InlineError(self, name=self.tr("Download error"))  # inline, with Retry
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (self.open_button, self.save_button, self.cancel_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.set_attachments(kind, ())

    def _make_button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    # -- content ---------------------------------------------------------------------------------
    def set_attachments(self, kind: str, attachments: Sequence[Attachment]) -> None:
        self.cancel()
        self.error.clear()
        self._kind = kind
        self.list.clear()
        for attachment in attachments:
            label = visible_name(attachment.file_name)  # a bidi control must not fake the extension
            size = format_size(attachment.size)
            item = QListWidgetItem(self._icon(attachment), f"{label}  ({size})" if size else label)
            item.setData(_ROLE, attachment)
            item.setToolTip(f"{label}\n{attachment.content_type}" if attachment.content_type else label)
            self.list.addItem(item)
        if attachments:
            self.list.setCurrentRow(0)
            rows = min(len(attachments), MAX_VISIBLE_ROWS)
            frame = 2 * self.list.frameWidth()
            self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), 18) + frame + 2)
        self.setVisible(bool(attachments))
        self._update_buttons()

    def attachments(self) -> list[Attachment]:
        return [self.list.item(i).data(_ROLE) for i in range(self.list.count())]

    def current_attachment(self) -> Attachment | None:
        item = self.list.currentItem()
        return item.data(_ROLE) if item is not None else None

    def select(self, attachment_id: str) -> bool:
        """Make ``attachment_id`` the current row; False when this list does not hold it."""
        for row, attachment in enumerate(self.attachments()):
            if attachment.attachment_id == attachment_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _icon(self, attachment: Attachment) -> QIcon:
        mime = self._mime.mimeTypeForName(attachment.content_type) if attachment.content_type else None
        if mime is None or not mime.isValid():
            mime = self._mime.mimeTypeForFile(attachment.file_name, QMimeDatabase.MatchMode.MatchExtension)
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), fallback))

    # -- actions ---------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._handle is not None and self._handle.running

    @Slot()
    def open_current(self) -> None:
        attachment = self.current_attachment()
        if attachment is not None and not self.busy:
            self._start(attachment, None)

    @Slot()
    def save_current(self) -> None:
        if self.current_attachment() is None or self.busy:
            return
        dialog = QFileDialog(self, self.tr("Save attachment to folder"))
        dialog.setObjectName("attachment-save-dialog")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(self._save_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot(str)
    def _save_to(self, folder: str) -> None:
        attachment = self.current_attachment()
        if attachment is not None and folder and not self.busy:
            self._start(attachment, Path(folder))

    @Slot()
    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._finish()

    def _start(self, attachment: Attachment, folder: Path | None) -> None:
        aid = attachment.attachment_id
        self.error.clear()
        self._handle = self.tasks.track(
            download_ops.download_attachment(
                self._ctx,
                self._kind,
                attachment,
                folder,
                on_success=lambda path: self._done(aid, path, folder is None),
                on_progress=self._on_progress,
                on_failure=lambda exc: self._failed(exc, attachment, folder),
            )
        )
        self.progress.setRange(0, 0)
        self.progress.show()
        self.busy_changed.emit(True)
        self._update_buttons()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(done * 1000 / total))

    def _done(self, attachment_id: str, path: Path, open_it: bool) -> None:
        self._finish()
        if open_it:
            self.opener(path)
            self.opened.emit(path)
        else:
            self.saved.emit(path)
        self.downloaded.emit(attachment_id, path)

    def _failed(self, exc: BaseException, attachment: Attachment, folder: Path | None) -> None:
        self._finish()
        context = self.tr("Could not download \u201c%2\u201d: %1").replace("%2", attachment.file_name)
        self.error.show_error(exc, retry=lambda: self._start(attachment, folder), context=context)

    def _finish(self) -> None:
        was_busy = self._handle is not None
        self._handle = None
        self.progress.hide()
        self._update_buttons()
        if was_busy:
            self.busy_changed.emit(False)

    def _update_buttons(self) -> None:
        has = self.current_attachment() is not None
        busy = self.busy
        self.open_button.setEnabled(has and not busy)
        self.save_button.setEnabled(has and not busy)
        self.cancel_button.setEnabled(busy)
