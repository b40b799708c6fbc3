"""Helpers for the customer-history tests: a shown ``HistoryPanel`` on the shared ``appctx``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.history.panel import HistoryPanel

W = TypeVar("W", bound=QWidget)


def by_name(root: QWidget, cls: type[W], name: str) -> W:
    """The one visible-or-not child of type ``cls`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(cls) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} {cls.__name__} named {name!r}"
    return found[0]


def wait_idle(qtbot: Any, ctx: AppContext, timeout: int = 5000) -> None:
    qtbot.waitUntil(lambda: all(lane.active_count == 0 for lane in ctx.lanes), timeout=timeout)


def open_customer(qtbot: Any, panel: HistoryPanel, usercode: str) -> None:
    """Type the user code into the combo and press Enter, as an agent would."""
    line = panel.lookup.combo.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, usercode)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.query is not None and not panel.model.loading, timeout=5000)


def select_row(qtbot: Any, panel: HistoryPanel, row: int) -> None:
    panel.table.setFocus()
    panel.table.selectRow(row)
    ticket = panel.model.ticket_at(row)
    assert ticket is not None
    qtbot.waitUntil(
        lambda: panel.detail.detail is not None and panel.detail.detail.ticket_id == ticket.ticket_id,
        timeout=5000,
    )


@pytest.fixture
def panel(qtbot: Any, appctx: AppContext) -> Iterator[HistoryPanel]:
    widget = HistoryPanel(appctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)  # shortcuts (F5, Ctrl+Enter) need an active window under X11
    wait_idle(qtbot, appctx)  # inquiry types for the filter
    yield widget
    wait_idle(qtbot, appctx)

