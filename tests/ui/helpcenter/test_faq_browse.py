"""FAQ: browse the 5-level tree by keyboard, page, search, open details in ko/en/ja."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton

from contiple_desktop.ui.category_tree_model import CategoryTreeModel
from contiple_desktop.ui.helpcenter.list_models import FaqListModel
from tests.ui.helpcenter.helpers import by_name, calls, query_of

LEAF = 2601  # 2546 > 2548 > 2550 > 2600 > 2601 (seed)


def _current_id(tab: Any) -> int | None:
    return tab.tree.currentIndex().data(CategoryTreeModel.CategoryIdRole)


def test_keyboard_down_the_five_level_tree_to_a_leaf(make_panel: Any, qtbot: Any, sim: Any) -> None:
    panel = make_panel()
    tab = panel.faq
    path = tab.tree_model.path_ids(LEAF)
    assert len(path) == 5
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Home)
    for depth, target in enumerate(path):
        if depth:
            qtbot.keyClick(tab.tree, Qt.Key.Key_Right)  # expand the parent
        for _ in range(50):
            if _current_id(tab) == target:
                break
            qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
        assert _current_id(tab) == target
    qtbot.waitUntil(lambda: tab.category_id == LEAF and not tab.busy)
    items = [tab.model.item(r) for r in range(tab.model.rowCount())]
    assert items and all(i is not None and i.category_id == LEAF for i in items)
    assert query_of(calls(sim, "/helpdoc/list.json")[-1])["categoryId"] == str(LEAF)
    assert tab.tree.currentIndex().data(CategoryTreeModel.IsLeafRole) is True

    # Enter on the tree moves to the list; Down + Enter opens the detail
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert tab.list.hasFocus()
    tab.list.setCurrentIndex(tab.model.index(0, FaqListModel.COL_TITLE))
    with qtbot.waitSignal(tab.detail_shown, timeout=5000) as shown:
        qtbot.keyClick(tab.list, Qt.Key.Key_Return)
    assert shown.args == [items[0].help_doc_id]
    assert tab.detail.title.text() == items[0].title
    names = [tab.tree_model.category_by_id(c).display_name("ko") for c in path]  # type: ignore[union-attr]
    assert " > ".join(names) in tab.detail.meta.text()


def test_paging_through_all_faqs(make_panel: Any, qtbot: Any, sim: Any) -> None:
    panel = make_panel(page_size=20)
    tab = panel.faq
    total = len(sim.state.faqs)
    assert tab.pager.label.text() == f"1\u201320 of {total}"
    first_page_ids = {tab.model.item(r).help_doc_id for r in range(20)}  # type: ignore[union-attr]
    next_button = by_name(tab, QToolButton, "Next page")
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert tab.pager.label.text() == f"21\u201340 of {total}"
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(by_name(tab, QToolButton, "Last page"), Qt.MouseButton.LeftButton)
    pages = -(-total // 20)
    assert tab.pager.label.text() == f"{(pages - 1) * 20 + 1}\u2013{total} of {total}"
    assert not tab.pager.next.isEnabled() and tab.pager.previous.isEnabled()
    assert query_of(calls(sim, "/helpdoc/list.json")[-1])["page"] == str(pages)
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(by_name(tab, QToolButton, "First page"), Qt.MouseButton.LeftButton)
    # page 1 comes from the cache: no new request, same rows
    assert query_of(calls(sim, "/helpdoc/list.json")[-1])["page"] == str(pages)
    assert {tab.model.item(r).help_doc_id for r in range(20)} == first_page_ids  # type: ignore[union-attr]
    assert tab.pager.label.text() == f"1\u201320 of {total}"


def test_search_uses_the_api_query(make_panel: Any, qtbot: Any, sim: Any) -> None:
    panel = make_panel()
    tab = panel.faq
    qtbot.keyClick(panel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert by_name(tab, QLineEdit, "Search FAQs").hasFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Tab)
    assert tab.list.hasFocus()  # Tab goes from the search box to the results
    qtbot.keyClick(panel, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    tab.search.insert("비밀번호")  # QTest cannot type non-ASCII keys
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    last = query_of(calls(sim, "/helpdoc/list.json")[-1])
    assert last["query"] == "비밀번호"
    assert tab.model.rowCount() > 0
    for r in range(tab.model.rowCount()):
        faq = tab.model.item(r)
        assert faq is not None
        record = sim.state.faqs[faq.help_doc_id]
        assert "비밀번호" in record["title"]["ko"] + record["content"]["ko"]
    tab.search.clear()
    qtbot.keyClicks(tab.search, "zzzz-no-such-thing")
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0
    assert tab.list_status.text() == "Nothing found."


def test_detail_in_korean_english_and_japanese(make_panel: Any, qtbot: Any, sim: Any, client: Any) -> None:
    panel = make_panel()
    tab = panel.faq
    faq_id = tab.model.item(0).help_doc_id  # type: ignore[union-attr]
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        tab.list.setCurrentIndex(tab.model.index(0, 1))
    for language in ("en", "ja", "ko"):
        expected = sim.state.faqs[faq_id]["title"][language]
        row = panel.language_combo.findData(language)
        with qtbot.waitSignal(tab.detail_shown, timeout=5000):
            panel.language_combo.setCurrentIndex(row)
            panel.language_combo.activated.emit(row)
        assert panel.ctx.session.content_language == language
        assert tab.detail.title.text() == expected
        detail_calls = calls(sim, f"/helpdoc/detail/{faq_id}.json")  # ko comes from the cache the 2nd time
        assert any(query_of(r).get("language") == language for r in detail_calls)
        qtbot.waitUntil(lambda: not tab.busy)
        first_root = tab.tree_model.index(0, 0).data(CategoryTreeModel.CategoryRole)
        assert tab.tree_model.index(0, 0).data() == first_root.display_name(language)
        assert tab.model.item(0).title == client.faqs(language=language, page=1, page_size=20).items[0].title  # type: ignore[union-attr]


def test_models_pass_the_model_tester(make_panel: Any, qtmodeltester: Any) -> None:
    panel = make_panel()
    qtmodeltester.check(panel.faq.model)
    qtmodeltester.check(panel.faq.tree_model)
    qtmodeltester.check(panel.faq.proxy)
    qtmodeltester.check(panel.notices.model)
    qtmodeltester.check(panel.notices.headings_model)
