"""Search covers everything unless a visible, removable scope chip narrows it (issue 12, item 3).

A chosen category (or notice heading / tag) shows "Only in: …" under the search box; a click on
it, or Backspace / Delete while it has the focus, removes it; a scoped search that finds nothing
names the scope and offers "Search everywhere" (a click, or Alt+E).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from contiple_desktop.ui.helpcenter.browse_tab import BrowseTab
from tests.ui.helpcenter.helpers import by_name, calls, query_of

IDENTITY = 2550  # 본인 인증 ("Identity verification"): no FAQ about payments in it


def chips(tab: BrowseTab) -> list[QPushButton]:
    return [b for b in tab.findChildren(QPushButton) if b.accessibleName().startswith("Only in: ")]


def visible_chip_names(tab: BrowseTab) -> list[str]:
    return [b.accessibleName() for b in chips(tab) if b.isVisible()]


def search(qtbot: Any, tab: BrowseTab, text: str) -> None:
    tab.search.clear()
    tab.search.insert(text)  # QTest cannot type non-ASCII keys
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.keyClick(tab.search, Qt.Key.Key_Return)


def choose_category(qtbot: Any, tab: Any, category_id: int) -> None:
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        assert tab.select_category(category_id)


def test_a_chosen_category_shows_a_chip_and_a_scoped_miss_offers_everywhere(
    make_panel: Any, qtbot: Any, sim: Any
) -> None:
    tab = make_panel().faq
    assert visible_chip_names(tab) == []  # all categories: no scope
    choose_category(qtbot, tab, IDENTITY)
    assert visible_chip_names(tab) == ["Only in: 본인 인증"]
    search(qtbot, tab, "결제")
    assert query_of(calls(sim, "/helpdoc/list.json")[-1])["categoryId"] == str(IDENTITY)
    status = by_name(tab, QLabel, "List status")
    assert status.isVisible() and status.text() == "Nothing found in 본인 인증 \u2014 search everywhere?"
    everywhere = by_name(tab, QPushButton, "Search everywhere")
    assert everywhere.isVisible()
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(everywhere, Qt.MouseButton.LeftButton)
    last = query_of(calls(sim, "/helpdoc/list.json")[-1])
    assert "categoryId" not in last and last["query"] == "결제"
    assert tab.model.rowCount() == 6 and tab.category_id is None
    assert visible_chip_names(tab) == [] and not everywhere.isVisible()
    assert tab.search.hasFocus()  # keep typing


def test_alt_e_searches_everywhere_after_a_scoped_miss(make_panel: Any, qtbot: Any, sim: Any) -> None:
    tab = make_panel().faq
    choose_category(qtbot, tab, IDENTITY)
    search(qtbot, tab, "결제")
    assert tab.model.rowCount() == 0
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.keyClick(tab.search, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert tab.model.rowCount() == 6 and "categoryId" not in query_of(calls(sim, "/helpdoc/list.json")[-1])


def test_the_chip_is_reached_with_tab_and_removed_with_delete_or_backspace(
    make_panel: Any, qtbot: Any, sim: Any
) -> None:
    tab = make_panel().faq
    for key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        choose_category(qtbot, tab, IDENTITY)
        search(qtbot, tab, "결제")
        qtbot.keyClick(tab.search, Qt.Key.Key_Tab)
        (chip,) = [c for c in chips(tab) if c.isVisible()]
        assert chip.hasFocus() and chip.accessibleName() == "Only in: 본인 인증"
        with qtbot.waitSignal(tab.page_shown, timeout=5000):
            qtbot.keyClick(chip, key)
        assert "categoryId" not in query_of(calls(sim, "/helpdoc/list.json")[-1])
        assert tab.model.rowCount() == 6 and visible_chip_names(tab) == []
        assert tab.search.hasFocus()


def test_a_click_on_the_chip_removes_it(make_panel: Any, qtbot: Any, sim: Any) -> None:
    tab = make_panel().faq
    choose_category(qtbot, tab, IDENTITY)
    (chip,) = [c for c in chips(tab) if c.isVisible()]
    assert "\u2715" in chip.text()
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert tab.category_id is None and tab.model.rowCount() == 20  # every category (the cached page 1)
    assert visible_chip_names(tab) == []


def test_notice_heading_and_tag_are_chips_too(make_panel: Any, qtbot: Any, sim: Any) -> None:
    panel = make_panel(page_size=50)
    with qtbot.waitSignal(panel.notices.page_shown, timeout=5000):
        panel.tabs.setCurrentWidget(panel.notices)
    tab = panel.notices
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.headings.setCurrentIndex(tab.headings_model.index_for_id(2544))
    row = tab.tag_combo.findData(392)
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.tag_combo.setCurrentIndex(row)
        tab.tag_combo.activated.emit(row)
    assert visible_chip_names(tab) == ["Only in: 점검", "Only in: 업데이트"]
    search(qtbot, tab, "이벤트")
    status = by_name(tab, QLabel, "List status")
    assert status.text() == "Nothing found in 점검, 업데이트 \u2014 search everywhere?"
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(by_name(tab, QPushButton, "Search everywhere"), Qt.MouseButton.LeftButton)
    last = query_of(calls(sim, "/notice/list.json")[-1])
    assert "categoryId" not in last and "tagId" not in last and last["query"] == "이벤트"
    assert tab.model.rowCount() > 0 and visible_chip_names(tab) == []
    assert tab.tag_combo.currentIndex() == 0
