"""Templates: placeholders (hypothesis), all-or-nothing apply, from the form, type-ahead, merge."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from contiple_desktop.domain.models import Faq, FieldDefinition
from contiple_desktop.domain.snippets import (
    matching_snippets,
    snippet_from_dict,
    snippet_from_faq,
    snippet_to_dict,
)
from contiple_desktop.domain.templates import (
    PLACEHOLDERS,
    Caller,
    ImportMode,
    Template,
    apply,
    fill,
    from_form,
    matching,
    merge_templates,
    template_from_dict,
    template_to_dict,
)

FORM = [
    FieldDefinition(5, "subject", "text", length=200),
    FieldDefinition(6, "content", "textarea", length=5000),
    FieldDefinition(2, "name", "text"),
    FieldDefinition(9, "attachment", "file"),
    FieldDefinition(720, "caption", "caption"),
    FieldDefinition(722, "checkbox", "checkbox", options=("옵션1", "옵션2", "옵션3")),
    FieldDefinition(723, "dropdown", "dropdown", options=("옵션1", "옵션2")),
    FieldDefinition(725, "date", "date"),
    FieldDefinition(11, "personalAgree", "agree"),
]
CALLER = Caller(name="김민준", phone="010-1001-5007", user_code="cust-001")
TEMPLATE = Template(
    "비밀번호 재설정", 2542,
    {"subject": "{name}님 재설정 메일 미수신",
     "content": "고객 {user_code} ({phone}): {call_summary} {order_no}",
     "checkbox": ["옵션2"], "dropdown": "옵션1", "date": "2024-01-31", "personalAgree": "true"},
    language="ko",
)  # fmt: skip


def test_apply_fills_every_field_and_keeps_unknown_placeholders() -> None:
    applied = apply(TEMPLATE, CALLER, "메일이 오지 않음", FORM)
    assert applied.ok
    assert applied.values["subject"] == "김민준님 재설정 메일 미수신"
    assert applied.values["content"] == "고객 cust-001 (010-1001-5007): 메일이 오지 않음 {order_no}"
    assert applied.values["checkbox"] == ["옵션2"] and applied.values["dropdown"] == "옵션1"
    assert applied.unknown_placeholders == ("order_no",) and applied.empty_placeholders == ()


def test_known_placeholders_without_caller_data_become_empty_and_are_listed() -> None:
    applied = apply(TEMPLATE, Caller(name="김"), "", FORM)
    assert applied.ok and applied.empty_placeholders == ("user_code", "phone", "call_summary")


def test_a_template_whose_inquiry_type_is_gone_is_not_applied() -> None:
    applied = apply(TEMPLATE, CALLER, "", None)
    assert not applied.ok and applied.missing_category and applied.values == {}


def test_a_template_whose_fields_changed_is_not_applied_half_way() -> None:
    without_dropdown = [d for d in FORM if d.code != "dropdown"]
    applied = apply(TEMPLATE, CALLER, "", without_dropdown)
    assert not applied.ok and applied.missing_fields == ("dropdown",) and applied.values == {}
    narrower = FieldDefinition(722, "checkbox", "checkbox", options=("옵션1",))
    fewer_options = [narrower if d.code == "checkbox" else d for d in FORM]
    applied = apply(TEMPLATE, CALLER, "", fewer_options)
    assert applied.invalid_fields == ("checkbox",) and applied.values == {}
    retyped = [FieldDefinition(725, "date", "datetime") if d.code == "date" else d for d in FORM]
    assert apply(TEMPLATE, CALLER, "", retyped).invalid_fields == ("date",)


def test_caller_fields_are_never_taken_from_a_template() -> None:
    odd = Template("x", 2542, {"subject": "s", "name": "someone else", "mail": "x@example.com"})
    applied = apply(odd, CALLER, "", FORM)
    assert applied.ok and applied.values == {"subject": "s"}


def test_from_form_keeps_the_form_and_not_the_caller() -> None:
    values = {"name": "김민준", "mail": "minjun.kim@example.com", "phone": "010-1001-5007",
              "subject": "김민준님 문의", "content": "cust-001 고객, 010-1001-5007로 회신",
              "checkbox": ["옵션1"], "dropdown": "", "attachment": "", "unknown": "x"}  # fmt: skip
    template = from_form(values, 2542, "  회신 요청  ", definitions=FORM, caller=CALLER, language="ko")
    assert template.name == "회신 요청" and template.category_id == 2542 and template.language == "ko"
    assert dict(template.values) == {
        "subject": "{name}님 문의", "content": "{user_code} 고객, {phone}로 회신", "checkbox": ["옵션1"],
    }  # fmt: skip
    assert apply(template, CALLER, "", FORM).values["content"] == "cust-001 고객, 010-1001-5007로 회신"


def test_type_ahead_ranks_name_prefix_then_name_then_subject() -> None:
    a = Template("환불 요청", 1, {"subject": "결제 취소"})
    b = Template("결제 오류", 1, {"subject": "카드"})
    c = Template("앱 오류 (결제 화면)", 1, {})
    assert matching([c, a, b], "결제") == [b, c, a]
    assert matching([a, b], "") == [b, a] and matching([a], "없음") == []


def test_merge_replaces_by_name_and_keeps_the_rest() -> None:
    old = Template("A", 1, {"subject": "old"}, template_id="id-a")
    other = Template("B", 1, {}, template_id="id-b")
    new_a = Template("a", 2, {"subject": "new"}, template_id="x")
    clash = Template("C", 3, {}, template_id="id-b")
    result = merge_templates([old, other], [new_a, clash], ImportMode.MERGE)
    assert (result.added, result.replaced) == (1, 1)
    [a, b, c] = result.templates
    assert a.template_id == "id-a" and a.category_id == 2 and b == other and c.template_id != "id-b"
    assert merge_templates([old], [new_a], ImportMode.REPLACE).templates == [new_a]


def test_round_trip_through_plain_json() -> None:
    assert template_from_dict(template_to_dict(TEMPLATE)) == TEMPLATE


def test_snippet_from_an_faq_answer() -> None:
    faq = Faq(3413, " 비밀번호를 잊었어요 ", content="<p>설정 &gt; 계정에서</p><p><b>재설정</b>하세요</p>")
    snippet = snippet_from_faq(faq, language="ko", now_ms=5)
    assert (snippet.title, snippet.faq_id) == ("비밀번호를 잊었어요", 3413)
    assert snippet.text == "설정 > 계정에서\n재설정하세요"
    assert snippet_from_dict(snippet_to_dict(snippet)) == snippet
    assert matching_snippets([snippet], "계정") == [snippet] and matching_snippets([snippet], "환불") == []


# -- placeholders, by property ---------------------------------------------------------------
plain = st.text(alphabet=st.characters(blacklist_characters="{}"), max_size=20)
names = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True)
pieces = st.lists(st.one_of(plain.map(lambda t: ("text", t)), names.map(lambda n: ("ph", n))), max_size=8)
callers = st.builds(Caller, st.text(max_size=10), st.text(max_size=10), st.text(max_size=10))


@given(plain)
def test_text_without_braces_is_unchanged(text: str) -> None:
    assert fill(text, CALLER.placeholder_values("x")) == (text, [], [])


@given(pieces, callers, st.text(max_size=10))
def test_one_pass_known_replaced_unknown_literal_and_listed(
    parts: list[tuple[str, str]], caller: Caller, summary: str
) -> None:
    known = caller.placeholder_values(summary)
    text = "".join(v if kind == "text" else "{" + v + "}" for kind, v in parts)
    expected = "".join(
        v if kind == "text" else known[v] if v in PLACEHOLDERS else "{" + v + "}" for kind, v in parts
    )
    result, unknown, empty = fill(text, known)
    assert result == expected  # caller values with braces are inserted verbatim, never re-expanded
    assert unknown == list(dict.fromkeys(v for kind, v in parts if kind == "ph" and v not in PLACEHOLDERS))
    blank = [v for kind, v in parts if kind == "ph" and v in PLACEHOLDERS and not known[v]]
    assert empty == list(dict.fromkeys(blank))
