"""The watch list through the main window: a ticket filed here is answered on the simulator
(``sim.agent_reply``) → a notification (masked) and the badge on "Customer history" (and, with
no system tray as here offscreen, a note in the status bar) → clicking the badge opens that
ticket, which marks it seen. Pinning ("Watch this ticket"), "Stop watching" and the retention."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QSpinBox, QToolButton

from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.desk.shell import DeskShell, desk_shell
from contiple_desktop.ui.desk.tray import Notice, WatchNotifier
from contiple_desktop.ui.desk.watch_view import WatchedWindow
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.desk.conftest import FAST_WATCH, MakeDesk, labelled, submit
from tests.ui.window import open_window

PHONE = "010-2345-6789"


def _badge(window: MainWindow) -> QToolButton:
    [badge] = [
        b for b in window.navigation.findChildren(QToolButton) if b.accessibleName() == "Ticket updates"
    ]
    return badge


def _shell(window: MainWindow) -> DeskShell:
    shell = desk_shell(window)
    assert shell is not None
    return shell


def _notifier(window: MainWindow) -> WatchNotifier:
    notifier = _shell(window).notifier
    assert notifier is not None
    return notifier


def _note(window: MainWindow) -> QToolButton:
    [note] = [b for b in window.status.findChildren(QToolButton) if b.objectName() == "watch-note"]
    return note


def _open(qtbot: Any, appctx: AppContext, make_desk: MakeDesk) -> tuple[MainWindow, Any]:
    desk = make_desk(appctx, FAST_WATCH)
    window = open_window(qtbot, appctx)
    window.go("ticket")
    qtbot.waitUntil(lambda: window.ticket.picker.model.rowCount() > 0, timeout=5000)
    return window, desk


def test_an_answer_notifies_badges_and_opens_the_ticket(
    qtbot: Any, appctx: AppContext, make_desk: MakeDesk, sim: SimServer
) -> None:
    window, desk = _open(qtbot, appctx, make_desk)
    with qtbot.waitSignal(window.ticket.ticket_submitted, timeout=5000) as filed:
        submit(qtbot, window, f"Call back on {PHONE} about the reset")
    ticket_id = filed.args[0]
    assert desk.watch.is_watched(ticket_id)
    assert not _badge(window).isVisible()
    with qtbot.waitSignal(_notifier(window).notified, timeout=5000) as shown:
        sim.agent_reply(ticket_id, "재설정 메일을 다시 보냈습니다.", status="reply")
    notice = shown.args[0]
    assert isinstance(notice, Notice) and notice.ticket_id == ticket_id and notice.usercode == "cust-002"
    assert notice.title == f"New answer on ticket {ticket_id}"
    assert "010-2345-****" in notice.body and "6789" not in notice.body  # masked personal data
    assert _badge(window).isVisible() and _badge(window).text() == "1"
    assert not _notifier(window).uses_tray
    assert _note(window).isVisible()  # no system tray offscreen: the status bar says it

    window.go("helpcenter")
    qtbot.mouseClick(_badge(window), Qt.MouseButton.LeftButton)
    assert window.current_area == "history"
    detail = window.history.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.ticket_id == ticket_id, timeout=5000)
    qtbot.waitUntil(lambda: not _badge(window).isVisible(), timeout=2000)  # opened: seen
    assert desk.watch.unseen_count == 0 and not _note(window).isVisible()
    assert labelled(detail, QPushButton, "Stop watching").isVisible()


def test_pin_a_ticket_then_stop_watching_and_set_the_retention(
    qtbot: Any, appctx: AppContext, make_desk: MakeDesk, sim: SimServer
) -> None:
    window, desk = _open(qtbot, appctx, make_desk)
    with sim.state.lock:
        ticket_id = next(
            t["ticketId"] for t in sim.state.tickets.values()
            if t["usercode"] == "cust-001" and t["status"] in ("new", "open")
        )  # fmt: skip
    appctx.bus.show_ticket.emit("cust-001", ticket_id)
    detail = window.history.detail
    qtbot.waitUntil(lambda: detail.detail is not None and detail.detail.ticket_id == ticket_id, timeout=5000)
    labelled(detail, QPushButton, "Watch this ticket").click()
    assert desk.watch.is_watched(ticket_id)
    with qtbot.waitSignal(desk.watch.changed, timeout=5000) as changed:
        sim.set_status(ticket_id, "solved")
    assert changed.args[0].new_status == "solved" and not changed.args[0].new_reply

    qtbot.keyClick(
        window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: desk.watch.unseen_count == 0, timeout=5000)  # "Latest ticket update" opened it

    _shell(window).run("watched")
    [view] = [w for w in QApplication.topLevelWidgets() if isinstance(w, WatchedWindow) and w.isVisible()]
    qtbot.addWidget(view)
    spin = labelled(view, QSpinBox, "Days a quiet ticket stays watched")
    assert spin.value() == 7
    spin.setValue(3)
    assert desk.watch.retention_days == 3
    labelled(view, QPushButton, "Stop watching the ticket").click()
    assert not desk.watch.is_watched(ticket_id)
    assert labelled(detail, QPushButton, "Watch this ticket").isVisible()
    view.close()
