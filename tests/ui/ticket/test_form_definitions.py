"""Bad field definitions degrade one row at a time (the rest of the form fills and validates),
titles are plain text, and server HTML in captions/descriptions never fetches or shows a broken
image. Definitions come through the real parser, as from the service."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from contiple_desktop.api import parse
from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.sim import SimServer
from contiple_desktop.ui.ticket.field_base import UnusableFieldWidget
from contiple_desktop.ui.ticket.form import TicketForm
from tests.ui.ticket.helpers import find, type_text

GOOD: list[dict[str, Any]] = [
    {"fieldId": 5, "code": "subject", "type": "text", "title": "제목", "length": 200, "required": True},
    {"fieldId": 6, "code": "content", "type": "textarea", "title": "문의내용", "required": True},
    {"fieldId": 721, "code": "textbox", "type": "text", "title": "회원 ID", "length": 50, "required": True},
    {"fieldId": 11, "code": "personalAgree", "type": "agree", "title": "개인정보수집", "required": True,
     "placeholder": "동의합니다."},
]

BAD: dict[str, tuple[Any, str]] = {
    "missing fieldId": ({"code": "nofid", "type": "text", "title": "아이디 없음", "required": True},
                        "the service sent it without an ID"),
    "missing code": ({"fieldId": 801, "type": "text", "title": "코드 없음"}, "without a code"),
    "unknown type, required": ({"fieldId": 802, "code": "rating", "type": "rating", "title": "별점",
                                "required": True}, "its type \u201crating\u201d is not supported"),
    "unknown type, optional": ({"fieldId": 803, "code": "stars", "type": "stars", "title": "별"},
                               "its type \u201cstars\u201d is not supported"),
    "options null, required": ({"fieldId": 804, "code": "pay", "type": "dropdown", "title": "결제 수단",
                                "required": True, "options": None}, "without options"),
    "options null, optional": ({"fieldId": 805, "code": "when", "type": "radio", "title": "시간대",
                                "options": None}, "without options"),
    "duplicate code": ({"fieldId": 806, "code": "textbox", "type": "text", "title": "회원 ID 2"},
                       "a field above already uses its code \u201ctextbox\u201d"),
    "not an object": ("junk", "in a form the app cannot read"),
    "wrong types": ({"fieldId": "x", "code": 5, "type": ["text"], "title": {"ko": "t"}, "length": "many",
                     "required": "maybe", "options": 7}, "without a code"),
}


def build(qtbot: Any, items: list[Any]) -> TicketForm:
    form = TicketForm()
    qtbot.addWidget(form)
    form.set_definitions(parse.parse_fields({"contents": items}))
    form.finish_building()
    return form


def fill_good(form: TicketForm) -> None:
    type_text(find(form, QLineEdit, "제목"), "환불 문의")
    type_text(find(form, QPlainTextEdit, "문의내용"), "두 번 결제되었습니다.")
    type_text(find(form, QLineEdit, "회원 ID"), "kim77")
    find(form, QCheckBox, "개인정보수집: 동의합니다.").click()


def reason_texts(form: TicketForm) -> list[str]:
    rows = [w for w in form.widgets() if isinstance(w, UnusableFieldWidget)]
    return [lbl.text() for w in rows for lbl in w.findChildren(QLabel)]


@pytest.mark.parametrize("shape", sorted(BAD))
def test_one_bad_definition_leaves_the_rest_of_the_form_working(qtbot: Any, shape: str) -> None:
    item, why = BAD[shape]
    form = build(qtbot, [GOOD[0], GOOD[1], GOOD[2], item, GOOD[3]])
    [bad] = [w for w in form.widgets() if isinstance(w, UnusableFieldWidget)]
    [text] = reason_texts(form)
    assert text.startswith("This field cannot be shown:") and why in text
    if bad.definition.required and shape != "duplicate code":
        assert "It is required, so the service may refuse the ticket" in text
    assert bad.isEnabled() is True and bad.value() == "" and not bad.findChildren(QLineEdit)
    fill_good(form)
    assert fields.validate(form.definitions, form.values()) == []
    body = fields.build_ticket(
        form.definitions, {**form.values(), "mail": "kim@example.com"}, category_id=1, usercode=None
    ).to_body()
    assert body["subject"] == "환불 문의" and body["content"] == "두 번 결제되었습니다."
    assert body["userFields"] == [
        {"code": "textbox", "value": "kim77"}, {"code": "personalAgree", "value": "true"},
    ]  # fmt: skip


def test_required_fields_the_app_cannot_show_are_announced_before_submitting(qtbot: Any) -> None:
    items = [GOOD[0], BAD["options null, required"][0], BAD["unknown type, optional"][0],
             BAD["missing fieldId"][0]]  # fmt: skip
    form = build(qtbot, items)
    form.show()
    qtbot.waitExposed(form)
    assert [d.code for d in form.unrenderable_required()] == ["pay", "nofid"]
    notice = find(form, QLabel, "Form warning")
    assert notice.isVisible()
    names = "\u201c결제 수단\u201d, \u201c아이디 없음\u201d"
    assert f"required fields the app cannot show: {names}" in notice.text()
    form.set_definitions(parse.parse_fields({"contents": GOOD}))
    assert not notice.isVisible() and form.unrenderable_required() == []


def test_a_server_error_for_an_unusable_field_lands_on_its_row(qtbot: Any) -> None:
    form = build(qtbot, [GOOD[0], BAD["options null, required"][0]])
    row = form.show_problem(fields.Problem("pay", 804, fields.Rule.REQUIRED))
    assert isinstance(row, UnusableFieldWidget) and row.error() == "\u201c결제 수단\u201d is required."


@pytest.mark.parametrize(
    "title, shown",
    [
        ("<b>결제</b> 수단", "결제 수단"),
        ('이름 <img src="http://127.0.0.1:9/logo.png">', "이름"),
        ('<span style="color:red;font-size:40px">빨간 제목</span>', "빨간 제목"),
    ],
)
def test_titles_show_as_plain_text(qtbot: Any, title: str, shown: str) -> None:
    form = build(qtbot, [{"fieldId": 9, "code": "t", "type": "text", "title": title, "required": True}])
    [label] = [lbl for lbl in form.findChildren(QLabel) if lbl.buddy() is not None]
    assert label.text() == f"{shown} *" and label.textFormat() is Qt.TextFormat.PlainText
    assert find(form, QLineEdit, shown) is not None  # the accessible name is the plain title too


def test_a_title_that_looks_like_markup_is_never_rendered(qtbot: Any) -> None:
    # a definition made without the parser keeps its text: the label shows it verbatim
    form = TicketForm()
    qtbot.addWidget(form)
    form.set_definitions([FieldDefinition(field_id=1, code="x", type="text", title="<b>bold?</b>")])
    [label] = [lbl for lbl in form.findChildren(QLabel) if lbl.buddy() is not None]
    assert label.textFormat() is Qt.TextFormat.PlainText and label.text() == "<b>bold?</b>"


def requests_for(sim: SimServer, path: str) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if path in r["path"]]


def test_remote_images_in_captions_and_descriptions_are_placeholders(qtbot: Any, sim: SimServer) -> None:
    remote = f"{sim.base_url}/probe"
    caption = f'<div>메일은 <b>스팸함</b>도 확인<img src="{remote}/caption.png" alt="예시 화면"></div>'
    desc = f'<p>아이디 위치: <img src="{remote}/desc.png"> 또는 <img src="/etc/hostname"></p>'
    items = [
        {"fieldId": 720, "code": "caption", "type": "caption", "title": "안내", "placeholder": caption},
        {"fieldId": 721, "code": "textbox", "type": "text", "title": "회원 ID", "description": desc},
    ]
    form = build(qtbot, items)
    form.resize(700, 400)
    form.show()
    qtbot.waitExposed(form)
    form.grab()  # paint everything once: a label with an <img> would try to load it now
    caption_row, textbox = form.widgets()
    shown = caption_row.label.text()  # type: ignore[attr-defined]
    assert "<b>스팸함</b>" in shown and "<img" not in shown and "[image: 예시 화면]" in shown
    assert textbox.description_label is not None
    shown = textbox.description_label.text()
    assert "<img" not in shown and shown.count("[image]") == 2
    assert requests_for(sim, "/probe") == []  # no request for any image, ever
    assert "아이디 위치:" in textbox.input_widget().accessibleDescription()


def test_plain_looking_html_descriptions_stay_cheap_plain_text(qtbot: Any) -> None:
    items = [{"fieldId": 1, "code": "a", "type": "text", "title": "A",
              "description": '<div style="color:red">텍스트 박스 설명</div>'},
             {"fieldId": 2, "code": "b", "type": "text", "title": "B",
              "description": '<a href="https://help.example/x">도움말</a>'}]  # fmt: skip
    a, b = build(qtbot, items).widgets()
    assert a.description_label is not None and b.description_label is not None
    assert a.description_label.textFormat() is Qt.TextFormat.PlainText
    assert a.description_label.text() == "텍스트 박스 설명"
    assert b.description_label.textFormat() is Qt.TextFormat.RichText  # a link needs rich text
    assert 'href="https://help.example/x"' in b.description_label.text()


def test_every_row_is_reachable_by_its_accessible_name(qtbot: Any) -> None:
    form = build(qtbot, [GOOD[0], BAD["options null, required"][0]])
    labels: list[QWidget] = [lbl for lbl in form.findChildren(QLabel) if lbl.accessibleName() == "결제 수단"]
    assert labels and "without options" in labels[0].accessibleDescription()
