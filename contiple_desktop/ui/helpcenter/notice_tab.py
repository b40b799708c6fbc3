"""The Notices tab: headings and tags as filters, paged notice list with search, notice detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from contiple_desktop.domain.models import Category, Notice, Tag
from contiple_desktop.tasks import helpcenter_ops as ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.helpcenter_ops import HelpCenterCache
from contiple_desktop.ui.category_tree_model import CategoryTreeModel
from contiple_desktop.ui.helpcenter.browse_tab import BrowseTab
from contiple_desktop.ui.helpcenter.list_models import NoticeListModel
from contiple_desktop.ui.shell.calm_style import plain_item_view


class NoticeTab(BrowseTab):
    """Notice browsing. Signals: see ``BrowseTab`` (plus ``filters_shown()``)."""

    filters_shown = Signal()

    def __init__(self, ctx: AppContext, cache: HelpCenterCache, parent: QWidget | None = None) -> None:
        search_name = QCoreApplication.translate("NoticeTab", "Search notices")
        super().__init__(ctx, cache, NoticeListModel(), search_name=search_name, parent=parent)
        self.setAccessibleName(self.tr("Notices"))
        self._tags: list[Tag] = []
        self._category_id: int | None = None
        self._tag_id: int | None = None
        self.headings_model = CategoryTreeModel(language=ctx.session.content_language, parent=self)
        self.headings = plain_item_view(QTreeView(self.filters))
        self.headings.setAccessibleName(self.tr("Notice headings"))
        self.headings.setModel(self.headings_model)
        self.headings.setHeaderHidden(True)
        self.headings.setRootIsDecorated(False)
        self.all_button = QPushButton(self.tr("All headings"), self.filters)
        self.all_button.setAccessibleName(self.tr("All headings"))
        self.tag_combo = QComboBox(self.filters)
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        heading_label = QLabel(self.tr("&Headings"), self.filters)
        heading_label.setBuddy(self.headings)
        tag_label = QLabel(self.tr("&Tag"), self.filters)
        tag_label.setBuddy(self.tag_combo)
        layout = QVBoxLayout(self.filters)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(heading_label)
        layout.addWidget(self.headings, 1)
        layout.addWidget(self.all_button)
        layout.addWidget(tag_label)
        layout.addWidget(self.tag_combo)
        self._fill_tags()
        self.headings.selectionModel().currentChanged.connect(self._heading_changed)
        self.headings.activated.connect(lambda _i: self.list.setFocus(Qt.FocusReason.OtherFocusReason))
        self.all_button.clicked.connect(self.show_all)
        self.tag_combo.activated.connect(self._tag_changed)
        self.chain_tab_order(self.headings, self.all_button, self.tag_combo)

    @property
    def category_id(self) -> int | None:
        return self._category_id

    @property
    def tag_id(self) -> int | None:
        return self._tag_id

    def reload(self) -> None:
        if self.ctx.session.client is None:
            return
        self.mark_loaded()
        self.headings_model.set_language(self.language)
        self._begin("filters")
        ops.load_notice_filters(
            self.ctx, self.language,
            on_success=self._filters_loaded,
            on_failure=lambda exc: self._failed("filters", exc),
        )  # fmt: skip

    def _filters_loaded(self, result: tuple[list[Category], list[Tag]]) -> None:
        self.recovered("filters")
        self._end("filters")
        headings, tags = result
        self.headings_model.set_categories(headings)
        index = self.headings_model.index_for_id(self._category_id) if self._category_id else QModelIndex()
        if index.isValid():
            self.headings.setCurrentIndex(index)
        else:
            self._category_id = None
        self._tags = tags
        self._fill_tags()
        self.filters_shown.emit()
        self.load_page(self._initial_page())

    def _fill_tags(self) -> None:
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in self._tags:
            self.tag_combo.addItem(tag.display_name(self.language), tag.tag_id)
        row = self.tag_combo.findData(self._tag_id) if self._tag_id is not None else 0
        if row < 0:
            self._tag_id, row = None, 0
        self.tag_combo.setCurrentIndex(row)

    @Slot(QModelIndex, QModelIndex)
    def _heading_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.headings.selectionModel().isSelected(current):
            return  # the view gave itself a current row on focus-in: not the agent's choice
        category = self.headings_model.category(current)
        new_id = category.category_id if category is not None else None
        if new_id != self._category_id:
            self._category_id = new_id
            self.load_page(1)

    @Slot()
    def show_all(self) -> None:
        self.drop_scope("heading")
        self.load_page(1)

    def scopes(self) -> list[tuple[str, str]]:
        """The chosen heading and tag narrow browsing and search alike (shown as chips)."""
        out: list[tuple[str, str]] = []
        if self._category_id is not None:
            heading = self.headings_model.category_by_id(self._category_id)
            name = heading.display_name(self.language) if heading is not None else str(self._category_id)
            out.append(("heading", name))
        if self._tag_id is not None:
            tag = next((t for t in self._tags if t.tag_id == self._tag_id), None)
            out.append(("tag", tag.display_name(self.language) if tag else str(self._tag_id)))
        return out

    def drop_scope(self, key: str) -> None:
        if key == "heading":
            self.headings.selectionModel().clearSelection()
            self.headings.setCurrentIndex(QModelIndex())
            self._category_id = None
        elif key == "tag":
            self._tag_id = None
            self.tag_combo.setCurrentIndex(0)

    @Slot(int)
    def _tag_changed(self, row: int) -> None:
        tag_id = self.tag_combo.itemData(row)
        self._tag_id = tag_id if isinstance(tag_id, int) else None
        self.load_page(1)

    # -- BrowseTab hooks -------------------------------------------------------------------------
    def _load_page(self, page: int, on_success: Any, on_failure: Any) -> None:
        ops.load_notice_page(
            self.ctx, self.cache, self.language,
            category_id=self._category_id, tag_id=self._tag_id, query=self.query or None,
            page=page, page_size=self.page_size, on_success=on_success, on_failure=on_failure,
        )  # fmt: skip

    def _load_detail(self, item_id: int, on_success: Any, on_failure: Any) -> None:
        ops.load_notice(
            self.ctx, self.cache, self.language, item_id, on_success=on_success, on_failure=on_failure
        )

    def _show_detail(self, document: Any) -> int:
        notice: Notice = document
        self.detail.show_notice(notice, self.language)
        return notice.notice_id
