"""Inquiry-type picker: the ticket category tree (≤ 5 levels) with type-ahead filtering.

Typing filters the tree (matches and their ancestors stay, everything expands). Down/Up in the
filter box move through the visible rows; Enter (in the box or the tree), a click or a double
click chooses the current row. Only **leaves** can be chosen: the API documents ``categoryId``
as "normally a leaf" and forms are defined per leaf; Enter or a double click on a branch
expands/collapses it (a single click on a branch only selects it). Escape asks to put the
picker away again (``dismissed``: the panel shows the chosen type as a breadcrumb). The filter
box is IME-safe (``ui.ime``): Enter that confirms a Korean or Japanese composition chooses
nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from contiple_desktop.domain.models import Category
from contiple_desktop.ui import ime
from contiple_desktop.ui.category_tree_model import CategoryFilterProxy, CategoryTreeModel
from contiple_desktop.ui.shell.calm_style import plain_item_view

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class TypePicker(QWidget):
    """Tree + filter box.

    Signals:
        category_chosen(int): a leaf was chosen (Enter, a click or ``select``).
        dismissed(): Escape in the filter box or the tree.
    """

    category_chosen = Signal(int)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loading = False  # the types are asked for and none is listed yet (``set_loading``)
        self.model = CategoryTreeModel([], parent=self)
        self.proxy = CategoryFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter inquiry types…"))
        self.filter.setAccessibleName(self.tr("Filter inquiry types"))
        self.filter.setClearButtonEnabled(True)
        self.tree = plain_item_view(QTreeView(self))
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Inquiry types"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chosen_label = QLabel(self)
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setAccessibleName(self.tr("Chosen inquiry type"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.chosen_label)
        self.filter.textChanged.connect(self._on_filter)
        self.filter.installEventFilter(self)
        self.tree.installEventFilter(self)
        ime.guard(self.filter)  # after our own filter: the guard sees Enter first
        self.tree.clicked.connect(self._clicked)
        self.tree.doubleClicked.connect(self._choose)
        self._current: int | None = None
        self._show_chosen()

    # -- data ------------------------------------------------------------------------------
    def set_categories(self, categories: Sequence[Category], language: str | None) -> None:
        self.loading = False
        self.model.set_language(language)
        self.model.set_categories(categories)
        self.tree.expandToDepth(0)
        if self._current is not None and self.model.category_by_id(self._current) is None:
            self._current = None
        self._show_chosen()

    def set_loading(self, loading: bool) -> None:
        """While the inquiry types are asked for and none is listed yet, say so (``loading``;
        a slow server otherwise shows an empty list that looks like a service without types)."""
        self.loading = loading and not self.model.rowCount()
        self._show_chosen()

    def current_id(self) -> int | None:
        return self._current

    def select(self, category_id: int | None, *, emit: bool = True) -> bool:
        """Choose ``category_id`` programmatically (draft restore); False if it is not a leaf."""
        if category_id is None:
            self._current = None
            self.tree.clearSelection()
            self._show_chosen()
            return True
        src = self.model.index_for_id(category_id)
        if not src.isValid() or not src.data(CategoryTreeModel.IsLeafRole):
            return False
        self._current = category_id
        index = self.proxy.mapFromSource(src)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._show_chosen()
        if emit:
            self.category_chosen.emit(category_id)
        return True

    def path_text(self) -> str:
        return self.model.path_names(self._current) if self._current is not None else ""

    def _show_chosen(self) -> None:
        typed = self.filter.text().strip()
        if typed and self.model.rowCount() and not self.proxy.rowCount():  # the filter hides all
            self.chosen_label.setText(
                self.tr(
                    "No inquiry type matches \u201c%1\u201d. Check the spelling or clear the filter."
                ).replace("%1", typed)
            )
        elif self.loading:
            self.chosen_label.setText(self.tr("Loading the inquiry types\u2026"))
        elif self._current is None:
            self.chosen_label.setText(self.tr("No inquiry type chosen yet."))
        else:
            self.chosen_label.setText(self.tr("Chosen: %1").replace("%1", self.path_text()))

    # -- interaction -----------------------------------------------------------------------
    @Slot(str)
    def _on_filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if text.strip():
            self.tree.expandAll()
            first = self._first_leaf(QModelIndex())
            if first is not None:
                self.tree.setCurrentIndex(first)
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)
        self._show_chosen()

    def _first_leaf(self, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(CategoryTreeModel.IsLeafRole):
                return index
            found = self._first_leaf(index)
            if found is not None:
                return found
        return None

    @Slot(QModelIndex)
    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(CategoryTreeModel.IsLeafRole):
            self._choose(index)

    @Slot(QModelIndex)
    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if not index.data(CategoryTreeModel.IsLeafRole):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        category_id = int(index.data(CategoryTreeModel.CategoryIdRole))
        if category_id == self._current:  # chosen already (the second click of a double click)
            self.dismissed.emit()
            return
        self.select(category_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key == Qt.Key.Key_Escape and not event.modifiers():
            self.dismissed.emit()
            return True
        if key in _ENTER:
            self._choose(self.tree.currentIndex())
            return True
        if watched is self.filter and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.tree.currentIndex().isValid():
                self.tree.setCurrentIndex(self.proxy.index(0, 0))
            return True
        return super().eventFilter(watched, event)
