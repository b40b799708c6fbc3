"""Every primary action of the New ticket area, call view included, is on screen and nothing is cut
at 1366×768 — in Korean, English and Japanese, at 100 % and at 200 % (``QT_SCALE_FACTOR=2``,
1366×768 *logical* pixels: a second pytest process, since the factor is read at start-up).

"Cut" is a button or a one-line label whose text needs more width than it has (``sizeHint``)
with neither elision nor a tooltip that says it all; "reachable" is visible inside the window —
for what lives in the scrolling form, once scrolled to."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QLineEdit, QWidget

from contiple_desktop import i18n
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.calls.conftest import hand_off
from tests.ui.layout_walk import cut
from tests.ui.ticket.conftest import FULL_FORM_TYPE, choose_type
from tests.ui.window import named, wait_idle

ROOT = Path(__file__).resolve().parents[3]
SCALED = os.environ.get("CONTIPLE_TEST_SCALE") == "2"
CONTEXTS = {
    "Submit ticket": "NewTicketPanel", "Next caller": "CallCard", "Insert call summary": "CallCard",
    "Follow up on the newest open ticket": "CallCard", "Change inquiry type": "NewTicketPanel",
    "Attach files": "AttachmentTray", "Show the caller's recent tickets": "NewTicketPanel",
}  # fmt: skip
ACTIONS = tuple(CONTEXTS)


@pytest.fixture(params=["ko", "en", "ja"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    installed = i18n.install_translators(qapp, request.param)
    try:
        yield str(request.param)
    finally:
        i18n.remove_translators(qapp, installed)
        QLocale.setDefault(QLocale(QLocale.Language.English))


def window_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def problems(window: MainWindow) -> list[str]:
    panel = window.ticket
    found: list[str] = []
    inside = window.rect()
    for name in ACTIONS:
        shown = QCoreApplication.translate(CONTEXTS[name], name)
        buttons = [b for b in panel.findChildren(QAbstractButton) if b.accessibleName() == shown]
        assert buttons, name
        button = buttons[0]
        if panel.scroll_area.widget().isAncestorOf(button):
            panel.scroll_area.ensureWidgetVisible(button)
            QApplication.processEvents()
            view = QRect(
                panel.scroll_area.viewport().mapTo(window, QPoint(0, 0)), panel.scroll_area.viewport().size()
            )
            if not view.contains(window_rect(button)):
                found.append(f"{name!r} cannot be scrolled into view")
        if not button.isVisible():
            found.append(f"{name!r} is not shown")
        elif not inside.contains(window_rect(button)):
            found.append(f"{name!r} lies outside the window ({window_rect(button)} in {inside})")
    for widget in panel.findChildren(QWidget):
        if widget.isVisible() and (why := cut(widget)):
            found.append(why)
    return found


def check_area(qtbot: Any, ctx: AppContext) -> list[str]:
    window = MainWindow(ctx, ui_language="en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, ctx, timeout=10_000)
    hand_off(window)
    panel = window.ticket
    name = named(panel.caller, QLineEdit, QCoreApplication.translate("CallerBox", "Name"))
    qtbot.waitUntil(lambda: name.text() == "김민준", timeout=10_000)
    banner = named(panel, QFrame, QCoreApplication.translate("CallCard", "Open tickets"))
    qtbot.waitUntil(banner.isVisible, timeout=10_000)
    choose_type(qtbot, panel, FULL_FORM_TYPE)
    qtbot.waitUntil(panel.form.is_built, timeout=5000)
    for _ in range(5):
        QApplication.processEvents()
    assert window.size().width() == 1366 and window.size().height() == 768
    found = problems(window)
    wait_idle(qtbot, ctx)
    return found


@pytest.mark.skipif(SCALED, reason="the 200 % run checks the same in its own process")
def test_primary_actions_are_reachable_and_uncut_at_100_percent(
    qtbot: Any, call_ctx: AppContext, lang: str
) -> None:
    assert check_area(qtbot, call_ctx) == []


@pytest.mark.skipif(not SCALED, reason="runs in the process started with QT_SCALE_FACTOR=2")
def test_in_the_scaled_process(qtbot: Any, call_ctx: AppContext, lang: str) -> None:
    assert QApplication.primaryScreen().devicePixelRatio() == 2
    assert check_area(qtbot, call_ctx) == []


@pytest.mark.slow
@pytest.mark.skipif(SCALED, reason="the outer run starts this process")
def test_primary_actions_are_reachable_and_uncut_at_200_percent() -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "CONTIPLE_TEST_SCALE": "2", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_CURRENT_TEST", None)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
         f"{Path(__file__).relative_to(ROOT)}::test_in_the_scaled_process"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "3 passed" in run.stdout
