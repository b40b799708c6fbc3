"""How the new-ticket panel loads its inquiry types and forms (a mixin of ``NewTicketPanel``).

* Nothing is asked before the panel is used: the shell may build it ahead of use
  (``load_now=False``); ``start_loading()`` (first show or first use) asks for the inquiry types
  and follows connection and language changes from then on.
* Inquiry types and forms come from the shared per-connection cache (``tasks.cache`` through
  ``ticket_ops``): the customer history asks for the same types, so one request serves both;
  a form asked for again is delivered at once. Newest wins per panel (``tasks.name`` slot).
* Shown, the panel puts the keyboard focus into the inquiry-type filter (unless it is inside
  already), as the window's focus chain did when every area was built at start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop.domain.models import Category, FieldDefinition
from contiple_desktop.tasks import ticket_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.history.recent import RecentTicketsWidget
from contiple_desktop.ui.task_scope import TaskScope
from contiple_desktop.ui.ticket.banners import ResultBanner
from contiple_desktop.ui.ticket.type_picker import TypePicker


class TypeLoading(QWidget):
    """Inquiry types and forms for ``NewTicketPanel`` (which provides the parts; texts are in the
    panel's translation context). Signals: none."""

    ctx: AppContext
    tasks: TaskScope
    picker: TypePicker
    recent: RecentTicketsWidget
    result: ResultBanner
    _loading_started: bool
    _categories: list[Category]
    _pending_category: int | None

    def _show_type_hint(self, text: str | None = None) -> None:
        raise NotImplementedError

    def _on_fields(self, definitions: list[FieldDefinition]) -> None:
        raise NotImplementedError

    def _on_edit(self) -> None:
        raise NotImplementedError

    def start_loading(self) -> None:
        """Ask for the inquiry types now and follow connection changes from here on (the shell
        builds this area ahead of use with ``load_now=False``; nothing is asked before)."""
        if not self._loading_started:
            self._loading_started = True
            self._on_session_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start_loading()
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):  # shown: the inquiry-type filter first
            self.picker.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_session_changed(self) -> None:
        if not self._loading_started:
            return
        if self.ctx.session.client is None:
            self.picker.set_loading(False)
            self._show_type_hint(
                QCoreApplication.translate("NewTicketPanel", "Connect to a Contiple service to file tickets.")
            )
            return
        self.recent.refresh()
        language = self.ctx.session.content_language
        self.picker.set_loading(True)
        if self.picker.loading:
            self._show_type_hint()  # "Loading the inquiry types…" beside the empty list, too
        self.tasks.track(
            ticket_ops.load_categories(
                self.ctx, language, on_success=self._on_categories, scope=self.tasks.name,
                on_failure=self._categories_failed,
            )
        )  # fmt: skip

    def _categories_failed(self, exc: BaseException) -> None:
        self.picker.set_loading(False)
        self._show_type_hint()
        self._load_failed(exc, self._on_session_changed)

    def _on_language_changed(self, _language: str) -> None:
        self._on_session_changed()

    def _on_categories(self, categories: list[Category]) -> None:
        self._categories = categories
        current = self._pending_category or self.picker.current_id()
        self.picker.set_categories(categories, self.ctx.session.content_language)
        self._pending_category = None
        if current is not None and not self.picker.select(current):
            self._show_type_hint(
                QCoreApplication.translate(
                    "NewTicketPanel", "The saved inquiry type no longer exists; choose another."
                )
            )
        elif current is None:
            self._show_type_hint()

    def _load_failed(self, exc: BaseException, retry: Callable[[], None]) -> None:
        text = describe(exc)
        self.result.show_error(f"{text.title}: {text.message} {text.hint}".strip(), error=exc, retry=retry)

    def _on_type_chosen(self, category_id: int) -> None:
        self._load_form(category_id)
        self._on_edit()

    def _load_form(self, category_id: int) -> None:
        self._show_type_hint(QCoreApplication.translate("NewTicketPanel", "Loading the form\u2026"))
        self.tasks.track(
            ticket_ops.load_fields(
                self.ctx, category_id, self.ctx.session.content_language,
                on_success=self._on_fields, scope=self.tasks.name,
                on_failure=lambda exc: self._load_failed(exc, lambda: self._load_form(category_id)),
            )
        )  # fmt: skip
