"""First light: the panel loads languages, categories and the first FAQ/notice pages."""

from __future__ import annotations

from typing import Any


def test_panel_loads(make_panel: Any, sim: Any, reported_errors: list[BaseException]) -> None:
    panel = make_panel()
    assert panel.faq.tree_model.rowCount() > 0
    assert panel.faq.model.rowCount() == 20
    assert panel.notices.model.rowCount() > 0
    assert panel.language_combo.count() == 3
    assert reported_errors == []
