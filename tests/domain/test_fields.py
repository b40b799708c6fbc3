"""Field value formats, client-side validation and the create-ticket body mapping (§3.12/§3.14)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition, FieldProblem
from contiple_desktop.errors import FieldError, ValidationKind


def D(fid: int, code: str, type_: str, **kw: object) -> FieldDefinition:
    return FieldDefinition(field_id=fid, code=code, type=type_, **kw)  # type: ignore[arg-type]


FORM = [
    D(1, "category", "dropdown", required=True),
    D(3, "mail", "text", length=100, required=True),
    D(5, "subject", "text", length=200, required=True),
    D(6, "content", "textarea", length=5000, required=True),
    D(2, "name", "text", length=100),
    D(4, "phone", "text", length=30),
    D(9, "attachment", "file"),
    D(18, "typeOne", "text", length=200),
    D(19, "typeTwo", "text", length=200),
    D(720, "caption", "caption", length=50),
    D(721, "textbox", "text", length=10, required=True),
    D(722, "checkbox", "checkbox", options=("옵션1", "옵션2", "옵션3")),
    D(723, "dropdown", "dropdown", options=("옵션1", "옵션2", "옵션3")),
    D(724, "radiobutton", "radio", options=("옵션1", "옵션2", "옵션3")),
    D(725, "date", "date"),
    D(726, "datetime", "datetime"),
    D(727, "dateperiod", "date_period"),
    D(728, "datetimeperiod", "datetime_period"),
    D(729, "agreetotheterms", "agree"),
    D(11, "personalAgree", "agree", required=True),
]


def test_documented_example_body_field_by_field() -> None:
    values: dict[str, fields.Value] = {
        "mail": "enduser_simple@nhn-st.com", "name": "이름", "phone": "13333333333",
        "subject": "유형", "content": "문의내용", "typeOne": "구분1", "typeTwo": "구분2",
        "textbox": "텍스트", "checkbox": ["옵션1", "옵션2"], "dropdown": "옵션1", "radiobutton": "옵션1",
        "date": "2022-07-11", "datetime": "2022-07-11 00:00", "dateperiod": "2022-07-01 ~ 2022-07-31",
        "datetimeperiod": "2022-07-01 00:00 ~ 2022-07-31 23:59", "agreetotheterms": "true",
        "personalAgree": "true",
    }  # fmt: skip
    assert fields.validate(FORM, values, attachment_count=1) == []
    ticket = fields.build_ticket(
        FORM, values, category_id=2542, usercode="st18888", attachment_ids=["8f0d"], language="ko"
    )
    body = ticket.to_body()
    assert body == {
        "categoryId": 2542, "subject": "유형", "content": "문의내용",
        "endUser": {"usercode": "st18888", "email": "enduser_simple@nhn-st.com", "username": "이름",
                    "phone": "13333333333"},
        "attachments": [{"attachmentId": "8f0d"}], "typeOne": "구분1", "typeTwo": "구분2",
        "language": "ko", "source": "api",
        "userFields": [
            {"code": "textbox", "value": "텍스트"}, {"code": "checkbox", "value": ["옵션1", "옵션2"]},
            {"code": "dropdown", "value": "옵션1"}, {"code": "radiobutton", "value": "옵션1"},
            {"code": "date", "value": "2022-07-11"}, {"code": "datetime", "value": "2022-07-11 00:00"},
            {"code": "dateperiod", "value": "2022-07-01 ~ 2022-07-31"},
            {"code": "datetimeperiod", "value": "2022-07-01 00:00 ~ 2022-07-31 23:59"},
            {"code": "agreetotheterms", "value": "true"}, {"code": "personalAgree", "value": "true"},
        ],
    }  # fmt: skip


def test_empty_optional_fields_are_omitted() -> None:
    values: dict[str, fields.Value] = {
        "mail": "a@b.co", "subject": "s", "content": "c", "textbox": "t", "personalAgree": "true",
        "checkbox": [], "dropdown": "", "phone": "", "typeOne": "",
    }  # fmt: skip
    body = fields.build_ticket(FORM, values, category_id=1, usercode=None).to_body()
    assert body["endUser"] == {"email": "a@b.co", "username": ""}
    assert "typeOne" not in body and "attachments" not in body
    assert body["userFields"] == [
        {"code": "textbox", "value": "t"},
        {"code": "personalAgree", "value": "true"},
    ]


def test_validation_names_field_and_rule() -> None:
    values: dict[str, fields.Value] = {
        "mail": "not-an-address", "subject": "", "content": "x", "textbox": "01234567890",
        "dateperiod": "2022-07-31 ~ 2022-07-01", "datetime": "2022-07-11", "dropdown": "옵션9",
        "checkbox": ["옵션1", "nope"], "personalAgree": "",
    }  # fmt: skip
    got = [(p.code, p.rule) for p in fields.validate(FORM, values)]
    assert got == [
        ("mail", fields.Rule.EMAIL), ("subject", fields.Rule.REQUIRED), ("textbox", fields.Rule.LENGTH),
        ("checkbox", fields.Rule.OPTION), ("dropdown", fields.Rule.OPTION), ("datetime", fields.Rule.FORMAT),
        ("dateperiod", fields.Rule.PERIOD_ORDER), ("personalAgree", fields.Rule.REQUIRED),
    ]  # fmt: skip
    assert fields.validate_field(FORM[10], "x" * 11) == fields.Problem("textbox", 721, fields.Rule.LENGTH, 10)


def test_required_file_needs_an_attachment() -> None:
    defn = D(9, "attachment", "file", required=True)
    assert fields.validate_field(defn, None).rule is fields.Rule.REQUIRED  # type: ignore[union-attr]
    assert fields.validate_field(defn, None, attachment_count=1) is None


def test_server_errors_map_by_code_or_field_id() -> None:
    errors = [
        FieldError("mail", "3", ValidationKind.INVALID),
        FieldError("unknownCode", "721", ValidationKind.LENGTH),
        FieldError("phone", "4", ValidationKind.REQUIRED),
    ]
    got = fields.server_problems(errors, FORM)
    assert [(p.code, p.field_id, p.rule) for p in got] == [  # form order: the caller box first
        ("mail", 3, fields.Rule.SERVER_INVALID), ("phone", 4, fields.Rule.REQUIRED),
        ("textbox", 721, fields.Rule.LENGTH),
    ]  # fmt: skip
    assert got[2].limit == 10


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31))
datetimes = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@given(dates, dates)
def test_date_period_round_trip(a: date, b: date) -> None:
    start, end = sorted((a, b))
    text = fields.join_period(fields.format_date(start), fields.format_date(end))
    assert fields.check_format("date_period", text) is None
    s, e = fields.split_period(text)
    assert (fields.parse_date(s), fields.parse_date(e)) == (start, end)


@given(datetimes)
def test_datetime_round_trip(dt: datetime) -> None:
    text = fields.format_datetime(dt)
    assert len(text) == 16 and fields.parse_datetime(text) == dt
    assert fields.check_format("datetime", text) is None


@given(st.text())
def test_garbage_never_passes_as_a_date(text: str) -> None:
    try:
        fields.parse_date(text)
    except ValueError:
        assert fields.check_format("date", text) is fields.Rule.FORMAT
    else:
        assert fields.format_date(fields.parse_date(text)) == text


# -- unusable definitions ------------------------------------------------------------------
@pytest.mark.parametrize(
    "defn, problem",
    [
        (D(0, "nofid", "text"), FieldProblem.NO_ID),
        (D(800, "", "text"), FieldProblem.NO_CODE),
        (D(800, "rating", "rating"), FieldProblem.UNKNOWN_TYPE),
        (D(800, "rating", ""), FieldProblem.UNKNOWN_TYPE),
        (D(800, "pick", "dropdown"), FieldProblem.NO_OPTIONS),
        (D(800, "pick", "radio", options=()), FieldProblem.NO_OPTIONS),
        (D(800, "pick", "checkbox", required=True), FieldProblem.NO_OPTIONS),
        (D(800, "junk", "", problem=FieldProblem.MALFORMED), FieldProblem.MALFORMED),
        (D(1, "category", "dropdown", required=True), None),  # chosen with the picker
        (D(0, "mail", "email", required=True), None),  # the caller box shows it whatever its type
        (D(800, "caption", "caption"), None),
    ],
)
def test_definition_problem(defn: FieldDefinition, problem: FieldProblem | None) -> None:
    assert fields.definition_problem(defn) is problem
    [classified] = fields.classify([defn])
    assert classified.problem is problem and classified.usable is (problem is None)


def test_classify_marks_later_duplicates_and_is_idempotent() -> None:
    defs = [D(1, "dup", "text"), D(2, "dup", "rating"), D(3, "dup", "textarea"), D(4, "other", "text")]
    once = fields.classify(defs)
    assert [d.problem for d in once] == [None, FieldProblem.UNKNOWN_TYPE, FieldProblem.DUPLICATE_CODE, None]
    assert fields.classify(once) == once
    assert defs[0] is once[0]  # usable ones are not copied


BROKEN = [
    *FORM,
    D(0, "nofid", "text", required=True, title="ID 없음"),
    D(801, "", "text", required=True),
    D(802, "rating", "rating", required=True, title="별점"),
    D(803, "optional_rating", "rating"),
    D(804, "pay", "dropdown", required=True, title="결제 수단"),
    D(805, "optional_pick", "radio"),
    D(806, "textbox", "text", required=True),  # a duplicate of 721
]


def test_unrenderable_required_lists_what_the_server_will_demand() -> None:
    got = [(d.code, d.problem) for d in fields.unrenderable_required(BROKEN)]
    assert got == [
        ("nofid", FieldProblem.NO_ID), ("", FieldProblem.NO_CODE),
        ("rating", FieldProblem.UNKNOWN_TYPE), ("pay", FieldProblem.NO_OPTIONS),
    ]  # fmt: skip
    assert fields.unrenderable_required(FORM) == []


def test_validation_and_the_body_skip_unusable_fields() -> None:
    values: dict[str, fields.Value] = {
        "mail": "a@b.co", "subject": "s", "content": "c", "textbox": "t", "personalAgree": "true",
        "nofid": "x", "rating": "5", "pay": "card", "optional_pick": "p",
    }  # fmt: skip
    assert fields.validate(BROKEN, values) == []  # nothing could be typed into them
    body = fields.build_ticket(BROKEN, values, category_id=1, usercode=None).to_body()
    assert body["userFields"] == [
        {"code": "textbox", "value": "t"}, {"code": "personalAgree", "value": "true"},
    ]  # the duplicate of textbox is sent once; unusable ones never


def test_a_duplicate_is_validated_once() -> None:
    defs = [D(1, "x", "text", required=True), D(2, "x", "text", required=True)]
    assert [p.field_id for p in fields.validate(defs, {})] == [1]


# -- form order ----------------------------------------------------------------------------
def P(code: str, field_id: int = 0) -> fields.Problem:
    return fields.Problem(code, field_id, fields.Rule.REQUIRED)


def test_in_form_order_puts_the_picker_and_the_caller_box_first() -> None:
    problems = [P("personalAgree"), P("ghost"), P("subject"), P("phone"), P("textbox"), P("mail"),
                P("name"), P("category"), P("usercode"), P("", 724)]  # fmt: skip
    got = [p.code or p.field_id for p in fields.in_form_order(problems, FORM)]
    assert got == ["category", "usercode", "name", "mail", "phone", "subject", "textbox", 724,
                   "personalAgree", "ghost"]  # fmt: skip


def test_in_form_order_without_caller_first_follows_the_definitions() -> None:
    problems = [P("subject"), P("phone"), P("mail")]
    got = [p.code for p in fields.in_form_order(problems, FORM, caller_codes_first=False)]
    assert got == ["mail", "subject", "phone"]  # FORM has mail 2nd, subject 3rd, phone 6th


@given(st.lists(st.sampled_from([d.code for d in FORM] + ["ghost", "usercode"]), max_size=12))
def test_in_form_order_is_a_stable_permutation(codes: list[str]) -> None:
    problems = [fields.Problem(c, 10_000 + i, fields.Rule.REQUIRED) for i, c in enumerate(codes)]
    ordered = fields.in_form_order(problems, FORM)
    assert sorted(ordered, key=lambda p: p.field_id) == problems
    same = [p for p in ordered if p.code == (codes[0] if codes else "")]
    assert same == sorted(same, key=lambda p: p.field_id)  # equal places keep their order


def test_validate_and_server_problems_come_in_form_order() -> None:
    values: dict[str, fields.Value] = {"content": "x", "textbox": "t", "personalAgree": "true"}
    form = [dataclasses.replace(d, required=True) if d.code == "phone" else d for d in FORM]
    assert [p.code for p in fields.validate(form, values)] == ["mail", "phone", "subject"]
    required = ValidationKind.REQUIRED
    errors = [FieldError("subject", "5", required), FieldError("phone", "4", required)]
    assert [p.code for p in fields.server_problems(errors, FORM)] == ["phone", "subject"]
