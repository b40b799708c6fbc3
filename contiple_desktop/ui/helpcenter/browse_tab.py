"""Shared skeleton of the FAQ and Notices tabs: filters | search + paged list | detail.

Subclasses fill ``self.filters`` (left pane) and implement the four ``_load_*`` / ``_show_*``
hooks. Navigation: arrow keys move through the list and preview (debounced), Enter opens and
focuses the body, Backspace / Alt+Left go back to the previously opened document (or to the
list). Every load is newest-wins through ``tasks.helpcenter_ops``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.models import Page
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.helpcenter_ops import HelpCenterCache
from contiple_desktop.ui.helpcenter.detail import DetailPane
from contiple_desktop.ui.helpcenter.list_models import PageModel
from contiple_desktop.ui.helpcenter.pager import Pager
from contiple_desktop.ui.helpcenter.scope_chip import ScopeBar
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.calm_style import plain_item_view
from contiple_desktop.ui.shell.splitters import remember
from contiple_desktop.ui.steps import STEP_DELAY_MS

PREVIEW_DELAY_MS = 120
SEARCH_DELAY_MS = 400


class BrowseTab(QWidget):
    """One Help Center tab.

    Signals:
        status_message(str): transient text for the panel's status line.
        busy_changed(bool): this tab started / finished loading something.
        page_shown(): a list page was applied to the model (tests and benchmarks wait on it).
        detail_shown(int): a document was shown in the detail pane (its ID).
    """

    status_message = Signal(str)
    busy_changed = Signal(bool)
    page_shown = Signal()
    detail_shown = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        cache: HelpCenterCache,
        model: PageModel[Any],
        *,
        search_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cache = cache
        self.model = model
        self._pending: set[str] = set()
        self._history: list[int] = []
        self._page = 1
        self._restore_page: int | None = None
        self._quiet = False
        self._stale = True  # reload() has not run for the current connection and language
        self._reopen_on_load = False
        self._failures: dict[str, Callable[[], None]] = {}  # what failed, and how to try it again
        self.filters = QWidget(self)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(search_name)
        self.search.setPlaceholderText(search_name + "  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.list = plain_item_view(QTableView(self))
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setModel(model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTabKeyNavigation(False)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.list.setShowGrid(False)
        self.list.setAlternatingRowColors(True)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(model.COL_MARKERS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(model.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # The title takes the stretch; the category gets a modest, user-resizable width (long
        # names elide, the full path is in the reading pane) so it never squeezes the title.
        header.setSectionResizeMode(model.COL_CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(model.COL_CATEGORY, self.fontMetrics().horizontalAdvance("Account mana") + 16)
        header.setSectionResizeMode(model.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list_status = QLabel(self)
        self.list_status.setAccessibleName(self.tr("List status"))
        self.list_status.setWordWrap(True)
        self.scope_bar = ScopeBar(self)
        self.widen_button = QPushButton(self.tr("Search &everywhere"), self)
        self.widen_button.setAccessibleName(self.tr("Search everywhere"))
        self.widen_button.setAutoDefault(False)
        self.widen_button.setVisible(False)
        self.list_error = InlineError(self, name=self.tr("List error"))
        self.pager = Pager(self)
        self._detail: DetailPane | None = None  # the reading pane: built a turn later (``detail``)
        self._reading_slot = QWidget(self)
        self._tab_filters: tuple[QWidget, ...] = ()
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.search)
        middle_layout.addWidget(self.scope_bar)
        middle_layout.addWidget(self.list, 1)
        middle_layout.addWidget(self.list_status)
        middle_layout.addWidget(self.widen_button, 0, Qt.AlignmentFlag.AlignLeft)
        middle_layout.addWidget(self.list_error)
        middle_layout.addWidget(self.pager)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for pane in (self.filters, middle, self._reading_slot):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        # the list gets the most (titles are long), the reading pane a column of text; the
        # agent's own positions are kept (``splitters``)
        name = f"helpcenter.{type(self).__name__}"
        self.panes = remember(self.splitter, ctx.settings, name, (0.16, 0.5, 0.34))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self._preview = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview.timeout.connect(self._preview_current)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.load_page(1))
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.pager.page_requested.connect(self.load_page)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.list.activated.connect(self._open_index)
        QTimer.singleShot(STEP_DELAY_MS, self, self._build_detail)  # a GUI step of its own
        self.scope_bar.remove.connect(self._remove_scope)
        self.widen_button.clicked.connect(self.search_everywhere)
        for keys in (QKeySequence(Qt.Key.Key_Backspace), QKeySequence(QKeySequence.StandardKey.Back)):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.go_back)

    @property
    def detail(self) -> DetailPane:
        """The reading pane (built now if its own step has not come yet)."""
        if self._detail is None:
            pane = DetailPane(self.ctx, self)
            self._detail = pane
            self.splitter.replaceWidget(2, pane)
            self._reading_slot.deleteLater()
            pane.status_message.connect(self.status_message)
            self._chain_tab_order()
        return self._detail

    @Slot()
    def _build_detail(self) -> None:
        self.detail  # noqa: B018  # builds it

    # -- hooks for subclasses ----------------------------------------------------------------------
    def reload(self) -> None:
        """Load the filters (categories…) and the first page; calls ``mark_loaded``."""
        raise NotImplementedError

    # -- loaded when first shown -------------------------------------------------------------------
    def mark_stale(self, *, reopen: bool = False) -> None:
        """The connection or language changed: load again when this tab is next shown (with
        ``reopen`` (Refresh, a language switch), load the open document again too)."""
        self._stale = True
        self._reopen_on_load = reopen

    def mark_loaded(self) -> None:
        self._stale = False

    def ensure_loaded(self) -> None:
        """``reload()`` unless it already ran for the current connection and language."""
        if self._stale and self.ctx.session.client is not None:
            self.reload()
            if self._reopen_on_load:
                self._reopen_on_load = False
                self.reopen_current()

    @property
    def stale(self) -> bool:
        return self._stale

    def _load_page(self, page: int, on_success: Any, on_failure: Any) -> None:
        raise NotImplementedError

    def _load_detail(self, item_id: int, on_success: Any, on_failure: Any) -> None:
        raise NotImplementedError

    def _show_detail(self, document: Any) -> int:
        """Show a loaded document; return its ID."""
        raise NotImplementedError

    def scopes(self) -> list[tuple[str, str]]:
        """What narrows the list now, as ``(key, name)`` (a category, a heading, a tag)."""
        return []

    def drop_scope(self, key: str) -> None:
        """Forget the scope ``key`` (without loading: the caller loads)."""

    # -- helpers for subclasses --------------------------------------------------------------------
    def chain_tab_order(self, *filters: QWidget) -> None:
        """Tab order: the given filter widgets, then search, list, pager, detail actions, body
        (the reading pane's part once it is built)."""
        self._tab_filters = filters
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        chain = [
            *self._tab_filters, self.search, self.list, self.widen_button, self.list_error.retry_button,
            self.list_error.details_button, self.pager.first, self.pager.previous, self.pager.next,
            self.pager.last,
        ]  # fmt: skip
        detail = self._detail
        if detail is not None:
            files = detail.attachments
            chain += [
                detail.copy_button, detail.insert_button, detail.error.retry_button,
                detail.error.details_button, detail.body, files.list, files.open_button,
                files.save_button, files.cancel_button,
            ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @property
    def language(self) -> str:
        return self.ctx.session.content_language

    @property
    def page_size(self) -> int:
        return max(1, min(200, self.ctx.settings.helpcenter_page_size))

    def _begin(self, key: str) -> None:
        was_idle = not self._pending
        self._pending.add(key)
        if was_idle:
            self.busy_changed.emit(True)

    def _end(self, key: str) -> None:
        if key in self._pending:
            self._pending.discard(key)
            if not self._pending:
                self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def failed(self) -> bool:
        """Something this tab loaded last failed (its inline error is shown)."""
        return bool(self._failures) or not self.detail.error.isHidden()

    def add_failure(self, key: str, exc: BaseException, retry: Callable[[], None]) -> None:
        """Show ``exc`` in the list's inline error; Retry runs ``retry`` (and every other load
        that failed). Never a dialog: the agent did not ask for this load just now."""
        self._failures[key] = retry
        self._set_list_status("")
        self.widen_button.setVisible(False)
        context = self.tr("Could not load: %1")
        self.list_error.show_error(exc, retry=self._retry_failed, context=context)
        self._end(key)

    def recovered(self, key: str) -> None:
        """``key`` loaded: its failure (if any) is over; the error goes with the last one."""
        if self._failures.pop(key, None) is not None and not self._failures:
            self.list_error.clear()

    def _failed(self, key: str, exc: BaseException) -> None:
        """A load of the filters (``key`` "categories", "filters") or of the list failed."""
        retry = (lambda: self.load_page(self._page)) if key == "list" else self.reload
        self.add_failure(key, exc, retry)

    @Slot()
    def _retry_failed(self) -> None:
        actions = list(dict.fromkeys(self._failures.values()))
        for action in actions:
            action()

    def _set_list_status(self, text: str) -> None:
        self.list_status.setText(text)
        self.list_status.setVisible(bool(text))

    # -- scope -----------------------------------------------------------------------------------
    def _show_scopes(self) -> None:
        self.scope_bar.set_scopes(self.scopes())
        chain = [self.search, *self.scope_bar.chips, self.list]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    @Slot(str)
    def _remove_scope(self, key: str) -> None:
        self.drop_scope(key)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.load_page(1)

    @Slot()
    def search_everywhere(self) -> None:
        """Drop every scope and search again (the chip's ✕, "Search everywhere")."""
        for key, _name in self.scopes():
            self.drop_scope(key)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.load_page(1)

    # -- list ------------------------------------------------------------------------------------
    @Slot()
    def _search_now(self) -> None:
        self._search_timer.stop()
        self.load_page(1)

    def keep_page_on_reload(self) -> None:
        """Make the next ``reload()`` come back to the current page instead of page 1 (Refresh)."""
        self._restore_page = self._page

    def _initial_page(self) -> int:
        page, self._restore_page = self._restore_page or 1, None
        return page

    def reopen_current(self) -> None:
        """Load the shown document again (after Refresh or a language switch)."""
        if self._history:
            self.open_item(self._history[-1], remember=False)

    @property
    def query(self) -> str:
        return self.search.text().strip()

    @Slot(int)
    def load_page(self, page: int) -> None:
        if self.ctx.session.client is None:
            self._set_list_status(self.tr("Not connected."))
            return
        self._page = max(1, page)
        self._begin("list")
        self._show_scopes()
        self.widen_button.setVisible(False)
        self._set_list_status(self.tr("Loading\u2026"))
        self._load_page(self._page, self._page_loaded, lambda exc: self._failed("list", exc))

    def _page_loaded(self, page: Page[Any]) -> None:
        self.recovered("list")
        self._end("list")
        previous = self.model.item(self.list.currentIndex().row())
        self.model.set_page(page)
        self.pager.set_page(page)
        scopes = self.scopes()
        if page.total == 0 and self.query and scopes:
            names = ", ".join(name for _key, name in scopes)
            nothing = self.tr("Nothing found in %1 \u2014 search everywhere?")
            self._set_list_status(nothing.replace("%1", names))
            self.widen_button.setVisible(True)
        elif page.total == 0:
            self._set_list_status(self.tr("Nothing found.") if self.query else self.tr("No items here."))
        else:
            self._set_list_status("")
        if previous is not None:  # keep the reading position across refreshes
            row = self.model.row_of(self.model.id_of(previous))
            if row >= 0:
                self._select_quietly(row)
        self.page_shown.emit()

    # -- detail ----------------------------------------------------------------------------------
    def _select_quietly(self, row: int) -> None:
        """Move the list's current row without starting a preview load."""
        self._quiet = True
        try:
            self.list.setCurrentIndex(self.model.index(row, self.model.COL_TITLE))
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self._preview.start()

    @Slot()
    def _preview_current(self) -> None:
        item_id = self.list.currentIndex().data(self.model.IdRole)
        if isinstance(item_id, int):
            self.open_item(item_id)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self._preview.stop()
        item_id = index.data(self.model.IdRole)
        if isinstance(item_id, int):
            self.open_item(item_id)
            self.detail.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_item(self, item_id: int, *, remember: bool = True) -> None:
        if self.ctx.session.client is None:
            return
        if remember and (not self._history or self._history[-1] != item_id):
            self._history.append(item_id)
            del self._history[:-50]
        self._begin("detail")
        self.detail.show_loading()
        self._load_detail(item_id, self._detail_loaded, lambda exc: self._detail_failed(item_id, exc))

    def _detail_failed(self, item_id: int, exc: BaseException) -> None:
        self.detail.show_error(exc, retry=lambda: self.open_item(item_id, remember=False))
        self._end("detail")

    def _detail_loaded(self, document: Any) -> None:
        self._end("detail")
        self.detail_shown.emit(self._show_detail(document))

    @Slot()
    def go_back(self) -> None:
        """Back to the previously opened document; with none, focus the list."""
        if len(self._history) > 1:
            self._history.pop()
            self.open_item(self._history[-1], remember=False)
            row = self.model.row_of(self._history[-1])
            if row >= 0:
                self._select_quietly(row)
        else:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
