"""The detail pane: one ticket's header, content, attachments, thread and follow-up composer.

``show_ticket(usercode, ticket_id)`` loads ``ticket`` on the runner (newest wins: clicking
through the list quickly only shows the last one); ``show_detail(detail)`` shows one already
loaded. The content and the whole conversation are each one ``SafeHtmlView`` (the thread is a
``ThreadView``: one document, prepared on a worker and drawn a few steps per event-loop turn).
Attachments — the ticket's, and all of the conversation's in a second list — are the shared
``AttachmentList``: "Open" downloads into the per-user cache and hands the file to ``open_file``
(the system viewer), "Save as…" into a folder the agent picks, with progress and Cancel. An
attachment link inside the conversation opens the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSizeF, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.models import TicketDetail, TicketEntry
from contiple_desktop.errors import NotFoundError
from contiple_desktop.tasks import history_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachment_list import AttachmentList, open_with_system
from contiple_desktop.ui.desk.watch_button import WatchButton
from contiple_desktop.ui.formatting import format_time
from contiple_desktop.ui.history.composer import FollowUpComposer
from contiple_desktop.ui.history.status import StatusPill
from contiple_desktop.ui.history.thread_model import ThreadModel
from contiple_desktop.ui.history.thread_view import ThreadView
from contiple_desktop.ui.html_view import SafeHtmlView
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.splitters import remember
from contiple_desktop.ui.steps import Stages, finish_stages
from contiple_desktop.ui.tab_order import set_tab_order, tab_stops
from contiple_desktop.ui.task_scope import TaskScope


def fit_to_content(view: SafeHtmlView) -> SafeHtmlView:
    """``view`` without its own scroll bars, as tall as its content (the pane scrolls)."""
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setStyleSheet("background: transparent;")
    layout = view.document().documentLayout()

    def fit(size: QSizeF) -> None:
        view.setFixedHeight(max(24, int(size.height()) + 6))

    layout.documentSizeChanged.connect(fit)
    fit(layout.documentSize())
    return view


class TicketDetailPane(QWidget):
    """Shows one ticket and lets the agent post a follow-up.

    Signals:
        detail_loaded(object): a ``TicketDetail`` was shown.
        follow_up_sent(str): a follow-up for this ticket ID reached the server.
        attachment_saved(str, str): (attachment ID, file path) after a download finished.
    """

    detail_loaded = Signal(object)
    follow_up_sent = Signal(str)
    attachment_saved = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, staged: bool = False) -> None:
        """``staged=True``: the rest of the construction waits in ``stages`` (``ui/steps``)."""
        super().__init__(parent)
        self.ctx = ctx
        self.usercode = ""
        self.ticket_id = ""
        self.detail: TicketDetail | None = None
        self.category_path: Callable[[int], str] = lambda _cid: ""
        self.open_file: Callable[[Path], object] = open_with_system
        self.setAccessibleName(self.tr("Ticket detail"))
        self._guard = TaskScope(self, "history")
        self.stages: Stages | None = self._construct()
        if not staged:
            finish_stages(self)

    def _construct(self) -> Stages:
        yield from self._build()
        self.clear()

    def _build(self) -> Stages:
        """The head and content, then the conversation, then the follow-up composer."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(splitter)
        self.scroll_area = QScrollArea(splitter)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.scroll_area)
        layout = QVBoxLayout(body)
        head = QHBoxLayout()
        self.subject = QLabel(body)
        self.subject.setAccessibleName(self.tr("Ticket subject"))
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.subject, 1)
        self.status = StatusPill(body)
        head.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self.watch_button = WatchButton(self.ctx, body, reload=self.reload)  # ui/desk/watch_button.py
        head.addWidget(self.watch_button, 0, Qt.AlignmentFlag.AlignTop)
        self.detail_loaded.connect(lambda detail: self.watch_button.show_detail(self.usercode, detail))
        layout.addLayout(head)
        self.meta = QLabel(body)
        self.meta.setAccessibleName(self.tr("Ticket facts"))
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.meta)
        self.message = QLabel(body)
        self.message.setAccessibleName(self.tr("Detail message"))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = InlineError(body, name=self.tr("Ticket error"))
        layout.addWidget(self.error)
        self.content = fit_to_content(SafeHtmlView(self.ctx, body))
        self.content.setAccessibleName(self.tr("Inquiry content"))
        layout.addWidget(self.content)
        self.attachments = self._attachment_list(body)
        layout.addWidget(self.attachments)
        yield
        self.thread_title = QLabel(self.tr("Conversation"), body)
        self.thread_title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addWidget(self.thread_title)
        self.thread_model = ThreadModel(self)
        self.thread_view = ThreadView(self.ctx, body)
        fit_to_content(self.thread_view)
        self.thread_title.setBuddy(self.thread_view)
        self.thread_view.set_model(self.thread_model)
        self.thread_view.attachment_activated.connect(self._open_thread_attachment)
        layout.addWidget(self.thread_view)
        self.thread_attachments = self._attachment_list(body)
        self.thread_attachments.setAccessibleName(self.tr("Conversation attachments"))
        layout.addWidget(self.thread_attachments)
        self.thread_model.modelReset.connect(self._thread_attachments_changed)
        self.thread_model.rowsInserted.connect(self._thread_attachments_changed)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        yield
        self.composer = FollowUpComposer(self.ctx, splitter)
        self.composer.sent.connect(self._on_follow_up)
        self.composer.reconciled.connect(self._on_reconciled)
        splitter.addWidget(self.scroll_area)
        splitter.addWidget(self.composer)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([640, 220])
        remember(splitter, self.ctx.settings, "history.detail", (0.7, 0.3))
        self._content_widgets: list[QWidget] = [
            self.content, self.attachments, self.thread_title, self.thread_view, self.thread_attachments,
            self.status, self.watch_button,
        ]  # fmt: skip
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        """Tab runs content → attachments → the conversation (and its links) → its attachments →
        follow-up composer."""
        order: list[QWidget] = [self.content, *tab_stops(self.attachments), self.thread_view]
        set_tab_order([*order, *tab_stops(self.thread_attachments), *tab_stops(self.composer)])

    @Slot()
    def _thread_attachments_changed(self) -> None:
        wanted = self.thread_view.attachments()
        if wanted != self.thread_attachments.attachments():  # unchanged: a download keeps running
            self.thread_attachments.set_attachments("ticket", wanted)

    @Slot(str)
    def _open_thread_attachment(self, attachment_id: str) -> None:
        if self.thread_attachments.select(attachment_id):
            self.thread_attachments.open_current()

    # -- showing -------------------------------------------------------------------------
    def clear(self, message: str | None = None) -> None:
        self.usercode = self.ticket_id = ""
        self.detail = None
        self.subject.setText("")
        self.meta.setText("")
        self.status.set_status("")
        self.content.clear_content()
        self.attachments.set_attachments("ticket", ())
        self.thread_model.set_detail(None)
        self.error.clear()
        self.message.setText(message or self.tr("Select a ticket to see its conversation."))
        self.message.setVisible(True)
        for widget in self._content_widgets:
            widget.setVisible(False)
        self.composer.set_ticket("", "", None)

    def show_ticket(self, usercode: str, ticket_id: str) -> None:
        """Load and show ``ticket_id`` of ``usercode`` (no-op when it is already shown)."""
        if (usercode, ticket_id) == (self.usercode, self.ticket_id) and self.detail is not None:
            return
        self.usercode, self.ticket_id = usercode, ticket_id
        self.composer.set_ticket(usercode, ticket_id, None)
        self.error.clear()
        self.message.setText(self.tr("Loading ticket %1\u2026").replace("%1", ticket_id))
        self.message.setVisible(True)
        self._load()

    def reload(self) -> None:
        if self.usercode and self.ticket_id:
            self._load()

    def _load(self) -> None:
        usercode, ticket_id = self.usercode, self.ticket_id
        self._guard.track(history_ops.load_ticket_detail(
            self.ctx,
            usercode,
            ticket_id,
            on_success=self.show_detail,
            on_failure=lambda exc: self._failed(ticket_id, exc),
        ))  # fmt: skip

    def show_detail(self, detail: TicketDetail) -> None:
        """Show ``detail`` (ignored unless it is the ticket asked for last)."""
        if detail.ticket_id != self.ticket_id:
            return
        self.detail = detail
        self.subject.setText(detail.subject)
        self.status.set_status(detail.status, detail.status_name)
        path = (self.category_path(detail.category_id) if detail.category_id is not None else "") or (
            detail.category_full_name.replace(">", " > ") or detail.category_name
        )
        facts = [
            (self.tr("Ticket ID"), detail.ticket_id),
            (self.tr("Inquiry type"), path),
            (self.tr("Created"), format_time(detail.created_ms)),
            (self.tr("Updated"), format_time(detail.updated_ms)),
        ]
        self.meta.setText(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td style='color:#666; padding-right:10px'>{_esc(k)}</td><td>{_esc(v)}</td></tr>"
                for k, v in facts
                if v
            )
            + "</table>"
        )
        self.content.set_html(detail.content)
        self.attachments.set_attachments("ticket", detail.attachments)
        self.thread_model.set_detail(detail)
        self.message.setVisible(False)
        self.error.clear()
        # each widget shown or hidden once: showing a list only to hide it again (no attachments)
        # cost milliseconds of the GUI thread on every ticket opened
        wanted: dict[QWidget, bool] = {
            self.attachments: bool(detail.attachments),
            self.thread_attachments: bool(self.thread_attachments.attachments()),
        }
        for widget in self._content_widgets:
            widget.setVisible(wanted.get(widget, True))
        self.composer.set_ticket(self.usercode, detail.ticket_id, detail)
        self.detail_loaded.emit(detail)

    def _failed(self, ticket_id: str, exc: BaseException) -> None:
        if ticket_id != self.ticket_id:
            return
        if not isinstance(exc, NotFoundError):  # inline, with Retry (never a dialog)
            self.message.setVisible(False)
            self.error.show_error(exc, retry=self.reload, context=self.tr("Could not load the ticket: %1"))
            return
        self.message.setText(self.tr("Ticket %1 was not found for this customer.").replace("%1", ticket_id))
        self.message.setVisible(True)

    def _on_follow_up(self, entry: TicketEntry) -> None:
        self.thread_model.append_entry(entry)
        self.follow_up_sent.emit(self.ticket_id)
        self.reload()  # status and updatedDt change on the server; the entry stays meanwhile
        self.thread_view.scroll_to_latest()

    def _on_reconciled(self, detail: TicketDetail, arrived: bool) -> None:
        self.show_detail(detail)
        if arrived:
            self.follow_up_sent.emit(detail.ticket_id)

    # -- attachments ---------------------------------------------------------------------
    def _attachment_list(self, parent: QWidget) -> AttachmentList:
        """One list (ticket content or a thread entry): opens through ``open_file``."""
        view = AttachmentList(self.ctx, parent, kind="ticket", mnemonics=False, heading=False)
        view.opener = lambda path: self.open_file(path)
        view.downloaded.connect(lambda aid, path: self.attachment_saved.emit(aid, str(path)))
        return view

    def attachment_lists(self) -> list[AttachmentList]:
        """The ticket's list, then the conversation's (every entry's attachments)."""
        return [self.attachments, self.thread_attachments]

    def insert_text(self, text: str) -> bool:
        return self.composer.insert_text(text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
