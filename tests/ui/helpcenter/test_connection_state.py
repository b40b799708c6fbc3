"""One connection state in the status bar, from what the requests of the areas met (issue 12, item 5):
offline while nothing reaches the service, "retrying in N s" after a 503 with Retry-After
(counting down), online again once an answer comes — and never a dialog meanwhile."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.inline_error import InlineError
from contiple_desktop.ui.shell.status_bar import ShellStatusBar
from tests.ui.dialogs import open_dialogs
from tests.ui.helpcenter.helpers import by_name


def test_status_bar_follows_the_faults_as_they_come_and_go(
    make_panel: Any, qtbot: Any, sim: Any, appctx: AppContext, reported_errors: list[BaseException]
) -> None:
    bar = ShellStatusBar(appctx.session, appctx.runner, link=appctx.link)
    qtbot.addWidget(bar)
    bar.show()
    state = by_name(bar, QLabel, "Connection state")
    assert not state.isVisible()  # nothing asked yet on this connection
    panel = make_panel()
    tab = panel.faq
    assert bar.link_text == "Online" and state.isVisible()
    error = by_name(tab, InlineError, "List error")
    retry = by_name(error, QPushButton, "Retry")

    sim.faults.drop_before("*", times=None)
    panel.refresh()
    qtbot.waitUntil(lambda: error.isVisible() and not panel.busy.isVisible(), timeout=10_000)
    assert bar.link_text == "Offline \u2014 cannot reach Contiple"

    sim.faults.clear()
    sim.faults.unavailable("*", retry_after=30, times=None)  # longer than the client waits by itself
    qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "retrying in" in bar.link_text, timeout=10_000)
    match = re.fullmatch(r"Contiple is busy \u2014 retrying in (\d+) s", bar.link_text)
    assert match is not None and 1 <= int(match.group(1)) <= 30
    qtbot.waitUntil(lambda: not panel.busy.isVisible(), timeout=5000)
    assert error.isVisible() and "Trying again in" in error.message.text()  # the area counts down too
    first = int(match.group(1))
    qtbot.waitUntil(lambda: bar.link_text != match.group(0), timeout=3000)  # it counts down
    assert int(re.findall(r"\d+", bar.link_text)[0]) < first

    sim.faults.clear()
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.link_text == "Online", timeout=5000)
    assert not error.isVisible()
    assert open_dialogs() == [] and reported_errors == []
