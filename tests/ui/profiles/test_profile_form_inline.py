"""Issue 12 item 13: the profiles form says everything that is missing at once, under each field;
the custom URL shows only for the environment that uses it; a second "Add" does not make a
second, identical "New profile (not saved)"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.profiles.dialog import ProfilesDialog
from tests.ui.profiles.helpers import by_name, type_into, using, wait_idle


def _dialog(qtbot: QtBot, ctx: AppContext) -> ProfilesDialog:
    store = ProfileStore(ctx.paths.config_dir / "profiles.json", ctx.settings)
    store.load()
    dialog = ProfilesDialog(using(ctx, store, ApiKeys(MemorySecretStore())))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def _shown(dialog: ProfilesDialog, name: str) -> str:
    label = by_name(dialog, QLabel, name)
    return label.text() if label.isVisible() else ""


def test_test_connection_on_an_empty_form_lists_every_problem_under_its_field(
    qtbot: QtBot, offline_appctx: AppContext
) -> None:
    dialog = _dialog(qtbot, offline_appctx)
    qtbot.mouseClick(by_name(dialog, QPushButton, "Test connection"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, offline_appctx)
    assert "Contiple domain" in _shown(dialog, "Domain problem")
    assert "service ID" in _shown(dialog, "Service ID problem")
    assert "16 letters and digits" in _shown(dialog, "Organization ID problem")
    assert _shown(dialog, "Profile name problem") == ""  # a test needs no name
    assert "need attention" in by_name(dialog, QLabel, "Message").text()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "\u201c\u201d" not in texts  # never '“” is not a Contiple domain'
    assert dialog.focusWidget() is by_name(dialog, QLineEdit, "Domain")  # the first, top to bottom
    type_into(qtbot, dialog, "Domain", "nhn-cs")
    assert _shown(dialog, "Domain problem") == ""  # fixed: its message goes at once
    assert _shown(dialog, "Service ID problem") != ""  # the others stay until fixed
    type_into(qtbot, dialog, "Service ID", "APISimple")
    assert _shown(dialog, "Service ID problem") == ""


def test_save_marks_the_name_too(qtbot: QtBot, offline_appctx: AppContext) -> None:
    dialog = _dialog(qtbot, offline_appctx)
    by_name(dialog, QLineEdit, "Profile name").clear()
    qtbot.mouseClick(by_name(dialog, QPushButton, "Save profile"), Qt.MouseButton.LeftButton)
    assert _shown(dialog, "Profile name problem") and _shown(dialog, "Domain problem")
    assert _shown(dialog, "Service ID problem") and _shown(dialog, "Organization ID problem")
    assert dialog.focusWidget() is by_name(dialog, QLineEdit, "Profile name")


def test_custom_url_shows_only_for_the_custom_environment(qtbot: QtBot, offline_appctx: AppContext) -> None:
    dialog = _dialog(qtbot, offline_appctx)
    env = by_name(dialog, QComboBox, "Environment")
    custom, domain = by_name(dialog, QLineEdit, "Custom URL"), by_name(dialog, QLineEdit, "Domain")
    for value in ("real", "beta", "alpha"):
        env.setCurrentIndex(env.findData(value))
        assert domain.isVisible() and not custom.isVisible()
        labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is custom]
        assert labels and not any(w.isVisible() for w in labels)
    env.setCurrentIndex(env.findData("custom"))
    assert custom.isVisible() and not domain.isVisible()


def test_add_twice_keeps_one_new_profile(qtbot: QtBot, offline_appctx: AppContext) -> None:
    dialog = _dialog(qtbot, offline_appctx)
    profiles = by_name(dialog, QListWidget, "Profiles")
    add = by_name(dialog, QPushButton, "Add profile")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    rows = [profiles.item(i).text() for i in range(profiles.count())]
    assert rows == ["New profile (not saved)"]
    assert dialog.focusWidget() is by_name(dialog, QLineEdit, "Profile name")
