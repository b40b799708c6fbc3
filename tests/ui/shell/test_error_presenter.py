"""The single error presenter: dialogs, "Copy details" (redacted), bursts, Cancelled, excepthooks."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from contiple_desktop import errors as E
from contiple_desktop.log import forget_secret, register_secret
from contiple_desktop.ui.error_presenter import ErrorPresenter
from contiple_desktop.ui.shell.error_dialog import ErrorDialog

KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


@pytest.fixture
def presenter(qapp: Any) -> Iterator[ErrorPresenter]:
    p = ErrorPresenter()
    try:
        yield p
    finally:
        p.uninstall_hooks()
        p.close_all()


def label(dialog: ErrorDialog, name: str) -> str:
    found = [w for w in dialog.findChildren(QLabel) if w.accessibleName() == name]
    assert len(found) == 1, name
    return found[0].text()


def shown_dialog(qtbot: QtBot, presenter: ErrorPresenter, exc: BaseException) -> ErrorDialog:
    with qtbot.waitSignal(presenter.shown, timeout=2000) as blocker:
        presenter.present(exc)
    dialog = blocker.args[0]
    assert isinstance(dialog, ErrorDialog)
    return dialog


def test_shows_translated_text_non_modally(qtbot: QtBot, presenter: ErrorPresenter) -> None:
    dialog = shown_dialog(qtbot, presenter, E.SpamLimitError(1002, "limit"))
    assert dialog.isVisible() and not dialog.isModal()
    assert label(dialog, "Error title") == "Ticket limit reached"
    assert "24 hours" in label(dialog, "Error message")
    assert "Spam Management" in label(dialog, "What to do")


def test_copy_details_is_redacted_json(qtbot: QtBot, presenter: ErrorPresenter) -> None:
    register_secret(KEY)
    try:
        exc = E.ConfigurationError(f"refused key {KEY}")
        dialog = shown_dialog(qtbot, presenter, exc)
        with qtbot.waitSignal(dialog.details_copied, timeout=1000):
            qtbot.mouseClick(dialog.copy_button, qtbot_button())
        text = QGuiApplication.clipboard().text()
    finally:
        forget_secret(KEY)
    data = json.loads(text)
    assert KEY not in text
    assert data["error"]["type"] == "ConfigurationError"
    assert "[REDACTED]" in data["error"]["message"]
    assert set(data["versions"]) >= {"app", "platform", "qt", "pyside", "python"}
    assert "traceback" not in data


def test_unexpected_exception_details_carry_redacted_traceback(
    qtbot: QtBot, presenter: ErrorPresenter, expect_log: Any
) -> None:
    expect_log("unexpected error")
    register_secret(KEY)
    try:
        try:
            raise RuntimeError(f"leaked {KEY}")
        except RuntimeError as exc:
            caught = exc
        dialog = shown_dialog(qtbot, presenter, caught)
        data = json.loads(dialog.details)
    finally:
        forget_secret(KEY)
    joined = "".join(data["traceback"])
    assert "RuntimeError" in joined and "test_error_presenter.py" in joined
    assert KEY not in dialog.details
    assert label(dialog, "Error title") == "Unexpected error"


def test_cancelled_is_never_shown(qtbot: QtBot, presenter: ErrorPresenter) -> None:
    seen: list[object] = []
    presenter.shown.connect(seen.append)
    presenter.present(E.Cancelled())
    qtbot.wait(20)
    assert seen == []


def test_burst_of_the_same_error_is_one_dialog(qtbot: QtBot, presenter: ErrorPresenter) -> None:
    dialogs: list[ErrorDialog] = []
    presenter.shown.connect(dialogs.append)
    for _ in range(3):
        presenter.present(E.NetworkError("refused"))
    assert len({id(d) for d in dialogs}) == 1
    assert dialogs[0].count == 3
    assert "3" in label(dialogs[0], "Repeated")
    other = shown_dialog(qtbot, presenter, E.RequestTimeout("slow"))
    assert other is not dialogs[0]


def test_the_same_error_after_closing_its_dialog_is_shown_again(
    qtbot: QtBot, presenter: ErrorPresenter
) -> None:
    """An agent who closes the message and retries must see the failure again, at once."""
    first = shown_dialog(qtbot, presenter, E.NetworkError("refused"))
    first.close()
    qtbot.waitUntil(lambda: not first.isVisible(), timeout=2000)
    again = shown_dialog(qtbot, presenter, E.NetworkError("refused"))
    assert again.isVisible() and again.count == 1
    again.close()


def test_present_never_raises(presenter: ErrorPresenter, expect_log: Any) -> None:
    expect_log("could not present an error")

    class Broken(Exception):
        def __str__(self) -> str:
            raise ValueError("no text")

    presenter.present(Broken())


def test_sys_excepthook_routes_to_presenter(
    qtbot: QtBot, presenter: ErrorPresenter, expect_log: Any
) -> None:
    expect_log("unexpected error")
    presenter.install_hooks()
    try:
        raise ZeroDivisionError("gui thread")
    except ZeroDivisionError:
        info = sys.exc_info()
    with qtbot.waitSignal(presenter.shown, timeout=2000) as blocker:
        sys.excepthook(*info)  # type: ignore[arg-type]
    assert "ZeroDivisionError" in label(blocker.args[0], "Error message")


def test_threading_excepthook_crosses_to_gui_thread(
    qtbot: QtBot, presenter: ErrorPresenter, expect_log: Any
) -> None:
    expect_log("unexpected error")
    presenter.install_hooks()

    def boom() -> None:
        raise LookupError("worker thread")

    thread = threading.Thread(target=boom, name="test-boom")
    with qtbot.waitSignal(presenter.shown, timeout=3000) as blocker:
        thread.start()
        thread.join()
    assert "LookupError" in label(blocker.args[0], "Error message")
    assert threading.current_thread() is threading.main_thread()


def test_present_from_a_worker_is_queued(qtbot: QtBot, presenter: ErrorPresenter) -> None:
    exc = E.NotFoundError(404, "x")
    thread = threading.Thread(target=lambda: presenter.present(exc), name="test-present")
    with qtbot.waitSignal(presenter.shown, timeout=3000) as blocker:
        thread.start()
        thread.join()
    assert label(blocker.args[0], "Error title") == "Not found"


def test_uninstall_restores_hooks(presenter: ErrorPresenter) -> None:
    before = (sys.excepthook, threading.excepthook)
    presenter.install_hooks()
    assert sys.excepthook != before[0]
    presenter.uninstall_hooks()
    assert (sys.excepthook, threading.excepthook) == before


def qtbot_button() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_the_dialog_never_takes_the_focus(qtbot: QtBot, presenter: ErrorPresenter) -> None:
    """What still reaches the presenter is shown without activating it: typing goes on."""
    line = QLineEdit()
    qtbot.addWidget(line)
    line.show()
    with qtbot.waitActive(line):
        line.activateWindow()
    line.setFocus()
    dialog = shown_dialog(qtbot, presenter, E.NetworkError("refused"))
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.focusWidget() is line and QApplication.activeModalWidget() is None
    dialog.close()
