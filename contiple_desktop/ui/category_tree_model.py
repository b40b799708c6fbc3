"""A generic tree model over a flat ``list[Category]`` (FAQ categories, notice headings, inquiry types).

Shared by the Help Center (FAQ tree) and the new-ticket panel (inquiry-type picker). Usage::

    model = CategoryTreeModel(categories, language="ko")
    view.setModel(model)                       # or CategoryFilterProxy for a type-ahead filter
    cat = index.data(CategoryTreeModel.CategoryRole)        # the Category object
    model.index_for_id(2550); model.path_names(2550)        # "유형1 > 유형1-1 > 유형1-1-1"

The arrangement is ``domain.category_tree`` (any depth; orphans attached to a known ancestor or
the root, never dropped; cycles broken; siblings in the server's order); a ``CategoryList`` from
the shared request cache brings it built on the worker. Display names follow ``set_language``
through ``Category.display_name``.

Roles: ``Qt.ItemDataRole.DisplayRole`` / ``ToolTipRole`` (name / full path), ``CategoryRole``
(the Category), ``CategoryIdRole`` (int), ``PathRole`` (names root first, " > "-joined),
``LevelRole`` (1-based depth in *this* tree), ``IsLeafRole`` (bool).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from contiple_desktop.domain.category_tree import ROOT as _ROOT
from contiple_desktop.domain.category_tree import tree_of
from contiple_desktop.domain.models import Category

_Index = QModelIndex | QPersistentModelIndex


class CategoryTreeModel(QAbstractItemModel):
    """Read-only, one-column tree of categories. Signals: the standard model signals only."""

    CategoryRole = Qt.ItemDataRole.UserRole + 1
    CategoryIdRole = Qt.ItemDataRole.UserRole + 2
    PathRole = Qt.ItemDataRole.UserRole + 3
    LevelRole = Qt.ItemDataRole.UserRole + 4
    IsLeafRole = Qt.ItemDataRole.UserRole + 5

    def __init__(
        self,
        categories: Sequence[Category] = (),
        *,
        language: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._cats: list[Category] = []
        self._parent: list[int] = []  # node -> parent node (or _ROOT)
        self._row: list[int] = []  # node -> row under its parent
        self._children: dict[int, list[int]] = {_ROOT: []}
        self._by_id: dict[int, int] = {}
        self._build(categories)

    # -- building -----------------------------------------------------------------------------
    def set_categories(self, categories: Sequence[Category]) -> None:
        """Replace the whole tree (a model reset)."""
        self.beginResetModel()
        self._build(categories)
        self.endResetModel()

    def _build(self, categories: Sequence[Category]) -> None:
        """Arrange ``categories`` (``domain.category_tree``; a ``CategoryList`` from the shared
        cache arrives with its tree built on the worker)."""
        tree = tree_of(categories)
        self._cats, self._parent, self._row = tree.categories, tree.parent, tree.row
        self._children, self._by_id = tree.children, tree.by_id

    # -- public helpers -----------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        return self._language

    def set_language(self, language: str | None) -> None:
        """Switch display names; views keep their expansion and selection."""
        if language == self._language:
            return
        self._language = language
        # One layout change instead of a dataChanged per sibling group: a filter proxy over a
        # 10,000-node tree re-filters once (milliseconds) instead of once per group (seconds).
        # No node moves, so persistent indexes (selection, expansion) stay valid as they are.
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def category(self, index: _Index) -> Category | None:
        node = self._node(index)
        return None if node == _ROOT else self._cats[node]

    def category_by_id(self, category_id: int) -> Category | None:
        node = self._by_id.get(category_id)
        return None if node is None else self._cats[node]

    def index_for_id(self, category_id: int) -> QModelIndex:
        node = self._by_id.get(category_id)
        return QModelIndex() if node is None else self._index_of(node)

    def path_ids(self, category_id: int) -> tuple[int, ...]:
        """IDs from the root down to ``category_id`` as placed in this tree (empty if unknown)."""
        return tuple(self._cats[n].category_id for n in self._lineage(self._by_id.get(category_id)))

    def path_names(self, category_id: int, separator: str = " > ") -> str:
        lineage = self._lineage(self._by_id.get(category_id))
        return separator.join(self._cats[n].display_name(self._language) for n in lineage)

    def categories(self) -> list[Category]:
        return list(self._cats)

    def matches_with_ancestors(self, text: str) -> set[int]:
        """Nodes whose display name contains ``text`` (any case), and their ancestors: one pass
        over the flat list, so a 10,000-node tree filters in a few milliseconds."""
        needle = text.casefold()
        keep: set[int] = set()
        parent, language = self._parent, self._language
        for node, cat in enumerate(self._cats):
            if needle in cat.display_name(language).casefold():
                while node != _ROOT and node not in keep:
                    keep.add(node)
                    node = parent[node]
        return keep

    def node_at(self, row: int, parent: _Index) -> int:
        """The node shown at ``row`` under ``parent`` (-1 when there is none)."""
        kids = self._children.get(self._node(parent))
        return kids[row] if kids and 0 <= row < len(kids) else _ROOT

    def iter_depth_first(self) -> Iterator[QModelIndex]:
        """Every index, parents before children, in display order."""
        stack = list(reversed(self._children.get(_ROOT, [])))
        while stack:
            node = stack.pop()
            yield self._index_of(node)
            stack.extend(reversed(self._children.get(node, [])))

    def _lineage(self, node: int | None) -> list[int]:
        chain: list[int] = []
        while node is not None and node != _ROOT:
            chain.append(node)
            node = self._parent[node]
        chain.reverse()
        return chain

    def _depth(self, node: int) -> int:
        return len(self._lineage(node))

    def _node(self, index: _Index) -> int:
        if not index.isValid():
            return _ROOT
        return int(index.internalId())

    def _index_of(self, node: int) -> QModelIndex:
        return self.createIndex(self._row[node], 0, node)

    # -- QAbstractItemModel -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        kids = self._children.get(self._node(parent))
        if not kids or row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, 0, kids[row])

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node(child)
        if node == _ROOT:
            return QModelIndex()
        up = self._parent[node]
        return QModelIndex() if up == _ROOT else self._index_of(up)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._node(parent), ()))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self._children.get(self._node(index)):
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node == _ROOT:
            return None
        cat = self._cats[node]
        if role == Qt.ItemDataRole.DisplayRole:
            return cat.display_name(self._language)
        if role == Qt.ItemDataRole.ToolTipRole or role == self.PathRole:
            return self.path_names(cat.category_id)
        if role == self.CategoryRole:
            return cat
        if role == self.CategoryIdRole:
            return cat.category_id
        if role == self.LevelRole:
            return self._depth(node)
        if role == self.IsLeafRole:
            return not self._children.get(node)
        return None


class CategoryFilterProxy(QSortFilterProxyModel):
    """Type-ahead filter: keeps matches *and their ancestors*, any case.

    ``set_text("")`` shows everything. Matching is a case-insensitive substring of the display
    name. The matches and their ancestors are found in one pass over the source's flat list
    (``CategoryTreeModel.matches_with_ancestors``); the proxy then only asks, row by row, for the
    rows a view actually visits — instead of Qt's recursive filtering, which reads every name of
    the tree through the model (10,000 calls into Python per keystroke).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._keep: set[int] | None = None

    def setSourceModel(self, model: QAbstractItemModel | None) -> None:  # type: ignore[override]
        old = self.sourceModel()
        if isinstance(old, CategoryTreeModel):
            old.layoutChanged.disconnect(self._source_changed)
            old.modelReset.disconnect(self._source_changed)
        super().setSourceModel(model)  # type: ignore[arg-type]  # None detaches (Qt accepts it)
        if isinstance(model, CategoryTreeModel):  # names or nodes changed: match again
            model.layoutChanged.connect(self._source_changed)
            model.modelReset.connect(self._source_changed)
        self._source_changed()

    def set_text(self, text: str) -> None:
        self._text = text.strip()
        self._source_changed()

    def _source_changed(self, *_: object) -> None:
        source = self.sourceModel()
        keep = (
            source.matches_with_ancestors(self._text)
            if self._text and isinstance(source, CategoryTreeModel)
            else None
        )
        if keep != self._keep:
            self.beginFilterChange()
            self._keep = keep
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        keep = self._keep
        if keep is None:
            return True
        source = self.sourceModel()
        assert isinstance(source, CategoryTreeModel)
        return source.node_at(source_row, source_parent) in keep
