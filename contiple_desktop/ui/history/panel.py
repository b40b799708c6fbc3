"""Customer history work area: find the caller, page through their tickets, read and follow up.

Layout: the caller lookup and filters on top; the lazily paged ticket list on the left; the
detail pane (header, content, thread, follow-up composer) on the right. Keyboard: Alt+U user
code, arrows in the list; the shell's actions table calls ``refresh`` (F5), ``focus_search`` /
``focus_caller`` (the user code) and ``submit`` (Ctrl+Enter sends the follow-up). On its own
(no shell) F5 and Ctrl+Enter still work through key events.

Bus wiring: ``show_customer(usercode)`` opens this caller; ``ticket_created(usercode, id)``
refreshes the list when that caller is shown; the shell routes "Insert into ticket" to
``insert_text`` (the follow-up composer) when a ticket is open; "New ticket for this customer" emits
``new_ticket_for`` with every identity part known (``lookup.new_ticket_data``). The lookup takes
a phone number too (the caller lookup finds the user code). Sorting is server-side: clicking the
Created/Updated headers maps to the API's ``sort`` parameter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QItemSelection, Qt, QTime, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.models import TICKET_STATUSES, Category, Page, TicketSummary
from contiple_desktop.errors import NotFoundError
from contiple_desktop.tasks import history_ops, ticket_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.history_ops import TicketQuery
from contiple_desktop.ui.category_tree_model import CategoryTreeModel
from contiple_desktop.ui.elide import ElideDelegate
from contiple_desktop.ui.formatting import format_date
from contiple_desktop.ui.history.columns import OptionalColumn
from contiple_desktop.ui.history.detail import TicketDetailPane
from contiple_desktop.ui.history.lookup import CallerLookup, FilterBar, follow_lookup_to_list, new_ticket_data
from contiple_desktop.ui.history.status import StatusPillDelegate, status_label
from contiple_desktop.ui.history.ticket_list_model import (
    COL_CATEGORY,
    COL_CREATED,
    COL_ID,
    COL_STATUS,
    COL_SUBJECT,
    COL_UPDATED,
    SORT_FIELDS,
    TicketListModel,
)
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.calm_style import plain_item_view
from contiple_desktop.ui.shell.splitters import remember
from contiple_desktop.ui.shell.style import mark_primary
from contiple_desktop.ui.steps import Stages, finish_stages
from contiple_desktop.ui.task_scope import TaskScope
from contiple_desktop.ui.wrap_fit import WrappedLabel

log = logging.getLogger(__name__)


class HistoryPanel(QWidget):
    """Customer history work area. Signals: none (talks to other areas through ``ctx.bus``)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, load_now: bool = True, staged: bool = False
    ) -> None:
        """``staged=True``: the rest of the construction waits in ``stages`` (``ui/steps``)."""
        super().__init__(parent)
        self.ctx = ctx
        self._loading_started = False
        self.usercode = ""
        self._sort_column = COL_UPDATED
        self._sort_order = Qt.SortOrder.DescendingOrder
        self.categories = CategoryTreeModel(parent=self)
        self.setObjectName("history-panel")
        self.setAccessibleName(self.tr("Customer history"))
        self._guard = TaskScope(self, "history")
        self.model = TicketListModel(self._fetch, self)
        self.stages: Stages | None = self._construct(load_now)
        if not staged:
            finish_stages(self)

    # -- construction --------------------------------------------------------------------
    def _construct(self, load_now: bool) -> Stages:
        yield from self._build()
        self._connect()
        self.lookup.set_recent(self.ctx.settings.recent_usercodes)
        if load_now:
            self.start_loading()

    def _build(self) -> Stages:
        """The lookup and filters, the list, then the detail pane (its own stages)."""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.lookup = CallerLookup(self)
        top.addWidget(self.lookup, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload the list and the open ticket (F5)"))
        top.addWidget(self.refresh_button)
        self.new_ticket_button = QPushButton(self.tr("New ticket for this customer"), self)
        self.new_ticket_button.setAccessibleName(self.tr("New ticket for this customer"))
        self.new_ticket_button.setEnabled(False)
        top.addWidget(self.new_ticket_button)
        layout.addLayout(top)
        self.filters = FilterBar(self)
        layout.addWidget(self.filters)
        yield
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = plain_item_view(QTableView(left))
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move between rows
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(COL_STATUS, StatusPillDelegate(self.table))
        # an inquiry path keeps its leaf (the useful part): "…결제 오류 > 카드 승인 실패"
        left_elide = ElideDelegate(Qt.TextElideMode.ElideLeft, self.table)
        self.table.setItemDelegateForColumn(COL_CATEGORY, left_elide)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self._sort_column, self._sort_order)
        # Widths from the font, not ResizeToContents: rows arrive lazily, after the header has
        # sized itself to the titles. The subject takes what the others leave (the table never
        # scrolls sideways at 1366 px); the ID is also in the detail and comes last.
        metrics = self.table.fontMetrics()
        pill = max(metrics.horizontalAdvance(status_label(s)) for s in TICKET_STATUSES) + 30
        header.setMinimumSectionSize(metrics.horizontalAdvance("MMMM"))
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(COL_STATUS, pill)
        header.resizeSection(COL_CATEGORY, metrics.averageCharWidth() * 20)
        widest_date = format_date(QDateTime(QDate(2026, 12, 28), QTime(0, 0)).toMSecsSinceEpoch())
        for column in (COL_CREATED, COL_UPDATED):
            fit = max(metrics.horizontalAdvance(widest_date) + 16, header.sectionSizeHint(column))
            header.resizeSection(column, fit)
        header.resizeSection(COL_ID, metrics.horizontalAdvance("T0000000000000AaMa0") + 14)
        header.setStretchLastSection(False)
        OptionalColumn(self.table, COL_ID, COL_SUBJECT)
        left_layout.addWidget(self.table, 1)
        # Before the first lookup: what to do next instead of an empty table (the field has focus)
        self.start_hint = WrappedLabel(  # (its height follows its lines: the shell's scroll needs it)
            self.tr(
                "Look up a caller by phone or user code: type it in the box above and press Enter. "
                "Their tickets appear here."
            ),
            left,
        )
        self.start_hint.setAccessibleName(self.tr("What to do next"))
        self.start_hint.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.start_hint.setStyleSheet("color: #475569; font-size: 11pt; padding: 32px 16px;")
        left_layout.addWidget(self.start_hint, 1)
        self.table.hide()
        self.list_status = QLabel(left)
        self.list_status.setAccessibleName(self.tr("List status"))
        self.list_status.setWordWrap(True)
        left_layout.addWidget(self.list_status)
        self.list_error = InlineError(left, name=self.tr("List error"))
        left_layout.addWidget(self.list_error)
        yield
        self.detail = TicketDetailPane(self.ctx, splitter, staged=True)
        yield from self.detail.stages or ()
        self.detail.stages = None
        self.detail.category_path = self._category_path
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        remember(splitter, self.ctx.settings, "history", (0.58, 0.42))
        layout.addWidget(splitter, 1)
        self.list_status.hide()

    def _connect(self) -> None:
        bus = self.ctx.bus
        bus.show_customer.connect(self.show_customer)
        bus.show_ticket.connect(self.show_ticket)
        bus.ticket_created.connect(self._on_ticket_created)
        self.ctx.session.changed.connect(self._on_session_changed)
        self.ctx.session.language_changed.connect(self._on_language_changed)
        self.lookup.usercode_entered.connect(self.show_customer)
        follow_lookup_to_list(self.lookup, self.table, self.model)  # Enter → the caller's tickets
        self.filters.changed.connect(self._reload_list)
        self.refresh_button.clicked.connect(self.refresh)
        self.new_ticket_button.clicked.connect(self._new_ticket)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        self.model.page_loaded.connect(lambda _n: self._update_list_status())
        self.model.loading_changed.connect(lambda _b: self._update_list_status())
        self.model.load_failed.connect(self._list_failed)
        self.detail.detail_loaded.connect(self.model.update_from_detail)
        # one primary button in the area: "Show tickets", or "Send follow-up" once a ticket is open
        show = self.lookup.show_button
        self.detail.composer.open_changed.connect(lambda open_: mark_primary(show, not open_))

    # -- caller --------------------------------------------------------------------------
    @Slot(str)
    def show_customer(self, usercode: str) -> None:
        """Show ``usercode``'s tickets (bus ``show_customer``, Enter in the combo)."""
        code = usercode.strip()
        if not code:
            return
        if self.sender() is self.ctx.bus:
            self.ctx.bus.navigate.emit("history")
        self.lookup.set_text(code)
        self.lookup.set_recent(self.ctx.settings.remember_usercode(code))
        if code != self.usercode:
            self.usercode = code
            self.detail.clear()
        self.start_hint.hide()
        self.table.show()
        self.list_status.show()
        self.new_ticket_button.setEnabled(True)
        self._reload_list()

    @Slot(str, str)
    def show_ticket(self, usercode: str, ticket_id: str) -> None:
        """Show ``usercode``'s tickets with ``ticket_id`` open (bus ``show_ticket``)."""
        code = usercode.strip()
        if not code or not ticket_id:
            return
        self.ctx.bus.navigate.emit("history")
        self.show_customer(code)
        self.detail.show_ticket(code, ticket_id)

    def focus_search(self) -> None:
        """Put the cursor into the user-code combo, text selected (the shell's Ctrl+L / Ctrl+F)."""
        self.lookup.focus()

    def focus_caller(self) -> None:
        self.lookup.focus()

    def submit(self) -> None:
        """Ctrl+Enter: send the follow-up of the open ticket."""
        self.detail.composer.send()

    def can_insert(self) -> bool:
        """Whether "Insert into ticket" has an editor here (a ticket is open)."""
        return bool(self.detail.ticket_id) and self.detail.composer.isEnabled()

    def insert_text(self, text: str) -> bool:
        """Insert into the follow-up composer of the open ticket; False when none is open."""
        return self.can_insert() and self.detail.insert_text(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # F5 that reached the panel unhandled (inside the shell the actions table has it)
        if event.key() == Qt.Key.Key_F5 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.refresh()
            event.accept()
            return
        super().keyPressEvent(event)

    def _query(self) -> TicketQuery | None:
        if not self.usercode:
            return None
        field = SORT_FIELDS.get(self._sort_column, "updatedDt")
        order = "asc" if self._sort_order == Qt.SortOrder.AscendingOrder else "desc"
        return TicketQuery(
            usercode=self.usercode,
            status=self.filters.status_value(),
            category_id=self.filters.category_value(),
            sort=f"{field}:{order}",
            period_from_ms=self.filters.period_from_ms(),
        )

    def _reload_list(self) -> None:
        self.model.set_query(self._query())

    def refresh(self) -> None:
        """F5: reload the list (from page 1) and the open ticket."""
        if self.usercode:
            self._reload_list()
        self.detail.reload()

    def _fetch(
        self,
        query: TicketQuery,
        page: int,
        size: int,
        on_success: Callable[[Page[TicketSummary]], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self._guard.track(
            history_ops.load_ticket_page(
                self.ctx, query, page, size, on_success=on_success, on_failure=on_failure
            )
        )

    # -- list ----------------------------------------------------------------------------
    def _header_clicked(self, section: int) -> None:
        header = self.table.horizontalHeader()
        if section not in SORT_FIELDS:
            # Only creation/update time can be sorted by the server; keep the indicator.
            header.setSortIndicator(self._sort_column, self._sort_order)
            return
        if section == self._sort_column:
            self._sort_order = (
                Qt.SortOrder.AscendingOrder
                if self._sort_order == Qt.SortOrder.DescendingOrder
                else Qt.SortOrder.DescendingOrder
            )
        else:
            self._sort_column, self._sort_order = section, Qt.SortOrder.DescendingOrder
        header.setSortIndicator(self._sort_column, self._sort_order)
        self._reload_list()

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Programmatic sort (same as clicking a header)."""
        if column in SORT_FIELDS:
            self._sort_column, self._sort_order = column, order
            self.table.horizontalHeader().setSortIndicator(column, order)
            self._reload_list()

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        ticket = self.model.ticket_at(indexes[0].row())
        if ticket is not None:
            self.detail.show_ticket(self.usercode, ticket.ticket_id)

    def _update_list_status(self) -> None:
        model = self.model
        if model.query is None:
            return
        self.list_error.clear()
        self.list_status.setVisible(True)
        rows = model.rowCount()
        if model.loading:
            text = self.tr("Loading tickets\u2026")
        elif rows == 0 and model.exhausted:
            text = self.tr("No tickets found for user code %1.").replace("%1", self.usercode)
        elif model.exhausted:
            text = self.tr("%n ticket(s)", "", rows)
        else:
            text = (
                self.tr("%1 of %2 tickets shown; scroll down for more.")
                .replace("%1", str(rows))
                .replace("%2", str(model.server_total or rows))
            )
        self.list_status.setText(text)

    def _list_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):
            self.list_status.setText(
                self.tr("No tickets found for user code %1.").replace("%1", self.usercode)
            )
            return
        self.list_status.setVisible(False)  # the inline error says it, with Retry (never a dialog)
        context = self.tr("Could not load the tickets: %1")
        self.list_error.show_error(exc, retry=self.model.retry, context=context)

    # -- categories ----------------------------------------------------------------------
    def start_loading(self) -> None:
        """Ask for the inquiry types (filter, path column) now; the shell builds this area ahead
        of use with ``load_now=False`` and calls this when it is first used or shown."""
        if not self._loading_started:
            self._loading_started = True
            if self.ctx.session.client is not None:
                self._load_categories()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.start_loading()
        if not self.usercode and not event.spontaneous():
            self.lookup.focus()  # the one thing to do here: the caller's phone or user code
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):  # shown: type the caller's code at once
            self.lookup.focus()

    def _load_categories(self) -> None:
        """The inquiry-type names for the filter and the path column (shared with the ticket
        form through ``tasks.cache``: one request between them)."""
        if not self._loading_started:
            return
        self._guard.track(ticket_ops.load_categories(
            self.ctx, self.ctx.session.content_language, scope="history",
            on_success=self._categories_loaded,
            on_failure=lambda exc: log.info("inquiry types not loaded: %s", exc),
        ))  # fmt: skip

    def _categories_loaded(self, categories: list[Category]) -> None:
        self.categories.set_categories(categories)
        self.categories.set_language(self.ctx.session.content_language)
        entries: list[tuple[Category, str]] = []
        paths: dict[int, str] = {}
        for index in self.categories.iter_depth_first():
            cat = index.data(CategoryTreeModel.CategoryRole)
            path = str(index.data(CategoryTreeModel.PathRole) or "")
            if isinstance(cat, Category):
                entries.append((cat, path))
                paths[cat.category_id] = path
        self.filters.set_categories(entries)
        self.model.set_category_paths(paths)

    def _category_path(self, category_id: int) -> str:
        return self.categories.path_names(category_id) if self.categories.category_by_id(category_id) else ""

    # -- bus -----------------------------------------------------------------------------
    def _on_ticket_created(self, usercode: str, _ticket_id: str) -> None:
        if usercode and usercode == self.usercode:
            self._reload_list()

    def _on_session_changed(self) -> None:
        self.model.set_query(None)
        self.detail.clear()
        self.categories.set_categories([])
        if self.ctx.session.client is not None:
            self._load_categories()
            if self.usercode:
                self._reload_list()

    def _on_language_changed(self, _language: str) -> None:
        """Same service, other language: re-fetch names, keep the caller, open ticket and draft."""
        if self.ctx.session.client is not None:
            self._load_categories()
            self.refresh()

    def _new_ticket(self) -> None:
        if self.usercode:  # every identity part known (the call, today's callers), not only the code
            self.ctx.bus.new_ticket_for.emit(new_ticket_data(self.ctx, self.usercode))
