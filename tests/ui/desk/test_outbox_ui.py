"""The outbox through the main window, against the simulator: a submit that fails is queued with
one key, the form is cleared once the item is on disk, and the outbox files it exactly once —
after a network cut mid-submit, after a 1001 refusal (replay waits), after an ambiguous drop.

A kill -9 during replay is covered by the engine tests (``tests/tasks/test_outbox_crash.py``:
killed while the create is in flight, while uploading, the moment it was filed).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QToolButton, QTreeWidget

from contiple_desktop.domain.outbox import AttentionReason, ItemState
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.desk import DeskEngines
from contiple_desktop.tasks.outbox import Pause
from contiple_desktop.tasks.send_once import local_now_ms
from contiple_desktop.ui.desk.outbox_view import OutboxWindow
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.desk.conftest import CREATE, labelled, result_text, submit
from tests.ui.ticket.conftest import ticket_posts, tickets_with_subject
from tests.ui.window import named

QUEUE = "Queue and continue with the next caller"


def _offer(window: MainWindow) -> QPushButton | None:
    hits = [
        b for b in window.ticket.findChildren(QPushButton)
        if b.accessibleName() == QUEUE and b.isVisibleTo(window.ticket) and b.isEnabled()
    ]  # fmt: skip
    return hits[0] if hits else None


def _outbox_button(window: MainWindow) -> QToolButton:
    [button] = [b for b in window.status.findChildren(QToolButton) if b.objectName() == "outbox-count"]
    return button


def _form_is_empty(window: MainWindow) -> bool:
    subject = window.ticket.form.widget_for("subject")
    return window.ticket.caller.usercode() == "" and (subject is None or subject.value() == "")


def _open_outbox(qtbot: Any, window: MainWindow) -> OutboxWindow:
    qtbot.keyClick(
        window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    [view] = [w for w in QApplication.topLevelWidgets() if isinstance(w, OutboxWindow) and w.isVisible()]
    qtbot.addWidget(view)
    return view


def test_network_cut_mid_submit_queue_then_restored_files_exactly_one(
    qtbot: Any, window: MainWindow, desk: DeskEngines, sim: SimServer
) -> None:
    slow = sim.faults.latency(1.0, CREATE, method="POST", times=1)
    before = local_now_ms()
    submit(qtbot, window, "cut mid-submit")
    qtbot.waitUntil(lambda: slow.hits == 1, timeout=5000)  # the create reached the server: cut now
    sent_by = local_now_ms()
    sim.stop()
    qtbot.waitUntil(lambda: _offer(window) is not None, timeout=15000)
    assert "connection dropped" in result_text(window)
    button = _offer(window)
    assert button is not None and QApplication.focusWidget() is button  # one key: Enter/Space
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not _form_is_empty(window), "kept until the outbox has it on disk"
    qtbot.waitUntil(lambda: _form_is_empty(window), timeout=5000)  # then cleared
    assert "Kept in the outbox" in result_text(window)
    [item] = desk.outbox.items()
    assert item.maybe_sent and item.ticket.subject == "cut mid-submit"
    assert item.since_ms is not None and before <= item.since_ms <= sent_by  # looked for from the send on
    assert _outbox_button(window).isVisible() and _outbox_button(window).text() == "Outbox: 1"
    assert tickets_with_subject(sim, "cut mid-submit") == []

    sim.config.port = sim.port
    sim.start()  # the network is back: the outbox finds out and files it on its own
    qtbot.waitUntil(lambda: desk.outbox.items()[0].state is ItemState.SENT, timeout=15000)
    [server] = tickets_with_subject(sim, "cut mid-submit")
    assert desk.outbox.items()[0].ticket_id == server["ticketId"]
    assert [p["status"] for p in ticket_posts(sim)] == [None, 200]  # the cut one never took effect
    assert not _outbox_button(window).isVisible()
    view = _open_outbox(qtbot, window)
    assert labelled(view, QLineEdit, "Filed ticket ID").text() == server["ticketId"]
    view.close()


def test_1001_on_the_third_ticket_is_queued_and_replay_waits(
    qtbot: Any, window: MainWindow, desk: DeskEngines, sim: SimServer
) -> None:
    sim.config.spam_blocking = True  # the service blocks; this profile does not know it
    for n in (1, 2):
        with qtbot.waitSignal(window.ticket.ticket_submitted, timeout=5000):
            submit(qtbot, window, f"busy morning {n}")
    submit(qtbot, window, "busy morning 3")
    qtbot.waitUntil(lambda: _offer(window) is not None, timeout=5000)
    assert "code 1001" in result_text(window)
    block = desk.spam.block()
    assert block is not None and block.code == 1001  # recorded: the next submit is warned about
    _offer(window).click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: _form_is_empty(window), timeout=5000)
    qtbot.waitUntil(lambda: desk.outbox.status.pause is Pause.SPAM_BLOCKED, timeout=5000)
    assert [p["result_code"] for p in ticket_posts(sim)] == [200, 200, 1001]
    view = _open_outbox(qtbot, window)
    status = labelled(view, QLabel, "Outbox status").text()
    assert "Blocked by spam protection (code 1001) until" in status
    assert "Service Management \u25b8 Security \u25b8 Spam Management \u25b8 Spam inquiry blocking" in status
    rows = labelled(view, QTreeWidget, "Queued tickets")
    assert rows.topLevelItemCount() == 1 and rows.topLevelItem(0).text(0) == "Waiting"
    assert tickets_with_subject(sim, "busy morning 3") == []
    assert len(ticket_posts(sim)) == 3, "replay waits for the block to end"
    view.close()


def test_the_same_item_after_an_ambiguous_drop_is_filed_once(
    qtbot: Any, window: MainWindow, desk: DeskEngines, sim: SimServer
) -> None:
    sim.faults.drop_after(CREATE, method="POST", times=1)  # created, the answer lost
    sim.faults.drop_before("*/list.json", times=3)  # and the live check right after fails too
    submit(qtbot, window, "dropped after")
    qtbot.waitUntil(lambda: _offer(window) is not None, timeout=10000)
    _offer(window).click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: bool(desk.outbox.items()) and desk.outbox.items()[0].state is ItemState.SENT,
                    timeout=10000)  # fmt: skip
    [server] = tickets_with_subject(sim, "dropped after")
    item = desk.outbox.items()[0]
    assert item.ticket_id == server["ticketId"] and item.found_by_lookup
    assert len(ticket_posts(sim)) == 1, "the outbox found it and created nothing"


def test_a_guest_ticket_that_may_have_arrived_waits_for_the_agent(
    qtbot: Any, window: MainWindow, desk: DeskEngines, sim: SimServer
) -> None:
    sim.faults.drop_before(CREATE, method="POST", times=1)  # unclear for the app; not processed
    submit(qtbot, window, "guest call", usercode="")
    qtbot.waitUntil(lambda: _offer(window) is not None, timeout=10000)
    _offer(window).click()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: desk.outbox.count_attention == 1, timeout=5000)
    [item] = desk.outbox.items()
    assert item.attention is not None and item.attention.reason is AttentionReason.MAYBE_SENT_NO_USERCODE
    assert _outbox_button(window).text().startswith("Outbox: 1 \u00b7 1 need")  # (plural from the catalogue)
    qtbot.mouseClick(_outbox_button(window), Qt.MouseButton.LeftButton)  # the status bar opens it
    [view] = [w for w in QApplication.topLevelWidgets() if isinstance(w, OutboxWindow) and w.isVisible()]
    qtbot.addWidget(view)
    assert "without a user code" in labelled(view, QLabel, "Outbox item state").text()
    assert not [
        b for b in view.findChildren(QPushButton) if b.accessibleName() == "Retry" and b.isVisibleTo(view)
    ]
    assert len(ticket_posts(sim)) == 1, "never replayed blindly"
    labelled(view, QPushButton, "It was not sent").click()  # the agent checked the console
    qtbot.waitUntil(lambda: desk.outbox.items()[0].state is ItemState.SENT, timeout=8000)
    assert len(tickets_with_subject(sim, "guest call")) == 1
    assert named(view, QLineEdit, "Filed ticket ID").text() == desk.outbox.items()[0].ticket_id
    view.close()
