"""The first-run chooser: two choices by mouse or keyboard; Escape means quit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton
from pytestqt.qtbot import QtBot

from contiple_desktop.ui.profiles.first_run import FirstRunChoice, FirstRunDialog
from tests.ui.profiles.helpers import by_name


def _dialog(qtbot: QtBot) -> FirstRunDialog:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def test_connect_is_the_default_and_enter_chooses_it(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    connect = by_name(dialog, QCommandLinkButton, "Connect to Contiple")
    assert connect.isDefault() and connect.text() == "Connect to Contiple\u2026"
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.choice is FirstRunChoice.CONNECT


def test_demo_choice(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            by_name(dialog, QCommandLinkButton, "Open the demo workspace"), Qt.MouseButton.LeftButton
        )
    assert dialog.choice is FirstRunChoice.DEMO


def test_escape_means_quit(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice is FirstRunChoice.QUIT
