"""Property tests: arbitrary JSON and arbitrary bytes never escape as anything but our error types."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contiple_desktop.api import parse
from contiple_desktop.api.clock import parse_http_date_ms
from contiple_desktop.api.envelope import (
    MAX_JSON_DEPTH,
    decode_envelope,
    error_for,
    field_errors,
    json_shape_problem,
    snippet,
    upload_rule_code,
)
from contiple_desktop.api.transport import encode_query, retry_after_seconds
from contiple_desktop.errors import ApiError, ContipleError, MalformedResponseError

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    scalars,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=20,
)

# Records shaped like the wire (the real keys, arbitrary values) reach deeper than random dicts.
WIRE_KEYS = [
    "noticeId", "helpDocId", "ticketId", "categoryId", "tagId", "fieldId", "attachmentId", "title", "content",
    "contents", "attachments", "tags", "tagStr", "isNew", "isTop", "attachmentYn", "path", "level", "parent",
    "languages", "profile", "options", "parentCategoryList", "size", "createdDt", "updatedDt", "type",
    "total", "pages", "pageNum", "pageSize", "code", "language", "length", "required",
]
wire_records = st.dictionaries(st.sampled_from(WIRE_KEYS), json_values, max_size=12)
results = st.one_of(
    json_values,
    st.fixed_dictionaries({"content": wire_records}),
    st.fixed_dictionaries({"contents": st.lists(wire_records, max_size=4)}),
    st.fixed_dictionaries({"contents": st.lists(wire_records, max_size=3)}, optional={"total": json_values}),
)

RESULT_PARSERS: list[Callable[[Any], object]] = [
    parse.content, parse.contents, parse.parse_service, parse.parse_categories, parse.parse_tags,
    parse.parse_notice, parse.parse_faq, parse.parse_fields, parse.parse_created_ticket,
    parse.parse_ticket_detail, parse.parse_comment,
    lambda r: parse.parse_page(r, parse.parse_notice_summary, 1, 10),
    lambda r: parse.parse_page(r, parse.parse_faq_summary, 2, 200),
    lambda r: parse.parse_page(r, parse.parse_ticket_summary, 1, 10),
]
ITEM_PARSERS: list[Callable[[Any], object]] = [
    parse.parse_category, parse.parse_tag, parse.parse_attachment, parse.parse_notice_summary,
    parse.parse_faq_summary, parse.parse_field, parse.parse_ticket_summary, parse.parse_ticket_entry,
]


@SETTINGS
@given(value=results)
def test_result_parsers_raise_only_malformed(value: Any) -> None:
    for parser in RESULT_PARSERS:  # one drawn value through every parser keeps the run short
        try:
            parser(value)
        except MalformedResponseError:
            pass


@SETTINGS
@given(value=st.one_of(json_values, wire_records))
def test_item_parsers_raise_only_malformed(value: Any) -> None:
    for parser in ITEM_PARSERS:
        try:
            parser(value)
        except MalformedResponseError:
            pass


@SETTINGS
@given(body=st.binary(max_size=300))
def test_envelope_of_arbitrary_bytes(body: bytes) -> None:
    try:
        decode_envelope(body, http_status=200, upload=True)
    except ContipleError:
        pass


envelopes = st.fixed_dictionaries(
    {"header": st.fixed_dictionaries({}, optional={
        "resultCode": json_values | st.sampled_from([200, 400, 403, 404, 500, 1001, 4003, 9005, 9007, "400"]),
        "resultMessage": json_values
        | st.sampled_from(["X-TC-Timestamp is expired", "clientIp is not allowed", "10MB"]),
        "isSuccessful": json_values,
    })},
    optional={"result": results},
)


@SETTINGS
@given(data=st.one_of(envelopes, json_values))
def test_envelope_of_arbitrary_json(data: Any) -> None:
    body = json.dumps(data).encode()
    for upload in (False, True):
        try:
            decode_envelope(body, http_status=400, endpoint="e", upload=upload)
        except ContipleError as exc:
            assert str(exc)
            exc.details()


@SETTINGS
@given(code=st.none() | st.integers(), message=st.none() | st.text(max_size=40), result=results)
def test_error_for_always_gives_an_api_error(code: int | None, message: str | None, result: Any) -> None:
    err = error_for(code, message, result, upload=True)
    assert isinstance(err, ApiError)
    field_errors(result)
    upload_rule_code(message)


@SETTINGS
@given(text=st.text(max_size=60), raw=st.binary(max_size=200))
def test_helpers_total(text: str, raw: bytes) -> None:
    assert retry_after_seconds(text, 0) is None or retry_after_seconds(text, 0) >= 0  # type: ignore[operator]
    parse_http_date_ms(text)
    assert len(snippet(raw)) <= 161


@SETTINGS
@given(pairs=st.lists(st.tuples(st.text(min_size=1, max_size=8), st.text(max_size=20)), max_size=5))
def test_query_encoding_round_trips(pairs: list[tuple[str, str]]) -> None:
    from urllib.parse import parse_qsl

    assert parse_qsl(encode_query(pairs), keep_blank_values=True) == pairs


def _depth(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    return 0


awkward_text = st.text(alphabet='[]{}",:\\ab\u00e9', max_size=40)


@SETTINGS
@given(value=json_values, noise=awkward_text, depth=st.integers(min_value=0, max_value=90))
def test_json_shape_check_matches_the_real_depth(value: Any, noise: str, depth: int) -> None:
    """Brackets, quotes and backslashes inside strings never count; real nesting always does."""
    nested: Any = [value, noise * 3 + "[" * 70]  # enough raw brackets to force the full scan
    for _ in range(depth):
        nested = [nested]
    body = json.dumps(nested, ensure_ascii=bool(depth % 2)).encode()
    problem = json_shape_problem(body)
    assert (problem is not None) is (_depth(nested) > MAX_JSON_DEPTH)
