"""Customer history errors are the one inline error, with Retry, never a dialog (issue 12, item 5).

The list and the ticket detail used to show a grey sentence and no way to try again but F5."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from contiple_desktop.ui.history.panel import HistoryPanel
from contiple_desktop.ui.history.recent import RecentTicketsWidget
from contiple_desktop.ui.inline_error import InlineError
from tests.ui.dialogs import open_dialogs
from tests.ui.history.conftest import by_name, open_customer, select_row


def test_list_failure_is_inline_and_retry_recovers(
    qtbot: Any, panel: HistoryPanel, sim: Any, reported_errors: list[BaseException]
) -> None:
    sim.faults.drop_before("*/ticket/enduser/*", times=None)
    open_customer(qtbot, panel, "cust-001")
    error = by_name(panel, InlineError, "List error")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10_000)
    assert error.title.text() == "Cannot reach Contiple"
    assert error.text.startswith("Could not load the tickets: Could not connect")
    assert not by_name(panel, QLabel, "List status").isVisible()
    retry = by_name(error, QPushButton, "Retry")
    assert retry.isVisible() and open_dialogs() == [] and reported_errors == []
    sim.faults.clear()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 12, timeout=5000)
    assert not error.isVisible() and "12" in by_name(panel, QLabel, "List status").text()


def test_detail_failure_is_inline_and_retry_recovers(
    qtbot: Any, panel: HistoryPanel, sim: Any, reported_errors: list[BaseException]
) -> None:
    open_customer(qtbot, panel, "cust-001")
    select_row(qtbot, panel, 0)
    fault = sim.faults.http_500("*/ticket/enduser/*", times=None)
    ticket = panel.model.ticket_at(1)
    assert ticket is not None
    panel.table.selectRow(1)
    error = by_name(panel.detail, InlineError, "Ticket error")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=5000)
    assert error.text.startswith("Could not load the ticket:")
    assert not by_name(panel.detail, QLabel, "Detail message").isVisible()
    sim.faults.clear(fault)
    with qtbot.waitSignal(panel.detail.detail_loaded, timeout=5000):
        qtbot.mouseClick(by_name(error, QPushButton, "Retry"), Qt.MouseButton.LeftButton)
    assert panel.detail.detail is not None and panel.detail.detail.ticket_id == ticket.ticket_id
    assert not error.isVisible() and open_dialogs() == [] and reported_errors == []


def test_recent_tickets_failure_is_inline_and_retry_recovers(
    qtbot: Any, appctx: Any, sim: Any, reported_errors: list[BaseException]
) -> None:
    widget = RecentTicketsWidget(appctx, limit=3, delay_ms=20)
    qtbot.addWidget(widget)
    widget.show()
    sim.faults.http_500("*/list.json", times=None)
    widget.set_usercode("cust-001")
    error = by_name(widget, InlineError, "Recent tickets error")
    qtbot.waitUntil(lambda: error.isVisible(), timeout=5000)
    sim.faults.clear()
    with qtbot.waitSignal(widget.loaded, timeout=5000):
        qtbot.mouseClick(by_name(error, QPushButton, "Retry"), Qt.MouseButton.LeftButton)
    assert not error.isVisible() and open_dialogs() == [] and reported_errors == []
