"""The ticket form's error banner is worded and shaped like every inline error (issue 12, item 5):
the same warning icon, the plain words, and the facts for IT behind "Details" (collapsed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from contiple_desktop.sim import SimServer
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.dialogs import open_dialogs
from tests.ui.ticket.conftest import FULL_FORM_TYPE, choose_type, fill_required
from tests.ui.ticket.helpers import find

TICKET = "*/openapi/v1/ticket.json"


def test_a_failed_send_shows_icon_words_and_details_on_demand(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer, reported_errors: list[BaseException]
) -> None:
    choose_type(qtbot, panel)
    fill_required(panel, subject="500 details")
    panel.show()
    sim.faults.http_500(TICKET, times=1)
    find(panel, QPushButton, "Submit ticket").click()
    qtbot.waitUntil(lambda: panel.result.kind == "error" and panel.submit_button.isEnabled(), timeout=5000)
    details_button = find(panel, QPushButton, "Details")
    details = find(panel, QLabel, "Error details")
    assert details_button.isVisible() and not details.isVisible()
    assert panel.result.icon.isVisible()
    qtbot.mouseClick(details_button, Qt.MouseButton.LeftButton)
    assert details.isVisible() and "ServerError" in details.text()
    copy = find(panel, QPushButton, "Copy details")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == details.text() and "ServerError" in copied and sim.api_key not in copied
    assert open_dialogs() == [] and reported_errors == []


def test_a_validation_listing_has_no_details(qtbot: Any, panel: NewTicketPanel) -> None:
    choose_type(qtbot, panel)
    panel.show()
    find(panel, QPushButton, "Submit ticket").click()
    assert panel.result.kind == "error" and panel.result.icon.isVisible()
    assert not find(panel, QPushButton, "Details").isVisible()


def test_a_form_that_could_not_load_offers_retry(
    qtbot: Any, panel: NewTicketPanel, sim: SimServer, reported_errors: list[BaseException]
) -> None:
    panel.show()
    sim.faults.drop_before("*/ticket/field/user/*", times=None)
    panel.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: panel.result.kind == "error" and panel.result.isVisible(), timeout=10_000)
    retry = find(panel.result, QPushButton, "Retry")
    assert retry.isVisible() and panel.result.icon.isVisible()
    assert open_dialogs() == [] and reported_errors == []
    sim.faults.clear()
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.form.widget_for("subject") is not None, timeout=5000)
    assert not panel.result.isVisible()
