"""Help Center errors are inline, with Retry, and never a dialog (issue 12, item 5).

F5 while the service cannot be reached used to open a focus-stealing pop-up ("Occurrences: 3")
and still say "Refreshed."; now the list and the reading pane show the one inline error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from contiple_desktop.ui.inline_error import InlineError
from tests.ui.dialogs import open_dialogs
from tests.ui.helpcenter.helpers import by_name


def test_f5_without_a_connection_is_inline_with_retry_and_no_dialog(
    make_panel: Any, qtbot: Any, sim: Any, reported_errors: list[BaseException]
) -> None:
    panel = make_panel()
    tab = panel.faq
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        tab.list.setCurrentIndex(tab.model.index(0, 1))
    tab.search.setFocus()
    sim.faults.drop_before("*", times=None)  # every request: the connection closes unanswered
    qtbot.keyClick(tab.search, Qt.Key.Key_F5)
    assert panel.status.text() != "Refreshed."
    error = by_name(tab, InlineError, "List error")
    qtbot.waitUntil(lambda: error.isVisible() and not panel.busy.isVisible(), timeout=10_000)
    assert error.title.text() == "Cannot reach Contiple"
    assert error.text.startswith("Could not load: Could not connect")
    assert panel.status.text() != "Refreshed."  # it did not refresh
    document_error = by_name(tab.detail, InlineError, "Document error")
    assert document_error.isVisible()
    assert open_dialogs() == [] and reported_errors == []
    assert tab.search.hasFocus()  # nothing took the focus away
    retry = by_name(error, QPushButton, "Retry")
    assert retry.isVisible()
    details = by_name(error, QPushButton, "Details")
    assert not error.details.isVisible()  # collapsed until asked for
    copy = by_name(error, QPushButton, "Copy details")
    assert not copy.isVisible()
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton)
    assert error.details.isVisible() and "NetworkError" in error.details.text()
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)  # what the hint asks for, beside the details
    assert QGuiApplication.clipboard().text() == error.details.text() and copy.text() == "Copied"

    sim.faults.clear()
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        qtbot.mouseClick(retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.busy.isVisible(), timeout=5000)
    assert not error.isVisible() and tab.model.rowCount() > 0
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        qtbot.mouseClick(by_name(document_error, QPushButton, "Retry"), Qt.MouseButton.LeftButton)
    assert not document_error.isVisible() and tab.detail.title.text()
    assert open_dialogs() == [] and reported_errors == []


def test_refreshed_is_said_only_after_a_refresh_that_worked(make_panel: Any, qtbot: Any) -> None:
    panel = make_panel()
    panel.refresh()
    assert panel.status.text() == "Refreshing\u2026"
    qtbot.waitUntil(lambda: panel.status.text() == "Refreshed.", timeout=5000)
    assert not by_name(panel.faq, InlineError, "List error").isVisible()


def test_a_detail_failure_offers_retry_in_the_reading_pane(
    make_panel: Any, qtbot: Any, sim: Any, reported_errors: list[BaseException]
) -> None:
    panel = make_panel()
    tab = panel.faq
    fault = sim.faults.http_500("*/helpdoc/detail/*", times=None)
    tab.list.setCurrentIndex(tab.model.index(1, 1))
    error = by_name(tab.detail, InlineError, "Document error")
    qtbot.waitUntil(lambda: error.isVisible() and not tab.busy, timeout=5000)
    assert error.text.startswith("Could not load")
    assert not by_name(tab, InlineError, "List error").isVisible()
    sim.faults.clear(fault)
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        by_name(error, QPushButton, "Retry").click()
    assert not error.isVisible()
    assert open_dialogs() == [] and reported_errors == []


def test_a_missing_document_gets_no_retry(make_panel: Any, qtbot: Any) -> None:
    panel = make_panel()
    tab = panel.faq
    tab.open_item(999_999)
    error = by_name(tab.detail, InlineError, "Document error")
    qtbot.waitUntil(lambda: error.isVisible() and not tab.busy, timeout=5000)
    assert not by_name(error, QPushButton, "Retry").isVisible()


def test_the_notices_tab_shows_the_same_inline_error(
    make_panel: Any, qtbot: Any, sim: Any, reported_errors: list[BaseException]
) -> None:
    panel = make_panel()
    fault = sim.faults.http_500("*/notice/list.json", times=None)
    panel.tabs.setCurrentIndex(1)
    tab = panel.notices
    error = by_name(tab, InlineError, "List error")
    qtbot.waitUntil(lambda: error.isVisible() and not tab.busy, timeout=5000)
    assert error.text.startswith("Could not load") and open_dialogs() == [] and reported_errors == []
    sim.faults.clear(fault)
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        by_name(error, QPushButton, "Retry").click()
    assert not error.isVisible() and tab.model.rowCount() > 0
