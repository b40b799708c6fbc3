"""``AttachmentList`` owns its transfers through a ``TaskScope``: they stop with the widget."""

from __future__ import annotations

from typing import Any

import pytest

from contiple_desktop.domain.models import Attachment
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


def test_server_file_names_show_their_hidden_characters(qtbot: Any, offline_appctx: AppContext) -> None:
    widget = AttachmentList(offline_appctx, kind="ticket")
    qtbot.addWidget(widget)
    spoof = Attachment("b" * 32, "invoice\u202efdp.exe", "application/x-msdownload", 2048)
    widget.set_attachments("ticket", [spoof])
    item = widget.list.item(0)
    assert item.text() == "invoice\u2039U+202E\u203afdp.exe  (2.0 KB)"
    assert item.toolTip() == "invoice\u2039U+202E\u203afdp.exe\napplication/x-msdownload"
    assert widget.current_attachment() == spoof  # the data is untouched
