"""The spam-limit guard in the new-ticket form: with ``spam_blocking`` in the profile the agent is
warned inline *before* the 3rd ticket within a minute (limit, count, when it frees up, the admin
setting) and chooses "Send anyway" or "Queue it"; a refusal (1001) is remembered and warned
about at the next submit. Never a modal."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.outbox import Pause
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.fixtures.appctx import MakeAppContext
from tests.ui.desk.conftest import MakeDesk, labelled, submit
from tests.ui.ticket.conftest import ticket_posts, tickets_with_subject
from tests.ui.window import open_window

SETTING = "Service Management \u25b8 Security \u25b8 Spam Management \u25b8 Spam inquiry blocking"


def _open(
    qtbot: Any, make_appctx: MakeAppContext, profile: ConnectionProfile, client: Any, make_desk: MakeDesk
) -> tuple[MainWindow, Any]:
    """A window on a profile that says the service blocks spam, with two tickets filed."""
    ctx = make_appctx(profile.with_changes(spam_blocking=True), client)
    desk = make_desk(ctx)
    window = open_window(qtbot, ctx)
    window.go("ticket")
    qtbot.waitUntil(lambda: window.ticket.picker.model.rowCount() > 0, timeout=5000)
    for n in (1, 2):
        with qtbot.waitSignal(window.ticket.ticket_submitted, timeout=5000):
            submit(qtbot, window, f"spam guard {n}")
    return window, desk


def _warning(window: MainWindow) -> str:
    return str(labelled(window.ticket, QLabel, "Spam limit warning message").text())


def test_warned_before_the_third_ticket_within_a_minute_then_queued(
    qtbot: Any, make_appctx: MakeAppContext, demo_profile: ConnectionProfile, client: Any,
    make_desk: MakeDesk, sim: SimServer,
) -> None:  # fmt: skip
    sim.config.spam_blocking = True
    window, desk = _open(qtbot, make_appctx, demo_profile, client, make_desk)
    submit(qtbot, window, "spam guard 3")
    text = _warning(window)
    assert "3rd ticket within a minute" in text and "(2 so far)" in text and "code 1001" in text
    assert "One more can be filed at" in text and SETTING in text
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
    assert len(ticket_posts(sim)) == 2, "held before the POST"
    queue = labelled(window.ticket, QPushButton, "Queue it")
    assert QApplication.focusWidget() is queue
    queue.click()
    qtbot.waitUntil(lambda: window.ticket.caller.usercode() == "", timeout=5000)  # on disk: cleared
    qtbot.waitUntil(lambda: desk.outbox.status.pause is Pause.SPAM_PACING, timeout=5000)  # paces itself
    assert len(ticket_posts(sim)) == 2 and desk.outbox.count_pending == 1


def test_send_anyway_is_refused_and_the_block_is_warned_about_next_time(
    qtbot: Any, make_appctx: MakeAppContext, demo_profile: ConnectionProfile, client: Any,
    make_desk: MakeDesk, sim: SimServer,
) -> None:  # fmt: skip
    sim.config.spam_blocking = True
    window, desk = _open(qtbot, make_appctx, demo_profile, client, make_desk)
    submit(qtbot, window, "spam guard 3")
    labelled(window.ticket, QPushButton, "Send anyway").click()
    qtbot.waitUntil(lambda: len(ticket_posts(sim)) == 3 and not window.ticket.flow.busy, timeout=5000)
    assert ticket_posts(sim)[-1]["result_code"] == 1001
    block = desk.spam.block()
    assert block is not None and block.code == 1001
    assert labelled(window.ticket, QPushButton, "Queue and continue with the next caller").isEnabled()
    labelled(window.ticket, QPushButton, "Submit ticket").click()  # the same form again
    assert "blocks new tickets from this address (code 1001) until" in _warning(window)
    assert len(ticket_posts(sim)) == 3
    assert tickets_with_subject(sim, "spam guard 3") == []


def test_no_warning_when_the_profile_says_the_service_does_not_block(
    qtbot: Any, window: MainWindow, sim: SimServer
) -> None:
    for n in (1, 2, 3):
        with qtbot.waitSignal(window.ticket.ticket_submitted, timeout=5000):
            submit(qtbot, window, f"no guard {n}")
    assert not [
        w for w in window.ticket.findChildren(QLabel)
        if w.accessibleName() == "Spam limit warning message" and w.isVisibleTo(window.ticket)
    ]  # fmt: skip
    assert len(ticket_posts(sim)) == 3


def test_the_profile_form_says_whether_the_service_blocks_spam(
    qtbot: Any, demo_profile: ConnectionProfile
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from contiple_desktop.ui.profiles.form import ProfileForm

    form = ProfileForm()
    qtbot.addWidget(form)
    form.set_profile(demo_profile.with_changes(spam_blocking=True))
    box = labelled(form, QCheckBox, "The service blocks spam")
    assert box.isChecked() and form.profile().spam_blocking
    box.setChecked(False)
    assert not form.profile().spam_blocking
