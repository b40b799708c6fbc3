"""Form definitions (§3.12) degrade one field at a time: every item becomes a definition, a bad
one carries a structured reason, and only an answer that is not a list fails as a whole."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.api import parse
from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition, FieldProblem
from contiple_desktop.errors import MalformedResponseError

GOOD = {"fieldId": 5, "code": "subject", "type": "text", "title": "제목", "length": 200, "required": True}


def fields_of(*items: Any) -> list[FieldDefinition]:
    return parse.parse_fields({"contents": list(items)})


@pytest.mark.parametrize(
    "item, problem",
    [
        ({"code": "nofid", "type": "text"}, FieldProblem.NO_ID),
        ({"fieldId": None, "code": "nofid", "type": "text"}, FieldProblem.NO_ID),
        ({"fieldId": "abc", "code": "nofid", "type": "text"}, FieldProblem.NO_ID),
        ({"fieldId": 0, "code": "nofid", "type": "text"}, FieldProblem.NO_ID),
        ({"fieldId": -4, "code": "nofid", "type": "text"}, FieldProblem.NO_ID),
        ({"fieldId": True, "code": "nofid", "type": "text"}, FieldProblem.NO_ID),
        ({"fieldId": 800, "type": "text"}, FieldProblem.NO_CODE),
        ({"fieldId": 800, "code": "", "type": "text"}, FieldProblem.NO_CODE),
        ({"fieldId": 800, "code": "   ", "type": "text"}, FieldProblem.NO_CODE),
        ({"fieldId": 800, "code": 17, "type": "text"}, FieldProblem.NO_CODE),
        ({"fieldId": 800, "code": ["x"], "type": "text"}, FieldProblem.NO_CODE),
        ({"fieldId": 800, "code": "rating", "type": "rating"}, FieldProblem.UNKNOWN_TYPE),
        ({"fieldId": 800, "code": "rating", "type": "rating", "required": True}, FieldProblem.UNKNOWN_TYPE),
        ({"fieldId": 800, "code": "untyped"}, FieldProblem.UNKNOWN_TYPE),
        ({"fieldId": 800, "code": "typed", "type": 3}, FieldProblem.UNKNOWN_TYPE),
        ({"fieldId": 800, "code": "pick", "type": "dropdown", "options": None}, FieldProblem.NO_OPTIONS),
        ({"fieldId": 800, "code": "pick", "type": "radio", "options": None, "required": True},
         FieldProblem.NO_OPTIONS),
        ({"fieldId": 800, "code": "pick", "type": "checkbox", "options": []}, FieldProblem.NO_OPTIONS),
        ({"fieldId": 800, "code": "pick", "type": "dropdown", "options": "a,b"}, FieldProblem.NO_OPTIONS),
        ({"fieldId": 800, "code": "pick", "type": "dropdown", "options": [None, {}, "", " "]},
         FieldProblem.NO_OPTIONS),
        ({"fieldId": 800, "code": "subject", "type": "text"}, FieldProblem.DUPLICATE_CODE),
        ("junk", FieldProblem.MALFORMED),
        (None, FieldProblem.MALFORMED),
        (42, FieldProblem.MALFORMED),
        ([GOOD], FieldProblem.MALFORMED),
    ],
)
def test_one_bad_item_is_marked_and_the_rest_is_intact(item: Any, problem: FieldProblem) -> None:
    after = {"fieldId": 6, "code": "content", "type": "textarea", "required": True}
    defs = fields_of(GOOD, item, after)
    assert len(defs) == 3
    assert defs[1].problem is problem
    assert [d.problem for d in (defs[0], defs[2])] == [None, None]
    assert (defs[0].code, defs[0].length, defs[0].required) == ("subject", 200, True)
    assert (defs[2].code, defs[2].type) == ("content", "textarea")


def test_required_survives_on_an_unusable_field() -> None:
    [defn] = fields_of({"fieldId": 800, "code": "rating", "type": "rating", "required": "true"})
    assert defn.required and defn.problem is FieldProblem.UNKNOWN_TYPE and not defn.usable


@pytest.mark.parametrize(
    "key, value, attribute, expected",
    [
        ("title", 5, "title", "5"),
        ("title", None, "title", ""),
        ("title", ["x"], "title", ""),
        ("description", {"x": 1}, "description", ""),
        ("placeholder", True, "placeholder", "true"),
        ("length", "50", "length", 50),
        ("length", "lots", "length", 0),
        ("length", -5, "length", 0),
        ("length", 10**40, "length", 0),  # no real limit (and more than Qt's int)
        ("length", 2.5, "length", 0),
        ("required", "Y", "required", True),
        ("required", [True], "required", False),
        ("encrypt", "nope", "encrypt", False),
        ("options", ["a", 2, 2.5, None, True, {"x": 1}, "a", ""], "options", ("a", "2", "2.5")),
        ("type", " TEXT ", "type", "text"),
    ],
)
def test_wrong_types_per_key_are_tolerated(key: str, value: Any, attribute: str, expected: Any) -> None:
    item = {"fieldId": 700, "code": "c", "type": "dropdown", "options": ["x"], key: value}
    [defn] = fields_of(item)
    assert getattr(defn, attribute) == expected


def test_duplicate_codes_keep_the_first_usable_one() -> None:
    defs = fields_of(
        {"fieldId": 1, "code": "dup", "type": "rating"},  # unusable: does not claim the code
        {"fieldId": 2, "code": "dup", "type": "text"},
        {"fieldId": 3, "code": "dup", "type": "textarea"},
    )
    assert [d.problem for d in defs] == [FieldProblem.UNKNOWN_TYPE, None, FieldProblem.DUPLICATE_CODE]


def test_the_category_system_field_needs_no_options() -> None:
    [category] = fields_of({"fieldId": 1, "code": "category", "type": "dropdown", "options": None})
    assert category.usable


@pytest.mark.parametrize(
    "title, shown",
    [
        ("<b>결제</b> 수단", "결제 수단"),
        ('이름 <img src="http://evil.example/x.png" alt="logo">', "이름"),
        ('<span style="color:red;font-size:40px">빨간 제목</span>', "빨간 제목"),
        ("R&amp;D &lt;팀&gt;", "R&D <팀>"),
        ("<p>두 줄</p><p>제목</p>", "두 줄 제목"),
        ("<script>alert(1)</script>안전", "안전"),
        ("a < b", "a < b"),
    ],
)
def test_titles_are_plain_text(title: str, shown: str) -> None:
    [defn] = fields_of({"fieldId": 9, "code": "t", "type": "text", "title": title})
    assert defn.title == shown


def test_unusable_fields_are_logged_once_by_code(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="contiple_desktop.api.parse_fields"):
        fields_of(GOOD, {"fieldId": 800, "code": "payMethod", "type": "dropdown", "options": None})
    [record] = [r for r in caplog.records if r.name == "contiple_desktop.api.parse_fields"]
    assert "'payMethod'" in record.getMessage() and "no_options" in record.getMessage()
    assert record.levelno == logging.INFO  # the service's data, shown to the agent in the form


@pytest.mark.parametrize("contents", [{"not": "a list"}, "text", 5])
def test_an_answer_that_is_not_a_list_still_fails(contents: Any) -> None:
    with pytest.raises(MalformedResponseError):
        parse.parse_fields({"contents": contents})
    with pytest.raises(MalformedResponseError):
        parse.parse_fields(["not", "an object"])


def test_no_contents_is_an_empty_form() -> None:
    assert parse.parse_fields({"contents": None}) == [] and parse.parse_fields({}) == []


def test_parse_field_alone_never_raises_for_an_item() -> None:
    assert parse.parse_field("junk").problem is FieldProblem.MALFORMED
    assert parse.parse_field({"fieldId": 1, "code": "x", "type": "text"}).usable


scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
json_values = st.recursive(
    scalars,
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=6), kids, max_size=3),
    max_leaves=12,
)
FIELD_KEYS = ["fieldId", "code", "type", "title", "description", "placeholder", "length", "required",
              "encrypt", "holdingText", "options", "value"]  # fmt: skip
field_items = st.dictionaries(
    st.sampled_from(FIELD_KEYS),
    json_values | st.sampled_from(["text", "dropdown", "caption", "category", "subject", "<b>t</b>"]),
    max_size=len(FIELD_KEYS),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(field_items | json_values, max_size=8))
def test_any_list_gives_one_definition_per_item(items: list[Any]) -> None:
    defs = parse.parse_fields({"contents": items})
    assert len(defs) == len(items)
    usable_codes = [d.code for d in defs if d.usable]
    assert len(usable_codes) == len(set(usable_codes))  # each code is usable at most once
    for item, defn in zip(items, defs, strict=True):
        if not isinstance(item, dict):
            assert defn.problem is FieldProblem.MALFORMED
        assert isinstance(defn.code, str) and isinstance(defn.type, str) and isinstance(defn.title, str)
        assert "\n" not in defn.title and defn.length >= 0
        assert defn.options is None or all(isinstance(o, str) and o.strip() for o in defn.options)
        if defn.usable:  # what the form may rely on
            assert defn.code.strip()
            if defn.code not in (*fields.CALLER_CODES, *fields.PICKER_CODES):
                assert defn.field_id > 0 and defn.type in fields.FIELD_TYPES
                assert defn.type not in fields.CHOICE_TYPES or defn.options
