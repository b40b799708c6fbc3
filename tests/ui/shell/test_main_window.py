"""The main window: three panels, navigation by shortcut and bus, status bar, banner, window state."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QPushButton, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.log import forget_secret, register_secret
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.desk.shell import COMMANDS, desk_shell
from contiple_desktop.ui.shell.actions import ACTIONS, DESK, plain
from contiple_desktop.ui.shell.main_window import MainWindow

DEMO = ConnectionProfile(
    name="Demo workspace", service_id="ContipleDemo", organization_id="SimDemoOrg7Kq2Xz",
    environment=Environment.CUSTOM, custom_url="http://127.0.0.1:9", demo=True,
)
REAL = ConnectionProfile(name="Acme support", service_id="Acme", organization_id="AbcdE1fghIj23K4x",
                         domain="acme")


def make_window(qtbot: QtBot, ctx: AppContext, *, show: bool = True) -> MainWindow:
    window = MainWindow(ctx, ui_language="en")
    qtbot.addWidget(window)
    if show:
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def visible_area(window: MainWindow) -> str:
    return window.stack.currentWidget().accessibleName()


def menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(menu_actions(sub))
        elif not action.isSeparator():
            found.append(action)
    return found


def all_menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        found.extend(menu_actions(menu))
    return found


def test_composes_the_three_panels(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx, show=False)
    names = [window.stack.widget(i).accessibleName() for i in range(window.stack.count())]
    assert names == ["Help Center", "New ticket", "Customer history"]
    nav = window.findChild(QWidget, "navigation")
    assert nav is not None and nav.accessibleName() == "Work areas"


def test_shortcuts_switch_areas(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx)
    for key, name in ((Qt.Key.Key_2, "New ticket"), (Qt.Key.Key_3, "Customer history"),
                      (Qt.Key.Key_1, "Help Center")):
        with qtbot.waitSignal(window.area_changed, timeout=1000):
            qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert visible_area(window) == name
        header = window.findChild(QLabel, "area-header")
        assert header is not None and header.text() == name
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert visible_area(window) == "Customer history"


def test_bus_switches_areas(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx, show=False)
    bus = offline_appctx.bus
    bus.new_ticket_for.emit({"usercode": "cust-001"})
    assert visible_area(window) == "New ticket"
    bus.show_customer.emit("cust-002")
    assert visible_area(window) == "Customer history"
    bus.navigate.emit("helpcenter")
    assert visible_area(window) == "Help Center"
    bus.navigate.emit("nowhere")
    assert visible_area(window) == "Help Center"


def test_actions_table_is_consistent_with_menus(qtbot: QtBot, offline_appctx: AppContext) -> None:
    shortcuts = [QKeySequence(s.shortcut).toString() for s in ACTIONS if s.shortcut]
    assert len(shortcuts) == len(set(shortcuts))
    assert len({s.id for s in ACTIONS}) == len(ACTIONS)
    window = make_window(qtbot, offline_appctx, show=False)
    in_menus = {a.objectName(): a for a in all_menu_actions(window)}
    for spec in ACTIONS:
        action = in_menus.get(f"action:{spec.id}")
        assert action is not None, spec.id
        if spec.handler == DESK:  # the Tools entries: the window's desk part runs them
            assert spec.arg in COMMANDS and desk_shell(window) is not None, spec.id
        else:
            assert callable(getattr(window, spec.handler)), spec.handler
        if spec.shortcut:
            assert action.shortcut() == QKeySequence(spec.shortcut)
            assert action.isShortcutVisibleInContextMenu()
    titles = [plain(a.text()) for a in window.menuBar().actions()]
    assert titles == ["File", "Go", "Call", "View", "Tools", "Help"]
    expected = {"profiles": "Ctrl+,", "quit": "Ctrl+Q", "go_helpcenter": "Ctrl+1", "go_ticket": "Ctrl+2",
                "go_history": "Ctrl+3", "find_caller": "Ctrl+L", "shortcuts": "F1"}
    for action_id, keys in expected.items():
        assert in_menus[f"action:{action_id}"].shortcut() == QKeySequence(keys)


def test_status_bar_shows_skew_warning_and_connection(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx)
    skew = window.findChild(QLabel, "clock-skew-warning")
    conn = window.findChild(QLabel, "connection-state")
    assert skew is not None and conn is not None
    assert "Not connected" in conn.text()
    offline_appctx.session.report_clock_skew(-5 * 60_000)
    assert skew.isVisible() and "5 min ahead" in skew.text()
    offline_appctx.session.report_clock_skew(45_000)
    assert not skew.isVisible()
    offline_appctx.session.report_clock_skew(3 * 60_000 + 10)
    assert skew.isVisible() and "3 min behind" in skew.text()
    offline_appctx.session.set_connection(REAL, None)
    assert not skew.isVisible()  # a new connection measures again
    assert "Acme support" in conn.text() and "Production" in conn.text()
    window.status.set_service_name("Acme Help Center")
    assert "Service: Acme Help Center" in conn.text()
    busy = window.findChild(QWidget, "busy-indicator")
    assert busy is not None and not busy.isVisible()
    offline_appctx.runner.busy_changed.emit(True)
    assert busy.isVisible()
    offline_appctx.runner.busy_changed.emit(False)
    assert not busy.isVisible()


def test_demo_banner_follows_the_session(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx)
    banner = window.findChild(QWidget, "demo-banner")
    assert banner is not None and not banner.isVisible()
    offline_appctx.session.set_connection(DEMO, None)
    assert banner.isVisible()
    assert any("nothing is sent to a real help desk" in lb.text() for lb in banner.findChildren(QLabel))
    with qtbot.waitSignal(window.profiles_requested, timeout=1000):
        button = next(b for b in banner.findChildren(QWidget) if b.accessibleName() == "Connect to Contiple")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    offline_appctx.session.set_connection(REAL, None)
    assert not banner.isVisible()


def test_window_state_restored_across_two_windows(qtbot: QtBot, offline_appctx: AppContext) -> None:
    first = make_window(qtbot, offline_appctx)
    first.resize(first.minimumSizeHint().width(), 650)  # the offscreen screen is only 800 px wide
    first.go("history")
    first.save_state()
    offline_appctx.settings.sync()
    first.close()
    second = make_window(qtbot, offline_appctx)
    assert second.current_area == "history"
    assert visible_area(second) == "Customer history"
    assert second.height() == 650 and second.width() == first.width()


def test_content_and_interface_language(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx)
    window.actions_by_id["content_lang_ja"].trigger()
    assert offline_appctx.session.content_language == "ja"
    assert window.actions_by_id["content_lang_ja"].isChecked()
    assert window.actions_by_id["ui_lang_en"].isChecked()
    window.actions_by_id["ui_lang_ko"].trigger()
    assert offline_appctx.settings.ui_language == "ko"
    prompt = window.findChild(QMessageBox, "restart-prompt")
    assert prompt is not None and prompt.isVisible() and "restarts" in prompt.text()
    prompt.close()


def test_copy_diagnostics_has_profile_but_no_key(qtbot: QtBot, offline_appctx: AppContext) -> None:
    key = "feedc0de" * 4
    register_secret(key)
    try:
        offline_appctx.session.set_connection(REAL.with_changes(name=f"named {key}"), None)
        window = make_window(qtbot, offline_appctx, show=False)
        window.actions_by_id["copy_diagnostics"].trigger()
        text = QGuiApplication.clipboard().text()
    finally:
        forget_secret(key)
    data = json.loads(text)
    assert key not in text
    assert data["profile"]["service_id"] == "Acme"
    assert set(data) >= {"versions", "paths", "profile", "log"}


def test_shortcuts_and_about_dialogs(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(QWidget, "shortcuts-dialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget)
    assert table is not None
    listed = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"Quit", "Help Center", "Find caller", "Keyboard shortcuts"} <= listed
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=2000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)  # out of the table, not to its next cell
    focus = QApplication.focusWidget()
    assert isinstance(focus, QPushButton) and dialog.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Space)  # the Close button
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    window.actions_by_id["about"].trigger()
    about = window.findChild(QWidget, "about-dialog")
    assert about is not None and about.isVisible()
    about.close()


def test_close_emits_closing_once(qtbot: QtBot, offline_appctx: AppContext) -> None:
    window = make_window(qtbot, offline_appctx)
    seen: list[Any] = []
    window.closing.connect(lambda: seen.append(1))
    window.close()
    window.close()
    assert seen == [1]
