"""Shapes and behaviour of the Help Center endpoints (§3.1–3.10) and attachment downloads."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

import pytest

from contiple_desktop.sim import SimServer
from tests.sim._raw import Raw, header

NOTICE_ITEM_KEYS = {
    "noticeId",
    "categoryId",
    "isTop",
    "title",
    "content",
    "displayDt",
    "updatedDt",
    "categoryName",
    "isNew",
}
FAQ_ITEM_KEYS = {
    "helpDocId",
    "title",
    "content",
    "isRecommend",
    "isTop",
    "readCnt",
    "attachmentYn",
    "createdDt",
    "updatedDt",
    "parentCategoryList",
    "category",
    "categoryId",
    "categoryName",
    "categoryFullName",
    "attachments",
    "isNew",
}
CATEGORY_KEYS = {"categoryId", "parent", "name", "level", "path", "orderNo", "languages"}


def test_service_detail(raw: Raw, sim: SimServer) -> None:
    doc = raw.get_json("api/v2/service.json")
    assert header(doc) == (200, "", True)
    content = doc["result"]["content"]
    assert set(content) == {"serviceId", "name", "profile", "language", "languages", "multiLanguage"}
    assert content["serviceId"] == sim.service_id
    assert content["language"] == "ko" and content["multiLanguage"] is True
    assert [lang["code"] for lang in content["languages"]] == ["ko", "en", "ja"]
    assert set(content["languages"][0]) == {"code", "name", "orderNo"}
    image = raw.session.get(content["profile"]["fileUrl"], timeout=10)
    assert image.headers["Content-Type"] == "image/png" and image.content.startswith(b"\x89PNG")
    assert raw.get_json("api/v2/service.json", [("language", "en")])["result"]["content"]["name"] == (
        "Contiple Demo Help Center"
    )


def test_notice_headings_and_tags(raw: Raw) -> None:
    headings = raw.get_json("api/v2/notice/categories.json")["result"]["contents"]
    assert [h["categoryId"] for h in headings] == [2543, 2544, 2545]
    assert all(
        set(h) == CATEGORY_KEYS and h["path"] == "\\" and h["level"] == 1 and h["parent"] == 0
        for h in headings
    )
    assert headings[0]["languages"] == {"ko": "공지", "en": "Notice", "ja": "お知らせ"}
    assert (
        raw.get_json("api/v2/notice/categories.json", [("language", "ja")])["result"]["contents"][0]["name"]
        == "お知らせ"
    )
    tags = raw.get_json("api/v2/notice/tags.json")["result"]["contents"]
    assert len(tags) >= 2 and all(set(t) == {"tagId", "tag", "languages"} for t in tags)
    assert [t["tagId"] for t in tags][:2] == [391, 392]


def test_notice_list_default_page(raw: Raw, sim: SimServer) -> None:
    result = raw.get_json("api/v2/notice/list.json")["result"]
    assert (result["total"], result["pages"], result["pageNum"], result["pageSize"]) == (32, 4, 1, 10)
    items = result["contents"]
    assert len(items) == 10
    assert items[0]["isTop"] is True and not any(i["isTop"] for i in items[1:])
    for item in items:
        assert NOTICE_ITEM_KEYS <= set(item) <= NOTICE_ITEM_KEYS | {"tagStr"}
    without_tags = [i for i in items if "tagStr" not in i]
    assert without_tags, "notices without tags omit tagStr"
    dates = [i["displayDt"] for i in items[1:]]
    assert dates == sorted(dates, reverse=True)
    today = sim.clock.today()
    assert items[1]["noticeId"] == 1267 and items[1]["displayDt"] == today and items[1]["isNew"] is True
    assert sum(i["isNew"] for i in items) == 1


def test_notice_list_filters(raw: Raw) -> None:
    by_heading = raw.get_json("api/v2/notice/list.json", [("categoryId", "2544"), ("pageSize", "50")])[
        "result"
    ]
    assert by_heading["total"] > 0 and {i["categoryId"] for i in by_heading["contents"]} == {2544}
    by_tag = raw.get_json("api/v2/notice/list.json", [("tagId", "393"), ("pageSize", "50")])["result"]
    assert by_tag["total"] > 0 and all("보안" in i["tagStr"].split(",") for i in by_tag["contents"])
    found = raw.get_json("api/v2/notice/list.json", [("query", "MAINTENANCE"), ("language", "en")])["result"]
    assert found["total"] > 0
    assert all("maintenance" in (i["title"] + i["content"]).lower() for i in found["contents"])
    nothing = raw.get_json("api/v2/notice/list.json", [("query", "zzz-no-such-text")])["result"]
    assert (nothing["contents"], nothing["total"], nothing["pages"]) == ([], 0, 0)


def test_notice_list_sort(raw: Raw) -> None:
    items = raw.get_json("api/v2/notice/list.json", [("sort", "displayDt:asc"), ("pageSize", "200")])[
        "result"
    ]["contents"]
    assert [i["noticeId"] for i in items] == list(range(1236, 1268))
    pinned_first = raw.get_json("api/v2/notice/list.json", [("sort", "isTop:desc,createdDt:asc")])["result"]
    assert pinned_first["contents"][0]["noticeId"] == 1240
    assert pinned_first["contents"][1]["noticeId"] == 1236


@pytest.mark.parametrize(
    ("page", "size", "expected"),
    [
        (None, None, (1, 10, 4, 10)),
        ("2", "10", (2, 10, 4, 10)),
        ("4", "10", (4, 10, 4, 2)),
        ("5", "10", (5, 10, 4, 0)),
        ("0", "0", (1, 1, 32, 1)),
        ("-3", "500", (1, 200, 1, 32)),
        ("abc", "x", (1, 10, 4, 10)),
        ("1", "7", (1, 7, 5, 7)),
    ],
)
def test_paging_math(
    raw: Raw, page: str | None, size: str | None, expected: tuple[int, int, int, int]
) -> None:
    query = [(k, v) for k, v in (("page", page), ("pageSize", size)) if v is not None]
    result = raw.get_json("api/v2/notice/list.json", query)["result"]
    assert (result["pageNum"], result["pageSize"], result["pages"], len(result["contents"])) == expected
    assert result["total"] == 32


def test_notice_detail(raw: Raw, sim: SimServer) -> None:
    doc = raw.get_json("api/v2/notice/detail/1240.json")
    content = doc["result"]["content"]
    assert set(content) == {
        "noticeId",
        "categoryId",
        "isTop",
        "title",
        "content",
        "displayDt",
        "attachmentYn",
        "readCnt",
        "updatedDt",
        "attachments",
        "tags",
        "categoryName",
        "isNew",
    }
    assert content["isTop"] is True and content["attachmentYn"] == "Y"
    image = content["attachments"][-1]
    assert set(image) == {"attachmentId", "fileName", "contentType", "size"}
    assert f"/{sim.service_id}/api/v2/notice/attachments/{image['attachmentId']}" in content["content"]
    assert set(content["tags"][0]) == {"tagId", "tag"}
    again = raw.get_json("api/v2/notice/detail/1240.json")["result"]["content"]
    assert again["readCnt"] == content["readCnt"] + 1
    english = raw.get_json("api/v2/notice/detail/1240.json", [("language", "en")])["result"]["content"]
    assert english["title"].startswith("Security") and english["categoryName"] == "Notice"


@pytest.mark.parametrize(
    "rel",
    [
        "api/v2/notice/detail/99.json",
        "api/v2/notice/detail/abc.json",
        "api/v2/helpdoc/detail/1.json",
        "api/v2/ticket/field/user/1.json",
        "api/v2/notice/attachments/00000000000000000000000000000000",
        "api/v2/nothing/here.json",
    ],
)
def test_unknown_ids_are_404(raw: Raw, rel: str) -> None:
    response = raw.get(rel)
    assert response.status_code == 404
    assert response.json() == {
        "header": {"resultCode": 404, "resultMessage": "Not Data Found", "isSuccessful": False},
        "result": None,
    }


def test_unknown_service_and_wrong_method(raw: Raw, sim: SimServer) -> None:
    response = raw.session.get(f"{sim.base_url}/NoSuchService/api/v2/service.json", timeout=10)
    assert response.status_code == 404 and response.json()["header"]["resultCode"] == 404
    wrong = raw.request("POST", "api/v2/service.json")
    assert wrong.status_code == 405 and wrong.json()["header"]["isSuccessful"] is False


def test_http_status_switch(raw: Raw, sim: SimServer) -> None:
    sim.config.http_errors = False
    response = raw.get("api/v2/notice/detail/99.json")
    assert response.status_code == 200 and response.json()["header"]["resultCode"] == 404


def test_faq_categories_tree(raw: Raw) -> None:
    nodes = raw.get_json("api/v2/helpdoc/categories.json")["result"]["contents"]
    assert len(nodes) >= 20 and all(set(n) == CATEGORY_KEYS for n in nodes)
    by_id = {n["categoryId"]: n for n in nodes}
    assert max(n["level"] for n in nodes) == 5
    assert by_id[2550]["path"] == "\\2546\\2548\\" and by_id[2550]["level"] == 3
    assert by_id[2601]["path"] == "\\2546\\2548\\2550\\2600\\"
    for node in nodes:
        if node["parent"]:
            assert by_id[node["parent"]]["level"] == node["level"] - 1
    assert [(n["orderNo"], n["level"]) for n in nodes] == sorted((n["orderNo"], n["level"]) for n in nodes)


def test_faq_list(raw: Raw) -> None:
    result = raw.get_json("api/v2/helpdoc/list.json", [("pageSize", "200")])["result"]
    assert result["total"] >= 60
    items = result["contents"]
    assert all(set(i) == FAQ_ITEM_KEYS for i in items)
    assert all(
        i[k] is None
        for i in items
        for k in (
            "readCnt",
            "attachmentYn",
            "parentCategoryList",
            "category",
            "categoryFullName",
            "attachments",
        )
    )
    tops = [i["isTop"] for i in items]
    assert tops == sorted(tops, reverse=True)
    exact = raw.get_json("api/v2/helpdoc/list.json", [("categoryId", "2546")])["result"]
    assert exact["total"] == 3 and {i["categoryId"] for i in exact["contents"]} == {2546}
    found = raw.get_json("api/v2/helpdoc/list.json", [("query", "영업일")])["result"]
    assert found["total"] > 0 and all("영업일" in i["content"] for i in found["contents"])
    japanese = raw.get_json("api/v2/helpdoc/list.json", [("language", "ja"), ("categoryId", "2546")])[
        "result"
    ]
    assert japanese["contents"][0]["categoryName"] == "はじめに"


def test_faq_detail(raw: Raw) -> None:
    doc = raw.get_json("api/v2/helpdoc/list.json", [("categoryId", "2601")])
    faq_id = doc["result"]["contents"][0]["helpDocId"]
    content = raw.get_json(f"api/v2/helpdoc/detail/{faq_id}.json", [("language", "en")])["result"]["content"]
    assert set(content) == FAQ_ITEM_KEYS
    chain = content["parentCategoryList"]
    assert [c["categoryId"] for c in chain] == [2546, 2548, 2550, 2600, 2601]
    assert all(set(c) == CATEGORY_KEYS for c in chain)
    assert set(content["category"]) == {"categoryId", "parent", "name", "level", "languages"}
    assert content["categoryFullName"] == (
        "Getting started>Sign-up>Identity verification>Phone verification>No verification SMS"
    )
    assert content["attachmentYn"] in ("Y", "N") and isinstance(content["attachments"], list)


def test_faq_with_inline_image_and_files(raw: Raw, sim: SimServer) -> None:
    with_files = [f for f in sim.state.faqs.values() if f["attachmentIds"]]
    assert len(with_files) >= 5
    inline = next(f for f in with_files if "<img" in f["content"]["ko"])
    content = raw.get_json(f"api/v2/helpdoc/detail/{inline['helpDocId']}.json")["result"]["content"]
    assert content["attachmentYn"] == "Y"
    image_id = next(a["attachmentId"] for a in content["attachments"] if a["contentType"] == "image/png")
    assert f"/api/v2/helpdoc/attachments/{image_id}" in content["content"]


def test_attachment_download_headers(raw: Raw, sim: SimServer) -> None:
    record = next(a for a in sim.state.attachments.values() if a["fileName"] == "logo_footer.png")
    rel = f"api/v2/notice/attachments/{record['attachmentId']}"
    opened = raw.get(rel)
    assert opened.status_code == 200 and opened.content == record["data"]
    assert opened.headers["Content-Type"] == "image/png"
    assert opened.headers["Content-Length"] == str(len(record["data"]))
    assert opened.headers["Content-Disposition"] == 'inline; filename="logo_footer.png"'
    downloaded = raw.get(rel, [("type", "download")])
    assert downloaded.headers["Content-Disposition"] == 'attachment; filename="logo_footer.png"'
    korean = next(a for a in sim.state.attachments.values() if a["fileName"] == "변경사항.txt")
    response = raw.get(f"api/v2/helpdoc/attachments/{korean['attachmentId']}", [("type", "download")])
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=\"____.txt\"; filename*=UTF-8''%EB%B3%80%EA%B2%BD%EC%82%AC%ED%95%AD.txt"
    )
    assert response.content.decode("utf-8").startswith("변경 사항")


def test_date_header_follows_simulated_clock(raw: Raw, sim: SimServer) -> None:
    sim.set_clock_skew_ms(-3_600_000)
    response = raw.get("api/v2/service.json")
    served = parsedate_to_datetime(response.headers["Date"]).timestamp() * 1000
    assert abs(served - sim.clock.now_ms()) < 5_000
    assert abs(served - (sim.clock.now_ms() + 3_600_000)) > 3_000_000
