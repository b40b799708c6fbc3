"""Panel states: not connected, server errors, connection change, category type-ahead filter."""

from __future__ import annotations

from typing import Any

from contiple_desktop.ui.category_tree_model import CategoryTreeModel
from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel
from contiple_desktop.ui.inline_error import InlineError
from tests.ui.helpcenter.helpers import by_name, calls


def test_not_connected_panel_is_calm(
    qtbot: Any, offline_appctx: Any, reported_errors: list[BaseException]
) -> None:
    panel = HelpCenterPanel(offline_appctx)
    qtbot.addWidget(panel)
    panel.show()
    assert "Not connected" in panel.status.text()
    panel.faq.load_page(2)
    assert panel.faq.list_status.text() == "Not connected."
    panel.refresh()
    assert offline_appctx.runner.active_count == 0
    assert reported_errors == []
    assert panel.language_combo.count() == 3  # the fallback list until a service answers


def test_server_error_shows_inline_and_never_reaches_the_presenter(
    make_panel: Any, qtbot: Any, sim: Any, reported_errors: list[BaseException]
) -> None:
    panel = make_panel()
    tab = panel.faq
    fault = sim.faults.http_500("*/helpdoc/list.json", times=None)
    with qtbot.waitSignal(tab.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        tab.select_category(2547)
    error = by_name(tab, InlineError, "List error")
    assert error.isVisible() and error.text.startswith("Could not load")
    assert not tab.list_status.isVisible()
    assert reported_errors == []  # a background load: inline only, no pop-up
    assert not panel.busy.isVisible()
    sim.faults.clear(fault)
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.search.returnPressed.emit()  # Enter in the search box tries again
    assert tab.model.rowCount() > 0 and not tab.list_status.isVisible() and not error.isVisible()


def test_connection_change_drops_the_cache_and_reloads(
    make_panel: Any, qtbot: Any, sim: Any, appctx: Any, demo_profile: Any, client: Any
) -> None:
    panel = make_panel()
    before = len(calls(sim, "/helpdoc/categories.json"))
    assert len(panel.cache) > 0
    with qtbot.waitSignals([panel.faq.page_shown, panel.faq.categories_shown], timeout=5000):
        appctx.session.set_connection(demo_profile, client)  # same service, new generation
    assert len(calls(sim, "/helpdoc/categories.json")) == before + 1
    assert calls(sim, "/notice/categories.json") == []  # the hidden tab loads when shown
    assert panel.faq.detail.title.text() == ""


def test_category_filter_keeps_ancestors_visible(make_panel: Any, qtbot: Any) -> None:
    panel = make_panel()
    tab = panel.faq
    leaf = tab.tree_model.category_by_id(2601)
    assert leaf is not None
    tab.category_filter.setText(leaf.display_name("ko"))
    proxy = tab.proxy
    index = proxy.index(0, 0)
    chain = []
    while index.isValid():
        chain.append(index.data(CategoryTreeModel.CategoryIdRole))
        assert tab.tree.isExpanded(index) or proxy.rowCount(index) == 0
        index = proxy.index(0, 0, index)
    assert chain[-1] == 2601 and len(chain) == 5
    tab.category_filter.clear()
    assert proxy.rowCount() == tab.tree_model.rowCount()
