"""The reading pane for one FAQ or notice: title, dates, category path, body, attachments, actions.

"Copy link" puts a plain-text summary on the clipboard; "Insert into ticket" hands it to
``ctx.bus.request_insert`` (the shell routes it to the one active editor and switches there);
when no editor takes it, it is copied instead and the status says so. "Save as reply snippet"
(FAQs only) keeps the answer as plain text for follow-ups (``template_ops.save_faq_as_snippet``;
inserted with the snippet picker, ``ui.desk.snippets``).

Help Center links: Contiple documents only the Help Center root ``{base_url}/{serviceId}/hc/`` and
the ticket pages ``/hc/ticket/`` and ``/hc/ticket/list/`` (spec §1.1, §3.19). Following that shape we
link to ``{base_url}/{serviceId}/hc/faq/{helpDocId}/`` and ``{base_url}/{serviceId}/hc/notice/{noticeId}/``
with ``?language={code}`` — one place (``help_center_url``) to change if a service uses other paths.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, urlencode

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contiple_desktop.domain.models import Attachment, Faq, Notice
from contiple_desktop.tasks import template_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.attachment_list import AttachmentList
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.formatting import format_date, format_display_date, format_time, join_list, nowrap
from contiple_desktop.ui.html_view import SafeHtmlView
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.task_scope import TaskScope


def help_center_url(base_url: str, service_id: str, kind: str, item_id: int, language: str) -> str:
    """The agent-shareable Help Center page of a FAQ (``kind="faq"``) or notice (``"notice"``)."""
    query = urlencode({"language": language}) if language else ""
    url = f"{base_url.rstrip('/')}/{quote(service_id, safe='')}/hc/{kind}/{item_id}/"
    return f"{url}?{query}" if query else url


def faq_category_path(faq: Faq, language: str) -> str:
    """Root-first category names of a FAQ, " > "-joined, in ``language`` where available."""
    if faq.parent_categories:
        return " > ".join(c.display_name(language) for c in faq.parent_categories)
    if faq.category_full_name:
        return " > ".join(part.strip() for part in faq.category_full_name.split(">"))
    return faq.category_name


class DetailPane(QWidget):
    """Shows one document.

    Signals:
        status_message(str): a transient message for the panel's status line.
    """

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._summary = ""
        self._faq: Faq | None = None
        self._tasks = TaskScope(self, "helpcenter-detail")
        self.setAccessibleName(self.tr("Document"))
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setAccessibleName(self.tr("Document title"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setAccessibleName(self.tr("Document details"))
        self.meta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = InlineError(self, name=self.tr("Document error"))
        self.body = SafeHtmlView(ctx, self)
        self.body.setAccessibleName(self.tr("Document body"))
        self.attachments = AttachmentList(ctx, self)
        self.copy_button = QPushButton(self.tr("Copy &link"), self)
        self.copy_button.setAccessibleName(self.tr("Copy link"))
        self.copy_button.clicked.connect(self.copy_link)
        self.insert_button = QPushButton(self.tr("&Insert into ticket"), self)
        self.insert_button.setAccessibleName(self.tr("Insert into ticket"))
        self.insert_button.clicked.connect(self.insert_into_ticket)
        self.snippet_button = QPushButton(self.tr("Save as reply &snippet"), self)
        self.snippet_button.setAccessibleName(self.tr("Save as reply snippet"))
        self.snippet_button.setToolTip(
            self.tr("Keep this answer as text for follow-ups (Ctrl+Shift+S inserts it)")
        )
        self.snippet_button.clicked.connect(self.save_as_snippet)
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.copy_button)
        actions.addWidget(self.insert_button)
        actions.addWidget(self.snippet_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addWidget(self.error)
        layout.addLayout(actions)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.attachments)
        self.show_placeholder(self.tr("Select an item to read it here."))

    # -- states ----------------------------------------------------------------------------------
    def show_placeholder(self, text: str) -> None:
        self._summary = ""
        self._faq = None
        self.error.clear()
        self.title.setText("")
        self.meta.setText(text)
        self.body.clear_content()
        self.attachments.set_attachments("helpdoc", ())
        self._enable_actions()

    def show_loading(self) -> None:
        self.meta.setText(self.tr("Loading\u2026"))

    def show_error(self, exc: BaseException, *, retry: Callable[[], None] | None = None) -> None:
        """The document could not be loaded: say so in place, with Retry where it can help."""
        self.meta.setText("")
        self.error.show_error(exc, retry=retry, context=self.tr("Could not load: %1"))

    def show_faq(self, faq: Faq, language: str) -> None:
        path = faq_category_path(faq, language)
        parts = [
            self.tr("Category: %1").replace("%1", path) if path else "",
            nowrap(self.tr("Updated %1").replace("%1", format_time(faq.updated_ms or faq.created_ms))),
            nowrap(self.tr("%n view(s)", "", faq.read_count)) if faq.read_count is not None else "",
            self._markers(faq.is_top, faq.is_recommend, faq.is_new),
        ]
        self._show(faq.title, parts, faq.content, "helpdoc", faq.attachments)
        self._faq = faq
        self._summary = self._make_summary(faq.title, "faq", faq.help_doc_id, language)
        self._enable_actions()

    def show_notice(self, notice: Notice, language: str) -> None:
        date = format_display_date(notice.display_date) or format_date(notice.updated_ms)
        tags = join_list(t.display_name(language) for t in notice.tags)
        parts = [
            self.tr("Heading: %1").replace("%1", notice.category_name) if notice.category_name else "",
            nowrap(self.tr("Posted %1").replace("%1", date)) if date else "",
            nowrap(self.tr("%n view(s)", "", notice.read_count)) if notice.read_count is not None else "",
            self.tr("Tags: %1").replace("%1", tags) if tags else "",
            self._markers(notice.is_top, False, notice.is_new),
        ]
        self._show(notice.title, parts, notice.content, "notice", notice.attachments)
        self._faq = None
        self._summary = self._make_summary(notice.title, "notice", notice.notice_id, language)
        self._enable_actions()

    def _markers(self, top: bool, recommended: bool, new: bool) -> str:
        marks = [
            self.tr("Pinned") if top else "",
            self.tr("Recommended") if recommended else "",
            self.tr("New") if new else "",
        ]
        return nowrap(" \u00b7 ".join(m for m in marks if m))

    def _show(
        self, title: str, meta: list[str], html: str, kind: str, attachments: tuple[Attachment, ...]
    ) -> None:
        self.error.clear()
        self.title.setText(title)
        self.meta.setText("   \u2022   ".join(p for p in meta if p))
        self.body.set_html(html)
        self.attachments.set_attachments(kind, attachments)

    # -- actions ---------------------------------------------------------------------------------
    @property
    def summary(self) -> str:
        """The plain-text summary of the shown document (title + Help Center link), or ""."""
        return self._summary

    def _make_summary(self, title: str, kind: str, item_id: int, language: str) -> str:
        profile = self._ctx.session.profile
        if profile is None:
            return title
        base_url = profile.base_url_or_none()
        if base_url is None:  # a profile without a usable base URL: the title alone
            return title
        url = help_center_url(base_url, profile.service_id, kind, item_id, language)
        return f"{title}\n{url}"

    def _enable_actions(self) -> None:
        self.copy_button.setEnabled(bool(self._summary))
        self.insert_button.setEnabled(bool(self._summary))
        self.snippet_button.setVisible(self._faq is not None)

    @Slot()
    def copy_link(self) -> None:
        if self._summary:
            QGuiApplication.clipboard().setText(self._summary)
            self.status_message.emit(self.tr("Link copied to the clipboard."))

    @Slot()
    def insert_into_ticket(self) -> None:
        if not self._summary:
            return
        if self._ctx.bus.request_insert(self._summary):
            self.status_message.emit(self.tr("Inserted into the ticket."))
        else:
            QGuiApplication.clipboard().setText(self._summary)
            self.status_message.emit(self.tr("No ticket is open \u2014 copied to the clipboard instead."))

    @Slot()
    def save_as_snippet(self) -> None:
        """Keep the shown FAQ answer as a reply snippet (saving it again replaces the earlier one)."""
        faq = self._faq
        if faq is None:
            return
        self._tasks.track(
            template_ops.save_faq_as_snippet(
                self._ctx,
                faq,
                on_success=lambda _snippets: self.status_message.emit(
                    self.tr("Saved as a reply snippet: %1").replace("%1", faq.title)
                ),
                on_failure=lambda exc: self.status_message.emit(
                    self.tr("Could not save the snippet: %1").replace("%1", describe(exc).message)
                ),
            )
        )
