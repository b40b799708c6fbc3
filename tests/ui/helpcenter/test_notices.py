"""Notices: heading and tag filters, markers, detail with read count, tags and an inline image."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QUrl
from PySide6.QtGui import QImage, QTextDocument

from contiple_desktop.ui.helpcenter.list_models import NoticeListModel
from tests.ui.helpcenter.helpers import calls, query_of


def _show_notices(panel: Any, qtbot: Any) -> Any:
    """Open the Notices tab (it loads when first shown) and wait for its first page."""
    with qtbot.waitSignal(panel.notices.page_shown, timeout=5000):
        panel.tabs.setCurrentWidget(panel.notices)
    return panel.notices


def test_heading_and_tag_filters(make_panel: Any, qtbot: Any, sim: Any) -> None:
    tab = _show_notices(make_panel(page_size=50), qtbot)
    assert tab.headings_model.rowCount() == len(sim.state.notice_categories)
    assert tab.tag_combo.count() == 1 + len(sim.state.notice_tags)
    assert tab.model.rowCount() == len(sim.state.notices)
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.headings.setCurrentIndex(tab.headings_model.index_for_id(2544))
    assert query_of(calls(sim, "/notice/list.json")[-1])["categoryId"] == "2544"
    expected = {n for n, r in sim.state.notices.items() if r["categoryId"] == 2544}
    shown = {tab.model.item(r).notice_id for r in range(tab.model.rowCount())}
    assert shown == expected
    row = tab.tag_combo.findData(392)
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.tag_combo.setCurrentIndex(row)
        tab.tag_combo.activated.emit(row)
    last = query_of(calls(sim, "/notice/list.json")[-1])
    assert (last["categoryId"], last["tagId"]) == ("2544", "392")
    expected = {n for n in expected if 392 in sim.state.notices[n]["tagIds"]}
    assert {tab.model.item(r).notice_id for r in range(tab.model.rowCount())} == expected
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.all_button.click()
    assert "categoryId" not in query_of(calls(sim, "/notice/list.json")[-1])


def test_top_and_new_markers(make_panel: Any, qtbot: Any, sim: Any) -> None:
    tab = _show_notices(make_panel(page_size=50), qtbot)
    markers = {
        tab.model.item(r).notice_id: tab.model.index(r, NoticeListModel.COL_MARKERS).data()
        for r in range(tab.model.rowCount())
    }
    assert "Top" in markers[1240]
    assert "New" in markers[1267]
    assert markers[1250] == ""
    assert tab.model.item(0).notice_id == 1240  # pinned first (server sort)


def test_detail_with_tags_read_count_and_inline_image(make_panel: Any, qtbot: Any, sim: Any) -> None:
    tab = _show_notices(make_panel(page_size=50), qtbot)
    with qtbot.waitSignal(tab.detail.body.images_settled, timeout=5000):
        with qtbot.waitSignal(tab.detail_shown, timeout=5000):
            tab.open_item(1240)
        tab.detail.body.resize(600, 400)
        tab.detail.body.grab()  # lay out: the image is requested
    record = sim.state.notices[1240]
    assert tab.detail.title.text() == record["title"]["ko"]
    meta = tab.detail.meta.text()
    assert f"{record['readCnt']}\u00a0view(s)" in meta  # one unbreakable value
    for tag_id in record["tagIds"]:
        assert sim.state.notice_tags[tag_id]["names"]["ko"] in meta
    logo = record["attachmentIds"][0]
    url = QUrl(f"/{sim.service_id}/api/v2/notice/attachments/{logo}")
    image = tab.detail.body.document().resource(QTextDocument.ResourceType.ImageResource.value, url)
    assert isinstance(image, QImage) and (image.width(), image.height()) == (48, 24)
    assert len(calls(sim, f"/notice/attachments/{logo}")) == 1
    assert tab.detail.body.refused_urls == []
    assert [a.attachment_id for a in tab.detail.attachments.attachments()] == record["attachmentIds"]


def test_tabbing_into_the_headings_does_not_filter(make_panel: Any, qtbot: Any, sim: Any) -> None:
    """Regression: a tree view that gets the keyboard focus gives itself a current row (Qt's
    focusInEvent, without selecting it); that is not the agent choosing a heading."""
    tab = _show_notices(make_panel(page_size=50), qtbot)
    before = len(calls(sim, "/notice/list.json"))
    first = tab.headings_model.index(0, 0)
    tab.headings.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    # a filter would have started loading in the same slot
    assert tab.category_id is None and not tab.busy and len(calls(sim, "/notice/list.json")) == before
    with qtbot.waitSignal(tab.page_shown, timeout=5000):
        tab.headings.setCurrentIndex(tab.headings_model.index(1, 0))  # arrows and clicks select
    assert tab.category_id == tab.headings_model.category(tab.headings_model.index(1, 0)).category_id
