"""Small helpers for Help Center tests (sim request log queries)."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def calls(sim: Any, suffix: str) -> list[dict[str, Any]]:
    """Logged requests whose path ends with ``suffix``, oldest first."""
    return [r for r in sim.requests() if r["path"].endswith(suffix)]


def query_of(record: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in record["query"]}


def by_name(root: QWidget, cls: type[W], name: str) -> W:
    """The one visible-or-not ``cls`` widget under ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {name!r}"
    return found[0]
