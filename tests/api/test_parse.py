"""Parsing is lenient per spec §5 Q8, and strict only where the data cannot be used at all."""

from __future__ import annotations

import pytest

from contiple_desktop.api import parse
from contiple_desktop.api.clock import FixedClock, SkewingClock, as_clock, parse_http_date_ms
from contiple_desktop.api.envelope import as_bool, as_int, decode_envelope, snippet
from contiple_desktop.api.transport import encode_query, retry_after_seconds
from contiple_desktop.errors import MalformedResponseError, ServerError
from tests.conftest import ExpectLog


def content(d: dict) -> dict:
    return {"content": d}


def test_doc_notice_detail_example() -> None:
    notice = parse.parse_notice(content({
        "noticeId": 1240, "categoryId": 2543, "isTop": True, "title": "공지제목6",
        "content": "<p>공지내용6</p>",
        "displayDt": "2022.07.08", "attachmentYn": "Y", "readCnt": 5, "updatedDt": 1658114209000,
        "attachments": [{"attachmentId": "42fb4c8801ed4c278475f70f531b8c92", "fileName": "logo_footer.png",
                         "contentType": "image/png", "size": 1412}],
        "tags": [{"tagId": 391, "tag": "태그1"}, {"tagId": 392, "tag": "태그2"}],
        "categoryName": "유형1", "isNew": False,
    }))
    assert notice.has_attachments and notice.read_count == 5 and notice.is_top and not notice.is_new
    assert notice.attachments[0].size == 1412 and [t.tag_id for t in notice.tags] == [391, 392]


@pytest.mark.parametrize("value, expected", [("Y", True), (True, True), ("N", False), (None, False),
                                             (False, False), ("true", True), (1, True)])
def test_attachment_yn_variants(value: object, expected: bool) -> None:
    faq = parse.parse_faq(content({"helpDocId": 1, "attachmentYn": value}))
    assert faq.has_attachments is expected


@pytest.mark.parametrize("value, expected", [("true", True), (True, True), ("false", False), (None, False)])
def test_is_new_variants(value: object, expected: bool) -> None:
    assert parse.parse_notice_summary({"noticeId": 1, "isNew": value}).is_new is expected


def test_numbers_as_strings_and_nulls() -> None:
    n = parse.parse_notice_summary({"noticeId": "1241", "categoryId": "2543", "updatedDt": "1657243026000",
                                    "title": None, "content": None, "isTop": None})
    assert n.notice_id == 1241 and n.category_id == 2543 and n.updated_ms == 1657243026000
    assert n.title == "" and n.content == "" and not n.is_top
    created = parse.parse_created_ticket(content({"ticketId": "T1", "categoryId": "2542", "attachments": [
        {"attachmentId": "a", "size": "90576", "createdDt": "1658192910000"}]}))
    assert created.category_id == 2542 and created.attachments[0].size == 90576
    assert created.attachments[0].created_ms == 1658192910000 and created.status == "new"


@pytest.mark.parametrize("value, names", [("태그1,태그2", ("태그1", "태그2")), (None, ()), ("", ()),
                                          (" a , ,b ", ("a", "b")), (["x", "y"], ("x", "y")), (391, ())])
def test_tag_str(value: object, names: tuple[str, ...]) -> None:
    d: dict = {"noticeId": 1}
    if value is not None:
        d["tagStr"] = value
    assert parse.parse_notice_summary(d).tag_names == names


def test_service_profile_object_or_string_and_language_junk() -> None:
    as_obj = parse.parse_service(content({"serviceId": "S", "name": "N", "language": "ko",
                                          "profile": {"fileUrl": "https://x/y.png"},
                                          "languages": [{"code": "ja", "name": "日本語", "orderNo": 1},
                                                        {"code": "ko", "name": "한국어", "orderNo": "0"},
                                                        "junk", {"name": "no code"}, None],
                                          "multiLanguage": "true"}))
    assert as_obj.profile_image_url == "https://x/y.png"
    assert [lang.code for lang in as_obj.languages] == ["ko", "ja"] and as_obj.multi_language
    as_str = parse.parse_service(content({"profile": "https://x/z.png", "languages": None}))
    assert as_str.profile_image_url == "https://x/z.png" and as_str.languages == ()
    assert parse.parse_service(content({"profile": None})).profile_image_url is None


@pytest.mark.parametrize("path, ids", [("\\", ()), ("\\2546\\", (2546,)), ("\\2546\\2548\\", (2546, 2548)),
                                       (None, ()), ("", ()), ("\\2546\\x\\2548", (2546, 2548)), (12, ())])
def test_category_path(path: object, ids: tuple[int, ...]) -> None:
    cat = parse.parse_category({"categoryId": 1, "path": path, "level": None})
    assert cat.path == ids and cat.level == len(ids) + 1


def test_category_languages_junk_skipped() -> None:
    cat = parse.parse_category({"categoryId": 7, "parent": None, "name": "유형1", "languages": {
        "ko": "유형1", "en": "Type1", "ja": None, "zh": 5, "th": ["x"], "": "empty key ok"}})
    assert cat.languages == {"ko": "유형1", "en": "Type1", "": "empty key ok"}
    assert cat.parent == 0 and cat.display_name("en") == "Type1" and cat.display_name("ja") == "유형1"
    assert parse.parse_category({"categoryId": 1, "languages": ["ko"]}).languages == {}


def test_field_options_and_flags() -> None:
    f = parse.parse_field({"fieldId": "722", "code": "checkbox", "type": "checkbox", "length": "50",
                           "required": "true", "encrypt": True, "options": ["옵션1", 2, None, {"x": 1}],
                           "value": None, "unknownKey": [1, 2]})
    assert f.field_id == 722 and f.length == 50 and f.required and f.encrypt
    assert f.options == ("옵션1", "2")
    assert parse.parse_field({"fieldId": 1, "options": None, "length": -5}).options is None
    assert parse.parse_field({"fieldId": 1, "length": -5}).length == 0


def test_ticket_detail_entries_both_answer_types() -> None:
    d = parse.parse_ticket_detail(content({"ticketId": "T1", "contents": [
        {"content": "<p>solved</p>", "type": "reply", "createdDt": 3},
        {"content": "<p>more</p>", "type": "enduser", "createdDt": 2, "attachments": None},
        {"content": "<p>ans</p>", "type": "csuser", "createdDt": 1},
    ], "attachments": None}))
    assert [e.from_agent for e in d.entries] == [True, False, True]
    assert [e.created_ms for e in d.thread_oldest_first()] == [1, 2, 3]


def test_page_fields_and_fallbacks() -> None:
    page = parse.parse_page({"contents": [{"ticketId": "T1"}], "total": "11", "pages": 2, "pageNum": 1,
                             "pageSize": 10}, parse.parse_ticket_summary, 1, 10)
    assert (page.total, page.pages, page.page_num, page.page_size) == (11, 2, 1, 10) and page.has_next
    bare = parse.parse_page({"contents": None}, parse.parse_ticket_summary, 3, 20)
    assert (bare.total, bare.pages, bare.page_num, bare.page_size, bare.items) == (0, 0, 3, 20, ())


@pytest.mark.parametrize(
    "fn, value",
    [
        (parse.parse_notice, {"content": {"title": "no id"}}),
        (parse.parse_notice, {"content": None}),
        (parse.parse_notice, None),
        (parse.parse_notice, []),
        (parse.parse_faq, {"content": {"helpDocId": "abc"}}),
        (parse.parse_categories, {"contents": {"not": "a list"}}),
        (parse.parse_categories, {"contents": ["junk"]}),
        (parse.parse_ticket_detail, {"content": {"ticketId": "T", "contents": "nope"}}),
        (parse.parse_ticket_detail, {"content": {"ticketId": ""}}),
        (parse.parse_created_ticket, {"content": {"ticketId": True}}),
        (parse.parse_notice, {"content": {"noticeId": 1, "attachments": [{"fileName": "no id"}]}}),
        (parse.parse_service, {"content": {"languages": "ko"}}),
    ],
)
def test_structurally_impossible_is_malformed(fn: object, value: object) -> None:
    with pytest.raises(MalformedResponseError):
        fn(value)  # type: ignore[operator]


# ---------------------------------------------------------------- envelope and helpers


def test_envelope_success_and_missing_flag() -> None:
    assert decode_envelope(b'{"header":{"resultCode":200,"isSuccessful":true},"result":{"a":1}}') == {"a": 1}
    assert decode_envelope(b'{"header":{"resultCode":"200"},"result":null}') is None
    with pytest.raises(ServerError):
        decode_envelope(b'{"header":{"resultCode":"x","isSuccessful":false}}', http_status=502)


@pytest.mark.parametrize("body", [b"", b"   ", b"<html></html>", b"[1,2]", b'{"result":1}', b'{"header":[]}',
                                  b"\xff\xfe\x00garbage", b'{"header":'])
def test_envelope_malformed(body: bytes) -> None:
    with pytest.raises(MalformedResponseError) as info:
        decode_envelope(body, http_status=200, endpoint="x", ambiguous=True)
    assert info.value.ambiguous and info.value.http_status == 200 and info.value.endpoint == "x"


def test_snippet_is_short_and_printable() -> None:
    text = snippet(b"<html>\n\t<body>\x00\x1b[31m" + "가".encode() * 500)
    assert "\n" not in text and "\x00" not in text and "\x1b" not in text and len(text) <= 161
    assert text.startswith("<html> <body>?")


@pytest.mark.parametrize("value, expected", [(5, 5), ("12", 12), (" -3 ", -3), (2.0, 2), (2.5, None),
                                             (True, None), ("1e3", None), (float("nan"), None), ("", None),
                                             ("٣", None), (None, None)])
def test_as_int(value: object, expected: int | None) -> None:
    assert as_int(value) == expected


def test_as_bool() -> None:
    assert [as_bool(v) for v in ("Y", "y", "true", "1", 1, True)] == [True] * 6
    falsy: tuple[object, ...] = ("N", "false", 0, 2, None, [], {})
    assert [as_bool(v) for v in falsy] == [False] * 7


def test_encode_query_round_trips_exact_values() -> None:
    from urllib.parse import parse_qsl

    pairs: list[tuple[str, str]] = [("query", "비밀번호 재설정 & more+1=2"), ("source", "web,api")]
    pairs += [("sort", "isTop:desc"), ("e", "")]
    assert parse_qsl(encode_query(pairs), keep_blank_values=True) == pairs
    assert "source=web,api" in encode_query(pairs)


def test_clock_helpers(expect_log: ExpectLog) -> None:
    expect_log("implausible server Date")
    assert parse_http_date_ms("Sun, 06 Nov 1994 08:49:37 GMT") == 784111777000
    assert parse_http_date_ms("garbage") is None and parse_http_date_ms(None) is None
    assert parse_http_date_ms("Sun, 06 Nov 1994 08:49:37") is None  # no zone
    skewing = SkewingClock(FixedClock(784111777000 - 60_000))
    assert not skewing.learned and skewing.now_ms() == 784111717000
    assert skewing.learn_from_date("Sun, 06 Nov 1994 08:49:37 GMT")
    assert skewing.offset_ms == 60_500 and skewing.learned
    assert not skewing.learn_from_date("nonsense") and skewing.offset_ms == 60_500
    assert as_clock(lambda: 42).now_ms() == 42


def test_retry_after_forms() -> None:
    now = 784111777000
    assert retry_after_seconds("3", now) == 3.0
    assert retry_after_seconds("-3", now) == 0.0
    assert retry_after_seconds("Sun, 06 Nov 1994 08:49:47 GMT", now) == 10.0
    assert retry_after_seconds("Sun, 06 Nov 1994 08:49:27 GMT", now) == 0.0
    assert retry_after_seconds("soon", now) is None and retry_after_seconds(None, now) is None
