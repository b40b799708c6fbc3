"""History panel against the simulator: caller lookup, lazy paging, filters, sorting, bus links."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from contiple_desktop.ui.history.panel import HistoryPanel
from contiple_desktop.ui.history.ticket_list_model import COL_CREATED, COL_SUBJECT
from contiple_desktop.ui.inline_error import InlineError
from tests.ui.history.conftest import by_name, open_customer, wait_idle


def list_requests(sim: Any) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["path"].endswith("/list.json") and "/ticket/enduser/" in r["path"]]


def test_bulk_customer_pages_lazily_to_all_500_without_duplicates(
    qtbot: Any, panel: HistoryPanel, sim: Any, qtmodeltester: Any
) -> None:
    open_customer(qtbot, panel, "bulk-500")
    model = panel.model
    assert model.rowCount() == 50 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    ids = [model.ticket_at(r).ticket_id for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert len(ids) == 500 and len(set(ids)) == 500
    assert model.exhausted
    requests = list_requests(sim)
    assert [dict(r["query"])["page"] for r in requests] == [str(n) for n in range(1, 11)]
    assert all(dict(r["query"])["pageSize"] == "50" for r in requests)
    assert [dict(r["query"])["page"] for r in requests] == [str(n) for n in range(1, 11)]
    assert dict(requests[0]["query"])["sort"] == "updatedDt:desc"
    qtmodeltester.check(model)


def test_scrolling_the_view_fetches_more(qtbot: Any, panel: HistoryPanel) -> None:
    open_customer(qtbot, panel, "bulk-500")
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 50 and not panel.model.loading, timeout=5000)


def test_recent_codes_and_unknown_customer_message(qtbot: Any, panel: HistoryPanel, appctx: Any) -> None:
    open_customer(qtbot, panel, "nobody-here")
    status = by_name(panel, QLabel, "List status")
    qtbot.waitUntil(lambda: "No tickets found" in status.text(), timeout=5000)
    assert panel.model.rowCount() == 0
    open_customer(qtbot, panel, "cust-001")
    assert appctx.settings.recent_usercodes[:2] == ["cust-001", "nobody-here"]
    combo = by_name(panel, QComboBox, "Customer user code")
    assert [combo.itemText(i) for i in range(2)] == ["cust-001", "nobody-here"]
    assert panel.model.rowCount() == 12


def test_status_and_category_filters_go_to_the_server(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    open_customer(qtbot, panel, "cust-001")
    status_filter = by_name(panel, QComboBox, "Status filter")
    status_filter.setCurrentIndex(status_filter.findData("solved"))
    qtbot.waitUntil(lambda: not panel.model.loading, timeout=5000)
    rows = [panel.model.ticket_at(r) for r in range(panel.model.rowCount())]
    assert rows and all(t.status == "solved" for t in rows if t)
    assert dict(list_requests(sim)[-1]["query"])["status"] == "solved"
    status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not panel.model.loading and panel.model.rowCount() == 12, timeout=5000)

    category_id = next(
        t.category_id for t in (panel.model.ticket_at(r) for r in range(12))
        if t is not None and t.category_id is not None and " > " in panel.categories.path_names(t.category_id)
    )
    category_filter = by_name(panel, QComboBox, "Inquiry type filter")
    index = category_filter.findData(category_id)
    assert index > 0 and " > " in category_filter.itemText(index)  # shown as a path
    category_filter.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not panel.model.loading, timeout=5000)
    assert dict(list_requests(sim)[-1]["query"])["categoryId"] == str(category_id)
    rows = [panel.model.ticket_at(r) for r in range(panel.model.rowCount())]
    assert rows and all(t.category_id == category_id for t in rows if t)


def test_period_filter_is_client_side(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    open_customer(qtbot, panel, "cust-001")
    period = by_name(panel, QComboBox, "Period filter")
    period.setCurrentIndex(period.findData(30))
    qtbot.waitUntil(lambda: not panel.model.loading, timeout=5000)
    query = dict(list_requests(sim)[-1]["query"])
    assert not any(k.lower().startswith(("from", "period", "start")) for k in query)
    cutoff = panel.model.query.period_from_ms  # type: ignore[union-attr]
    assert cutoff is not None
    for r in range(panel.model.rowCount()):
        assert (panel.model.ticket_at(r).created_ms or 0) >= cutoff  # type: ignore[union-attr]
    expected = sum(1 for t in sim.state.tickets_of("cust-001") if t["createdDt"] >= cutoff)
    assert panel.model.rowCount() == expected


def test_header_click_sorts_on_the_server(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    open_customer(qtbot, panel, "cust-001")
    header = panel.table.horizontalHeader()
    header.sectionClicked.emit(COL_CREATED)
    qtbot.waitUntil(lambda: not panel.model.loading, timeout=5000)
    assert dict(list_requests(sim)[-1]["query"])["sort"] == "createdDt:desc"
    header.sectionClicked.emit(COL_CREATED)
    qtbot.waitUntil(lambda: not panel.model.loading, timeout=5000)
    assert dict(list_requests(sim)[-1]["query"])["sort"] == "createdDt:asc"
    created = [panel.model.ticket_at(r).created_ms for r in range(panel.model.rowCount())]  # type: ignore[union-attr]
    assert created == sorted(created)  # type: ignore[type-var]
    before = len(list_requests(sim))
    header.sectionClicked.emit(COL_SUBJECT)  # not sortable by the API: nothing happens
    assert len(list_requests(sim)) == before
    assert header.sortIndicatorSection() == COL_CREATED


def test_bus_show_customer_ticket_created_and_new_ticket(
    qtbot: Any, panel: HistoryPanel, appctx: Any, sim: Any
) -> None:
    with qtbot.waitSignal(appctx.bus.navigate) as nav:
        appctx.bus.show_customer.emit("cust-001")
    assert nav.args == ["history"]
    qtbot.waitUntil(lambda: panel.model.rowCount() == 12 and not panel.model.loading, timeout=5000)
    with qtbot.waitSignal(appctx.bus.new_ticket_for) as blocker:
        button = by_name(panel, QPushButton, "New ticket for this customer")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [{"usercode": "cust-001"}]
    before = len(list_requests(sim))
    appctx.bus.ticket_created.emit("someone-else", "T1")
    assert len(list_requests(sim)) == before and not panel.model.loading
    appctx.bus.ticket_created.emit("cust-001", "T2")
    assert panel.model.loading
    wait_idle(qtbot, appctx)
    assert len(list_requests(sim)) == before + 1


def test_f5_reloads_list(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    open_customer(qtbot, panel, "cust-001")
    before = len(list_requests(sim))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(list_requests(sim)) == before + 1 and not panel.model.loading, timeout=5000)


def test_list_failure_is_shown_and_f5_recovers(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    sim.faults.http_500("list.json", times=None)
    open_customer(qtbot, panel, "cust-001")
    status = by_name(panel, QLabel, "List status")
    error = by_name(panel, InlineError, "List error")  # was a grey sentence saying "Press F5"
    qtbot.waitUntil(lambda: error.isVisible(), timeout=5000)
    assert panel.model.rowCount() == 0 and not panel.model.canFetchMore()
    sim.faults.clear()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 12, timeout=5000)
    assert "12" in status.text()
