"""Layer rules that import-linter cannot express (it only forbids whole external packages).

QtWidgets and QtGui belong to ``ui`` and ``app``; ``tasks``, ``storage``, ``i18n``, ``log`` and
``cli`` may use QtCore only. Checked over the source with ``ast``, so a lazy import inside a
function is caught too. Also: no module over 450 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "contiple_desktop"
GUI_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui")
RESTRICTED = ["tasks", "storage", "i18n", "log.py", "cli.py", "paths.py", "errors.py", "cancel.py"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _files(entry: str) -> list[Path]:
    target = PKG / entry
    return sorted(target.rglob("*.py")) if target.is_dir() else [target]


@pytest.mark.parametrize("entry", RESTRICTED)
def test_no_widgets_outside_ui(entry: str) -> None:
    offenders = [
        f"{f.relative_to(PKG)}: {name}"
        for f in _files(entry)
        if f.exists()
        for name in sorted(_imports(f))
        if name.startswith(GUI_MODULES)
    ]
    assert not offenders, offenders


MAX_LINES = 450


def test_no_module_is_over_450_lines() -> None:
    """Small files, clear names: a module that grows past this is split where it lives."""
    long = {
        str(f.relative_to(PKG)): n
        for f in sorted(PKG.rglob("*.py"))
        if (n := len(f.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long
