"""First light: the panel loads languages, categories and the first FAQ page; the Notices tab
loads when it is first shown."""

from __future__ import annotations

from typing import Any

from tests.ui.helpcenter.helpers import calls


def test_panel_loads(make_panel: Any, qtbot: Any, sim: Any, reported_errors: list[BaseException]) -> None:
    panel = make_panel()
    assert panel.faq.tree_model.rowCount() > 0
    assert panel.faq.model.rowCount() == 20
    assert panel.language_combo.count() == 3
    assert calls(sim, "/notice/list.json") == [] and calls(sim, "/notice/categories.json") == []
    with qtbot.waitSignal(panel.notices.page_shown, timeout=5000):
        panel.tabs.setCurrentWidget(panel.notices)
    assert panel.notices.model.rowCount() > 0
    assert len(calls(sim, "/notice/categories.json")) == 1 and len(calls(sim, "/notice/tags.json")) == 1
    panel.tabs.setCurrentWidget(panel.faq)  # shown again: nothing is asked again
    panel.tabs.setCurrentWidget(panel.notices)
    assert len(calls(sim, "/notice/list.json")) == 1 and len(calls(sim, "/helpdoc/list.json")) == 1
    assert len(calls(sim, "/service.json")) == 1
    assert reported_errors == []
