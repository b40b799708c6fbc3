"""Detail pane: header, thread order and look, attachments download, errors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from contiple_desktop.domain.models import TicketDetail, TicketEntry
from contiple_desktop.ui.history.panel import HistoryPanel
from contiple_desktop.ui.history.thread_model import FROM_AGENT_ROLE, ThreadModel
from tests.ui.history.conftest import by_name, open_customer, select_row


def row_of_ticket_with(panel: HistoryPanel, sim: Any, predicate: Any) -> int:
    for r in range(panel.model.rowCount()):
        t = panel.model.ticket_at(r)
        if t is not None and predicate(sim.state.tickets[t.ticket_id]):
            return r
    raise AssertionError("no such ticket in the seed")


def test_detail_shows_header_and_thread_oldest_first(
    qtbot: Any, panel: HistoryPanel, sim: Any, qtmodeltester: Any
) -> None:
    open_customer(qtbot, panel, "cust-001")
    row = row_of_ticket_with(panel, sim, lambda t: len(t["thread"]) >= 3)
    select_row(qtbot, panel, row)
    record = sim.state.tickets[panel.model.ticket_at(row).ticket_id]  # type: ignore[union-attr]
    detail = panel.detail
    assert by_name(detail, QLabel, "Ticket subject").text() == record["subject"]
    facts = by_name(detail, QLabel, "Ticket facts").text()
    assert record["ticketId"] in facts and " &gt; " in facts  # category path with names
    assert by_name(detail, QLabel, "Ticket status").isVisible()
    model = detail.thread_model
    qtmodeltester.check(model)
    times = [e.created_ms for e in model.entries()]
    assert times == sorted(times) and len(times) == len(record["thread"])
    view = detail.thread_view  # one document for the whole conversation, drawn in steps
    qtbot.waitUntil(lambda: view.is_settled, timeout=5000)
    bubbles = view.bubbles
    assert len(bubbles) == len(record["thread"])
    kinds = [b.kind for b in bubbles]
    expected = ["agent" if e["type"] == "reply" else "customer" for e in
                sorted(record["thread"], key=lambda e: e["createdDt"])]
    assert kinds == expected
    shown = " ".join(view.toPlainText().split())  # the document's spaces are plain ones
    for b in bubbles:
        label = "Agent" if b.entry.from_agent else "Customer"
        assert b.header.startswith(label) and " ".join(b.header.split()) in shown
    assert model.index(0, 0).data(FROM_AGENT_ROLE) is True  # the first answer comes from the agent


def test_thread_model_orders_and_appends() -> None:
    model = ThreadModel()
    model.set_entries(
        [TicketEntry("<p>b</p>", "reply", created_ms=20), TicketEntry("<p>a</p>", created_ms=10)]
    )
    assert [model.index(r, 0).data() for r in range(2)] == ["a", "b"]
    model.append_entry(TicketEntry("<p>c</p>", created_ms=30))
    assert model.rowCount() == 3 and model.index(2, 0).data() == "c"


def test_thread_model_keeps_rows_for_the_same_messages(qtmodeltester: Any) -> None:
    """A reload after a follow-up brings the server's copy of it: rows stay (no reset, no redraw)."""
    model = ThreadModel()
    first = TicketEntry("<p>a</p>", "reply", created_ms=10)
    model.set_detail(TicketDetail("T1", entries=(first,)))
    resets: list[int] = []
    changed: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda top, *_: changed.append(top.row()))
    model.rowsInserted.connect(lambda _parent, first_row, last_row: inserted.append((first_row, last_row)))
    posted = TicketEntry("<p>b</p>", created_ms=20)
    model.append_entry(posted)
    model.set_detail(TicketDetail("T1", entries=(replace(posted, type_name="질문"), first)))
    assert resets == [] and changed == [1] and inserted == [(1, 1)]
    assert model.entries()[1].type_name == "질문"
    model.set_detail(TicketDetail("T1", entries=(first, posted, TicketEntry("<p>c</p>", created_ms=30))))
    assert inserted[-1] == (2, 2) and resets == []
    model.set_detail(TicketDetail("T2", entries=(first,)))  # another ticket
    assert resets == [1] and model.rowCount() == 1
    qtmodeltester.check(model)


def test_open_attachment_downloads_with_progress(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    open_customer(qtbot, panel, "cust-001")
    row = row_of_ticket_with(
        panel, sim, lambda t: t["attachmentIds"] or any(e["attachmentIds"] for e in t["thread"])
    )
    select_row(qtbot, panel, row)
    record = sim.state.tickets[panel.model.ticket_at(row).ticket_id]  # type: ignore[union-attr]
    ids = record["attachmentIds"] or next(e["attachmentIds"] for e in record["thread"] if e["attachmentIds"])
    att_id = ids[0]
    opened: list[Path] = []
    panel.detail.open_file = opened.append
    holder = next(view for view in panel.detail.attachment_lists() if view.select(att_id))
    assert holder.isVisible() and holder.current_attachment().attachment_id == att_id  # type: ignore[union-attr]
    button = by_name(holder, QPushButton, "Open attachment")
    assert button.isVisible() and button.isEnabled()
    progress: list[bool] = []
    holder.busy_changed.connect(progress.append)
    with qtbot.waitSignal(panel.detail.attachment_saved, timeout=5000) as saved:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == att_id
    assert progress == [True, False] and not holder.progress.isVisible()
    assert opened and opened[0].read_bytes() == sim.state.attachments[att_id]["data"]


def test_unknown_ticket_shows_not_found(qtbot: Any, panel: HistoryPanel) -> None:
    open_customer(qtbot, panel, "cust-001")
    panel.detail.show_ticket("cust-001", "T0000000000000nope0")
    message = by_name(panel.detail, QLabel, "Detail message")
    qtbot.waitUntil(lambda: "not found" in message.text(), timeout=5000)
    assert not panel.detail.composer.isEnabled() or panel.detail.detail is None


def test_usercode_mismatch_is_not_found(qtbot: Any, panel: HistoryPanel, sim: Any) -> None:
    other = next(t["ticketId"] for t in sim.state.tickets.values() if t["usercode"] != "cust-001")
    open_customer(qtbot, panel, "cust-001")
    panel.detail.show_ticket("cust-001", other)
    message = by_name(panel.detail, QLabel, "Detail message")
    qtbot.waitUntil(lambda: "not found" in message.text(), timeout=5000)


def test_content_language_change_keeps_the_open_ticket_and_draft(
    qtbot: Any, panel: HistoryPanel, sim: Any
) -> None:
    """The Help Center's language box switches the whole app: history re-fetches, loses nothing."""
    open_customer(qtbot, panel, "cust-001")
    select_row(qtbot, panel, 0)
    ticket_id = panel.detail.ticket_id
    panel.detail.composer.editor.setPlainText("고객이 다시 전화했습니다")
    sim.clear_requests()
    panel.ctx.session.set_content_language("en")
    qtbot.waitUntil(
        lambda: any(r["path"].endswith("/detail.json") for r in sim.requests())
        and not panel.model.loading,
        timeout=5000,
    )
    assert panel.detail.ticket_id == ticket_id and panel.usercode == "cust-001"
    assert panel.detail.composer.editor.toPlainText() == "고객이 다시 전화했습니다"
    assert panel.model.rowCount() > 0
    languages = {dict(r["query"]).get("language") for r in sim.requests()}
    assert languages == {"en"}  # categories, list and detail all asked again in English


def test_a_ticket_without_attachments_never_shows_the_attachment_lists(
    qtbot: Any, panel: HistoryPanel, sim: Any
) -> None:
    from PySide6.QtCore import QEvent, QObject

    class Shows(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            self.count += event.type() == QEvent.Type.Show
            return False

    open_customer(qtbot, panel, "cust-001")
    first = row_of_ticket_with(panel, sim, lambda t: not t.get("attachments"))  # shows the pane once
    select_row(qtbot, panel, first)
    lists = panel.detail.attachment_lists()
    shows = Shows()
    for view in lists:
        view.installEventFilter(shows)
    def without_attachments(record: dict[str, Any]) -> bool:
        return not record.get("attachments") and not any(e.get("attachments") for e in record["thread"])

    ids = [(r, panel.model.ticket_at(r)) for r in range(panel.model.rowCount())]
    plain = [r for r, t in ids if r != first and t and without_attachments(sim.state.tickets[t.ticket_id])]
    assert plain, "the seed has a second ticket without attachments"
    select_row(qtbot, panel, plain[0])
    assert shows.count == 0  # not shown, then hidden again, on the way
    assert not any(view.isVisible() for view in lists)
    assert by_name(panel.detail, QLabel, "Ticket subject").isVisible()
