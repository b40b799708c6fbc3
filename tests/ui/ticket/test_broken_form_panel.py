"""Through the real panel and the simulator: an inquiry type whose definitions contain broken
fields still loads its form, says which fields cannot be shown, and files the ticket."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from contiple_desktop.sim import SimServer
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.ticket.conftest import FULL_FORM_TYPE, fill_required, tickets_with_subject
from tests.ui.ticket.helpers import find

BROKEN = [
    "not an object",
    {"code": "noFieldId", "type": "text", "title": "아이디 없는 필드"},
    {"fieldId": 990, "code": "payMethod", "type": "dropdown", "title": "결제 수단", "required": True,
     "options": None},
    {"fieldId": 991, "code": "rating", "type": "rating", "title": "<b>만족도</b>"},
]


def wire_form(sim: SimServer, category_id: int) -> list[Any]:
    """The simulator's own definitions of a type, as they come over the wire."""
    url = f"{sim.base_url}/{sim.service_id}/api/v2/ticket/field/user/{category_id}.json"
    with requests.get(url, params={"language": "ko"}, timeout=5) as answer:
        return list(answer.json()["result"]["contents"])


def form_status(panel: NewTicketPanel) -> str:
    return str(find(panel, QLabel, "Form status").text())


def test_a_type_with_broken_fields_still_loads_and_files(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer
) -> None:
    items = wire_form(sim, FULL_FORM_TYPE)
    with sim.state.lock:
        sim.state.field_overrides[FULL_FORM_TYPE] = [*items[:3], *BROKEN, *items[3:]]
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: form_status(panel) != "Loading the form\u2026", timeout=5000)
    assert form_status(panel) == ""  # the status line says nothing: the breadcrumb names the type
    assert str(find(panel, QLabel, "Inquiry type").text()).startswith("Inquiry type:")
    assert not find(panel, QLabel, "Submit result message").isVisible()  # no "proxy or login page"
    reasons = {
        lbl.accessibleName(): lbl.accessibleDescription()
        for lbl in panel.form.findChildren(QLabel)
        if lbl.accessibleDescription().startswith("This field cannot be shown")
    }
    assert set(reasons) == {"Unnamed field", "아이디 없는 필드", "결제 수단", "만족도"}
    assert "without options" in reasons["결제 수단"] and "It is required" in reasons["결제 수단"]
    warning = find(panel, QLabel, "Form warning")
    assert warning.isVisible() and "\u201c결제 수단\u201d" in warning.text()  # before any submit

    fill_required(panel, subject="고장난 양식으로 접수")
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: tickets_with_subject(sim, "고장난 양식으로 접수") != [], timeout=5000)
    [ticket] = tickets_with_subject(sim, "고장난 양식으로 접수")
    sent = {f["code"] for f in ticket.get("userFields") or []}
    assert not sent & {"noFieldId", "payMethod", "rating"}  # nothing is sent for them


def test_every_usable_field_is_still_there(qtbot: Any, panel: NewTicketPanel, sim: SimServer) -> None:
    items = wire_form(sim, FULL_FORM_TYPE)
    with sim.state.lock:
        sim.state.field_overrides[FULL_FORM_TYPE] = [*BROKEN, *items]
    assert panel.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: panel.form.widget_for("subject") is not None, timeout=5000)
    usable = {i["code"] for i in items} - {"name", "mail", "phone", "category"}
    assert usable <= {w.definition.code for w in panel.form.widgets() if w.definition.usable}
    assert find(panel, QCheckBox, "약관 동의: 이용약관에 동의합니다.") is not None
