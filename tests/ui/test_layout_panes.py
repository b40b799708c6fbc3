"""Panes sized from the screen and the content, remembered across restarts; the window sized from
the screen (issue 12, items 4 and 15)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QSplitter, QStyleOptionViewItem, QTableView, QWidget
from pytestqt.qtbot import QtBot

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.history.ticket_list_model import COL_CATEGORY, COL_UPDATED
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.window import named, open_window, wait_idle


def splitter_of(widget: QWidget) -> QSplitter:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QSplitter):
        parent = parent.parentWidget()
    assert isinstance(parent, QSplitter)
    return parent


def drag_handle(qtbot: QtBot, splitter: QSplitter, index: int, dx: int) -> None:
    """Drag the divider before pane ``index`` by ``dx`` pixels, as a person does."""
    handle = splitter.handle(index)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + QPoint(dx // 2, 0))
    qtbot.mouseMove(handle, middle + QPoint(dx, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(dx, 0))


def show_customer(qtbot: QtBot, window: MainWindow) -> QTableView:
    window.go("history")
    panel = window.history
    panel.show_customer("cust-001")
    table = named(panel, QTableView, "Tickets")
    qtbot.waitUntil(lambda: table.model().rowCount() > 0, timeout=10_000)
    return table


def test_the_window_opens_at_a_size_taken_from_the_screen() -> None:
    from contiple_desktop.ui.shell.window_state import default_size

    big = default_size(QSize(1920, 1050))
    assert big.width() > 1600 and big.height() > 900  # not 1280×800 on a 1920×1080 monitor
    assert big.width() <= 1920 and big.height() <= 1050
    for screen in (QSize(1366, 728), QSize(683, 384), QSize(800, 600)):
        size = default_size(screen)
        assert size.width() <= screen.width() and size.height() <= screen.height()
        assert size.width() >= screen.width() - 20  # a small screen is used nearly whole


def test_history_list_needs_no_sideways_scrolling_and_keeps_the_leaf(
    qtbot: QtBot, appctx: AppContext
) -> None:
    window = open_window(qtbot, appctx)
    table = show_customer(qtbot, window)
    wait_idle(qtbot, appctx)
    QApplication.processEvents()
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    updated = str(table.model().headerData(COL_UPDATED, Qt.Orientation.Horizontal))
    assert header.sectionSize(COL_UPDATED) >= QFontMetrics(header.font()).horizontalAdvance(updated)
    # the deepest inquiry path: cut, it loses its start, never its leaf; the tooltip says it all
    model = table.model()
    rows = [model.index(r, COL_CATEGORY) for r in range(model.rowCount())]
    index = max(rows, key=lambda i: len(str(i.data(Qt.ItemDataRole.ToolTipRole))))
    path = str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert " > " in path
    option = QStyleOptionViewItem()
    table.itemDelegateForColumn(COL_CATEGORY).initStyleOption(option, index)  # type: ignore[attr-defined]
    shown = QFontMetrics(table.font()).elidedText(
        path, option.textElideMode, header.sectionSize(COL_CATEGORY) - 8
    )
    assert shown.endswith(path.split(" > ")[-1])


def test_faq_titles_get_more_room_than_the_reading_pane(qtbot: QtBot, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    faq = window.helpcenter.faq
    qtbot.waitUntil(lambda: faq.model.rowCount() > 0, timeout=10_000)
    sizes = splitter_of(faq.list).sizes()
    assert sizes[1] > sizes[2] > 300, sizes  # the list, then a readable column for the document
    title = faq.list.horizontalHeader().sectionSize(faq.model.COL_TITLE)
    assert title >= QFontMetrics(faq.list.font()).averageCharWidth() * 40
    tip = faq.model.index(0, faq.model.COL_CATEGORY).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == faq.model.index(0, faq.model.COL_CATEGORY).data()  # an elided category says it all


def test_splitter_positions_survive_a_restart(qtbot: QtBot, appctx: AppContext) -> None:
    first = open_window(qtbot, appctx)
    table = show_customer(qtbot, first)
    splitter = splitter_of(table)
    before = splitter.sizes()
    drag_handle(qtbot, splitter, 1, 120)
    moved = splitter.sizes()
    assert moved[0] > before[0] + 60
    wait_idle(qtbot, appctx)
    first.save_state()
    first.close()
    second = open_window(qtbot, appctx)
    second.go("history")
    again = splitter_of(named(second.history, QTableView, "Tickets"))
    qtbot.waitUntil(lambda: again.sizes()[0] > 0)
    assert abs(again.sizes()[0] - moved[0]) <= 2, (again.sizes(), moved)
    wait_idle(qtbot, appctx)


def test_deep_category_names_show_whole(qtbot: QtBot, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    faq = window.helpcenter.faq
    qtbot.waitUntil(lambda: faq.tree.model().rowCount() > 0, timeout=10_000)
    faq.tree.expandAll()
    QApplication.processEvents()
    model, metrics, width = faq.tree.model(), faq.tree.fontMetrics(), faq.tree.viewport().width()
    cut: list[str] = []
    pending = [model.index(r, 0) for r in range(model.rowCount())]
    while pending:
        index = pending.pop()
        pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]
        text = str(index.data())
        if faq.tree.visualRect(index).left() + metrics.horizontalAdvance(text) + 8 > width:
            cut.append(text)
    assert cut == []
