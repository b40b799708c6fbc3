"""The follow-up composer: text, attachments, one "Send", and the draft that survives crashes.

Rules this widget keeps:

* **Single flight.** While a send (or its reconciliation) runs, "Send" is disabled and a second
  request is ignored.
* **No blind retry.** When a send fails ambiguously (sent, no answer) the ticket is reloaded and
  the thread is searched for a new customer entry with the same text; only when none is found
  is "Send" offered again. When it is found, the send counts as done.
* **Nothing is lost.** On any error the text and the attachments stay as they were; the draft
  (``kind="followup"``, key = ticket ID) is autosaved on the runner, debounced, and restored
  when the ticket is opened again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from contiple_desktop.domain.models import TicketDetail, TicketEntry
from contiple_desktop.errors import ConfigurationError, NotFoundError
from contiple_desktop.storage.drafts import KIND_FOLLOWUP, Draft, DraftAutosaver, DraftStore, shared_store
from contiple_desktop.tasks import history_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.task_scope import TaskScope

MAX_FOLLOW_UP_ATTACHMENTS = 5


class FollowUpComposer(QWidget):
    """Writes and sends a customer follow-up for the shown ticket.

    Signals:
        sent(object): a ``TicketEntry`` the server accepted (append it to the thread).
        reconciled(object, bool): after an ambiguous failure the ticket was reloaded: the fresh
            ``TicketDetail`` and whether the follow-up was found in it (show it either way).
        busy_changed(bool): a send or reconciliation started/ended.
    """

    sent = Signal(object)
    reconciled = Signal(object, bool)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._usercode = ""
        self._ticket_id = ""
        self._detail: TicketDetail | None = None
        self._busy = False
        self._restoring = False
        self._store = shared_store(ctx.paths.drafts_dir)  # one writer per directory per process
        self._saver: DraftAutosaver | None = None
        self._guard = TaskScope(self, "history")
        self._build()
        self._install_flush_hook()
        self.set_ticket("", "", None)

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("Follow-up for the customer"), self)
        self.caption.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.caption)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Follow-up text"))
        self.editor.setPlaceholderText(self.tr("Type the caller's follow-up question (Ctrl+Enter sends)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(70)
        self.caption.setBuddy(self.editor)
        layout.addWidget(self.editor, 1)
        self.tray = AttachmentTray(self.ctx, self)
        self.tray.setAccessibleName(self.tr("Follow-up attachments"))
        layout.addWidget(self.tray)
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Follow-up status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.status, 1)
        self.send_button = QPushButton(self.tr("Send follow-up"), self)
        self.send_button.setAccessibleName(self.tr("Send follow-up"))
        self.send_button.setToolTip(self.tr("Send the follow-up to the ticket (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        # Inside the shell Ctrl+Enter is the actions table's "Submit / send"; this catches it
        # only when no window-level shortcut took the key (the composer on its own).
        self.editor.installEventFilter(self)
        self.editor.textChanged.connect(self._changed)
        self.tray.changed.connect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.send()
            return True
        return super().eventFilter(watched, event)

    def _install_flush_hook(self) -> None:
        def flush() -> None:
            if self._saver is not None:
                self._saver.flush()

        # The saver is a child and dies with the composer; so does the hook.
        self.ctx.add_flush_hook(self, flush)

    # -- ticket --------------------------------------------------------------------------
    @property
    def ticket_id(self) -> str:
        return self._ticket_id

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def store(self) -> DraftStore:
        """The process-wide draft store of ``ctx.paths.drafts_dir`` (shared with the ticket form)."""
        return self._store

    def set_ticket(self, usercode: str, ticket_id: str, detail: TicketDetail | None) -> None:
        """Compose for ``ticket_id``; a different ticket saves this draft and restores its own."""
        if ticket_id != self._ticket_id:
            if self._saver is not None:
                self._saver.flush_async()
            self._usercode, self._ticket_id = usercode, ticket_id
            self._restoring = True
            self.editor.clear()
            self.tray.clear()
            self._restoring = False
            self.status.clear()
            self._saver = None
            if ticket_id:
                self._saver = DraftAutosaver(
                    self._store, self.ctx.runner, KIND_FOLLOWUP, ticket_id, self._snapshot, parent=self
                )
                self._load_draft(ticket_id)
        self._detail = detail
        self.setEnabled(bool(ticket_id))
        self._update_send()

    def set_detail(self, detail: TicketDetail) -> None:
        if detail.ticket_id == self._ticket_id:
            self._detail = detail

    def insert_text(self, text: str) -> bool:
        """Insert ``text`` at the cursor ("Insert into ticket"); False when no ticket is open."""
        if not self._ticket_id or not text or self._busy:
            return False
        self.editor.insertPlainText(text)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- drafts --------------------------------------------------------------------------
    def _snapshot(self) -> tuple[dict[str, Any], dict[str, str]] | None:
        text = self.editor.toPlainText()
        tray_state = self.tray.state()
        if not text.strip() and not self.tray.items():
            return None
        data = {"usercode": self._usercode, "ticket_id": self._ticket_id, "text": text, "tray": tray_state}
        summary = {"caller": self._usercode, "ticket": self._ticket_id, "text": text[:80]}
        return data, summary

    def _load_draft(self, ticket_id: str) -> None:
        store = self._store
        self._guard.track(self.ctx.runner.submit(
            lambda _t: store.load(KIND_FOLLOWUP, ticket_id),
            on_success=lambda draft: self._restore(ticket_id, draft),
            on_failure=lambda exc: None,
            key=f"history:draft:{id(self)}",
        ))

    def _restore(self, ticket_id: str, draft: Draft | None) -> None:
        if draft is None or ticket_id != self._ticket_id:
            return
        if self.editor.toPlainText() or self.tray.items():
            return  # the agent already started typing; keep what is on screen
        self._restoring = True
        try:
            self.editor.setPlainText(str(draft.data.get("text", "")))
            tray_state = draft.data.get("tray")
            if tray_state:
                self.tray.restore(tray_state)
        finally:
            self._restoring = False
        self.status.setText(self.tr("Restored an unsent follow-up draft."))
        self._update_send()

    def _changed(self) -> None:
        self._update_send()
        if not self._restoring and self._saver is not None:
            self._saver.schedule()

    # -- sending -------------------------------------------------------------------------
    def _update_send(self) -> None:
        ready = (
            bool(self._ticket_id)
            and not self._busy
            and bool(self.editor.toPlainText().strip())
            and not self.tray.busy()
            and self.tray.all_uploaded()
        )
        self.send_button.setEnabled(ready)
        failed = self.tray.failed_names()
        self.send_button.setToolTip(
            self.tr("Retry or remove the files that did not upload: %1").replace("%1", ", ".join(failed))
            if failed
            else self.tr("Send the follow-up to the ticket (Ctrl+Enter)")
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.editor.setReadOnly(busy)
        self.tray.setEnabled(not busy)
        self._update_send()
        self.busy_changed.emit(busy)

    def send(self) -> None:
        """Send the follow-up once; ignored while another send is in flight."""
        if self._busy or not self.send_button.isEnabled():
            return
        text = self.editor.toPlainText().strip()
        ids = list(self.tray.attachment_ids())
        if len(ids) > MAX_FOLLOW_UP_ATTACHMENTS:
            self.status.setText(self.tr("At most 5 files can be attached."))
            return
        usercode, ticket_id = self._usercode, self._ticket_id
        known = history_ops.count_matching_entries(self._detail, text)
        self._set_busy(True)
        self.status.setText(self.tr("Sending\u2026"))
        try:
            self._guard.track(history_ops.post_follow_up(
                self.ctx,
                usercode,
                ticket_id,
                text,
                ids,
                on_success=lambda entry: self._on_sent(ticket_id, entry),
                on_failure=lambda exc: self._on_failed(usercode, ticket_id, text, known, exc),
            ))
        except ConfigurationError as exc:  # no connection configured
            self._set_busy(False)
            self._show_error(exc)

    def _on_sent(self, ticket_id: str, entry: TicketEntry) -> None:
        self._set_busy(False)
        if ticket_id != self._ticket_id:
            return
        self._clear_after_send()
        self.status.setText(self.tr("Follow-up sent."))
        self.sent.emit(entry)

    def _clear_after_send(self) -> None:
        self._restoring = True
        self.editor.clear()
        self.tray.clear(delete_pasted=True)
        self._restoring = False
        if self._saver is not None:
            self._saver.discard()
        self._update_send()

    def _on_failed(self, usercode: str, ticket_id: str, text: str, known: int, exc: BaseException) -> None:
        if ticket_id != self._ticket_id:
            self._set_busy(False)
            return
        if getattr(exc, "ambiguous", False):
            self.status.setText(
                self.tr("No answer from the server. Checking whether the follow-up arrived\u2026")
            )
            self._guard.track(history_ops.reconcile_follow_up(
                self.ctx,
                usercode,
                ticket_id,
                text,
                known,
                on_success=lambda result: self._on_reconciled(ticket_id, *result),
                on_failure=self._on_reconcile_failed,
            ))
            return
        self._set_busy(False)
        self._show_error(exc)

    def _on_reconciled(self, ticket_id: str, arrived: bool, detail: TicketDetail) -> None:
        self._set_busy(False)
        if ticket_id != self._ticket_id:
            return
        self._detail = detail
        if arrived:
            self._clear_after_send()
            self.status.setText(self.tr("The connection dropped, but the follow-up did arrive."))
        else:
            self.status.setText(
                self.tr("The follow-up did not reach the server. Your text is kept; you can send it again.")
            )
        self.reconciled.emit(detail, arrived)

    def _on_reconcile_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = describe(exc)
        self.status.setText(
            self.tr("Could not check whether the follow-up arrived (%1). Look at the conversation "
                    "(F5 reloads) before sending again.").replace("%1", text.message)
        )

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError) and exc.result_code == 9005:
            self.status.setText(
                self.tr("The server no longer knows one of the attachments (or related data). "
                        "Remove and attach the files again, then send. Your text is kept.")
            )
            return
        if isinstance(exc, NotFoundError):
            self.status.setText(
                self.tr("This ticket was not found for this customer. Your text is kept.")
            )
            return
        text = describe(exc)
        message = f"{text.title}: {text.message}" if text.message else text.title
        self.status.setText(message + (f" {text.hint}" if text.hint else ""))
