"""Long forms are built in chunks across event-loop turns; nothing waits for the rest: values of
rows not built yet are kept, the accessors that name a row build up to it, and Tab runs through
the chunks in form order. (One row per chunk here, so every path is taken.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QWidget

from contiple_desktop.domain import fields
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.ui import ime
from contiple_desktop.ui.ticket import form_rows
from contiple_desktop.ui.ticket.field_base import FieldWidget
from contiple_desktop.ui.ticket.field_widgets import TextField
from contiple_desktop.ui.ticket.form import TicketForm
from contiple_desktop.ui.ticket.panel import NewTicketPanel
from tests.ui.ticket.conftest import choose_type
from tests.ui.ticket.helpers import find

TYPES = [t for t in fields.FIELD_TYPES if t != fields.FILE]


def long_form(n: int = 40, prefix: str = "f") -> list[FieldDefinition]:
    return [
        FieldDefinition(1000 + i, f"{prefix}{i}", TYPES[i % len(TYPES)], title=f"필드 {i}",
                        options=("A", "B"), required=i % 5 == 0)
        for i in range(n)
    ]  # fmt: skip


@pytest.fixture(autouse=True)
def one_row_per_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("FIRST_CHUNK_MS", "MAX_CHUNK_MS", "MIN_CHUNK_MS"):
        monkeypatch.setattr(form_rows, name, 0.0)


@pytest.fixture
def shown_form(qtbot: Any) -> Iterator[TicketForm]:
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidgetResizable(True)
    area.resize(700, 500)
    form = TicketForm()
    area.setWidget(form)
    area.show()
    qtbot.waitExposed(area)
    yield form  # the scroll area (which owns the form) lives as long as the test
    area.close()


def test_the_first_rows_come_at_once_and_the_rest_follow(qtbot: Any, shown_form: TicketForm) -> None:
    form = shown_form
    with qtbot.waitSignal(form.built, timeout=10_000):
        form.set_definitions(long_form())
        assert not form.is_built() and len(form.built_widgets()) == 1  # usable at once:
        assert form.built_widgets()[0].isVisible()  # shown already, so it can take the focus
        assert form.widget_for("f3").isVisible()  # type: ignore[union-attr]  # named: built and shown
    assert form.is_built() and len(form.built_widgets()) == 40
    assert [w.definition.code for w in form.widgets()] == [f"f{i}" for i in range(40)]
    qtbot.waitUntil(lambda: all(w.isVisibleTo(form) for w in form.widgets()), timeout=2000)


def test_values_of_rows_not_built_yet_are_kept(qtbot: Any, shown_form: TicketForm) -> None:
    form = shown_form
    form.set_definitions(long_form())
    form.set_values({"f33": "늦은 값", "f36": ["B"], "f1": "textarea 값"})  # text, checkbox, textarea
    values = form.values()
    assert values["f33"] == "늦은 값" and values["f36"] == ["B"] and values["f1"] == "textarea 값"
    assert values["f3"] == [] and values["f22"] == ""  # empty values of unbuilt rows too
    assert len(form.built_widgets()) < 30
    qtbot.waitUntil(form.is_built, timeout=10_000)
    assert form.widget_for("f33").value() == "늦은 값"  # type: ignore[union-attr]
    assert form.widget_for("f36").value() == ["B"]  # type: ignore[union-attr]
    assert form.values() == values


def test_naming_a_row_builds_up_to_it(qtbot: Any, shown_form: TicketForm) -> None:
    form = shown_form
    form.set_definitions(long_form())
    w = form.widget_for("f25")
    assert isinstance(w, FieldWidget) and w.definition.code == "f25"
    assert len(form.built_widgets()) == 26 and not form.is_built()
    assert form.show_problem(fields.Problem("f33", 1033, fields.Rule.REQUIRED)) is form.widget_for("f33")
    assert len(form.widgets()) == 40 and form.is_built()  # widgets() builds everything


def test_a_rebuild_while_building_drops_the_old_rows(qtbot: Any, shown_form: TicketForm) -> None:
    form = shown_form
    form.set_definitions(long_form(prefix="old"))
    form.set_values({"shared": "x"})
    with qtbot.waitSignal(form.built, timeout=10_000):
        form.set_definitions(long_form(12, prefix="new"))
    assert [w.definition.code for w in form.widgets()] == [f"new{i}" for i in range(12)]
    names = {e.accessibleName() for e in form.findChildren(QLineEdit)}
    assert "필드 30" not in names  # no row of the old form is left in the tree
    qtbot.waitUntil(lambda: not form.findChildren(QWidget, "ticket-form-rows")[1:], timeout=5000)


def test_kept_values_survive_a_rebuild_into_rows_not_built_yet(qtbot: Any, shown_form: TicketForm) -> None:
    form = shown_form
    defs = long_form()
    form.set_definitions(defs)
    form.widget_for("f0").set_value("keep me")  # type: ignore[union-attr]
    form.set_values({"f39": "and me"})
    form.set_definitions(list(reversed(defs)))  # f0 is now the last row: not built yet
    assert form.values()["f0"] == "keep me" and form.values()["f39"] == "and me"
    qtbot.waitUntil(form.is_built, timeout=10_000)
    assert form.widget_for("f0").value() == "keep me"  # type: ignore[union-attr]


def test_tab_runs_through_the_chunks_in_form_order(qtbot: Any, shown_form: TicketForm) -> None:
    form = shown_form
    with qtbot.waitSignal(form.built, timeout=10_000):
        form.set_definitions(long_form(30))
        stray = QLineEdit(form.window())  # made while building: must not land between rows
        stray.setAccessibleName("made while building")
    rows = form.widgets()
    start = find(form, QLineEdit, "필드 0")
    seen: list[int | str] = []
    w: QWidget | None = start
    for _ in range(500):  # walk the focus chain as Tab does
        assert w is not None
        tab_stop = bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)  # what Tab lands on
        owner = next((i for i, row in enumerate(rows) if row.isAncestorOf(w)), None) if tab_stop else None
        mark: int | str | None = "stray" if w is stray else owner
        if mark is not None and (not seen or seen[-1] != mark):
            seen.append(mark)
        w = w.nextInFocusChain()
        if w is start:
            break
    stops = [i for i, row in enumerate(rows) if row.definition.type != fields.CAPTION]
    assert seen[: len(stops) + 1] == [*stops, "stray"]  # each row once, top to bottom, then the rest


def test_every_chunk_of_the_panel_form_is_ime_safe(qtbot: Any, panel: NewTicketPanel) -> None:
    """The panel guards each chunk's text inputs as it joins the form: Enter during a Korean
    composition in a row of the last chunk only confirms it, as in the first row."""
    choose_type(qtbot, panel)
    edits = [w.edit for w in panel.form.widgets() if isinstance(w, TextField)]
    assert len(edits) >= 3  # the full form: rows of several chunks (one row per chunk here)
    for edit in edits:
        edit.setFocus()
        QApplication.sendEvent(edit, QInputMethodEvent("한", []))
        assert ime.composing(edit), edit.accessibleName()
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert edit.text().endswith("한") and not ime.composing(edit), edit.accessibleName()
