"""Inquiry-type picker: type-ahead filter, keyboard navigation, leaves only, and the form cache."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from contiple_desktop.domain.models import Category
from contiple_desktop.sim import SimServer
from contiple_desktop.ui.category_tree_model import CategoryTreeModel
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from contiple_desktop.ui.ticket.type_picker import TypePicker
from tests.ui.ticket.conftest import choose_type
from tests.ui.window import named

CATS = [
    Category(1, 0, "계정", 1),
    Category(2, 1, "로그인", 2, (1,)),
    Category(3, 2, "비밀번호 재설정", 3, (1, 2)),
    Category(4, 2, "2단계 인증", 3, (1, 2)),
    Category(5, 0, "결제", 1),
    Category(6, 5, "환불", 2, (5,)),
]


def visible_names(picker: TypePicker) -> list[str]:
    out: list[str] = []

    def walk(parent: Any) -> None:
        for row in range(picker.proxy.rowCount(parent)):
            index = picker.proxy.index(row, 0, parent)
            out.append(index.data())
            walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return out


def test_filter_keeps_matches_and_ancestors_and_enter_chooses_a_leaf(qtbot: Any, qtmodeltester: Any) -> None:
    picker = TypePicker()
    qtbot.addWidget(picker)
    picker.set_categories(CATS, "ko")
    qtmodeltester.check(picker.model)
    chosen: list[int] = []
    picker.category_chosen.connect(chosen.append)
    QTest.keyClicks(picker.filter, "")
    picker.filter.setText("재설정")
    assert visible_names(picker) == ["계정", "로그인", "비밀번호 재설정"]
    QTest.keyClick(picker.filter, Qt.Key.Key_Return)
    assert chosen == [3] and picker.current_id() == 3
    assert "계정 > 로그인 > 비밀번호 재설정" in picker.chosen_label.text()


def test_arrow_keys_move_into_the_tree_and_branches_only_expand(qtbot: Any) -> None:
    picker = TypePicker()
    qtbot.addWidget(picker)
    picker.set_categories(CATS, "ko")
    chosen: list[int] = []
    picker.category_chosen.connect(chosen.append)
    picker.filter.setText("")
    QTest.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.tree.currentIndex().data(CategoryTreeModel.CategoryIdRole) == 1
    before = picker.tree.isExpanded(picker.tree.currentIndex())
    QTest.keyClick(picker.tree, Qt.Key.Key_Return)  # a branch: toggles, is not chosen
    assert chosen == [] and picker.tree.isExpanded(picker.tree.currentIndex()) is not before
    assert not picker.select(5) and picker.current_id() is None  # branches cannot be chosen
    picker.filter.setText("환불")
    QTest.keyClick(picker.filter, Qt.Key.Key_Down)
    QTest.keyClick(picker.tree, Qt.Key.Key_Enter)
    assert chosen == [6]


def test_forms_are_cached_per_type_and_language_and_newest_wins(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    def field_requests(cid: int) -> int:
        return sum(1 for r in sim.requests() if r["path"].endswith(f"/field/user/{cid}.json"))

    choose_type(qtbot, panel, 2542)
    sim.faults.latency(0.3, "*/field/user/2577.json", times=1)
    panel.picker.select(2577)
    panel.picker.select(2542)  # newest wins: the slow 2577 answer must never be applied
    assert panel.form.widget_for("textbox") is not None  # from the cache at once
    qtbot.waitUntil(lambda: panel.ctx.runner.active_count == 0, timeout=3000)
    assert panel.form.widget_for("payMethod") is None and panel.form.widget_for("textbox") is not None
    assert field_requests(2542) == 1
    before = field_requests(2577)  # 0 or 1: the cancelled load may not even have started
    panel.picker.select(2577)
    qtbot.waitUntil(lambda: panel.form.widget_for("payMethod") is not None, timeout=3000)
    assert field_requests(2577) == before + 1  # the cancelled load was not cached


def test_offline_panel_explains_and_loads_once_connected(
    qtbot: Any, offline_appctx: Any, demo_profile: Any, client: Any
) -> None:
    from PySide6.QtWidgets import QLabel

    from tests.ui.ticket.helpers import find

    panel = NewTicketPanel(offline_appctx)
    qtbot.addWidget(panel)
    assert find(panel, QLabel, "Form status").text() == "Connect to a Contiple service to file tickets."
    offline_appctx.session.set_connection(demo_profile, client)
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)
    assert find(panel, QLabel, "Form status").text().startswith("Choose an inquiry type")
    offline_appctx.session.set_connection(None, None)  # the fixture closes the client itself


def test_language_switch_reloads_types_and_form_keeping_values(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    from PySide6.QtWidgets import QLineEdit

    from tests.ui.ticket.helpers import find

    choose_type(qtbot, panel, 2542)
    find(panel, QLineEdit, "제목").setText("keep me")
    panel.ctx.session.set_content_language("en")
    qtbot.waitUntil(
        lambda: any(e.accessibleName() == "Subject" for e in panel.findChildren(QLineEdit)), timeout=5000
    )
    assert find(panel, QLineEdit, "Subject").text() == "keep me"
    assert panel.picker.current_id() == 2542
    langs = [dict(r["query"]).get("language") for r in sim.requests() if "/field/user/2542" in r["path"]]
    assert langs == ["ko", "en"]


def test_closing_the_panel_while_loading_delivers_nothing(qtbot: Any, appctx: Any, sim: SimServer) -> None:
    panel = NewTicketPanel(appctx)  # not given to qtbot: this test deletes it itself
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)
    sim.faults.latency(0.3, "*/field/user/2542.json", times=1)
    panel.picker.select(2542)
    assert appctx.runner.active_count == 1
    hooks = len(appctx.flush_hooks)
    gone: list[object] = []
    panel.destroyed.connect(lambda *_: gone.append(True))
    panel.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=2000)
    assert len(appctx.flush_hooks) == hooks - 1  # the flush hook went with the panel
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=3000)


def test_a_single_click_on_a_leaf_chooses_it(qtbot: Any) -> None:
    """Regression (issue 12 item 1): a click only highlighted the row; the form came only with a
    double click or Enter, and "No inquiry type chosen yet" stayed."""
    picker = TypePicker()
    qtbot.addWidget(picker)
    picker.resize(300, 400)
    picker.show()
    qtbot.waitExposed(picker)
    picker.set_categories(CATS, "ko")
    chosen: list[int] = []
    picker.category_chosen.connect(chosen.append)
    picker.filter.setText("환불")
    leaf = picker.proxy.mapFromSource(picker.model.index_for_id(6))
    branch = picker.proxy.mapFromSource(picker.model.index_for_id(5))
    qtbot.mouseClick(
        picker.tree.viewport(), Qt.MouseButton.LeftButton, pos=picker.tree.visualRect(branch).center()
    )
    assert chosen == [] and picker.current_id() is None  # a branch is never chosen
    qtbot.mouseClick(
        picker.tree.viewport(), Qt.MouseButton.LeftButton, pos=picker.tree.visualRect(leaf).center()
    )
    assert chosen == [6] and picker.current_id() == 6
    assert picker.chosen_label.text() != "No inquiry type chosen yet."


def test_a_filter_that_matches_nothing_says_so_under_the_empty_tree(qtbot: Any) -> None:
    picker = TypePicker()
    qtbot.addWidget(picker)
    picker.set_categories(CATS, "ko")
    picker.show()
    QTest.keyClicks(picker.filter, "password reset")
    assert visible_names(picker) == []
    shown = [w for w in picker.findChildren(QLabel) if w.accessibleName() == "Chosen inquiry type"]
    assert len(shown) == 1 and shown[0].isVisible()
    assert shown[0].text() == (
        "No inquiry type matches \u201cpassword reset\u201d. Check the spelling or clear the filter."
    )
    picker.filter.clear()  # the whole tree again, and what is chosen (nothing yet)
    assert "계정" in visible_names(picker)
    assert shown[0].text() == "No inquiry type chosen yet."
    picker.filter.setText("환불")  # a match: no complaint (QTest types ASCII only)
    assert visible_names(picker) == ["결제", "환불"]
    assert shown[0].text() == "No inquiry type chosen yet."


def test_a_slow_server_shows_the_types_loading_not_an_empty_list(
    qtbot: Any, appctx: Any, sim: SimServer
) -> None:
    fault = sim.faults.latency(0.6, "*/ticket/categories.json", times=1)
    panel = NewTicketPanel(appctx)
    qtbot.addWidget(panel)
    panel.show()
    chosen = named(panel, QLabel, "Chosen inquiry type")
    status = named(panel, QLabel, "Form status")
    assert panel.picker.model.rowCount() == 0  # still asked for
    assert chosen.text() == status.text() == "Loading the inquiry types\u2026"
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)
    assert chosen.text() == "No inquiry type chosen yet."
    assert status.text() == "Choose an inquiry type on the left to load its form."
    sim.faults.clear(fault)


def test_types_that_fail_to_load_do_not_stay_loading(qtbot: Any, appctx: Any, sim: SimServer) -> None:
    sim.faults.http_500("*/ticket/categories.json", times=None)
    panel = NewTicketPanel(appctx)
    qtbot.addWidget(panel)
    panel.show()
    chosen = named(panel, QLabel, "Chosen inquiry type")
    qtbot.waitUntil(lambda: chosen.text() != "Loading the inquiry types\u2026", timeout=10_000)
    assert chosen.text() == "No inquiry type chosen yet." and panel.picker.model.rowCount() == 0
    status = named(panel, QLabel, "Form status")
    assert status.text() == "Choose an inquiry type on the left to load its form."
    sim.faults.clear()
