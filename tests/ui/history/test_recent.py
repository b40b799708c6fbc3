"""RecentTicketsWidget (embeddable beside the new-ticket form) and keyboard navigation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from contiple_desktop.ui.history.panel import HistoryPanel
from contiple_desktop.ui.history.recent import RecentTicketsWidget
from tests.ui.history.conftest import by_name, open_customer


def test_recent_tickets_debounce_and_open_history(qtbot: Any, appctx: Any, sim: Any) -> None:
    widget = RecentTicketsWidget(appctx, limit=3, delay_ms=20)
    qtbot.addWidget(widget)
    widget.show()
    for partial in ("c", "cu", "cust-00", "cust-001"):
        widget.set_usercode(partial)
    with qtbot.waitSignal(widget.loaded, timeout=5000) as loaded:
        pass
    assert loaded.args == [12]
    lists = [r for r in sim.requests() if r["path"].endswith("/list.json")]
    assert len(lists) == 1 and dict(lists[0]["query"])["pageSize"] == "3"
    recent = by_name(widget, QListWidget, "Recent tickets")
    assert recent.count() == 3
    with qtbot.waitSignal(appctx.bus.show_customer) as shown:
        qtbot.mouseClick(by_name(widget, QPushButton, "Open history"), Qt.MouseButton.LeftButton)
    assert shown.args == ["cust-001"]
    widget.set_usercode("cust-010")  # a caller without tickets
    qtbot.waitUntil(lambda: "No earlier tickets" in by_name(widget, QLabel, "Recent tickets status").text(),
                    timeout=5000)
    assert recent.count() == 0
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=5000)


def test_arrow_keys_move_through_tickets_and_open_detail(qtbot: Any, panel: HistoryPanel) -> None:
    open_customer(qtbot, panel, "cust-001")
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.detail.detail is not None, timeout=5000)
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    second = panel.model.ticket_at(1)
    assert second is not None
    qtbot.waitUntil(
        lambda: panel.detail.detail is not None and panel.detail.detail.ticket_id == second.ticket_id,
        timeout=5000,
    )
    assert by_name(panel.detail, QLabel, "Ticket subject").text() == second.subject


def test_focus_search_selects_the_user_code(qtbot: Any, panel: HistoryPanel) -> None:
    open_customer(qtbot, panel, "cust-001")
    panel.table.setFocus()
    panel.focus_search()
    line = panel.lookup.combo.lineEdit()
    assert line is not None and line.hasFocus() and line.selectedText() == "cust-001"
