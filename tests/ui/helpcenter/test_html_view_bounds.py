"""SafeHtmlView with hostile bodies: prepared off the GUI thread, bounded, newest wins, the cut
is announced; a view destroyed while its body is prepared receives nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextFrame

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.html_view import SafeHtmlView


def _nesting(frame: QTextFrame) -> int:
    """How deeply frames (tables are frames) nest below ``frame``."""
    children = frame.childFrames()
    return 1 + max((_nesting(child) for child in children), default=0)


def _view(qtbot: Any, ctx: AppContext) -> SafeHtmlView:
    view = SafeHtmlView(ctx)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    return view


def test_nested_tables_render_flattened(qtbot: Any, offline_appctx: AppContext) -> None:
    view = _view(qtbot, offline_appctx)
    with qtbot.waitSignal(view.rendered, timeout=10_000):
        view.set_html("<table><tr><td>" * 2000 + "inside" + "</td></tr></table>" * 2000)
    assert view.is_settled and view.toPlainText().strip() == "inside"
    assert _nesting(view.document().rootFrame()) - 1 <= 3  # root frame + at most 3 tables


def test_a_huge_body_is_shown_in_part_with_a_note(qtbot: Any, offline_appctx: AppContext) -> None:
    view = _view(qtbot, offline_appctx)
    with qtbot.waitSignal(view.rendered, timeout=10_000):
        view.set_html("<p>" + "word " * 1_000_000 + "</p>")
    text = view.toPlainText()
    locale = QLocale()
    body, _, _ = text.partition("This text was shown in part (")
    assert 50_000 < len(body.replace("\n", "")) <= 60_000  # drawn in several paragraphs
    note = f"of {locale.toString(5_000_000)} characters)."
    assert text.rstrip().endswith(note) and "This text was shown in part (" in text


def test_newest_body_wins(qtbot: Any, offline_appctx: AppContext) -> None:
    view = _view(qtbot, offline_appctx)
    shown: list[str] = []
    view.rendered.connect(lambda: shown.append(view.toPlainText()))
    view.set_html("<p>" + "first " * 200_000 + "</p>")
    view.set_html("<p>second</p>")
    qtbot.waitUntil(lambda: view.is_settled and offline_appctx.runner.active_count == 0, timeout=10_000)
    assert shown == ["second"]  # the first body was never shown, not even in part


def test_view_destroyed_while_preparing_gets_nothing(qtbot: Any, offline_appctx: AppContext) -> None:
    view = SafeHtmlView(offline_appctx)
    view.set_html("<ul><li>" * 20_000 + "x" + "</li></ul>" * 20_000)
    qtbot.waitUntil(lambda: offline_appctx.runner.active_count > 0, timeout=5000)  # on the worker
    view.deleteLater()
    qtbot.waitUntil(lambda: offline_appctx.runner.active_count == 0, timeout=10_000)  # dropped quietly


def test_empty_and_plain_bodies_settle(qtbot: Any, offline_appctx: AppContext) -> None:
    view = _view(qtbot, offline_appctx)
    with qtbot.waitSignal(view.images_settled):
        view.set_html("")
    assert view.toPlainText() == "" and view.is_settled
    with qtbot.waitSignal(view.rendered, timeout=5000):
        view.set_plain_text("x" * 100_000)
    assert "This text was shown in part" in view.toPlainText()
