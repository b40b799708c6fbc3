"""Templates through the main window: "Save form as template" (the caller's name becomes
``{name}``), Ctrl+T and type-ahead apply the whole template for another caller (an unknown
placeholder stays and is flagged), export, delete, import (a bad file changes nothing), and a
template whose inquiry type or field is gone is flagged and not applied."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit, QListWidget, QPushButton

from contiple_desktop.ui.desk.picker import TypeAheadPicker
from contiple_desktop.ui.desk.template_manager import TemplateManager
from contiple_desktop.ui.shell.main_window import MainWindow
from tests.ui.desk.conftest import labelled
from tests.ui.ticket.conftest import FULL_FORM_TYPE, choose_type, fill_required
from tests.ui.ticket.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _notice(window: MainWindow) -> str:
    return str(labelled(window.ticket, QLabel, "Template message").text())


def _subject(window: MainWindow) -> Any:
    widget = window.ticket.form.widget_for("subject")
    assert widget is not None
    return widget.value()


def _picker(qtbot: Any, window: MainWindow) -> TypeAheadPicker:
    window.activateWindow()  # (back from the templates window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: bool(_shown_pickers(window)), timeout=5000)
    [picker] = _shown_pickers(window)
    return picker


def _shown_pickers(window: MainWindow) -> list[TypeAheadPicker]:
    return [w for w in window.findChildren(TypeAheadPicker) if w.isVisible()]


def _manager(qtbot: Any, window: MainWindow) -> TemplateManager:
    window.actions_by_id["manage_templates"].trigger()
    [manager] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, TemplateManager) and w.isVisible()
    ]
    qtbot.addWidget(manager)
    return manager


def _file_dialog(qtbot: Any, manager: TemplateManager, button: str, path: Path) -> None:
    labelled(manager, QPushButton, button).click()
    dialog = manager.findChild(QFileDialog, "template-file-dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def _save_form_as_template(qtbot: Any, window: MainWindow, name: str) -> None:
    panel = window.ticket
    choose_type(qtbot, panel)
    fill_required(panel, usercode="cust-002", subject="김고객님 비밀번호 재설정 {order_no}")
    window.actions_by_id["save_template"].trigger()
    name_box = labelled(panel, QLineEdit, "Template name")
    assert QApplication.focusWidget() is name_box and name_box.text() == _subject(window)
    name_box.clear()
    type_text(name_box, name)
    qtbot.keyClick(name_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _notice(window) == f"Saved the template \u201c{name}\u201d.", timeout=5000)


def test_save_then_apply_with_type_ahead_for_another_caller(qtbot: Any, window: MainWindow) -> None:
    _save_form_as_template(qtbot, window, "비밀번호 재설정")
    panel = window.ticket
    panel.discard_current()
    panel.caller.set_values({"usercode": "cust-005", "name": "이민호", "phone": "010-1111-2222"})
    picker = _picker(qtbot, window)
    assert QApplication.focusWidget() is picker.filter
    type_text(picker.filter, "비밀")
    assert picker.entries() == ["비밀번호 재설정"]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _subject(window) == "이민호님 비밀번호 재설정 {order_no}", timeout=5000)
    assert panel.picker.current_id() == FULL_FORM_TYPE
    textbox = panel.form.widget_for("textbox")
    assert textbox is not None and textbox.value() == "kim77"
    assert panel.caller.usercode() == "cust-005", "the caller box is the caller's, never the template's"
    note = _notice(window)
    assert "applied" in note and "{order_no}" in note  # unknown placeholder: kept and flagged


def test_export_delete_import_and_a_bad_file(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    _save_form_as_template(qtbot, window, "환불 안내")
    manager = _manager(qtbot, window)
    listing = labelled(manager, QListWidget, "Template list")
    qtbot.waitUntil(lambda: listing.count() == 1, timeout=5000)
    exported = tmp_path / "team-set.json"
    _file_dialog(qtbot, manager, "Export templates", exported)
    message = labelled(manager, QLabel, "Templates message")
    qtbot.waitUntil(lambda: exported.exists() and "team-set.json" in message.text(), timeout=5000)
    assert [t["name"] for t in json.loads(exported.read_text("utf-8"))["templates"]] == ["환불 안내"]

    labelled(manager, QPushButton, "Delete template").click()
    labelled(manager, QPushButton, "Confirm delete").click()
    qtbot.waitUntil(lambda: listing.count() == 0, timeout=5000)

    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "contiple-desktop-templates", "version": 1, "templates": [{"name": ""}]}', "utf-8"
    )
    _file_dialog(qtbot, manager, "Import templates", bad)
    qtbot.waitUntil(lambda: "cannot be imported" in message.text(), timeout=5000)
    assert "template 1" in message.text() and listing.count() == 0, "a bad file changes nothing"

    _file_dialog(qtbot, manager, "Import templates", exported)
    qtbot.waitUntil(lambda: listing.count() == 1, timeout=5000)
    assert "1 added" in message.text()
    manager.close()


def test_a_template_whose_type_or_field_is_gone_is_flagged_not_applied(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    doc = {
        "format": "contiple-desktop-templates", "version": 1,
        "templates": [
            {"name": "옛 유형", "category_id": 999_999, "values": {"subject": "x"}},
            {"name": "옛 필드", "category_id": FULL_FORM_TYPE, "values": {"subject": "y", "gone_field": "z"}},
        ],
    }  # fmt: skip
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    manager = _manager(qtbot, window)
    _file_dialog(qtbot, manager, "Import templates", path)
    listing = labelled(manager, QListWidget, "Template list")
    qtbot.waitUntil(lambda: listing.count() == 2, timeout=5000)
    manager.close()
    panel = window.ticket
    for name, why in (
        ("옛 유형", "its inquiry type no longer exists"),
        ("옛 필드", "these fields are gone: gone_field"),
    ):
        picker = _picker(qtbot, window)
        type_text(picker.filter, name)
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "was not applied" in _notice(window), timeout=5000)
        assert why in _notice(window)
        assert panel.picker.current_id() is None, "not applied half-way"


def test_call_summary_comes_from_the_call_in_progress(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    from contiple_desktop.tasks.call_session import call_session

    doc = {
        "format": "contiple-desktop-templates", "version": 1,
        "templates": [{"name": "통화 요약", "category_id": FULL_FORM_TYPE,
                       "values": {"subject": "{name}님 문의", "content": "요약:\n{call_summary}"}}],
    }  # fmt: skip
    path = tmp_path / "summary.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    manager = _manager(qtbot, window)
    _file_dialog(qtbot, manager, "Import templates", path)
    qtbot.waitUntil(lambda: labelled(manager, QListWidget, "Template list").count() == 1, timeout=5000)
    manager.close()
    session = call_session(window.ctx)
    session.start()
    session.set_notes("앱 재설치 후에도 로그인 실패")
    window.ticket.caller.set_values({"usercode": "cust-004", "name": "최유리"})
    picker = _picker(qtbot, window)
    type_text(picker.filter, "통화")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _subject(window) == "최유리님 문의", timeout=5000)
    content = window.ticket.form.content_field()
    assert content is not None
    text = str(content.value())
    assert text.startswith("요약:\nCall ") and text.endswith("앱 재설치 후에도 로그인 실패")
    session.end()
