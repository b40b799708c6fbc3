"""``AttachmentList`` owns its transfers through a ``TaskScope``: they stop with the widget."""

from __future__ import annotations

from typing import Any

import pytest

from contiple_desktop.sim import SimServer
from contiple_desktop.tasks import download_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskHandle
from contiple_desktop.ui.attachment_list import AttachmentList

NOTICE = 1236  # seed: a PDF and a PNG attachment


def test_deleting_the_list_mid_download_cancels_it_and_delivers_nothing(
    qtbot: Any, appctx: AppContext, sim: SimServer, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[TaskHandle[Any]] = []
    real = download_ops.download_attachment

    def recording(*args: Any, **kwargs: Any) -> TaskHandle[Any]:
        started.append(real(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(download_ops, "download_attachment", recording)
    attachments = client.notice(NOTICE).attachments
    widget = AttachmentList(appctx, kind="notice")
    widget.set_attachments("notice", attachments)
    opened: list[object] = []
    widget.opener = opened.append
    sim.faults.latency(0.4, "*/notice/attachments/*", times=1)
    widget.open_current()
    assert widget.busy
    [handle] = started
    widget.deleteLater()
    qtbot.waitUntil(lambda: handle.cancelled, timeout=2000)
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=3000)
    assert opened == []
