"""Table models for one page of FAQs or notices (columns: markers, title, category, date).

``set_page(page)`` replaces the rows (a model reset); ``ItemRole`` returns the summary object,
``IdRole`` its ID. Dates use the agent's locale (``QLocale()``), short format.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from contiple_desktop.domain.models import FaqSummary, NoticeSummary, Page
from contiple_desktop.ui.formatting import format_date, format_display_date

T = TypeVar("T", bound=FaqSummary | NoticeSummary)
_Index = QModelIndex | QPersistentModelIndex
MARKER_COLOR = QColor(200, 90, 0)


class PageModel(QAbstractTableModel, Generic[T]):
    """Rows of one page. Signals: the standard model signals only."""

    ItemRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    COL_MARKERS, COL_TITLE, COL_CATEGORY, COL_DATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[T, ...] = ()
        self._page: Page[T] | None = None

    # -- data in ---------------------------------------------------------------------------------
    def set_page(self, page: Page[T] | None) -> None:
        self.beginResetModel()
        self._page = page
        self._items = page.items if page is not None else ()
        self.endResetModel()

    @property
    def page(self) -> Page[T] | None:
        return self._page

    def item(self, row: int) -> T | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def id_of(self, item: T) -> int:
        return self._id(item)

    def row_of(self, item_id: int) -> int:
        return next((r for r, it in enumerate(self._items) if self._id(it) == item_id), -1)

    # -- per kind ------------------------------------------------------------------------------
    def _id(self, item: T) -> int:
        raise NotImplementedError

    def _markers(self, item: T) -> list[str]:
        raise NotImplementedError

    def _marker_names(self, item: T) -> list[str]:
        raise NotImplementedError

    def _date(self, item: T) -> str:
        raise NotImplementedError

    def _headers(self) -> tuple[str, str, str, str]:
        return (
            "",
            QCoreApplication.translate("HelpCenterList", "Title"),
            QCoreApplication.translate("HelpCenterList", "Category"),
            QCoreApplication.translate("HelpCenterList", "Updated"),
        )

    # -- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 4:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers()[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_MARKERS:
                return QCoreApplication.translate(
                    "HelpCenterList", "Top: pinned \u00b7 Rec.: recommended \u00b7 New: new today"
                )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        entry = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_MARKERS:
                return " ".join(self._markers(entry))
            if col == self.COL_TITLE:
                return entry.title
            if col == self.COL_CATEGORY:
                return entry.category_name
            if col == self.COL_DATE:
                return self._date(entry)
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            return entry.title
        elif role == Qt.ItemDataRole.ToolTipRole and col == self.COL_MARKERS:
            return "\n".join(self._marker_names(entry)) or None
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.COL_MARKERS:
            return MARKER_COLOR
        elif role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [*self._marker_names(entry), entry.title, self._date(entry)]
            return ", ".join(part for part in parts if part)
        elif role == Qt.ItemDataRole.FontRole and entry.is_top and col == self.COL_TITLE:
            font = QFont()
            font.setBold(True)
            return font
        elif role == self.ItemRole:
            return entry
        elif role == self.IdRole:
            return self._id(entry)
        return None


class FaqListModel(PageModel[FaqSummary]):
    """FAQ rows: pinned (top), recommended and new markers; updated date."""

    def _id(self, item: FaqSummary) -> int:
        return item.help_doc_id

    def _markers(self, item: FaqSummary) -> list[str]:
        marks = []
        if item.is_top:
            marks.append(QCoreApplication.translate("HelpCenterList", "Top"))
        if item.is_recommend:
            marks.append(QCoreApplication.translate("HelpCenterList", "Rec."))
        if item.is_new:
            marks.append(QCoreApplication.translate("HelpCenterList", "New"))
        return marks

    def _marker_names(self, item: FaqSummary) -> list[str]:
        names = []
        if item.is_top:
            names.append(QCoreApplication.translate("HelpCenterList", "Pinned to the top"))
        if item.is_recommend:
            names.append(QCoreApplication.translate("HelpCenterList", "Recommended in its category"))
        if item.is_new:
            names.append(QCoreApplication.translate("HelpCenterList", "New today"))
        return names

    def _date(self, item: FaqSummary) -> str:
        return format_date(item.updated_ms or item.created_ms)


class NoticeListModel(PageModel[NoticeSummary]):
    """Notice rows: top and new markers; display date (the server's) or the update date."""

    def _id(self, item: NoticeSummary) -> int:
        return item.notice_id

    def _markers(self, item: NoticeSummary) -> list[str]:
        marks = []
        if item.is_top:
            marks.append(QCoreApplication.translate("HelpCenterList", "Top"))
        if item.is_new:
            marks.append(QCoreApplication.translate("HelpCenterList", "New"))
        return marks

    def _marker_names(self, item: NoticeSummary) -> list[str]:
        names = []
        if item.is_top:
            names.append(QCoreApplication.translate("HelpCenterList", "Pinned to the top"))
        if item.is_new:
            names.append(QCoreApplication.translate("HelpCenterList", "New today"))
        return names

    def _date(self, item: NoticeSummary) -> str:
        return format_display_date(item.display_date) or format_date(item.updated_ms)

    def _headers(self) -> tuple[str, str, str, str]:
        return (
            "",
            QCoreApplication.translate("HelpCenterList", "Title"),
            QCoreApplication.translate("HelpCenterList", "Heading"),
            QCoreApplication.translate("HelpCenterList", "Date"),
        )
