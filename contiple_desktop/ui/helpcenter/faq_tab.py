"""The FAQ tab: category tree with a type-ahead filter, paged FAQ list with search, FAQ detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QStyle, QTreeView, QVBoxLayout, QWidget

from contiple_desktop.domain.models import Category, Faq
from contiple_desktop.tasks import helpcenter_ops as ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.helpcenter_ops import HelpCenterCache
from contiple_desktop.ui.category_tree_model import CategoryFilterProxy, CategoryTreeModel
from contiple_desktop.ui.helpcenter.browse_tab import PREVIEW_DELAY_MS, BrowseTab
from contiple_desktop.ui.helpcenter.list_models import FaqListModel
from contiple_desktop.ui.shell.calm_style import plain_item_view


class FaqTab(BrowseTab):
    """FAQ browsing. Signals: see ``BrowseTab`` (plus ``categories_shown()``)."""

    categories_shown = Signal()

    def __init__(self, ctx: AppContext, cache: HelpCenterCache, parent: QWidget | None = None) -> None:
        search_name = QCoreApplication.translate("FaqTab", "Search FAQs")
        super().__init__(ctx, cache, FaqListModel(), search_name=search_name, parent=parent)
        self.setAccessibleName(self.tr("FAQ"))
        self.tree_model = CategoryTreeModel(language=ctx.session.content_language, parent=self)
        self.proxy = CategoryFilterProxy(self)
        self.proxy.setSourceModel(self.tree_model)
        self.category_filter = QLineEdit(self.filters)
        self.category_filter.setAccessibleName(self.tr("Filter categories"))
        self.category_filter.setPlaceholderText(self.tr("Filter categories"))
        self.category_filter.setClearButtonEnabled(True)
        self.all_button = QPushButton(self.tr("All categories"), self.filters)
        self.all_button.setAccessibleName(self.tr("All categories"))
        self.tree = plain_item_view(QTreeView(self.filters))
        self.tree.setAccessibleName(self.tr("FAQ categories"))
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        label = QLabel(self.tr("&Categories"), self.filters)
        label.setBuddy(self.tree)
        layout = QVBoxLayout(self.filters)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.category_filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.all_button)
        self._category_id: int | None = None
        self._page_after_categories = False
        self._select_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._select_timer.timeout.connect(self._category_changed)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._select_timer.start())
        self.tree.activated.connect(lambda _i: self.list.setFocus(Qt.FocusReason.OtherFocusReason))
        self.category_filter.textChanged.connect(self._filter_changed)
        self.category_filter.returnPressed.connect(lambda: self.tree.setFocus(Qt.FocusReason.TabFocusReason))
        self.all_button.clicked.connect(self.show_all)
        self.chain_tab_order(self.category_filter, self.tree, self.all_button)

    # -- categories ------------------------------------------------------------------------------
    @property
    def category_id(self) -> int | None:
        """The selected FAQ category (None = all categories)."""
        return self._category_id

    def reload(self) -> None:
        """Categories and the first page, in parallel (both wait for the categories only when a
        category was selected: its page needs it to still exist)."""
        if self.ctx.session.client is None:
            return
        self.mark_loaded()
        self.tree_model.set_language(self.language)
        self._page_after_categories = self._category_id is not None
        if not self._page_after_categories:
            self.load_page(self._initial_page())
        self._begin("categories")
        ops.load_faq_categories(
            self.ctx, self.language,
            on_success=self._categories_loaded,
            on_failure=lambda exc: self._failed("categories", exc),
        )  # fmt: skip

    def _categories_loaded(self, categories: list[Category]) -> None:
        self.recovered("categories")
        self._end("categories")
        keep = self._category_id
        self.tree_model.set_categories(categories)
        self.panes.prefer(0, self._tree_width(categories), 0.26)  # deep names whole, not "No veri…"
        self.categories_shown.emit()
        if keep is not None and self.select_category(keep):
            self._select_timer.stop()
        elif keep is not None:
            self._category_id = None
        if self._page_after_categories:
            self._page_after_categories = False
            self.load_page(self._initial_page())

    def _tree_width(self, categories: list[Category]) -> int:
        """The width that shows every category name whole at its depth."""
        metrics = self.tree.fontMetrics()
        indent = self.tree.indentation()
        widest = 0
        for category in categories:
            level = self.tree_model.index_for_id(category.category_id).data(CategoryTreeModel.LevelRole) or 1
            name = category.display_name(self.language)
            widest = max(widest, level * indent + metrics.horizontalAdvance(name))
        scrollbar = self.tree.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return widest + scrollbar + 2 * self.tree.frameWidth() + 16

    def select_category(self, category_id: int) -> bool:
        """Select (and reveal) a category in the tree; False when it is not in the tree."""
        source = self.tree_model.index_for_id(category_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self.tree.scrollTo(index)
        self.tree.setCurrentIndex(index)
        return True

    @Slot()
    def _category_changed(self) -> None:
        current = self.tree.currentIndex()
        if current.isValid() and not self.tree.selectionModel().isSelected(current):
            return  # the view gave itself a current row on focus-in: not the agent's choice
        source = self.proxy.mapToSource(current)
        category = self.tree_model.category(source)
        new_id = category.category_id if category is not None else None
        if new_id != self._category_id:
            self._category_id = new_id
            self.load_page(1)

    @Slot()
    def show_all(self) -> None:
        self.drop_scope("category")
        self.load_page(1)

    def scopes(self) -> list[tuple[str, str]]:
        """The chosen category narrows browsing and search alike (shown as a chip)."""
        if self._category_id is None:
            return []
        category = self.tree_model.category_by_id(self._category_id)
        name = category.display_name(self.language) if category is not None else str(self._category_id)
        return [("category", name)]

    def drop_scope(self, key: str) -> None:
        if key == "category":
            self.tree.selectionModel().clearSelection()
            self.tree.setCurrentIndex(QModelIndex())
            self._select_timer.stop()
            self._category_id = None

    @Slot(str)
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if text.strip():
            self.tree.expandAll()

    # -- BrowseTab hooks -------------------------------------------------------------------------
    def _load_page(self, page: int, on_success: Any, on_failure: Any) -> None:
        ops.load_faq_page(
            self.ctx, self.cache, self.language,
            category_id=self._category_id, query=self.query or None, page=page, page_size=self.page_size,
            on_success=on_success, on_failure=on_failure,
        )  # fmt: skip

    def _load_detail(self, item_id: int, on_success: Any, on_failure: Any) -> None:
        ops.load_faq(
            self.ctx, self.cache, self.language, item_id, on_success=on_success, on_failure=on_failure
        )

    def _show_detail(self, document: Any) -> int:
        faq: Faq = document
        self.detail.show_faq(faq, self.language)
        return faq.help_doc_id
