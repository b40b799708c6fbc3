"""The ticket list's cells (kept in C++ by TicketListModel): every role a view, a screen reader or
the panel asks for, read-only flags, one insert signal per page, and in-place updates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from contiple_desktop.domain.models import Page, TicketDetail, TicketSummary
from contiple_desktop.tasks.history_ops import TicketQuery
from contiple_desktop.ui.history.status import STATUS_ROLE, StatusPillDelegate, status_label
from contiple_desktop.ui.history.ticket_list_model import (
    COL_CATEGORY,
    COL_CREATED,
    COL_ID,
    COL_STATUS,
    COL_SUBJECT,
    TICKET_ID_ROLE,
    TICKET_ROLE,
    TicketListModel,
)

TICKET = TicketSummary(
    ticket_id="T1", subject="Card declined", category_id=7, category_full_name="Payment>Card",
    status="open", created_ms=1_796_000_000_000, updated_ms=1_796_000_100_000,
)  # fmt: skip


def loaded(*tickets: TicketSummary) -> tuple[TicketListModel, list[Any]]:
    calls: list[Any] = []
    model = TicketListModel(lambda *args: calls.append(args), page_size=len(tickets))
    model.set_query(TicketQuery("u"))
    calls[0][3](Page(items=tickets, total=len(tickets), pages=1, page_num=1, page_size=len(tickets)))
    return model, calls


def test_every_cell_answers_texts_tooltips_status_and_ticket(qtmodeltester: Any) -> None:
    model, _ = loaded(TICKET)
    display, accessible, tip = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                                Qt.ItemDataRole.ToolTipRole)  # fmt: skip
    assert model.index(0, COL_SUBJECT).data(display) == "Card declined"
    assert model.index(0, COL_STATUS).data(display) == status_label("open")
    assert model.index(0, COL_STATUS).data(STATUS_ROLE) == "open"
    assert model.index(0, COL_SUBJECT).data(STATUS_ROLE) is None
    assert model.index(0, COL_CATEGORY).data(display) == "Payment > Card"
    assert model.index(0, COL_CATEGORY).data(tip) == "Payment > Card"
    assert model.index(0, COL_CREATED).data(tip)  # the time as well as the date
    assert model.index(0, COL_ID).data(tip) is None
    for col in range(model.columnCount()):
        index = model.index(0, col)
        assert index.data(accessible) == index.data(display)
        assert index.data(TICKET_ROLE) == TICKET and index.data(TICKET_ID_ROLE) == "T1"
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert index.flags() & Qt.ItemFlag.ItemIsSelectable
    assert model.headerData(COL_SUBJECT, Qt.Orientation.Horizontal) == "Subject"
    qtmodeltester.check(model)


def test_a_page_is_one_insert_and_a_new_query_empties_the_list() -> None:
    calls: list[Any] = []
    model = TicketListModel(lambda *args: calls.append(args), page_size=3)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.set_query(TicketQuery("u"))
    items = tuple(TicketSummary(ticket_id=f"T{n}", subject=f"s{n}") for n in range(3))
    calls[0][3](Page(items=items, total=6, pages=2, page_num=1, page_size=3))
    assert inserted == [(0, 2)]
    assert [model.index(r, COL_ID).data() for r in range(3)] == ["T0", "T1", "T2"]
    model.set_query(TicketQuery("other"))
    assert model.rowCount() == 0 and model.ticket_at(0) is None


def test_category_paths_and_a_loaded_detail_update_the_cells_in_place() -> None:
    model, _ = loaded(TICKET)
    model.set_category_paths({7: "Payments > Cards > Declined"})
    assert model.index(0, COL_CATEGORY).data() == "Payments > Cards > Declined"
    assert model.index(0, COL_CATEGORY).data(Qt.ItemDataRole.ToolTipRole) == "Payments > Cards > Declined"
    changed: list[int] = []
    model.dataChanged.connect(lambda first, _last, _roles=(): changed.append(first.row()))
    model.update_from_detail(TicketDetail(ticket_id="T1", subject="Card declined twice", status="solved"))
    assert model.index(0, COL_SUBJECT).data() == "Card declined twice"
    assert model.index(0, COL_STATUS).data(STATUS_ROLE) == "solved"
    assert model.ticket_at(0).status == "solved"  # type: ignore[union-attr]
    assert changed and set(changed) == {0}


def test_the_status_pill_is_drawn_at_any_column_width(qtbot: Any) -> None:
    model, _ = loaded(TICKET)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = StatusPillDelegate(view)
    view.setItemDelegateForColumn(COL_STATUS, delegate)
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    for width in (200, 60, 12, 3):  # wide, elided, a sliver, nothing left to draw
        image.fill(Qt.GlobalColor.white)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.rect = image.rect().adjusted(0, 0, width - 200, 0)
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0, COL_STATUS))
        painter.end()
        coloured = image.pixelColor(6 + max(0, min(width - 12, 20)) // 2, 20)
        assert (coloured != Qt.GlobalColor.white) == (width > 10), width
