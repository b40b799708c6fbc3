"""Accessibility audit: every interactive widget a user can reach has a name a screen reader reads.

The main window is built on the demo simulator; each work area is visited with content loaded
(an FAQ open, a ticket form, a ticket with its thread), then the profiles dialog and the error
dialog. Every *visible* interactive widget must have a non-empty ``accessibleName()``. Parts that
Qt draws for a composite widget (the line edit inside a combo box or spin box, a header, the
table's corner button, a line edit's clear button) are announced through their owner and skipped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from contiple_desktop.errors import ServerError
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.error_presenter import ErrorPresenter
from contiple_desktop.ui.profiles.dialog import ProfilesDialog
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.profiles.helpers import using
from tests.ui.window import open_window, wait_idle

INTERACTIVE = (
    QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
    QAbstractItemView, QSlider, QTabBar,
)
FULL_FORM_TYPE = 2542


def _is_internal(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    if isinstance(widget, QHeaderView):
        return True
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return True
    if isinstance(widget, QAbstractButton) and isinstance(parent, (QLineEdit, QAbstractItemView, QTabBar)):
        return True  # clear button, table corner button, tab scroll arrows
    return type(widget).__name__ == "QTableCornerButton"


AUDITED: dict[str, int] = {}


def unnamed(root: QWidget, where: str) -> list[str]:
    """Visible interactive widgets under ``root`` (root included) without an accessible name."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisible() or _is_internal(widget):
            continue
        AUDITED[where] = AUDITED.get(where, 0) + 1
        if not widget.accessibleName().strip():
            text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
            chain = []
            w: QWidget | None = widget
            while w is not None and len(chain) < 4:
                chain.append(w.objectName() or type(w).__name__)
                w = w.parentWidget()
            found.append(f"{type(widget).__name__}({text!r}) in {' < '.join(chain)}")
    return found


def audit_areas(qtbot: Any, window: MainWindow) -> dict[str, list[str]]:
    problems: dict[str, list[str]] = {}
    hc = window.helpcenter
    qtbot.waitUntil(lambda: hc.faq.model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(hc.faq.detail_shown, timeout=5000):
        hc.faq.open_item(hc.faq.model.item(0).help_doc_id)
    problems["helpcenter/faq"] = unnamed(window, "helpcenter/faq")
    hc.tabs.setCurrentWidget(hc.notices)
    qtbot.waitUntil(lambda: hc.notices.model.rowCount() > 0, timeout=5000)
    with qtbot.waitSignal(hc.notices.detail_shown, timeout=5000):
        hc.notices.open_item(hc.notices.model.item(0).notice_id)
    problems["helpcenter/notices"] = unnamed(window, "helpcenter/notices")

    window.go("ticket")
    window.ticket.caller.set_values({"usercode": "cust-001"})
    qtbot.waitUntil(lambda: window.ticket.picker.model.rowCount() > 0, timeout=5000)
    assert window.ticket.picker.select(FULL_FORM_TYPE)
    qtbot.waitUntil(lambda: window.ticket.form.widget_for("subject") is not None, timeout=5000)
    qtbot.waitUntil(lambda: window.ticket.recent.list.count() > 0, timeout=5000)
    problems["ticket"] = unnamed(window, "ticket")

    window.go("history")
    history = window.history
    history.show_customer("cust-001")
    qtbot.waitUntil(lambda: history.model.rowCount() > 0 and not history.model.loading, timeout=5000)
    row = next(
        r for r in range(history.model.rowCount())
        if (t := history.model.ticket_at(r)) is not None and t.ticket_id
    )
    history.table.selectRow(row)
    qtbot.waitUntil(lambda: history.detail.detail is not None, timeout=5000)
    problems["history"] = unnamed(window, "history")
    return {k: v for k, v in problems.items() if v}


def test_every_interactive_widget_has_an_accessible_name(qtbot: Any, appctx: AppContext) -> None:
    AUDITED.clear()
    window = open_window(qtbot, appctx)
    problems = audit_areas(qtbot, window)

    store = ProfileStore(appctx.paths.config_dir / "profiles.json", appctx.settings)
    store.load()
    dialog = ProfilesDialog(using(appctx, store, ApiKeys(MemorySecretStore())), window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    wait_idle(qtbot, appctx)
    if found := unnamed(dialog, "profiles dialog"):
        problems["profiles dialog"] = found
    dialog.close()

    presenter = ErrorPresenter(appctx.session)
    presenter.set_window(window)
    try:
        with qtbot.waitSignal(presenter.shown, timeout=2000) as shown:
            presenter.present(ServerError(500, "boom"))
        error_dialog = shown.args[0]
        if found := unnamed(error_dialog, "error dialog"):
            problems["error dialog"] = found
    finally:
        presenter.close_all()
    wait_idle(qtbot, appctx)
    # the walk really saw the areas: menus/navigation plus each area's own controls
    assert AUDITED["ticket"] >= 40 and AUDITED["history"] >= 12, AUDITED
    assert len(AUDITED) == 6 and min(AUDITED.values()) >= 2, AUDITED
    assert not problems, "\n".join(f"{area}: {', '.join(items)}" for area, items in problems.items())
