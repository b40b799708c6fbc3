"""The app asks the server only what it must: exact request counts from the simulator's log.

Start-up of the real application (demo) makes exactly three requests — the service detail
(languages; the status bar's service name and the smoke test share it), the FAQ categories and
the first FAQ page, because the Help Center is the area shown. Nothing for the hidden Notices
tab, nothing for the areas not opened (they may be built while idle, without data).

Filing one ticket of type 2542 (every field type) with five attachments for caller cust-003 makes
exactly nine: the inquiry types (the area's first use), the caller's recent tickets (typed once,
debounced), the form of 2542, five uploads, the ticket — and nothing after it (the form starts
over for the next caller; its recent-tickets column is cleared, not listed again).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from contiple_desktop.app import Application
from contiple_desktop.cli import Options
from contiple_desktop.paths import AppPaths
from contiple_desktop.sim import seed_files
from tests.ui.window import named

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def demo_app(qapp: QApplication, tmp_path: Path) -> Iterator[Application]:
    app = Application(
        Options(demo=True, lang="en"), AppPaths.under(tmp_path / "base").ensure(), qapp, quit_app=False
    )
    yield app
    app.window.close()
    app.shutdown()


def _paths(app: Application) -> Counter[str]:
    assert app.sim is not None
    return Counter(r["path"].removeprefix(f"/{app.sim.service_id}") for r in app.sim.requests())


def _idle(app: Application) -> bool:
    return all(lane.active_count == 0 for lane in app.ctx.lanes)


def _start(qtbot: QtBot, app: Application) -> None:
    app.window.resize(1366, 768)
    app.start()
    qtbot.waitExposed(app.window)
    label = app.window.status.connection_label
    qtbot.waitUntil(
        lambda: app.window.built("helpcenter") is not None
        and app.window.helpcenter.faq.model.rowCount() > 0
        and "Service: " in label.text()
        and _idle(app),
        timeout=10_000,
    )


def test_start_up_asks_for_exactly_the_shown_area(qtbot: QtBot, demo_app: Application) -> None:
    _start(qtbot, demo_app)
    assert _paths(demo_app) == {
        "/api/v2/service.json": 1,
        "/api/v2/helpdoc/categories.json": 1,
        "/api/v2/helpdoc/list.json": 1,
    }


def _files(base: Path) -> list[Path]:
    specs = {
        "screen-1.png": seed_files.png(64, 40),
        "screen-2.png": seed_files.png(80, 48, (200, 80, 60)),
        "receipt.pdf": seed_files.pdf("Receipt"),
        "steps.txt": seed_files.txt("1. Pay\n2. The app closes\n"),
        "log.txt": seed_files.txt("payment ok; app exited\n"),
    }
    for name, data in specs.items():
        (base / name).write_bytes(data)
    return [base / name for name in specs]


def test_filing_a_ticket_with_five_attachments_asks_for_exactly_what_it_needs(
    qtbot: QtBot, demo_app: Application, tmp_path: Path
) -> None:
    _start(qtbot, demo_app)
    assert demo_app.sim is not None
    demo_app.sim.clear_requests()
    window = demo_app.window
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.built("ticket") is not None, timeout=5000)
    panel = window.ticket
    qtbot.waitUntil(lambda: panel.picker.model.rowCount() > 0, timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    with qtbot.waitSignal(panel.recent.loaded, timeout=5000):
        qtbot.keyClicks(named(panel.caller, QLineEdit, "User code"), "cust-003")
    assert panel.picker.select(2542)
    qtbot.waitUntil(lambda: panel.form.widget_for("subject") is not None, timeout=5000)
    panel.caller.set_values({"name": "박지호", "mail": "jiho@example.com"})
    values = {"subject": "Counted", "content": "The app closes after paying.", "textbox": "jiho",
              "personalAgree": "true"}  # fmt: skip
    for code, value in values.items():
        widget = panel.form.widget_for(code)
        assert widget is not None, code
        widget.set_value(value)
    panel.tray.add_files(_files(tmp_path))
    qtbot.waitUntil(lambda: len(panel.tray.attachment_ids()) == 5 and not panel.tray.busy(), timeout=10_000)
    with qtbot.waitSignal(panel.ticket_submitted, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Return, CTRL)
    with qtbot.waitSignal(panel.caller.usercode_settled, timeout=5000):  # the reset caller settles
        pass
    qtbot.waitUntil(lambda: _idle(demo_app), timeout=5000)
    made: dict[str, Any] = dict(_paths(demo_app))
    assert made == {
        "/api/v2/ticket/categories.json": 1,
        "/openapi/v1/ticket/enduser/cust-003/list.json": 1,
        "/api/v2/ticket/field/user/2542.json": 1,
        "/openapi/v1/ticket/attachments/upload.json": 5,
        "/openapi/v1/ticket.json": 1,
    }
