"""A wrong PC clock that the client silently corrects still shows in the status bar."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.status_bar import ShellStatusBar


def test_learned_clock_offset_reaches_the_status_bar(qtbot: Any, appctx: AppContext, sim: Any) -> None:
    bar = ShellStatusBar(appctx.session, appctx.runner)
    qtbot.addWidget(bar)
    bar.show()
    sim.set_clock_skew_ms(7 * 60_000)  # the server is 7 minutes ahead: the PC is behind
    client = appctx.session.client
    assert client is not None
    with qtbot.waitSignal(appctx.session.clock_skew_changed, timeout=5000) as blocker:
        appctx.runner.submit(lambda t: client.customer_tickets("cust-001", cancel=t.cancel))
    assert abs(blocker.args[0] - 7 * 60_000) < 5_000
    label = next(w for w in bar.findChildren(QLabel) if "PC clock" in w.text())
    assert label.isVisible() and "7 min behind" in label.text()
    # a later idle moment with the same offset does not announce it again
    seen: list[int] = []
    appctx.session.clock_skew_changed.connect(seen.append)
    appctx.runner.submit(lambda t: client.service(cancel=t.cancel))
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=5000)
    assert seen == []
