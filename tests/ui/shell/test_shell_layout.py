"""The shell's scroll area fills the window and scrolls only below the shell's least height: Qt's
box layout reports its *preferred* height for a width, which made the whole shell scroll as soon
as some wrapped text was shown (a follow-up's error at 1366×768)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from contiple_desktop.ui.shell.frame import ShellLayout


def shell(qtbot: Any, layout_class: type[QHBoxLayout], height: int) -> tuple[QScrollArea, QLabel]:
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    root = QWidget()
    column = QVBoxLayout()
    layout_class(root).addLayout(column)
    label = QLabel("A long wrapped message that needs several lines at this width. " * 4)
    label.setWordWrap(True)
    column.addWidget(label)
    column.addWidget(QPlainTextEdit())  # prefers ~190 px, needs far less
    column.addWidget(QPlainTextEdit())
    area.setWidget(root)
    area.resize(400, height)
    area.show()
    qtbot.waitExposed(area)
    return area, label


def test_box_layouts_make_a_resizing_scroll_area_scroll_to_their_preferred_height(qtbot: Any) -> None:
    area, _label = shell(qtbot, QHBoxLayout, 260)  # why ShellLayout exists
    assert area.verticalScrollBar().maximum() > 0


def test_the_shell_fills_the_window_and_wrapped_text_keeps_its_lines(qtbot: Any) -> None:
    area, label = shell(qtbot, ShellLayout, 260)
    assert area.verticalScrollBar().maximum() == 0
    widget = area.widget()
    assert widget is not None and widget.height() == area.viewport().height()
    assert label.height() >= label.heightForWidth(label.width())


def test_the_shell_still_scrolls_below_its_least_height(qtbot: Any) -> None:
    area, label = shell(qtbot, ShellLayout, 120)
    assert area.verticalScrollBar().maximum() > 0
    assert label.height() >= label.heightForWidth(label.width())

