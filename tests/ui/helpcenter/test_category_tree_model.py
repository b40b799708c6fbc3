"""CategoryTreeModel: any depth, orphans kept, cycles broken, languages, filter proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from contiple_desktop.domain.models import Category
from contiple_desktop.ui.category_tree_model import CategoryFilterProxy, CategoryTreeModel


def _cat(cid: int, parent: int, name: str, *, order: int = 0, path: tuple[int, ...] = (),
         en: str = "") -> Category:
    return Category(cid, parent, name, path=path, order=order, languages={"ko": name, "en": en} if en else {})


def _chain(depth: int, start: int = 100) -> list[Category]:
    cats: list[Category] = []
    parent = 0
    for level in range(depth):
        cid = start + level
        cats.append(_cat(cid, parent, f"L{level + 1}", path=tuple(c.category_id for c in cats)))
        parent = cid
    return cats


def _names(model: CategoryTreeModel, parent: QModelIndex = QModelIndex()) -> list[str]:  # noqa: B008
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_five_levels_deep_and_paths(qtmodeltester: Any) -> None:
    model = CategoryTreeModel(_chain(5) + [_cat(1, 0, "Other", order=-1)], language="ko")
    qtmodeltester.check(model)
    assert _names(model) == ["Other", "L1"]
    leaf = model.index_for_id(104)
    assert leaf.data() == "L5"
    assert leaf.data(CategoryTreeModel.LevelRole) == 5
    assert leaf.data(CategoryTreeModel.IsLeafRole) is True
    assert leaf.data(CategoryTreeModel.CategoryRole).category_id == 104
    assert model.path_names(104) == "L1 > L2 > L3 > L4 > L5"
    assert model.path_ids(104) == (100, 101, 102, 103, 104)
    idx = leaf
    depth = 0
    while idx.isValid():
        idx = idx.parent()
        depth += 1
    assert depth == 5


def test_orphans_attach_to_known_ancestor_or_root(qtmodeltester: Any) -> None:
    cats = [
        _cat(1, 0, "Root"),
        _cat(2, 999, "Lost", path=(1, 999)),  # parent missing, ancestor 1 known
        _cat(3, 777, "Stray"),  # nothing known
        _cat(4, 5, "CycleA"),
        _cat(5, 4, "CycleB"),
        _cat(1, 0, "Duplicate of 1"),
    ]
    model = CategoryTreeModel(cats)
    qtmodeltester.check(model)
    assert sorted(_names(model)) == ["CycleA", "Root", "Stray"]
    assert _names(model, model.index_for_id(1)) == ["Lost"]
    assert _names(model, model.index_for_id(4)) == ["CycleB"]
    assert len(list(model.iter_depth_first())) == 5


def test_sibling_order_and_language_switch(qtmodeltester: Any, qtbot: Any) -> None:
    cats = [_cat(10, 0, "둘", order=2, en="Two"), _cat(11, 0, "하나", order=1, en="One")]
    cats.append(_cat(12, 11, "하위"))
    model = CategoryTreeModel(cats, language="ko")
    assert _names(model) == ["하나", "둘"]
    with qtbot.waitSignal(model.layoutChanged):
        model.set_language("en")
    assert _names(model) == ["One", "Two"]
    assert model.index_for_id(12).data() == "하위"  # no English name: falls back to name
    assert model.index_for_id(12).data(Qt.ItemDataRole.ToolTipRole) == "One > 하위"
    model.set_categories([])
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_filter_keeps_ancestors_of_matches(qtmodeltester: Any) -> None:
    model = CategoryTreeModel(_chain(4) + [_cat(1, 0, "Billing")])
    proxy = CategoryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("l4")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    idx = proxy.index(0, 0)
    names = []
    while idx.isValid():
        names.append(idx.data())
        idx = proxy.index(0, 0, idx)
    assert names == ["L1", "L2", "L3", "L4"]
    proxy.set_text("")
    assert proxy.rowCount() == 2


def test_ten_thousand_categories_build(qtmodeltester: Any) -> None:
    cats = [_cat(i + 1, 0 if i < 10 else (i // 10), f"c{i}") for i in range(10_000)]
    model = CategoryTreeModel(cats)
    assert model.rowCount() == 10
    assert len(list(model.iter_depth_first())) == 10_000
