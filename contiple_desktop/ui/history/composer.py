"""The follow-up composer: text, attachments, one "Send", and the draft that survives crashes.

Rules this widget keeps:

* **Single flight, no blind retry.** Sending is ``tasks.send_once.SendOnce`` with
  ``history_ops.follow_up_plan``: while a send (or its reconciliation) runs, "Send" is disabled
  and a second request is ignored; when a send fails ambiguously (sent, no answer) the ticket is
  reloaded and searched for one more customer entry with the same text — found, the send counts
  as done; not found, "Send" is offered again. The composer only shows the ``Outcome``.
* **Room for the conversation.** Until the agent goes to it (focus inside the composer, text
  or files in it, a send running) the composer is compact: two lines of text and the Send row,
  the attachment tray hidden, and no taller than that, so the thread above gets the pane. While
  no ticket is open it is hidden altogether.
* **Nothing is lost.** On any error the text and the attachments stay as they were; the draft
  (``kind="followup"``, key = ticket ID) is autosaved (``tasks.drafts.DraftAutosaver``, at most
  ~0.6 s behind the last change) and restored when the ticket is opened again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.drafts import KIND_FOLLOWUP, Draft
from contiple_desktop.domain.models import TicketDetail
from contiple_desktop.errors import NotFoundError
from contiple_desktop.tasks import drafts as draft_ops
from contiple_desktop.tasks import history_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.drafts import DraftAutosaver
from contiple_desktop.tasks.send_once import Outcome, OutcomeKind, SendOnce
from contiple_desktop.ui import ime
from contiple_desktop.ui.attachments import AttachmentTray
from contiple_desktop.ui.desk.snippets import SnippetButton
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.formatting import join_list
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.style import mark_primary
from contiple_desktop.ui.task_scope import TaskScope

MAX_FOLLOW_UP_ATTACHMENTS = 5
_NO_MAX = 16_777_215  # QWIDGETSIZE_MAX


class _StatusLabel(QLabel):
    """The composer's status line: shown only while it has something to say (an empty row under
    the editor pushed the Send row down). Signals: shown_changed()."""

    shown_changed = Signal()

    def setText(self, text: str) -> None:  # Qt's name
        super().setText(text)
        self._follow()

    def clear(self) -> None:  # Qt's name
        super().clear()
        self._follow()

    def _follow(self) -> None:
        shown = bool(self.text())
        if shown != (not self.isHidden()):
            self.setVisible(shown)
            self.shown_changed.emit()


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
    open_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._usercode = ""
        self._ticket_id = ""
        self._detail: TicketDetail | None = None
        self._restoring = False
        self._saver: DraftAutosaver | None = None
        self._guard = TaskScope(self, "composer")
        self.flow = SendOnce(ctx, self._guard, self)
        self.flow.phase_changed.connect(lambda _phase: self._show_busy())
        self.flow.finished.connect(self._on_outcome)
        self._sending_for = ""
        self._compact: bool | None = None
        self._build()
        self._install_flush_hook()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
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
        # A failed send: the area's inline error (words, what to do, details), full width above
        # the status and the buttons; squeezed beside the buttons a long message wrapped into a
        # narrow column that pushed them out of a 768-px window.
        self.error = InlineError(self, name=self.tr("Follow-up error"))
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)  # never cut
        layout.addWidget(self.error)
        self.status = _StatusLabel(self)
        self.status.hide()  # (until it has something to say)
        self.status.shown_changed.connect(self._refit)
        self.status.setAccessibleName(self.tr("Follow-up status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.send_button = QPushButton(self.tr("Send follow-up"), self)
        self.send_button.setAccessibleName(self.tr("Send follow-up"))
        self.send_button.setToolTip(self.tr("Send the follow-up to the ticket (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)
        mark_primary(self.send_button)  # the history area's primary action while a ticket is open
        row.addWidget(SnippetButton(self.ctx, self.insert_text, self))  # ui/desk/snippets.py
        row.addWidget(self.send_button)
        layout.addLayout(row)
        # Inside the shell Ctrl+Enter is the actions table's "Submit / send"; this catches it
        # only when no window-level shortcut took the key (the composer on its own).
        self.editor.installEventFilter(self)
        ime.guard(self.editor)  # after our filter: Enter confirming a composition sends nothing
        self.editor.textChanged.connect(self._changed)
        self.tray.changed.connect(self._changed)
        self.busy_changed.connect(lambda _busy: self._update_compact())
        self.setAcceptDrops(True)

    # -- compact until used ----------------------------------------------------------------
    @property
    def compact(self) -> bool:
        """Two lines and the Send row (the tray hidden) while the agent is not using it."""
        return bool(self._compact)

    def _wanted_compact(self) -> bool:
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is self or self.isAncestorOf(focus))
        used = bool(self.editor.toPlainText()) or bool(self.tray.items()) or self.busy
        return not inside and not used

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        # files dropped on the compact composer (its tray hidden) still reach the tray
        self.tray.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.tray.dropEvent(event)  # the files make the composer open (the tray has items)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._update_compact()

    def _refit(self) -> None:
        """A line came or went (the status): size the composer for it again."""
        self._compact = None
        self._update_compact()

    def _update_compact(self) -> None:
        compact = self._wanted_compact()
        if compact == self._compact:
            return
        self._compact = compact
        lines = self.editor.fontMetrics().lineSpacing()
        frame = 2 * self.editor.frameWidth() + int(self.editor.document().documentMargin() * 2)
        self.editor.setMinimumHeight(2 * lines + frame if compact else max(70, 4 * lines + frame))
        self.editor.setMaximumHeight(2 * lines + frame if compact else _NO_MAX)
        self.tray.setVisible(not compact)
        layout = self.layout()
        assert layout is not None
        layout.activate()
        # compact: exactly two lines and the Send row; open: room for four lines and the tray,
        # the conversation keeps the rest (the agent can drag the divider for more)
        wanted = layout.sizeHint().height() if compact else layout.minimumSize().height()
        self.setMaximumHeight(wanted if compact else _NO_MAX)
        self._fit_splitter(wanted, shrink=compact)

    def _fit_splitter(self, wanted: int, *, shrink: bool) -> None:
        """Inside a splitter: expanded, take the height the tray and editor need from the pane
        above; compact, give everything beyond two lines back to it."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        sizes = splitter.sizes()
        index = splitter.indexOf(self)
        if index < 1 or not sum(sizes):
            return
        if shrink:
            change = wanted - sizes[index]
        elif sizes[index] < wanted:
            change = min(wanted - sizes[index], max(0, sizes[index - 1] - 120))
        else:
            return
        sizes[index - 1] -= change
        sizes[index] += change
        splitter.setSizes(sizes)

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
        return self.flow.busy

    @property
    def saver(self) -> DraftAutosaver | None:
        """The autosaver of the open ticket's draft (None while no ticket is open)."""
        return self._saver

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
            self.error.clear()
            self._saver = None
            if ticket_id:
                self._saver = DraftAutosaver.for_editor(
                    self.ctx, KIND_FOLLOWUP, ticket_id, self._snapshot, parent=self
                )
                self._load_draft(ticket_id)
        self._detail = detail
        self.setEnabled(bool(ticket_id))
        if self.parentWidget() is not None and self.isHidden() == bool(ticket_id):
            self.open_changed.emit(bool(ticket_id))
        if self.parentWidget() is not None:
            self.setVisible(bool(ticket_id))  # nothing to follow up on: no disabled composer either
        self._update_send()
        self._update_compact()

    def set_detail(self, detail: TicketDetail) -> None:
        if detail.ticket_id == self._ticket_id:
            self._detail = detail

    def focus_editor(self) -> None:
        """Put the cursor at the end of the follow-up text ("Follow up on the newest open ticket")."""
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

    def insert_text(self, text: str) -> bool:
        """Insert ``text`` at the cursor ("Insert into ticket"); False when no ticket is open."""
        if not self._ticket_id or not text or self.busy:
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
        self._guard.track(
            draft_ops.load_draft(
                self.ctx,
                KIND_FOLLOWUP,
                ticket_id,
                on_success=lambda draft: self._restore(ticket_id, draft),
                key=f"{self._guard.name}:draft",
            )
        )

    def _restore(self, ticket_id: str, draft: Draft | None) -> None:
        if draft is None or ticket_id != self._ticket_id:
            return
        if self.editor.toPlainText() or self.tray.items():
            return  # the agent already started typing; keep what is on screen
        self._restoring = True
        try:
            text = draft.data.get("text")
            self.editor.setPlainText(text if isinstance(text, str) else "")
            tray_state = draft.data.get("tray")
            if isinstance(tray_state, list) and tray_state:
                self.tray.restore([entry for entry in tray_state if isinstance(entry, dict)])
        finally:
            self._restoring = False
        self.status.setText(self.tr("Restored an unsent follow-up draft."))
        self._update_send()

    def _changed(self) -> None:
        self._update_send()
        self._update_compact()
        if not self._restoring and self._saver is not None:
            self._saver.schedule()

    # -- sending -------------------------------------------------------------------------
    def _update_send(self) -> None:
        ready = (
            bool(self._ticket_id)
            and not self.busy
            and bool(self.editor.toPlainText().strip())
            and not self.tray.busy()
            and self.tray.all_uploaded()
        )
        self.send_button.setEnabled(ready)
        failed = self.tray.failed_names()
        self.send_button.setToolTip(
            self.tr("Retry or remove the files that did not upload: %1").replace("%1", join_list(failed))
            if failed
            else self.tr("Send the follow-up to the ticket (Ctrl+Enter)")
        )

    def _show_busy(self) -> None:
        busy = self.busy
        self.editor.setReadOnly(busy)
        self.tray.setEnabled(not busy)
        self._update_send()
        self.busy_changed.emit(busy)

    def send(self) -> None:
        """Send the follow-up once; ignored while another send is in flight (or nothing to send).
        A Korean or Japanese composition in progress is committed first (part of the text)."""
        ime.commit_all()
        if self.busy or not self.send_button.isEnabled():
            return
        text = self.editor.toPlainText().strip()
        ids = list(self.tray.attachment_ids())
        if len(ids) > MAX_FOLLOW_UP_ATTACHMENTS:
            self.status.setText(self.tr("At most 5 files can be attached."))
            return
        self._sending_for = self._ticket_id
        plan = history_ops.follow_up_plan(self.ctx, self._usercode, self._ticket_id, text, ids, self._detail)
        self.error.clear()
        self.status.setText(self.tr("Sending\u2026"))
        self.flow.send(plan)

    def _on_outcome(self, outcome: Outcome) -> None:
        ticket_id, self._sending_for = self._sending_for, ""
        if ticket_id != self._ticket_id:
            return  # the agent moved on to another ticket; its own draft is untouched
        if outcome.kind is OutcomeKind.CREATED and not outcome.found_by_lookup:
            self._clear_after_send()
            self.status.setText(self.tr("Follow-up sent."))
            self.sent.emit(outcome.value)
        elif outcome.kind is OutcomeKind.CREATED:
            self._detail = outcome.evidence
            self._clear_after_send()
            self.status.setText(self.tr("The connection dropped, but the follow-up did arrive."))
            self.reconciled.emit(outcome.evidence, True)
        elif outcome.kind is OutcomeKind.UNRESOLVED and outcome.looked_up:
            self._detail = outcome.evidence
            self.status.setText(
                self.tr("The follow-up did not reach the server. Your text is kept; you can send it again.")
            )
            self.reconciled.emit(outcome.evidence, False)
        elif outcome.kind is OutcomeKind.UNRESOLVED:
            self.status.setText(
                self.tr(
                    "Could not check whether the follow-up arrived (%1). Look at the conversation "
                    "(F5 reloads) before sending again."
                ).replace("%1", describe(outcome.error or Exception()).message)
            )
        else:
            assert outcome.error is not None
            self._show_error(outcome.error)
        self._update_send()

    def _clear_after_send(self) -> None:
        self._restoring = True
        self.editor.clear()
        self.tray.clear(delete_pasted=True)
        self._restoring = False
        if self._saver is not None:
            self._saver.discard()
        self._update_send()

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError) and exc.result_code == 9005:
            self.status.setText(
                self.tr(
                    "The server no longer knows one of the attachments (or related data). "
                    "Remove and attach the files again, then send. Your text is kept."
                )
            )
            return
        if isinstance(exc, NotFoundError):
            self.status.setText(self.tr("This ticket was not found for this customer. Your text is kept."))
            return
        self.error.show_error(exc, context=self.tr("The follow-up was not sent: %1"))
        self.status.setText(self.tr("Your text and files are kept. Send again when ready."))
