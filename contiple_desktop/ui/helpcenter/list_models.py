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
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FONT = int(Qt.ItemDataRole.FontRole)


class PageModel(QAbstractTableModel, Generic[T]):
    """Rows of one page. Signals: the standard model signals only."""

    ItemRole = Qt.ItemDataRole.UserRole + 1
    IdRole = Qt.ItemDataRole.UserRole + 2
    COL_MARKERS, COL_TITLE, COL_CATEGORY, COL_DATE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[T, ...] = ()
        self._page: Page[T] | None = None
        # A view asks each visible cell for ~8 roles on every paint: a row's texts are made once.
        self._texts: list[tuple[str, str, str, str, str | None, str] | None] = []
        self._header_texts: tuple[str, str, str, str] | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._roles = frozenset(
            {_DISPLAY, _TOOLTIP, _FOREGROUND, _ACCESSIBLE, _FONT, int(self.ItemRole), int(self.IdRole)}
        )

    # -- data in ---------------------------------------------------------------------------------
    def set_page(self, page: Page[T] | None) -> None:
        self.beginResetModel()
        self._page = page
        self._items = page.items if page is not None else ()
        self._texts = [None] * len(self._items)
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
            if role == _DISPLAY:
                if self._header_texts is None:  # asked for on every header paint
                    self._header_texts = self._headers()
                return self._header_texts[section]
            if role == _TOOLTIP and section == self.COL_MARKERS:
                return QCoreApplication.translate(
                    "HelpCenterList", "Top: pinned \u00b7 Rec.: recommended \u00b7 New: new today"
                )
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def _row_texts(self, row: int) -> tuple[str, str, str, str, str | None, str]:
        """(markers, title, category, date, marker names or None, accessible text)."""
        texts = self._texts[row]
        if texts is None:
            entry = self._items[row]
            names = self._marker_names(entry)
            date = self._date(entry)
            accessible = ", ".join(part for part in (*names, entry.title, date) if part)
            texts = (" ".join(self._markers(entry)), entry.title, entry.category_name, date,
                     "\n".join(names) or None, accessible)  # fmt: skip
            self._texts[row] = texts
        return texts

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._roles:
            return None
        row = index.row()
        if not 0 <= row < len(self._items) or not index.isValid():
            return None
        col = index.column()
        if role == _DISPLAY:
            return self._row_texts(row)[col] if 0 <= col < 4 else None
        if role == _TOOLTIP:
            if col in (self.COL_TITLE, self.COL_CATEGORY):  # the full text of an elided cell
                return self._row_texts(row)[col] or None
            return self._row_texts(row)[4] if col == self.COL_MARKERS else None
        if role == _FOREGROUND:
            return MARKER_COLOR if col == self.COL_MARKERS else None
        if role == _ACCESSIBLE:
            return self._row_texts(row)[5]
        if role == _FONT:
            return self._bold if col == self.COL_TITLE and self._items[row].is_top else None
        if role == self.ItemRole:
            return self._items[row]
        return self._id(self._items[row])  # IdRole


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
