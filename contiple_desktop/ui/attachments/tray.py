"""The attachment tray shared by the new-ticket form and the follow-up composer.

Files arrive by drag and drop (``text/uri-list`` from a file manager), the file picker, or
paste (``Ctrl+V`` inside the tray or the "Paste" button: copied files, or a clipboard image
saved as ``screenshot-YYYYMMDD-HHMMSS.png`` in the drafts directory). Each file is checked
against the documented rules and uploaded on the task runner as soon as it is added, in
parallel, each with its own progress bar, Cancel, Retry and Remove. A sixth file is refused.

Every check that touches the disk runs on the runner (``upload_ops.inspect_file``, then
``upload_ops.upload_file``): only a regular file, or a symbolic link to one, is accepted; a
folder, pipe, socket, device or broken link is refused without being opened, and so are
files restored from a draft that changed into one. A link is uploaded under its own name
(the one the agent dropped) and its row shows the real file it points to. Adding files costs
the GUI thread only the rows: the checks start on the next turn of the event loop.

API for owners (all GUI thread)::

    tray = AttachmentTray(ctx, parent)
    tray.changed.connect(...)        # anything changed (list, status, progress done)
    tray.attachment_ids()            # uploaded ids, in display order
    tray.all_uploaded()              # every accepted file is uploaded (rejected rows ignored)
    tray.busy()                      # a check or an upload is running
    tray.failed_names()              # files that need Retry or Remove (names as shown)
    tray.state() / tray.restore(s)   # JSON-able list for drafts; uploaded ids are kept
    tray.clear(delete_pasted=True)   # cancel everything, empty the tray
    tray.add_files([Path, ...]); tray.paste_from_clipboard()
    tray.items() / tray.rows()      # the records / their row widgets, in display order
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain import files
from contiple_desktop.domain.models import Attachment
from contiple_desktop.errors import FileRule, LocalFileError
from contiple_desktop.tasks import upload_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments.reasons import describe_refusal, is_refusal
from contiple_desktop.ui.attachments.row import AttachmentRow, Status, TrayItem
from contiple_desktop.ui.attachments.row_list import RowList
from contiple_desktop.ui.task_scope import TaskScope
from contiple_desktop.ui.wrap_fit import WrappedLabel


def _encode_png(image: QImage) -> bytes:
    """PNG bytes of ``image``, on a worker: QImage is reentrant and implicitly shared (a change to
    the clipboard's image detaches the clipboard's copy, never this one)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # PySide6 wants str at run time
    buf.close()
    return bytes(data.data())


class AttachmentTray(QFrame):
    """Drop target + list of files with per-file upload state.

    Signals:
        changed(): files were added/removed or a file's status changed.
    """

    changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        screenshot_dir: Path | None = None,
        max_files: int = files.MAX_FILES,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.max_files = max_files
        self.screenshot_dir = screenshot_dir or ctx.paths.drafts_dir
        self.tasks = TaskScope(self, "attachments")
        self._ids = itertools.count(1)
        self._items: list[TrayItem] = []
        self._to_start: list[int] = []  # uids whose checks begin on the next event-loop turn
        self._starter = QTimer(self)
        self._starter.setSingleShot(True)
        self._starter.setInterval(0)
        self._starter.timeout.connect(self._start_queued)
        self.setObjectName("attachment-tray")
        self.setAccessibleName(self.tr("Attachments"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        # Preferred, not Maximum: a row that wraps its reason must be able to grow.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Attach files…"), self)
        self.add_button.setAccessibleName(self.tr("Attach files"))
        self.add_button.setAutoDefault(False)
        self.paste_button = QPushButton(self.tr("Paste"), self)
        self.paste_button.setAccessibleName(self.tr("Paste screenshot or files"))
        self.paste_button.setAutoDefault(False)
        self.hint = WrappedLabel("", self)
        self.hint.setAccessibleName(self.tr("Attachment rules"))
        bar.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.paste_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addStretch(1)
        outer.addLayout(bar)
        # under the buttons, the whole width: beside them it wrapped to three lines (Japanese,
        # 200 %) that a row in a scrolling form cut top and bottom
        outer.addWidget(self.hint)
        self._list = RowList(self)
        outer.addWidget(self._list)
        self.add_button.clicked.connect(self.pick_files)
        self.paste_button.clicked.connect(self.paste_from_clipboard)
        self._update_hint()

    # -- public API ------------------------------------------------------------------------
    def items(self) -> list[TrayItem]:
        return list(self._items)

    def rows(self) -> list[AttachmentRow]:
        """The row widgets, in display order."""
        return [row for i in self._items if (row := self._list.row(i.uid)) is not None]

    def accepted_count(self) -> int:
        return sum(1 for i in self._items if i.status is not Status.REJECTED)

    def attachment_ids(self) -> list[str]:
        return [i.attachment_id for i in self._items if i.status is Status.UPLOADED]

    def all_uploaded(self) -> bool:
        return all(i.status in (Status.UPLOADED, Status.REJECTED) for i in self._items)

    def busy(self) -> bool:
        return any(i.status.active for i in self._items)

    def failed_names(self) -> list[str]:
        """Names of the files that need Retry or Remove, as the rows show them."""
        return [i.shown_name for i in self._items if i.status.retryable]

    def state(self) -> list[dict[str, Any]]:
        return [i.to_state() for i in self._items]

    def restore(self, state: Iterable[dict[str, Any]]) -> None:
        """Rebuild from ``state()``; uploaded files keep their ids, the rest are checked and sent again."""
        self.clear(delete_pasted=False)
        added: list[TrayItem] = []
        for entry in state:
            item = TrayItem(next(self._ids), Path(str(entry.get("path", ""))))
            item.size = entry.get("size") if isinstance(entry.get("size"), int) else None
            item.pasted = bool(entry.get("pasted"))
            target = entry.get("target")
            item.target = Path(target) if isinstance(target, str) and target else None
            status = str(entry.get("status", ""))
            if status == Status.UPLOADED.value and entry.get("attachment_id"):
                item.status = Status.UPLOADED
                item.attachment_id = str(entry["attachment_id"])
            elif status == Status.REJECTED.value:
                item.status = Status.REJECTED
                item.error = str(entry.get("error", ""))
            else:
                item.target = None  # the file may have changed since: the check says again
                self._queue_start(item)
            added.append(item)
        self._append(added)
        self._emit_changed()

    def clear(self, *, delete_pasted: bool = False) -> None:
        pasted = [i.path for i in self._items if i.pasted]
        for item in list(self._items):
            self._drop(item)
        if delete_pasted:
            upload_ops.delete_files(self.ctx, pasted)
        self._emit_changed()

    def add_files(self, paths: Iterable[Path], *, pasted: bool = False) -> None:
        added: list[TrayItem] = []
        accepted = self.accepted_count()
        for path in paths:
            item = TrayItem(next(self._ids), Path(path), pasted=pasted)
            if accepted >= self.max_files:
                self._reject(item, LocalFileError(FileRule.TOO_MANY, item.name))
            else:
                try:  # name-only rules need no disk access: answer at once
                    files.check_name_and_size(item.name, 0)
                    self._queue_start(item)
                    accepted += 1
                except LocalFileError as exc:
                    self._reject(item, exc)
            added.append(item)
        self._append(added)
        self._emit_changed()

    @Slot()
    def pick_files(self) -> None:
        """Open the file picker (non-blocking); the chosen files are added when it closes."""
        patterns = " ".join(f"*.{e}" for e in files.ALLOWED_EXTENSIONS)
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setObjectName("attachment-pick-dialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Allowed files (%1)").replace("%1", patterns))
        dialog.filesSelected.connect(lambda names: self.add_files(Path(n) for n in names))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def paste_from_clipboard(self) -> bool:
        """Attach copied files or a copied image; False when the clipboard holds neither."""
        return self.accept_mime(QGuiApplication.clipboard().mimeData())

    def accept_mime(self, mime: QMimeData | None) -> bool:
        if mime is None:
            return False
        local = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if local:
            self.add_files(local)
            return True
        if mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                self.add_image(image)
                return True
        return False

    def add_image(self, image: QImage) -> None:
        """Save ``image`` as a PNG screenshot (encoded and written on the runner) and attach it."""
        handle = upload_ops.save_screenshot(
            self.ctx,
            lambda: _encode_png(image),
            self.screenshot_dir,
            on_success=lambda p: self.add_files([p], pasted=True),
            on_failure=self.ctx.report_error,
        )
        self.tasks.track(handle)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Ctrl+V on the tray or on a child that ignores it (its buttons)
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_from_clipboard()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()) or mime.hasImage():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if self.accept_mime(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # -- checks and uploads ----------------------------------------------------------------
    def _queue_start(self, item: TrayItem) -> None:
        """Mark ``item`` as being checked; its tasks start once the rows are on screen."""
        item.status = Status.CHECKING
        item.error = ""
        item.done = item.total = 0
        self._to_start.append(item.uid)
        self._starter.start()

    @Slot()
    def _start_queued(self) -> None:
        queued, self._to_start = self._to_start, []
        for uid in queued:
            item = self._find(uid)
            if item is not None and item.status is Status.CHECKING and item.handle is None:
                self._inspect(item)

    def _inspect(self, item: TrayItem) -> None:
        uid = item.uid
        item.handle = upload_ops.inspect_file(
            self.ctx,
            item.path,
            on_success=lambda checked: self._on_checked(uid, checked),
            on_failure=lambda exc: self._on_failed(uid, exc),
        )
        self.tasks.track(item.handle)

    def _on_checked(self, uid: int, checked: files.LocalFile) -> None:
        item = self._find(uid)
        if item is None or item.status is not Status.CHECKING:
            return
        item.size = checked.size
        item.target = checked.target
        item.handle = upload_ops.upload_file(
            self.ctx,
            item.path,
            on_success=lambda att: self._on_uploaded(uid, att),
            on_failure=lambda exc: self._on_failed(uid, exc),
            on_progress=lambda d, t: self._on_progress(uid, d, t),
        )
        self.tasks.track(item.handle)
        self._refresh(item)

    def _find(self, uid: int) -> TrayItem | None:
        return next((i for i in self._items if i.uid == uid), None)

    def _on_progress(self, uid: int, done: int, total: int) -> None:
        item = self._find(uid)
        if item is None or not item.status.active:
            return
        item.status = Status.UPLOADING
        item.done, item.total = done, total
        if item.size is None:
            item.size = total
        self._refresh(item)

    def _on_uploaded(self, uid: int, att: Attachment) -> None:
        item = self._find(uid)
        if item is None:
            return
        item.status = Status.UPLOADED
        item.attachment_id = att.attachment_id
        item.size = att.size if att.size is not None else item.size
        item.handle = None
        self._refresh(item)
        self._emit_changed()

    def _on_failed(self, uid: int, exc: BaseException) -> None:
        item = self._find(uid)
        if item is None:
            return
        item.handle = None
        item.status = Status.REJECTED if is_refusal(exc) else Status.FAILED
        item.error = describe_refusal(exc)
        self._refresh(item)
        self._emit_changed()

    def _reject(self, item: TrayItem, exc: LocalFileError) -> None:
        item.status = Status.REJECTED
        item.error = describe_refusal(exc)

    def cancel(self, uid: int) -> None:
        item = self._find(uid)
        if item is not None and item.status.active:
            if item.handle is not None:
                item.handle.cancel()
            item.handle = None
            item.status = Status.CANCELLED
            self._refresh(item)
            self._emit_changed()

    def retry(self, uid: int) -> None:
        item = self._find(uid)
        if item is not None and item.status.retryable:
            self._queue_start(item)
            self._refresh(item)
            self._emit_changed()

    def remove(self, uid: int) -> None:
        item = self._find(uid)
        if item is not None:
            if item.pasted:
                upload_ops.delete_files(self.ctx, [item.path])
            self._drop(item)
            self._emit_changed()

    # -- rows ------------------------------------------------------------------------------
    def _append(self, items: list[TrayItem]) -> None:
        self._items.extend(items)
        self._list.add(items, self._connect)

    def _connect(self, row: AttachmentRow) -> None:
        row.cancel_requested.connect(self.cancel)
        row.retry_requested.connect(self.retry)
        row.remove_requested.connect(self.remove)

    def _drop(self, item: TrayItem) -> None:
        if item.handle is not None:
            item.handle.cancel()
            item.handle = None
        self._items.remove(item)
        self._list.remove(item.uid)

    def _refresh(self, item: TrayItem) -> None:
        row = self._list.row(item.uid)
        if row is not None:
            row.update_from(item)

    def _emit_changed(self) -> None:
        self._update_hint()
        self.changed.emit()

    def _update_hint(self) -> None:
        n = self.accepted_count()
        self.hint.setText(
            self.tr("Drop files here or paste a screenshot (Ctrl+V). %1 of %2 files; each under 10 MB.")
            .replace("%1", str(n))
            .replace("%2", str(self.max_files))
        )
        self.add_button.setEnabled(n < self.max_files)
