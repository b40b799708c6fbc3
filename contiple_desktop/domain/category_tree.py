"""A flat ``list[Category]`` arranged as a tree: parents, rows and children, built without Qt.

``build_tree(categories)`` is the whole arrangement (``ui.category_tree_model`` shows it): the tree
is built from ``Category.parent`` (0 = top level) at any depth; a node whose parent is unknown is
attached to the deepest known ancestor listed in its ``path``, else at the root — orphans are
never dropped; parent cycles are broken at the root too. Siblings keep the server's order
(``order`` then input position); the first occurrence of a duplicate ID wins. Pure Python, so the
shared request cache (``tasks.cache``) builds it on the worker that fetched the list: 10,000
categories cost the GUI thread nothing but the model reset.

``CategoryList`` is a ``list[Category]`` that carries its tree (``tree``), so every consumer of a
category list keeps working and the model skips building it again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from contiple_desktop.domain.models import Category

ROOT = -1


@dataclass(frozen=True, eq=False)
class CategoryTree:
    """Nodes are indexes into ``categories``; ``ROOT`` (-1) is the invisible root."""

    categories: list[Category] = field(default_factory=list)
    parent: list[int] = field(default_factory=list)  # node -> parent node (or ROOT)
    row: list[int] = field(default_factory=list)  # node -> row under its parent
    children: dict[int, list[int]] = field(default_factory=lambda: {ROOT: []})
    by_id: dict[int, int] = field(default_factory=dict)


class CategoryList(list[Category]):
    """The categories as the server sent them, with their tree built once (``tree``)."""

    def __init__(self, categories: Sequence[Category] = ()) -> None:
        super().__init__(categories)
        self.tree = build_tree(self)


def tree_of(categories: Sequence[Category]) -> CategoryTree:
    """The tree a ``CategoryList`` carries, else built now."""
    tree = getattr(categories, "tree", None)
    return tree if isinstance(tree, CategoryTree) else build_tree(categories)


def build_tree(categories: Sequence[Category]) -> CategoryTree:
    cats: list[Category] = []
    by_id: dict[int, int] = {}
    for cat in categories:  # first occurrence of a duplicate ID wins
        if cat.category_id not in by_id:
            by_id[cat.category_id] = len(cats)
            cats.append(cat)
    parent = [_resolve_parent(cat, by_id, node) for node, cat in enumerate(cats)]
    _break_cycles(parent)
    order = sorted(range(len(cats)), key=lambda n: (cats[n].order, n))
    children: dict[int, list[int]] = {ROOT: []}
    row = [0] * len(cats)
    for node in order:
        siblings = children.setdefault(parent[node], [])
        row[node] = len(siblings)
        siblings.append(node)
    return CategoryTree(cats, parent, row, children, by_id)


def _resolve_parent(cat: Category, by_id: dict[int, int], node: int) -> int:
    candidate = by_id.get(cat.parent) if cat.parent else None
    if candidate is not None and candidate != node:
        return candidate
    if cat.parent:  # unknown parent: the deepest known ancestor from the path
        for ancestor in reversed(cat.path):
            found = by_id.get(ancestor)
            if found is not None and found != node:
                return found
    return ROOT


def _break_cycles(parent: list[int]) -> None:
    state = [0] * len(parent)  # 0 unknown, 1 on the current walk, 2 reaches the root
    for start in range(len(parent)):
        walk: list[int] = []
        node = start
        while node != ROOT and state[node] == 0:
            state[node] = 1
            walk.append(node)
            node = parent[node]
        if node != ROOT and state[node] == 1:  # closed a loop: cut it at its first member
            parent[node] = ROOT
        for n in walk:
            state[n] = 2
