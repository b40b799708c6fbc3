"""The form-builder registry: every type has a widget, values round-trip in the wire formats,
unknown types degrade to a read-only row with one warning, descriptions are sanitised."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel, QWidget

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.ticket.field_base import REGISTRY, UnusableFieldWidget, create_field_widget
from contiple_desktop.ui.ticket.form import TicketForm

OPTIONS = ("옵션1", "옵션2", "Option 3")


def defn(type_: str, **kw: Any) -> FieldDefinition:
    return FieldDefinition(field_id=700, code=f"c_{type_}", type=type_, title=f"T {type_}", **kw)


@pytest.fixture(scope="module")
def widgets(qapp: Any) -> dict[str, Any]:
    holder = QWidget()
    made: dict[str, Any] = {
        t: create_field_widget(defn(t, options=OPTIONS, length=0), holder) for t in fields.FIELD_TYPES
    }
    made["_holder"] = holder
    return made


def test_every_documented_type_is_registered() -> None:
    assert set(fields.FIELD_TYPES) <= set(REGISTRY)


day = st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)).map(fields.format_date)
minute = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31)).map(
    fields.format_datetime
)


def _period(part: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.tuples(part, part).map(lambda ab: fields.join_period(*sorted(ab)))


VALUES: dict[str, st.SearchStrategy[Any]] = {
    "text": st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs"]), max_size=40),
    "textarea": st.text(
        alphabet=st.characters(blacklist_categories=["Cs", "Zl", "Zp"], blacklist_characters="\r\x00"),
        max_size=80,
    ),
    "dropdown": st.sampled_from(("",) + OPTIONS),
    "radio": st.sampled_from(("",) + OPTIONS),
    "checkbox": st.lists(st.sampled_from(OPTIONS), unique=True).map(
        lambda xs: [o for o in OPTIONS if o in xs]
    ),
    "date": st.one_of(st.just(""), day),
    "datetime": st.one_of(st.just(""), minute),
    "date_period": st.one_of(st.just(""), _period(day)),
    "datetime_period": st.one_of(st.just(""), _period(minute)),
    "agree": st.sampled_from(("", "true")),
}


@pytest.mark.parametrize("field_type", sorted(VALUES))
def test_set_value_then_value_round_trips(widgets: dict[str, Any], field_type: str) -> None:
    widget = widgets[field_type]

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(VALUES[field_type])
    def check(value: Any) -> None:
        widget.set_value(value)
        assert widget.value() == value
        if value not in ("", []):
            assert fields.check_format(field_type, value) is None or field_type in (
                "text",
                "textarea",
                "dropdown",
                "radio",
            )

    check()


def test_set_value_emits_changed(qtbot: Any, widgets: dict[str, Any]) -> None:
    with qtbot.waitSignal(widgets["text"].changed, timeout=1000):
        widgets["text"].set_value("hello")
    with qtbot.waitSignal(widgets["checkbox"].changed, timeout=1000):
        widgets["checkbox"].set_value(["옵션2"])


def test_set_error_shows_and_clears(widgets: dict[str, Any]) -> None:
    w = widgets["date"]
    w.set_error("\u201cT date\u201d must look like 2024-01-31.")
    assert w.error() == "\u201cT date\u201d must look like 2024-01-31."
    assert "must look like" in w.input_widget().accessibleDescription()
    w.set_error(None)
    assert w.error() == "" and "must look like" not in w.input_widget().accessibleDescription()


def test_unknown_type_is_a_visible_read_only_row_with_one_warning(qtbot: Any, expect_log: Any) -> None:
    expect_log("(code 'c_rating', id 700, type 'rating') shown read-only: unknown_type")
    form = TicketForm()
    qtbot.addWidget(form)
    form.set_definitions([defn("rating"), defn("text", required=True)])
    [unknown, text] = form.widgets()
    assert isinstance(unknown, UnusableFieldWidget)
    assert any("\u201crating\u201d is not supported" in lbl.text() for lbl in unknown.findChildren(QLabel))
    assert form.values() == {"c_text": ""}  # the unusable row has no value
    values = {"c_rating": "x", "c_text": "t"}
    ticket = fields.build_ticket(form.definitions, values, category_id=1, usercode=None)
    assert [f.code for f in ticket.user_fields] == ["c_text"]  # nothing is ever sent for it
    labels = [lbl.text() for lbl in form.findChildren(QLabel)]
    assert "T text *" in labels  # required mark


def test_registry_alone_warns_about_an_unknown_type(qtbot: Any, expect_log: Any) -> None:
    expect_log("unknown field type 'rating'")
    w = create_field_widget(defn("rating"))
    qtbot.addWidget(w)
    assert isinstance(w, UnusableFieldWidget) and w.value() == ""


def test_description_html_is_sanitised_and_required_is_announced(qtbot: Any) -> None:
    w = create_field_widget(
        defn(
            "text",
            required=True,
            description='<div style="color:red">x</div><script>alert(1)</script>',
            placeholder="예: hong123",
            length=50,
        )
    )
    qtbot.addWidget(w)
    assert w.description_label is not None and "<script>" not in w.description_label.text()
    assert w.input_widget().accessibleDescription().startswith("Required.")
    assert w.input_widget().placeholderText() == "예: hong123"  # type: ignore[attr-defined]


def test_caption_shows_html_and_has_no_value(qtbot: Any) -> None:
    w = create_field_widget(defn("caption", placeholder="<div>재설정 메일은 <b>스팸함</b></div>"))
    qtbot.addWidget(w)
    assert "<b>스팸함</b>" in w.label.text() and w.value() == ""  # type: ignore[attr-defined]


def test_textarea_insert_at_cursor_and_limit(qtbot: Any) -> None:
    w = create_field_widget(defn("textarea", length=10))
    qtbot.addWidget(w)
    w.set_value("abcdef")
    cursor = w.edit.textCursor()  # type: ignore[attr-defined]
    cursor.setPosition(3)
    w.edit.setTextCursor(cursor)  # type: ignore[attr-defined]
    w.insert_text("XYZ")  # type: ignore[attr-defined]
    assert w.value() == "abcXYZdef"
    w.insert_text("0123456789")  # type: ignore[attr-defined]
    assert len(w.value()) == 10


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen pop-ups
def test_calendar_pick_fills_the_typed_format(qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    w = create_field_widget(defn("datetime"))
    qtbot.addWidget(w)
    w.set_value("2024-03-01 14:30")
    w.input.open_calendar()  # type: ignore[attr-defined]
    cal = w.input.calendar  # type: ignore[attr-defined]
    assert cal.selectedDate() == QDate(2024, 3, 1)
    cal.clicked.emit(QDate(2024, 3, 9))
    assert w.value() == "2024-03-09 14:30"
    assert not w.input._menu.isVisible()  # type: ignore[attr-defined]
