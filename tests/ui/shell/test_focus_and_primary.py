"""Issue 12 item 10: the keyboard focus and each area's main action can be seen at a glance.

Every focusable control draws a 2-px ring in the focus colour (``calm_style.py``), which has at
least 3:1 contrast with the window background; every area shows exactly one primary button
("Submit ticket", "Show tickets" until a ticket is open and then "Send follow-up"), drawn filled
with the accent colour, unlike its neighbours ("Discard draft…")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell import style
from contiple_desktop.ui.shell.calm_style import plain_item_view
from tests.ui.history.conftest import open_customer, select_row
from tests.ui.window import named, open_window, wait_idle, wait_inquiry_types


@pytest.fixture
def styled(qapp: Any) -> Iterator[None]:
    """The application's look, as ``app.py`` applies it."""
    old_style, old_palette = qapp.style().name(), qapp.palette()
    style.apply_style(qapp)
    try:
        yield
    finally:
        qapp.setStyle(old_style)
        qapp.setPalette(old_palette)


def _primaries(area: QWidget) -> list[str]:
    return [b.text() for b in area.findChildren(QPushButton) if b.isVisible() and style.is_primary(b)]


def _fill(button: QPushButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 3)  # above the text, inside the border


def test_the_focus_ring_colour_stands_out_from_the_window() -> None:
    window = style.calm_palette().color(QPalette.ColorRole.Window)
    ring = QColor(style.FOCUS)
    assert style.contrast_ratio(ring, window) >= 3.0
    assert style.contrast_ratio(ring, QColor("#ffffff")) >= 3.0  # inside a white field too


def _controls() -> list[QWidget]:
    combo = QComboBox()
    combo.addItem("Billing")
    plain = plain_item_view(QListWidget())  # as the app's views are: Fusion, the ring from a filter
    plain.setObjectName("plain-view")
    return [
        QLineEdit("a field"), combo, QSpinBox(), QPushButton("Discard draft…"), QToolButton(),
        QCheckBox("Remember"), QRadioButton("Phone"), QPlainTextEdit("a note"), QListWidget(), plain,
    ]  # fmt: skip


def _edge(widget: QWidget) -> tuple[QColor, QColor]:
    """The colours 1 px inside the left and the right edge, half-way down."""
    image = widget.grab().toImage()
    y = image.height() // 2
    return image.pixelColor(1, y), image.pixelColor(image.width() - 2, y)


@pytest.mark.usefixtures("styled")
def test_every_focusable_control_draws_a_two_pixel_ring_when_focused(qtbot: Any) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    controls = _controls()
    for control in controls:
        control.setAccessibleName(control.objectName() or type(control).__name__)
        layout.addWidget(control)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=2000)
    ring = QColor(style.FOCUS)
    for control in controls:
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus, timeout=2000)
        focused = _edge(control)
        assert focused == (ring, ring), control.accessibleName()
        outer = control.grab().toImage().pixelColor(0, control.height() // 2)
        assert outer == ring, f"{control.accessibleName()}: a ring, not a hairline"
    controls[-1].clearFocus()
    qtbot.waitUntil(lambda: not controls[-1].hasFocus(), timeout=2000)
    assert ring not in _edge(controls[0])  # unfocused: the plain border
    assert ring not in _edge(controls[-1])
    assert controls[-1].style() is not QApplication.style()  # its cells skip the Python style


@pytest.mark.usefixtures("styled")
def test_a_plain_view_looks_as_the_styled_one(qtbot: Any) -> None:
    """Unfocused, with rows and a selection: the same pixels through Fusion as through CalmStyle."""
    views = [QListWidget(), plain_item_view(QListWidget())]
    for view in views:
        qtbot.addWidget(view)
        view.addItems(["김민수 — 결제 오류", "Reset mail", "3"])
        view.setCurrentRow(1)
        view.resize(240, 120)
    styled_view, plain = (view.grab().toImage() for view in views)
    assert styled_view == plain


@pytest.mark.usefixtures("styled")
def test_the_look_is_not_an_application_style_sheet(qapp: Any) -> None:
    """A style sheet on the application slows every widget down ~2.5x (``calm_style.py``)."""
    assert qapp.styleSheet() == ""


@pytest.mark.usefixtures("styled")
def test_each_area_has_exactly_one_primary_button(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    wait_inquiry_types(qtbot, window)
    window.ticket.picker.select(2542)
    qtbot.waitUntil(lambda: window.ticket.form.widget_for("subject") is not None, timeout=5000)
    assert _primaries(window.ticket) == ["Submit ticket"]
    submit = named(window.ticket, QPushButton, "Submit ticket")
    discard = next(b for b in window.ticket.findChildren(QPushButton) if b.text().startswith("Discard draft"))
    assert _fill(submit).name() == style.ACCENT  # filled with the accent colour …
    assert style.contrast_ratio(_fill(submit), _fill(discard)) >= 3.0  # … unlike "Discard draft…"

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    history = window.history
    qtbot.waitUntil(lambda: history.isVisible(), timeout=2000)
    assert _primaries(history) == ["Show tickets"]
    open_customer(qtbot, history, "cust-001")
    select_row(qtbot, history, 0)
    assert _primaries(history) == ["Send follow-up"]  # the follow-up is the main action now
    wait_idle(qtbot, appctx)


def test_a_plain_view_gone_leaves_the_others_their_style(qtbot: Any) -> None:
    first, second = plain_item_view(QListWidget()), plain_item_view(QListWidget())
    qtbot.addWidget(second)
    style_of_second = second.style()
    first.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first), timeout=2000)
    assert shiboken6.isValid(style_of_second) and second.style() is style_of_second
    third = plain_item_view(QListWidget())
    qtbot.addWidget(third)
    assert not third.grab().isNull() and not second.grab().isNull()


@pytest.mark.usefixtures("styled")
def test_a_view_under_a_style_sheet_keeps_the_sheets_frame(qtbot: Any) -> None:
    """The sidebar's navigation draws its own focus border from its sheet: no ring over it."""
    box = QWidget()
    qtbot.addWidget(box)
    box.setStyleSheet("QListWidget { border: none; background: #eef2f7; }")
    layout = QVBoxLayout(box)
    view = QListWidget()
    view.addItems(["Help Center", "New ticket"])
    layout.addWidget(view)
    box.show()
    qtbot.waitExposed(box)
    edge = view.grab().toImage().pixelColor(0, view.height() // 2)
    assert edge == QColor("#eef2f7"), edge.name()  # not a border, not a ring
