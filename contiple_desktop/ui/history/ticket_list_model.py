"""The customer's ticket list as a lazily paged table model.

Rows come from ``customer_tickets`` 50 at a time: the view's ``fetchMore`` asks for the next
page through an injected ``fetch`` callable (the panel wires it to ``history_ops``), so the
model itself does no I/O. Every query change bumps a generation; a page that arrives for an
older generation or an unexpected page number is dropped (newest wins). Ticket IDs already
shown are skipped, so a page that shifted because a ticket was added meanwhile never shows a
duplicate. The API has no period parameter: ``period_from_ms``/``period_to_ms`` are applied
here to ``createdDt``.

The cells live in C++ (a ``QStandardItemModel``, filled once per page): a paint of the list asks
every visible cell for about ten things (texts, flags, the row count), and answering each from
Python cost more than drawing the whole list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from contiple_desktop.domain.models import Page, TicketDetail, TicketSummary
from contiple_desktop.tasks.history_ops import TicketQuery
from contiple_desktop.ui.formatting import format_date, format_time
from contiple_desktop.ui.history.status import STATUS_ROLE, status_label

PAGE_SIZE = 50
TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Fetch = Callable[
    [TicketQuery, int, int, Callable[[Page[TicketSummary]], None], Callable[[BaseException], None]],
    None,
]
ModelIndex = QModelIndex | QPersistentModelIndex

COL_SUBJECT, COL_STATUS, COL_CATEGORY, COL_CREATED, COL_UPDATED, COL_ID = range(6)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_STATUS = int(STATUS_ROLE)
_TICKET = int(TICKET_ROLE)
_TICKET_ID = int(TICKET_ID_ROLE)
_COLUMNS = 6
SORT_FIELDS = {COL_CREATED: "createdDt", COL_UPDATED: "updatedDt"}
"""Columns whose header click maps to the API's ``sort`` parameter (server-side sorting)."""


class TicketListModel(QStandardItemModel):
    """Lazily paged list of one caller's tickets.

    Signals:
        loading_changed(bool): a page request started (True) or ended (False).
        page_loaded(int): a page was applied; the argument is the total row count now.
        load_failed(object): the page request failed (the exception).
    """

    loading_changed = Signal(bool)
    page_loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(self, fetch: Fetch, parent: QObject | None = None, *, page_size: int = PAGE_SIZE) -> None:
        super().__init__(0, _COLUMNS, parent)
        prototype = QStandardItem()
        prototype.setFlags(_ROW_FLAGS)
        self.setItemPrototype(prototype)  # the cells setItemData makes: read-only, selectable
        self._fetch = fetch
        self._page_size = page_size
        self._query: TicketQuery | None = None
        self._rows: list[TicketSummary] = []
        self._seen: set[str] = set()
        self._generation = 0
        self._next_page = 1
        self._has_more = False
        self._loading = False
        self._error: BaseException | None = None
        self._total: int | None = None
        self._category_paths: dict[int, str] = {}
        self._locale = QLocale()
        self._titles: tuple[str, ...] | None = None
        self._labels: dict[tuple[str, str], str] = {}  # (status, statusName) → label

    # -- query ---------------------------------------------------------------------------
    @property
    def query(self) -> TicketQuery | None:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def server_total(self) -> int | None:
        """``total`` as reported by the server for the current query (before period filter)."""
        return self._total

    @property
    def exhausted(self) -> bool:
        """True when every page of the current query was loaded."""
        return self._query is not None and not self._has_more and not self._loading

    def set_query(self, query: TicketQuery | None) -> None:
        """Start over with ``query`` (None clears); the first page is requested at once.

        Asking again for the query whose first page is still on its way changes nothing.
        """
        if query is not None and query == self._query and self._loading and not self._rows:
            return
        self._generation += 1
        self._query = query
        self._rows = []
        self._seen = set()
        self._next_page = 1
        self._has_more = query is not None
        self._error = None
        self._total = None
        if self.rowCount():
            self.removeRows(0, self.rowCount())
        self._set_loading(False)
        if query is not None:
            self._request()

    def refresh(self) -> None:
        self.set_query(self._query)

    def set_category_paths(self, paths: dict[int, str]) -> None:
        """Category ID → "A > B > C" path names, from the inquiry-type tree."""
        self._category_paths = dict(paths)
        for row, t in enumerate(self._rows):
            item = self.item(row, COL_CATEGORY)
            if item is not None:
                path = self.category_path(t)
                if item.text() != path:
                    item.setData(path, _DISPLAY)
                    item.setData(path, _ACCESSIBLE)
                    item.setData(path, _TOOLTIP)

    def ticket_at(self, row: int) -> TicketSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ticket_id: str) -> int:
        for i, t in enumerate(self._rows):
            if t.ticket_id == ticket_id:
                return i
        return -1

    def update_from_detail(self, detail: TicketDetail) -> None:
        """Refresh one row in place (status, times, subject) from a freshly loaded detail."""
        row = self.row_of(detail.ticket_id)
        if row < 0:
            return
        old = self._rows[row]
        new = replace(
            old,
            subject=detail.subject or old.subject,
            status=detail.status or old.status,
            status_name=detail.status_name or old.status_name,
            updated_ms=detail.updated_ms or old.updated_ms,
        )
        if new != old:
            self._rows[row] = new
            self._set_row(row, new)

    def category_path(self, ticket: TicketSummary) -> str:
        if ticket.category_id is not None and ticket.category_id in self._category_paths:
            return self._category_paths[ticket.category_id]
        return ticket.category_full_name.replace(">", " > ") or ticket.category_name

    # -- paging --------------------------------------------------------------------------
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._has_more and not self._loading and self._error is None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._request()

    def _request(self) -> None:
        query = self._query
        if query is None:
            return
        generation, page = self._generation, self._next_page
        self._set_loading(True)
        self._fetch(
            query,
            page,
            self._page_size,
            lambda result: self._apply(generation, page, result),
            lambda exc: self._failed(generation, exc),
        )

    def _apply(self, generation: int, page_num: int, page: Page[TicketSummary]) -> None:
        if generation != self._generation or page_num != self._next_page:
            return  # stale: the query changed meanwhile
        query = self._query
        assert query is not None
        self._total = page.total
        fresh = [t for t in page.items if t.ticket_id not in self._seen and self._in_period(t)]
        for t in fresh:
            self._seen.add(t.ticket_id)
        self._next_page = page_num + 1
        self._has_more = bool(page.items) and page.has_next and not self._past_period(query, page)
        if fresh:
            first = len(self._rows)
            self._rows.extend(fresh)
            self._insert(first, fresh)
        self._set_loading(False)
        self.page_loaded.emit(len(self._rows))
        if not fresh and self._has_more:
            self._request()  # a page wholly filtered out: keep going so the view sees rows

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._error = exc
        self._set_loading(False)
        self.load_failed.emit(exc)

    def retry(self) -> None:
        """After a failure: ask again for the page that failed."""
        if self._error is not None and self._query is not None:
            self._error = None
            self._request()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _in_period(self, t: TicketSummary) -> bool:
        q = self._query
        if q is None or (q.period_from_ms is None and q.period_to_ms is None):
            return True
        created = t.created_ms or 0
        if q.period_from_ms is not None and created < q.period_from_ms:
            return False
        return not (q.period_to_ms is not None and created > q.period_to_ms)

    @staticmethod
    def _past_period(q: TicketQuery, page: Page[TicketSummary]) -> bool:
        """Sorted by creation time, a page beyond the period means no later page can match."""
        last = page.items[-1].created_ms if page.items else None
        if last is None:
            return False
        if q.sort == "createdDt:desc" and q.period_from_ms is not None:
            return last < q.period_from_ms
        if q.sort == "createdDt:asc" and q.period_to_ms is not None:
            return last > q.period_to_ms
        return False

    # -- Qt model API --------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self._titles is None:  # asked for on every header paint; the interface language is fixed
            self._titles = (
                self.tr("Subject"),
                self.tr("Status"),
                self.tr("Inquiry type"),
                self.tr("Created"),
                self.tr("Updated"),
                self.tr("Ticket ID"),
            )
        return self._titles[section] if 0 <= section < len(self._titles) else None

    def _insert(self, first: int, tickets: list[TicketSummary]) -> None:
        """One ``rowsInserted`` for the page, then its cells and one ``dataChanged`` (not one
        signal per cell: the view and the lookup listen)."""
        last = first + len(tickets) - 1
        self.insertRows(first, len(tickets))
        blocked = self.blockSignals(True)
        try:
            for row, t in enumerate(tickets, first):
                self._set_row(row, t)
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.index(first, 0), self.index(last, _COLUMNS - 1))

    def _set_row(self, row: int, t: TicketSummary) -> None:
        """The six cells of ``t``: display and accessible text, tooltip, the status code, and the
        ticket itself and its ID in every cell (read-only, selectable: the item prototype)."""
        label = self._labels.get((t.status, t.status_name))
        if label is None:
            label = self._labels[(t.status, t.status_name)] = status_label(t.status, t.status_name)
        texts = (
            t.subject,
            label,
            self.category_path(t),
            format_date(t.created_ms, self._locale),
            format_date(t.updated_ms, self._locale),
            t.ticket_id,
        )
        tips = (t.subject, None, texts[COL_CATEGORY], format_time(t.created_ms, self._locale),
                format_time(t.updated_ms, self._locale), None)  # fmt: skip
        for col, text in enumerate(texts):
            roles: dict[int, Any] = {_DISPLAY: text, _ACCESSIBLE: text, _TICKET: t, _TICKET_ID: t.ticket_id}
            if tips[col] is not None:
                roles[_TOOLTIP] = tips[col]
            if col == COL_STATUS:
                roles[_STATUS] = t.status
            self.setItemData(self.index(row, col), roles)
