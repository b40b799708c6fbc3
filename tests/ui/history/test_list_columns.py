"""The ticket list at 1366×768: the subject stays readable and dates are not cut.

Regression: the subject stretched into what the fixed columns left (≈ 25 px in Japanese, so
every subject showed as "…") and the date columns were sized to their titles before the rows
arrived ("26. 10.…").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.history.ticket_list_model import COL_CREATED, COL_SUBJECT, COL_UPDATED
from tests.ui.window import open_window, wait_idle


def test_subject_and_dates_fit_in_a_small_window(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    window.go("history")
    panel = window.history
    panel.show_customer("cust-001")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=5000)
    wait_idle(qtbot, appctx)
    table, model = panel.table, panel.model
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    assert header.sectionSize(COL_SUBJECT) >= metrics.averageCharWidth() * 25
    assert header.sectionViewportPosition(COL_SUBJECT) + header.sectionSize(COL_SUBJECT) <= (
        table.viewport().width()
    )
    for column in (COL_CREATED, COL_UPDATED):
        widest = max(
            metrics.horizontalAdvance(str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole)))
            for row in range(model.rowCount())
        )
        assert header.sectionSize(column) >= widest + 8, column
