"""Attachments: Open (download to cache + system handler), Save as…, Cancel; bytes match the server's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from contiple_desktop.ui.inline_error import InlineError
from tests.ui.helpcenter.helpers import by_name, calls

NOTICE = 1236  # seed: a PDF and a PNG attachment


def _open_notice(make_panel: Any, qtbot: Any) -> Any:
    panel = make_panel(page_size=50)
    panel.tabs.setCurrentWidget(panel.notices)
    with qtbot.waitSignal(panel.notices.detail_shown, timeout=5000):
        panel.notices.open_item(NOTICE)
    return panel.notices.detail.attachments


def test_open_downloads_into_cache_and_hands_to_system(
    make_panel: Any, qtbot: Any, sim: Any, opened_urls: Any, appctx: Any
) -> None:
    attachments = _open_notice(make_panel, qtbot)
    assert attachments.list.count() == 2
    first = attachments.current_attachment()
    assert first.file_name == f"notice-{NOTICE}.pdf"
    assert "KB" in attachments.list.item(0).text() or " B" in attachments.list.item(0).text()
    open_button = by_name(attachments, QPushButton, "Open attachment")
    with qtbot.waitSignal(attachments.opened, timeout=5000) as done:
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    path: Path = done.args[0]
    assert path.read_bytes() == sim.state.attachments[first.attachment_id]["data"]
    assert appctx.paths.cache_dir in path.parents
    assert [u.toLocalFile() for u in opened_urls.urls] == [str(path)]
    assert not attachments.progress.isVisible()
    # a second Open reuses the complete cached copy: no new download
    with qtbot.waitSignal(attachments.opened, timeout=5000):
        attachments.open_current()
    assert len(calls(sim, f"/notice/attachments/{first.attachment_id}")) == 1


def test_save_as_into_a_chosen_folder_never_overwrites(
    make_panel: Any, qtbot: Any, sim: Any, tmp_path: Path
) -> None:
    attachments = _open_notice(make_panel, qtbot)
    attachments.list.setCurrentRow(1)
    png = attachments.current_attachment()
    target = tmp_path / "saved"
    target.mkdir()
    saved: list[Path] = []
    for _ in range(2):
        qtbot.mouseClick(by_name(attachments, QPushButton, "Save attachment as"), Qt.MouseButton.LeftButton)
        dialog = attachments.findChild(QFileDialog, "attachment-save-dialog")
        assert dialog is not None and dialog.isVisible()
        with qtbot.waitSignal(attachments.saved, timeout=5000) as done:
            dialog.setDirectory(str(target))
            dialog.selectFile(str(target))
            dialog.accept()
        saved.append(done.args[0])
        qtbot.waitUntil(lambda: attachments.findChild(QFileDialog, "attachment-save-dialog") is None)
    assert [p.name for p in saved] == ["logo_footer.png", "logo_footer (1).png"]
    for p in saved:
        assert p.parent == target
        assert p.read_bytes() == sim.state.attachments[png.attachment_id]["data"]
    assert not list(target.glob("*.part"))


def test_cancel_stops_a_slow_download(
    make_panel: Any, qtbot: Any, sim: Any, opened_urls: Any, appctx: Any,
    reported_errors: list[BaseException],
) -> None:
    attachments = _open_notice(make_panel, qtbot)
    sim.faults.latency(0.6, "*/notice/attachments/*", times=1)
    opened: list[Path] = []
    attachments.opened.connect(opened.append)
    with qtbot.waitSignal(attachments.busy_changed, timeout=2000):
        attachments.open_current()
    assert attachments.progress.isVisible() and attachments.cancel_button.isEnabled()
    with qtbot.waitSignal(attachments.busy_changed, timeout=2000) as stopped:
        qtbot.mouseClick(by_name(attachments, QPushButton, "Cancel download"), Qt.MouseButton.LeftButton)
    assert stopped.args == [False]
    assert not attachments.progress.isVisible() and attachments.open_button.isEnabled()
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=5000)
    assert opened == [] and opened_urls.urls == []
    assert reported_errors == []
    assert not [p for p in appctx.paths.cache_dir.rglob("*") if p.is_file()]


def test_a_failed_download_is_inline_with_retry(
    make_panel: Any, qtbot: Any, sim: Any, opened_urls: Any, appctx: Any,
    reported_errors: list[BaseException],
) -> None:
    attachments = _open_notice(make_panel, qtbot)
    fault = sim.faults.http_500("*/notice/attachments/*", times=None)
    opened: list[Path] = []
    attachments.opened.connect(opened.append)
    attachments.open_current()
    error = by_name(attachments, InlineError, "Download error")
    qtbot.waitUntil(lambda: error.isVisible() and not attachments.busy, timeout=5000)
    assert error.text.startswith("Could not download \u201c") and reported_errors == []
    sim.faults.clear(fault)
    with qtbot.waitSignal(attachments.opened, timeout=5000):
        qtbot.mouseClick(by_name(error, QPushButton, "Retry"), Qt.MouseButton.LeftButton)
    assert not error.isVisible() and len(opened) == 1 and reported_errors == []
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=5000)
