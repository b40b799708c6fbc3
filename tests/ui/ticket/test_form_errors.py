"""Errors stay true: once shown, an error clears as soon as its field is valid, a new one appears
when the agent leaves a field invalid (choices at once), and ``problems_changed`` carries the
remaining problems top to bottom so the banner's count follows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui.ticket.form import TicketForm
from tests.ui.ticket.helpers import find, type_text

DEFS = [
    FieldDefinition(5, "subject", "text", title="제목", length=200, required=True),
    FieldDefinition(6, "content", "textarea", title="문의내용", required=True),
    FieldDefinition(725, "date", "date", title="가입일", required=True),
    FieldDefinition(721, "textbox", "text", title="회원 ID", length=10),
    FieldDefinition(727, "dateperiod", "date_period", title="기간"),
    FieldDefinition(722, "checkbox", "checkbox", title="관심 분야", options=("A", "B"), required=True),
    FieldDefinition(11, "personalAgree", "agree", title="개인정보수집", required=True, placeholder="동의"),
]


@pytest.fixture
def form(qtbot: Any) -> TicketForm:
    form = TicketForm()
    qtbot.addWidget(form)
    form.set_definitions(DEFS)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    return form


class Seen:
    """Every list ``problems_changed`` carried."""

    def __init__(self, form: TicketForm) -> None:
        self.lists: list[list[str]] = []
        form.problems_changed.connect(lambda ps: self.lists.append([p.code for p in ps]))

    @property
    def last(self) -> list[str]:
        return self.lists[-1]


def errors(form: TicketForm) -> dict[str, str]:
    """Visible error lines by the field they name ("Error in …")."""
    return {
        lbl.accessibleName().removeprefix("Error in "): lbl.text()
        for lbl in form.findChildren(QLabel)
        if lbl.accessibleName().startswith("Error in ") and lbl.isVisibleTo(form)
    }


def submit(form: TicketForm) -> QWidget | None:
    """What the panel does on submit: clear, validate centrally, show."""
    form.clear_errors()
    return form.show_problems(fields.validate(form.definitions, form.values()))


def leave(qtbot: Any, form: TicketForm) -> None:
    """Move the focus to a row that is not being checked."""
    target = find(form, QLineEdit, "회원 ID")
    target.setFocus()
    qtbot.waitUntil(target.hasFocus, timeout=2000)


def error_shown(qtbot: Any, form: TicketForm, title: str) -> str:
    """The error line of ``title`` once it shows (the focus change that reveals it may reach the
    form a turn later when the window's activation moved meanwhile); says where the focus was
    if it never shows."""
    try:
        qtbot.waitUntil(lambda: title in errors(form), timeout=3000)
    except Exception:  # pytest-qt's TimeoutError: say what the test saw instead
        focus = QApplication.focusWidget()
        where = focus.accessibleName() if focus is not None else None
        raise AssertionError(
            f"no error for {title!r}; shown: {errors(form)}; focus: {where!r}; "
            f"form active: {form.isActiveWindow()}"
        ) from None
    return errors(form)[title]


def test_errors_clear_as_soon_as_the_field_is_valid(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    first = submit(form)
    assert first is form.widget_for("subject")  # the topmost row, to scroll to and focus
    assert seen.lists == [["subject", "content", "date", "checkbox", "personalAgree"]]  # one signal
    assert form.problems() and [p.code for p in form.problems()] == seen.last
    assert errors(form)["제목"] == "\u201c제목\u201d is required."
    type_text(find(form, QLineEdit, "제목"), "환")
    assert "제목" not in errors(form)  # at the first valid keystroke, not at the next submit
    assert seen.last == ["content", "date", "checkbox", "personalAgree"]
    type_text(find(form, QPlainTextEdit, "문의내용"), "내용")
    find(form, QCheckBox, "A").click()
    find(form, QCheckBox, "개인정보수집: 동의").click()
    assert seen.last == ["date"] and list(errors(form)) == ["가입일"]


def test_an_error_follows_the_rule_the_value_breaks_now(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    submit(form)
    type_text(find(form, QLineEdit, "가입일"), "2024")
    assert errors(form)["가입일"] == "\u201c가입일\u201d must look like 2024-01-31."  # no longer "required"
    assert seen.last[2] == "date"
    type_text(find(form, QLineEdit, "가입일"), "-01-31")
    assert "가입일" not in errors(form)


def test_a_fixed_field_made_invalid_again_shows_its_error_when_left(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    submit(form)
    subject = find(form, QLineEdit, "제목")
    type_text(subject, "x")
    assert "제목" not in errors(form)
    subject.clear()  # the agent deletes it to retype: no nagging while still in the field
    assert "제목" not in errors(form) and "subject" not in seen.last
    leave(qtbot, form)
    assert errors(form)["제목"] == "\u201c제목\u201d is required."
    assert seen.last[0] == "subject"


def test_a_field_that_was_fine_gets_its_error_when_left_invalid(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    submit(form)
    assert "dateperiod" not in seen.last  # optional and empty: fine
    start, end = find(form, QLineEdit, "기간 from"), find(form, QLineEdit, "기간 until")
    type_text(start, "2024-02-03")
    type_text(end, "2024-02-01")  # moving between its own two inputs is not leaving it
    assert "기간" not in errors(form)
    leave(qtbot, form)
    assert error_shown(qtbot, form, "기간") == "\u201c기간\u201d: the start must not be after the end."
    assert seen.last.index("dateperiod") == 3  # in form order, after the date above it


def test_a_field_left_through_another_window_is_still_checked(qtbot: Any, form: TicketForm) -> None:
    """The agent types, switches to another window (a softphone, a chat) and comes back into
    another field: Qt reports that focus change with no previous widget, and the row is left."""
    submit(form)
    subject = find(form, QLineEdit, "제목")
    type_text(subject, "x")
    qtbot.waitUntil(subject.hasFocus, timeout=2000)
    subject.clear()
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is None or not form.isActiveWindow(), timeout=2000)
    assert "제목" not in errors(form)  # away from the window is not leaving the field
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow, timeout=2000)
    leave(qtbot, form)
    assert errors(form)["제목"] == "\u201c제목\u201d is required."


def test_choices_show_a_new_error_at_once(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    submit(form)
    agree = find(form, QCheckBox, "개인정보수집: 동의")
    agree.click()
    assert "개인정보수집" not in errors(form)
    agree.click()  # a click is a finished answer: the error is back without leaving
    assert errors(form)["개인정보수집"] == "\u201c개인정보수집\u201d must be accepted."
    assert seen.last[-1] == "personalAgree"


def test_nothing_is_checked_before_the_first_submit(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    type_text(find(form, QLineEdit, "가입일"), "2024")
    leave(qtbot, form)
    find(form, QCheckBox, "A").click()
    find(form, QCheckBox, "A").click()
    assert errors(form) == {} and seen.lists == [] and form.problems() == []


def test_clear_errors_ends_checking_and_reports_no_problems(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    submit(form)
    form.clear_errors()
    assert errors(form) == {} and seen.last == [] and form.problems() == []
    find(form, QCheckBox, "A").click()
    find(form, QCheckBox, "A").click()
    assert errors(form) == {}  # no checking until errors are shown again


def test_a_server_error_clears_at_the_first_edit(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    form.widget_for("textbox").set_value("kim")  # type: ignore[union-attr]
    form.show_problems([fields.Problem("textbox", 721, fields.Rule.SERVER_INVALID)])
    assert errors(form) == {"회원 ID": "The server refused the value of \u201c회원 ID\u201d."}
    type_text(find(form, QLineEdit, "회원 ID"), "7")
    assert errors(form) == {} and seen.last == []


def test_problems_are_listed_in_form_order_whatever_order_they_came_in(form: TicketForm) -> None:
    required = fields.Rule.REQUIRED
    came = [fields.Problem("personalAgree", 11, required), fields.Problem("ghost", 999, required),
            fields.Problem("subject", 5, required), fields.Problem("", 725, required)]  # fmt: skip
    top = form.show_problems(came)
    assert [p.code or p.field_id for p in form.problems()] == ["subject", 725, "personalAgree"]
    assert top is form.widget_for("subject")


def test_a_new_form_forgets_the_old_problems(qtbot: Any, form: TicketForm) -> None:
    seen = Seen(form)
    submit(form)
    form.set_definitions(DEFS[:2])
    assert seen.last == [] and form.problems() == [] and errors(form) == {}
    type_text(find(form, QLineEdit, "제목"), "x")
    assert seen.last == []  # no checking in the new form
