"""Keyboard-only ticket entry: Tab walks the new-ticket area in reading order.

Regression: the form's rows are built after the window, so they used to join the end of the
window's focus chain — Tab from the caller's phone jumped to Discard/Submit, the navigation and
the banner before reaching the subject; a checkbox group's container was a second stop there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from contiple_desktop.tasks.context import AppContext
from tests.ui.ticket.conftest import choose_type
from tests.ui.window import open_window, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def _walk(qtbot: Any, key: Qt.Key, count: int) -> list[QWidget]:
    seen: list[QWidget] = []
    back = key == Qt.Key.Key_Backtab
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        focus = QApplication.focusWidget()
        assert focus is not None
        seen.append(focus)
    return seen


def test_tab_goes_from_caller_through_every_field_to_submit(qtbot: Any, appctx: AppContext) -> None:
    window = open_window(qtbot, appctx)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.current_area == "ticket"
    wait_idle(qtbot, appctx)
    panel = window.ticket
    choose_type(qtbot, panel)
    fields = panel.form.widgets()
    focusable = {
        i for i, field in enumerate(fields)
        if any(
            w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() for w in field.findChildren(QWidget)
        )
    }  # fmt: skip
    panel.caller.edits["name"].setText("김민지")  # something to discard: "Discard draft…" is enabled
    phone = panel.caller.edits["phone"]  # titled by the service: 전화번호
    phone.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is phone, timeout=2000)

    forward = _walk(qtbot, Qt.Key.Key_Tab, 30)
    submit_at = forward.index(panel.submit_button)
    stops = forward[:submit_at]
    assert stops[0] is panel.form.widget_for("subject").input_widget()  # type: ignore[union-attr]
    outside = [w for w in stops if not panel.form.isAncestorOf(w)]
    assert outside == []  # not the navigation, the banner, the recent list — nor "Discard draft…"
    owners = [next(i for i, f in enumerate(fields) if f.isAncestorOf(w)) for w in stops]
    assert owners == sorted(owners)  # reading order
    assert set(owners) == focusable  # every field is reached
    assert len({id(w) for w in stops}) == len(stops)  # each stop once
    # the primary action follows the last field; "Discard draft…" comes only after it
    assert forward[submit_at + 1] is panel.discard_button

    panel.submit_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.submit_button, timeout=2000)
    backward = _walk(qtbot, Qt.Key.Key_Backtab, len(stops) + 1)
    assert backward[-1] is phone
    assert backward[:-1] == list(reversed(stops))
