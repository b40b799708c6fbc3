"""Inquiry types, forms, ticket creation with validation, history, detail and follow-ups."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from contiple_desktop.sim import SimServer
from tests.sim._raw import Raw

TICKET = "openapi/v1/ticket.json"
ALL_TYPES = {
    "text",
    "textarea",
    "dropdown",
    "checkbox",
    "radio",
    "date",
    "datetime",
    "date_period",
    "datetime_period",
    "agree",
    "caption",
    "file",
}
FULL_BODY: dict[str, Any] = {
    "categoryId": "2542",
    "subject": "재설정 메일이 오지 않아요",
    "content": "어제부터 메일이 오지 않습니다.",
    "endUser": {
        "usercode": "caller-1",
        "email": "caller@example.com",
        "username": "홍길동",
        "phone": "010-1234-5678",
    },
    "typeOne": "구분1",
    "typeTwo": "구분2",
    "language": "ko",
    "source": "api",
    "userFields": [
        {"code": "textbox", "value": "hong123"},
        {"code": "checkbox", "value": ["옵션1", "옵션2"]},
        {"code": "dropdown", "value": "옵션1"},
        {"code": "radiobutton", "value": "Option 2"},
        {"code": "date", "value": "2022-07-11"},
        {"code": "datetime", "value": "2022-07-11 00:00"},
        {"code": "dateperiod", "value": "2022-07-01 ~ 2022-07-31"},
        {"code": "datetimeperiod", "value": "2022-07-01 00:00 ~ 2022-07-31 23:59"},
        {"code": "agreetotheterms", "value": "true"},
        {"code": "personalAgree", "value": "true"},
    ],
}


def _body(**changes: Any) -> dict[str, Any]:
    body = copy.deepcopy(FULL_BODY)
    body.update(changes)
    return body


def _with_field(code: str, value: Any) -> dict[str, Any]:
    body = _body()
    body["userFields"] = [f for f in body["userFields"] if f["code"] != code]
    if value is not ...:
        body["userFields"].append({"code": code, "value": value})
    return body


def test_ticket_categories(raw: Raw) -> None:
    nodes = raw.get_json("api/v2/ticket/categories.json")["result"]["contents"]
    assert len(nodes) == 25 and max(n["level"] for n in nodes) == 5
    assert set(nodes[0]) == {"categoryId", "parent", "name", "level", "path", "orderNo", "languages"}
    assert [n["level"] for n in nodes] == sorted(n["level"] for n in nodes)
    by_id = {n["categoryId"]: n for n in nodes}
    assert by_id[2542]["path"] == "\\2536\\2538\\2540\\2541\\"
    children = raw.get_json("api/v2/ticket/categories.json", [("parent", "2536")])["result"]["contents"]
    assert {n["categoryId"] for n in children} == {2538, 2539, 2573}
    roots = raw.get_json("api/v2/ticket/categories.json", [("parent", "0")])["result"]["contents"]
    assert all(n["level"] == 1 for n in roots) and len(roots) == 4
    chain = raw.get_json("api/v2/ticket/categories.json", [("child", "2542"), ("language", "en")])["result"]
    assert [n["categoryId"] for n in chain["contents"]] == [2536, 2538, 2540, 2541, 2542]
    assert chain["contents"][-1]["name"] == "Reset mail not received"


def test_full_form_uses_every_field_type(raw: Raw) -> None:
    fields = raw.get_json("api/v2/ticket/field/user/2542.json")["result"]["contents"]
    assert {f["type"] for f in fields} == ALL_TYPES
    assert {"category", "name", "mail", "phone", "subject", "content", "attachment", "personalAgree"} <= {
        f["code"] for f in fields
    }
    keys = {
        "fieldId",
        "code",
        "type",
        "title",
        "description",
        "placeholder",
        "length",
        "required",
        "encrypt",
        "holdingText",
        "options",
        "value",
    }
    assert all(set(f) == keys and f["value"] is None for f in fields)
    checkbox = next(f for f in fields if f["type"] == "checkbox")
    assert checkbox["options"] == ["옵션1", "옵션2", "옵션3"]
    assert any("<" in f["description"] for f in fields)
    english = raw.get_json("api/v2/ticket/field/user/2542.json", [("language", "en")])["result"]["contents"]
    assert next(f for f in english if f["code"] == "mail")["title"] == "E-mail"
    simple = raw.get_json("api/v2/ticket/field/user/2587.json")["result"]["contents"]
    assert [f["fieldId"] for f in simple] == [1, 3, 5, 6, 2, 4, 9, 11]


def test_create_ticket_and_find_it(raw: Raw, sim: SimServer) -> None:
    attachment = raw.upload_id()
    response = raw.post_json(TICKET, _body(attachments=[{"attachmentId": attachment}]), [("language", "ko")])
    assert response.status_code == 200
    content = response.json()["result"]["content"]
    assert set(content) == {
        "ticketId",
        "subject",
        "categoryId",
        "categoryName",
        "categoryFullName",
        "status",
        "statusName",
        "content",
        "createdDt",
        "updatedDt",
        "contents",
        "attachments",
        "displayDt",
    }
    assert re.fullmatch(r"T\d{13}[A-Za-z0-9]{5}", content["ticketId"])
    assert (content["status"], content["categoryId"], content["contents"], content["displayDt"]) == (
        "new",
        2542,
        None,
        None,
    )
    assert set(content["attachments"][0]) == {
        "attachmentId",
        "fileName",
        "contentType",
        "disposition",
        "size",
        "createdDt",
    }
    assert isinstance(content["attachments"][0]["createdDt"], int)
    listed = raw.get_json("openapi/v1/ticket/enduser/caller-1/list.json", signed=True)["result"]
    assert listed["total"] == 1 and listed["contents"][0]["ticketId"] == content["ticketId"]
    assert listed["contents"][0]["statusName"] == "접수 완료"
    assert sim.requests()[-2]["json_body"]["endUser"]["usercode"] == "caller-1"


def test_guest_ticket_without_usercode(raw: Raw, sim: SimServer) -> None:
    body = _body()
    del body["endUser"]["usercode"]
    content = raw.post_json(TICKET, body).json()["result"]["content"]
    assert sim.state.tickets[content["ticketId"]]["usercode"] is None


@pytest.mark.parametrize(
    ("code", "value", "validate", "field"),
    [
        ("textbox", ..., "required", "721"),
        ("textbox", "", "required", "721"),
        ("textbox", "x" * 51, "length", "721"),
        ("textbox", 12, "invalid", "721"),
        ("checkbox", ["옵션1", "옵션9"], "invalid", "722"),
        ("checkbox", "옵션1", "invalid", "722"),
        ("dropdown", "옵션9", "invalid", "723"),
        ("radiobutton", ["옵션1"], "invalid", "724"),
        ("date", "2022/07/11", "invalid", "725"),
        ("date", "2022-02-30", "invalid", "725"),
        ("datetime", "2022-07-11", "invalid", "726"),
        ("datetime", "2022-07-11 24:00", "invalid", "726"),
        ("dateperiod", "2022-07-31 ~ 2022-07-01", "invalid", "727"),
        ("dateperiod", "2022-07-01~2022-07-31", "invalid", "727"),
        ("datetimeperiod", "2022-07-01 00:00 ~ 2022-07-01", "invalid", "728"),
        ("agreetotheterms", "yes", "invalid", "729"),
        ("personalAgree", "maybe", "invalid", "11"),
    ],
)
def test_custom_field_validation(raw: Raw, code: str, value: Any, validate: str, field: str) -> None:
    response = raw.post_json(TICKET, _with_field(code, value))
    assert response.status_code == 400
    doc = response.json()
    assert doc["header"] == {"resultCode": 400, "resultMessage": None, "isSuccessful": False}
    key = f"validate.ticket.{code}.{validate}"
    assert doc["result"]["contents"] == [
        {
            "objectName": code,
            "field": field,
            "validate": validate,
            "key": key,
            "message": key,
            "rejectValue": "",
        }
    ]


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("checkbox", []),
        ("checkbox", ["Option 3"]),
        ("dropdown", ...),
        ("date", ...),
        ("agreetotheterms", True),
        ("agreetotheterms", "false"),
        ("personalAgree", ...),
        ("datetimeperiod", "2022-07-01 10:00 ~ 2022-07-01 10:00"),
    ],
)
def test_custom_field_accepted(raw: Raw, code: str, value: Any) -> None:
    assert raw.post_json(TICKET, _with_field(code, value)).json()["header"]["isSuccessful"] is True


def test_system_field_validation(raw: Raw) -> None:
    body = _body(subject="", content="x" * 5001)
    body["endUser"] = {"usercode": "u", "email": "not-an-email", "username": "", "phone": "0" * 31}
    errors = raw.post_json(TICKET, body).json()["result"]["contents"]
    assert [(e["objectName"], e["field"], e["validate"]) for e in errors] == [
        ("mail", "3", "invalid"),
        ("subject", "5", "required"),
        ("content", "6", "length"),
        ("name", "2", "required"),
        ("phone", "4", "length"),
    ]


def test_required_agree_and_errors_in_form_order(raw: Raw, sim: SimServer) -> None:
    sim.state.fields[729]["required"] = True
    body = _with_field("agreetotheterms", "false")
    body["userFields"] = [f for f in body["userFields"] if f["code"] != "textbox"]
    errors = raw.post_json(TICKET, body).json()["result"]["contents"]
    assert [(e["objectName"], e["validate"]) for e in errors] == [
        ("textbox", "required"),
        ("agreetotheterms", "required"),
    ]


def test_category_errors(raw: Raw) -> None:
    unknown = raw.post_json(TICKET, _body(categoryId=99999))
    assert unknown.status_code == 200
    assert unknown.json() == {
        "header": {"resultCode": 9005, "resultMessage": "No related data exists.", "isSuccessful": False},
        "result": None,
    }
    missing = _body()
    del missing["categoryId"]
    errors = raw.post_json(TICKET, missing).json()["result"]["contents"]
    assert errors[0]["objectName"] == "category" and errors[0]["validate"] == "required"
    bad = raw.post_json(TICKET, _body(categoryId="abc")).json()["result"]["contents"]
    assert bad[0]["validate"] == "invalid"
    not_json = raw.request("POST", TICKET, body=b"{not json", signed=True)
    assert not_json.status_code == 400 and not_json.json()["header"]["resultMessage"] == "Invalid paramter"


def test_attachment_rules(raw: Raw) -> None:
    ids = [raw.upload_id() for _ in range(6)]
    too_many = raw.post_json(TICKET, _body(attachments=[{"attachmentId": a} for a in ids]))
    assert too_many.status_code == 400
    assert too_many.json()["result"]["contents"][0]["key"] == "validate.ticket.attachment.invalid"
    unknown = raw.post_json(TICKET, _body(attachments=[{"attachmentId": "f" * 32}]))
    assert unknown.json()["header"]["resultCode"] == 9005
    five = raw.post_json(TICKET, _body(attachments=[{"attachmentId": a} for a in ids[:5]]))
    assert len(five.json()["result"]["content"]["attachments"]) == 5


def test_custom_form_for_payment(raw: Raw) -> None:
    body = _body(
        categoryId=2577,
        userFields=[
            {"code": "payMethod", "value": "Credit card"},
            {"code": "payDate", "value": "2024-01-31"},
        ],
    )
    errors = raw.post_json(TICKET, body).json()["result"]["contents"]
    assert [(e["objectName"], e["validate"]) for e in errors] == [("orderNo", "required")]
    body["userFields"].append({"code": "orderNo", "value": "ORD-1"})
    assert raw.post_json(TICKET, body).json()["header"]["isSuccessful"] is True


def _create(raw: Raw, ip: str | None = None) -> int:
    headers = {"OC-Client-IP": ip} if ip else None
    response = raw.post_json(TICKET, _body(), headers=headers)
    return int(response.json()["header"]["resultCode"])


def test_spam_blocking_off_by_default(raw: Raw) -> None:
    assert [_create(raw) for _ in range(4)] == [200, 200, 200, 200]


def test_spam_1001_third_within_a_minute(raw: Raw, sim: SimServer) -> None:
    sim.config.spam_blocking = True
    assert [_create(raw, "203.0.113.5") for _ in range(4)] == [200, 200, 1001, 1001]
    response = raw.post_json(TICKET, _body(), headers={"OC-Client-IP": "203.0.113.5"})
    assert response.status_code == 200 and response.json() == {
        "header": {
            "resultCode": 1001,
            "isSuccessful": False,
            "resultMessage": "The number of inquiries has exceeded the limit. "
            "Please contact us again after a while.",
        },
        "result": {},
    }
    assert _create(raw, "203.0.113.6") == 200
    assert [_create(raw) for _ in range(3)] == [200, 200, 1001]  # the peer IP when no header
    sim.set_clock_skew_ms(24 * 3_600_000 + 60_000)
    assert _create(raw, "203.0.113.5") == 200


def test_spam_1002_tenth_within_a_day(raw: Raw, sim: SimServer) -> None:
    sim.config.spam_blocking = True
    results = []
    for attempt in range(11):
        sim.set_clock_skew_ms(attempt * 2 * 60_000)
        results.append(_create(raw, "198.51.100.7"))
    assert results == [200] * 9 + [1002, 1002]
    sim.set_clock_skew_ms(10 * 2 * 60_000 + 24 * 3_600_000)
    assert _create(raw, "198.51.100.7") == 200


def test_history_list_filters_and_sort(raw: Raw, sim: SimServer) -> None:
    rel = "openapi/v1/ticket/enduser/cust-001/list.json"
    result = raw.get_json(rel, signed=True)["result"]
    assert (result["total"], result["pages"], result["pageNum"], result["pageSize"]) == (12, 2, 1, 10)
    item = result["contents"][0]
    assert set(item) == {
        "ticketId",
        "subject",
        "categoryId",
        "categoryName",
        "categoryFullName",
        "status",
        "statusName",
        "content",
        "createdDt",
        "updatedDt",
        "contents",
        "attachments",
        "displayDt",
    }
    assert item["content"] is None and item["contents"] is None and item["attachments"] is None
    updated = [t["updatedDt"] for t in result["contents"]]
    assert updated == sorted(updated, reverse=True)
    every = raw.get_json(rel, [("pageSize", "50")], signed=True)["result"]["contents"]
    assert {t["status"] for t in every} == {"new", "open", "reply", "solved", "closed"}
    solved = raw.get_json(rel, [("status", "solved")], signed=True)["result"]
    assert solved["total"] == 2 and {t["status"] for t in solved["contents"]} == {"solved"}
    one_category = every[0]["categoryId"]
    by_category = raw.get_json(rel, [("categoryId", str(one_category))], signed=True)["result"]["contents"]
    assert by_category and {t["categoryId"] for t in by_category} == {one_category}
    source = every[0]["ticketId"]
    sim.state.tickets[source]["source"] = "spweb"
    only_web_api = raw.get_json(rel, [("source", "web,api"), ("pageSize", "50")], signed=True)["result"]
    assert source not in {t["ticketId"] for t in only_web_api["contents"]}
    ascending = raw.get_json(rel, [("sort", "createdDt:asc"), ("pageSize", "50")], signed=True)["result"]
    created = [t["createdDt"] for t in ascending["contents"]]
    assert created == sorted(created)
    empty = raw.get_json("openapi/v1/ticket/enduser/cust-010/list.json", signed=True)["result"]
    assert (empty["contents"], empty["total"], empty["pages"]) == ([], 0, 0)


def test_bulk_customer_paging(raw: Raw) -> None:
    rel = "openapi/v1/ticket/enduser/bulk-500/list.json"
    result = raw.get_json(rel, [("page", "3"), ("pageSize", "200")], signed=True)["result"]
    assert (result["total"], result["pages"], result["pageNum"], len(result["contents"])) == (500, 3, 3, 100)


def test_ticket_detail_thread_newest_first(raw: Raw, sim: SimServer) -> None:
    ticket = next(t for t in sim.state.tickets_of("cust-001") if t["status"] == "solved")
    rel = f"openapi/v1/ticket/enduser/cust-001/{ticket['ticketId']}/detail.json"
    content = raw.get_json(rel, [("language", "en")], signed=True)["result"]["content"]
    entries = content["contents"]
    assert len(entries) >= 2 and {e["type"] for e in entries} == {"enduser", "reply"}
    assert [e["createdDt"] for e in entries] == sorted((e["createdDt"] for e in entries), reverse=True)
    assert set(entries[0]) == {"content", "type", "typeName", "createdDt", "displayDt", "attachments"}
    assert entries[0]["typeName"] == "Answer" and content["statusName"] == "Answered"
    assert content["content"] == ticket["content"] and content["categoryFullName"].count(">") >= 0
    wrong_owner = raw.get(f"openapi/v1/ticket/enduser/cust-002/{ticket['ticketId']}/detail.json", signed=True)
    assert wrong_owner.status_code == 404
    unknown = raw.get("openapi/v1/ticket/enduser/cust-001/T0000000000000xxxxx/detail.json", signed=True)
    assert unknown.json()["header"]["resultCode"] == 404


def test_seeded_thread_attachments_download(raw: Raw, sim: SimServer) -> None:
    ticket = next(t for t in sim.state.tickets.values() if any(e["attachmentIds"] for e in t["thread"]))
    rel = f"openapi/v1/ticket/enduser/{ticket['usercode']}/{ticket['ticketId']}/detail.json"
    entries = raw.get_json(rel, signed=True)["result"]["content"]["contents"]
    attachment = next(a for e in entries if e["attachments"] for a in e["attachments"])
    download = raw.get(f"api/v2/ticket/attachments/{attachment['attachmentId']}", [("type", "download")])
    assert download.status_code == 200 and int(download.headers["Content-Length"]) == attachment["size"]


def test_follow_up_comment(raw: Raw, sim: SimServer) -> None:
    ticket = next(t for t in sim.state.tickets_of("cust-001") if t["status"] == "solved")
    before = ticket["updatedDt"]
    attachment = raw.upload_id()
    rel = f"openapi/v1/ticket/enduser/cust-001/{ticket['ticketId']}/comment.json"
    response = raw.post_json(rel, {"comment": "아직 안 돼요 <b>\n두 번째 줄"}, [("attachments", attachment)])
    content = response.json()["result"]["content"]
    assert set(content) == {"content", "type", "typeName", "createdDt", "displayDt", "attachments"}
    assert content["content"] == "<p>아직 안 돼요 &lt;b&gt;<br>두 번째 줄</p>"
    assert (content["type"], content["typeName"], content["displayDt"]) == ("enduser", None, None)
    assert content["attachments"][0]["attachmentId"] == attachment
    assert ticket["status"] == "open" and ticket["updatedDt"] > before
    detail = raw.get_json(rel.replace("comment.json", "detail.json"), signed=True)["result"]["content"]
    assert detail["contents"][0]["content"] == content["content"] and detail["status"] == "open"
    logged = sim.requests()[-2]
    assert logged["json_body"] == {"comment": "아직 안 돼요 <b>\n두 번째 줄"}
    assert logged["query"] == [["attachments", attachment]]


def test_follow_up_errors(raw: Raw, sim: SimServer) -> None:
    ticket = sim.state.tickets_of("cust-001")[0]
    rel = f"openapi/v1/ticket/enduser/cust-001/{ticket['ticketId']}/comment.json"
    assert raw.post_json(rel.replace("cust-001", "cust-002"), {"comment": "x"}).status_code == 404
    empty = raw.post_json(rel, {"comment": "  "})
    assert empty.status_code == 400 and empty.json()["result"]["contents"][0]["validate"] == "required"
    six = ",".join("a" * 32 for _ in range(6))
    assert raw.post_json(rel, {"comment": "x"}, [("attachments", six)]).status_code == 400
    unknown = raw.post_json(rel, {"comment": "x"}, [("attachments", "b" * 32)])
    assert unknown.json()["header"]["resultCode"] == 9005
    closed = next(t for t in sim.state.tickets_of("cust-001") if t["status"] == "closed")
    closed_rel = f"openapi/v1/ticket/enduser/cust-001/{closed['ticketId']}/comment.json"
    assert raw.post_json(closed_rel, {"comment": "x"}).json()["header"]["isSuccessful"] is True
    assert closed["status"] == "closed"
