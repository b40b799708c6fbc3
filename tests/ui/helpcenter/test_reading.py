"""Newest wins, hostile HTML, sharing into a ticket, Refresh and keyboard back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QPushButton

from tests.ui.helpcenter.helpers import by_name, calls, query_of

SLOW, FAST = 2547, 2549  # two FAQ categories of the seed


def _ids(tab: Any) -> set[int]:
    return {tab.model.item(r).help_doc_id for r in range(tab.model.rowCount())}


def _in_category(sim: Any, category_id: int) -> set[int]:
    return {f for f, r in sim.state.faqs.items() if r["categoryId"] == category_id}


def test_newest_wins_slow_first_request_never_shows(
    make_panel: Any, qtbot: Any, sim: Any, appctx: Any
) -> None:
    panel = make_panel()
    tab = panel.faq
    slow = sim.faults.latency(0.8, "*/helpdoc/list.json", times=1)
    shown: list[set[int]] = []
    tab.page_shown.connect(lambda: shown.append(_ids(tab)))
    tab.select_category(SLOW)
    qtbot.waitUntil(lambda: slow.hits == 1, timeout=3000)  # the slow request is on the wire
    tab.select_category(FAST)
    qtbot.waitUntil(lambda: _ids(tab) == _in_category(sim, FAST), timeout=3000)
    qtbot.waitUntil(lambda: appctx.runner.active_count == 0, timeout=5000)  # the slow one ended too
    assert shown == [_in_category(sim, FAST)]  # the slow answer was dropped, never applied
    assert _ids(tab) == _in_category(sim, FAST)
    # (cancelling closes the slow request's socket, so the client is done with it at once; the
    # simulator still logs it when its delay ends)
    def categories() -> list[str | None]:
        return [query_of(r).get("categoryId") for r in calls(sim, "/helpdoc/list.json")]

    qtbot.waitUntil(lambda: str(SLOW) in categories(), timeout=5000)
    assert categories()[-2:] == [str(FAST), str(SLOW)]  # logged on completion: the slow one ended last


HOSTILE_TEMPLATE = """
<p onmouseover="alert(1)" style="background:url({sim}/{sid}/api/v2/helpdoc/list.json?css=1)">Hostile
<script>document.write('pwned')</script>
<img src="http://evil.example/track.png" onerror="alert(2)">
<img src="{sim}/{sid}/api/v2/notice/list.json?img=1">
<img src="{sim}/other/api/v2/notice/attachments/abc">
<a href="javascript:alert(3)">click me</a>
<iframe src="{sim}/{sid}/api/v2/service.json?frame=1"></iframe>
<object data="{sim}/{sid}/api/v2/service.json?object=1"></object>
<style>p {{ background: url({sim}/{sid}/api/v2/service.json?style=1) }}</style>
<link rel="stylesheet" href="{sim}/{sid}/api/v2/service.json?link=1">
<a href="https://docs.example.com/ok">safe link</a></p>
"""


def test_hostile_body_renders_with_no_request_beyond_the_simulator(
    make_panel: Any, qtbot: Any, sim: Any, opened_urls: Any
) -> None:
    panel = make_panel()
    tab = panel.faq
    body = HOSTILE_TEMPLATE.format(sim=sim.base_url, sid=sim.service_id)
    sim.state.faqs[9999] = {
        "helpDocId": 9999, "categoryId": 2546, "isTop": False, "isRecommend": False,
        "title": {"ko": "악성 본문", "en": "Hostile", "ja": "悪意"},
        "content": {"ko": body, "en": body, "ja": body},
        "createdDt": 1_700_000_000_000, "updatedDt": 1_700_000_000_000, "attachmentIds": [], "readCnt": 0,
    }  # fmt: skip
    sim.clear_requests()
    view = tab.detail.body
    with qtbot.waitSignal(view.images_settled, timeout=5000):
        with qtbot.waitSignal(tab.detail_shown, timeout=5000):
            tab.open_item(9999)
    view.resize(700, 500)
    view.grab()  # lay out and paint: every resource the document wants is asked for now
    assert [r["path"] for r in sim.requests()] == [f"/{sim.service_id}/api/v2/helpdoc/detail/9999.json"]
    html = view.toHtml()
    assert "<img" not in html  # none of the three is this service's attachment: each became text
    assert view.toPlainText().count("[image]") == 3 and view.refused_urls == []
    for needle in ("alert", "pwned", "javascript", "iframe", "object=1", "style=1", "link=1", "css=1"):
        assert needle not in html
    assert "safe link" in view.toPlainText()
    assert opened_urls.urls == []  # nothing opened by itself
    hrefs = _anchor_hrefs(view.document())
    assert hrefs == ["https://docs.example.com/ok"]  # the javascript: link lost its href
    for href in hrefs:  # the agent clicks: only now does the browser open
        view.anchorClicked.emit(QUrl(href))
    assert [u.toString() for u in opened_urls.urls] == ["https://docs.example.com/ok"]


def _anchor_hrefs(doc: QTextDocument) -> list[str]:
    hrefs: list[str] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href and href not in hrefs:
                hrefs.append(href)
            it += 1
        block = block.next()
    return hrefs


def test_insert_into_ticket_uses_the_bus_or_falls_back_to_clipboard(
    make_panel: Any, qtbot: Any, sim: Any, appctx: Any
) -> None:
    panel = make_panel()
    tab = panel.faq
    faq_id = tab.model.item(0).help_doc_id
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        tab.open_item(faq_id)
    title = sim.state.faqs[faq_id]["title"]["ko"]
    link = f"{sim.base_url}/{sim.service_id}/hc/faq/{faq_id}/?language=ko"
    insert = by_name(tab, QPushButton, "Insert into ticket")
    copy = by_name(tab, QPushButton, "Copy link")
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(insert, Qt.MouseButton.LeftButton)  # nobody listens yet
    assert QGuiApplication.clipboard().text() == f"{title}\n{link}"
    assert "clipboard" in panel.status.text()
    received: list[str] = []
    appctx.bus.insert_into_ticket.connect(received.append)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(insert, Qt.MouseButton.LeftButton)
    assert received == [f"{title}\n{link}"]
    assert QGuiApplication.clipboard().text() == ""
    assert panel.status.text() == "Inserted into the ticket."
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == f"{title}\n{link}"


def test_refresh_clears_the_cache_and_back_returns(make_panel: Any, qtbot: Any, sim: Any) -> None:
    panel = make_panel()
    tab = panel.faq
    first, second = tab.model.item(0).help_doc_id, tab.model.item(1).help_doc_id
    for faq_id in (first, second):
        with qtbot.waitSignal(tab.detail_shown, timeout=5000):
            tab.open_item(faq_id)
    with qtbot.waitSignal(tab.detail_shown, timeout=5000) as back:
        qtbot.keyClick(tab.list, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert back.args == [first]
    with qtbot.waitSignal(tab.detail_shown, timeout=5000):
        tab.open_item(second)
    tab.detail.body.setFocus()
    with qtbot.waitSignal(tab.detail_shown, timeout=5000) as back:
        qtbot.keyClick(tab.detail.body, Qt.Key.Key_Backspace)  # reading the body: Backspace goes back
    assert back.args == [first]
    lists_before = len(calls(sim, "/helpdoc/list.json"))
    details_before = len(calls(sim, f"/helpdoc/detail/{first}.json"))
    tab.list.setFocus()
    with qtbot.waitSignals([tab.page_shown, tab.detail_shown], timeout=5000):
        qtbot.keyClick(tab.list, Qt.Key.Key_F5)  # Refresh: everything is asked for again
    assert len(calls(sim, "/helpdoc/list.json")) == lists_before + 1
    assert len(calls(sim, "/helpdoc/categories.json")) == 2
    assert len(calls(sim, f"/helpdoc/detail/{first}.json")) == details_before + 1
    assert tab.detail.title.text() == sim.state.faqs[first]["title"]["ko"]
    requests_before = len(sim.requests())
    tab.search.setFocus()
    tab.search.setText("abc")
    qtbot.keyClick(tab.search, Qt.Key.Key_Backspace)  # in the search box Backspace edits text
    assert tab.search.text() == "ab"
    assert len(sim.requests()) == requests_before  # Backspace did not navigate
