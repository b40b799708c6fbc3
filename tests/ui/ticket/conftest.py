"""Fixtures for the new-ticket panel: a panel on the shared ``appctx`` and form-filling helpers."""

from __future__ import annotations

from typing import Any

import pytest

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.ticket.panel import NewTicketPanel

FULL_FORM_TYPE = 2542  # five levels deep; its form uses every field type


def open_panel(qtbot: Any, ctx: AppContext) -> NewTicketPanel:
    panel = NewTicketPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 900)
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)
    return panel


def choose_type(qtbot: Any, panel: NewTicketPanel, category_id: int = FULL_FORM_TYPE) -> None:
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)  # as a person waits
    assert panel.picker.select(category_id)

    def shown() -> bool:  # every row built *and* laid out: rows are built in chunks across event-loop
        if not panel.form.is_built():  # turns and become visible on the next layout pass, and Tab
            return False  # skips rows that are not visible yet
        subject = panel.form.widget_for("subject")
        rows = panel.form.built_widgets()
        return subject is not None and all(row.isVisible() == panel.isVisible() for row in rows)

    qtbot.waitUntil(shown, timeout=5000)


@pytest.fixture
def panel(qtbot: Any, appctx: AppContext) -> NewTicketPanel:
    return open_panel(qtbot, appctx)


def fill_required(panel: NewTicketPanel, *, usercode: str = "cust-002", subject: str = "환불 문의") -> None:
    """Fill the caller and every required field of form 2542 through the widgets' own API."""
    panel.caller.set_values({"usercode": usercode, "name": "김고객", "mail": "kim@example.com"})
    values = {
        "subject": subject,
        "content": "결제가 두 번 되었습니다.",
        "textbox": "kim77",
        "personalAgree": "true",
    }
    for code, value in values.items():
        widget = panel.form.widget_for(code)
        assert widget is not None, code
        widget.set_value(value)


def ticket_posts(sim: Any) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["method"] == "POST" and r["path"].endswith("/ticket.json")]


def tickets_with_subject(sim: Any, subject: str) -> list[dict[str, Any]]:
    with sim.state.lock:
        return [t for t in sim.state.tickets.values() if t["subject"] == subject]
