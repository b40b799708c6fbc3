"""Field value formats, client-side validation and the create-ticket body mapping (§3.12/§3.14)."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from contiple_desktop.domain import fields as F
from contiple_desktop.domain.models import FieldDefinition
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
    values: dict[str, F.Value] = {
        "mail": "enduser_simple@nhn-st.com", "name": "이름", "phone": "13333333333",
        "subject": "유형", "content": "문의내용", "typeOne": "구분1", "typeTwo": "구분2",
        "textbox": "텍스트", "checkbox": ["옵션1", "옵션2"], "dropdown": "옵션1", "radiobutton": "옵션1",
        "date": "2022-07-11", "datetime": "2022-07-11 00:00", "dateperiod": "2022-07-01 ~ 2022-07-31",
        "datetimeperiod": "2022-07-01 00:00 ~ 2022-07-31 23:59", "agreetotheterms": "true",
        "personalAgree": "true",
    }  # fmt: skip
    assert F.validate(FORM, values, attachment_count=1) == []
    ticket = F.build_ticket(
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
    values: dict[str, F.Value] = {
        "mail": "a@b.co", "subject": "s", "content": "c", "textbox": "t", "personalAgree": "true",
        "checkbox": [], "dropdown": "", "phone": "", "typeOne": "",
    }  # fmt: skip
    body = F.build_ticket(FORM, values, category_id=1, usercode=None).to_body()
    assert body["endUser"] == {"email": "a@b.co", "username": ""}
    assert "typeOne" not in body and "attachments" not in body
    assert body["userFields"] == [
        {"code": "textbox", "value": "t"},
        {"code": "personalAgree", "value": "true"},
    ]


def test_validation_names_field_and_rule() -> None:
    values: dict[str, F.Value] = {
        "mail": "not-an-address", "subject": "", "content": "x", "textbox": "01234567890",
        "dateperiod": "2022-07-31 ~ 2022-07-01", "datetime": "2022-07-11", "dropdown": "옵션9",
        "checkbox": ["옵션1", "nope"], "personalAgree": "",
    }  # fmt: skip
    got = [(p.code, p.rule) for p in F.validate(FORM, values)]
    assert got == [
        ("mail", F.Rule.EMAIL), ("subject", F.Rule.REQUIRED), ("textbox", F.Rule.LENGTH),
        ("checkbox", F.Rule.OPTION), ("dropdown", F.Rule.OPTION), ("datetime", F.Rule.FORMAT),
        ("dateperiod", F.Rule.PERIOD_ORDER), ("personalAgree", F.Rule.REQUIRED),
    ]  # fmt: skip
    assert F.validate_field(FORM[10], "x" * 11) == F.Problem("textbox", 721, F.Rule.LENGTH, 10)


def test_required_file_needs_an_attachment() -> None:
    defn = D(9, "attachment", "file", required=True)
    assert F.validate_field(defn, None).rule is F.Rule.REQUIRED  # type: ignore[union-attr]
    assert F.validate_field(defn, None, attachment_count=1) is None


def test_server_errors_map_by_code_or_field_id() -> None:
    errors = [
        FieldError("mail", "3", ValidationKind.INVALID),
        FieldError("unknownCode", "721", ValidationKind.LENGTH),
        FieldError("phone", "4", ValidationKind.REQUIRED),
    ]
    got = F.server_problems(errors, FORM)
    assert [(p.code, p.field_id, p.rule) for p in got] == [  # form order: the caller box first
        ("mail", 3, F.Rule.SERVER_INVALID), ("phone", 4, F.Rule.REQUIRED), ("textbox", 721, F.Rule.LENGTH),
    ]  # fmt: skip
    assert got[2].limit == 10


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31))
datetimes = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@given(dates, dates)
def test_date_period_round_trip(a: date, b: date) -> None:
    start, end = sorted((a, b))
    text = F.join_period(F.format_date(start), F.format_date(end))
    assert F.check_format("date_period", text) is None
    s, e = F.split_period(text)
    assert (F.parse_date(s), F.parse_date(e)) == (start, end)


@given(datetimes)
def test_datetime_round_trip(dt: datetime) -> None:
    text = F.format_datetime(dt)
    assert len(text) == 16 and F.parse_datetime(text) == dt
    assert F.check_format("datetime", text) is None


@given(st.text())
def test_garbage_never_passes_as_a_date(text: str) -> None:
    try:
        F.parse_date(text)
    except ValueError:
        assert F.check_format("date", text) is F.Rule.FORMAT
    else:
        assert F.format_date(F.parse_date(text)) == text
