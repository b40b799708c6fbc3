"""The profiles dialog, driven like a user: keys go to the real keyring only on Save."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import (
    SERVICE_NAME,
    ApiKeys,
    KeyLocation,
    KeyringSecretStore,
    MemorySecretStore,
)
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.profiles.dialog import ProfilesDialog
from tests.ui.profiles.helpers import (
    answer_message_box,
    by_name,
    files_containing,
    type_into,
    using,
    wait_idle,
)
from tests.ui.profiles.keyring_support import (  # noqa: F401  (fixtures used by name)
    forget,
    locked_keyring,
    no_keyring,
    real_keyring,
)

KEY = "5f0e3c1d2b4a69788796a5b4c3d2e1f0"
KEY2 = "aa11bb22cc33dd44ee55ff6600771188"


@pytest.fixture
def store(offline_appctx: AppContext) -> ProfileStore:
    s = ProfileStore(offline_appctx.paths.config_dir / "profiles.json", offline_appctx.settings)
    s.load()
    return s


@pytest.fixture
def keyring_keys(store: ProfileStore) -> Iterator[ApiKeys]:
    yield ApiKeys(KeyringSecretStore())
    for p in store.profiles():
        if keyring.get_keyring().priority > 0:
            forget(p.profile_id)


def open_dialog(qtbot: QtBot, ctx: AppContext, store: ProfileStore, keys: ApiKeys) -> ProfilesDialog:
    dialog = ProfilesDialog(using(ctx, store, keys))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def fill_profile(qtbot: QtBot, dialog: ProfilesDialog, name: str = "Production", key: str = KEY) -> None:
    type_into(qtbot, dialog, "Profile name", name)
    type_into(qtbot, dialog, "Domain", "nhn-cs")
    type_into(qtbot, dialog, "Service ID", "APISimple")
    type_into(qtbot, dialog, "Organization ID", "WopqM8euoYw89B7i")
    type_into(qtbot, dialog, "API key", key)


def save(qtbot: QtBot, dialog: ProfilesDialog, ctx: AppContext) -> None:
    qtbot.mouseClick(by_name(dialog, QPushButton, "Save profile"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_create_edit_delete_with_the_real_keyring(
    qtbot: QtBot,
    offline_appctx: AppContext,
    store: ProfileStore,
    keyring_keys: ApiKeys,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    ctx = offline_appctx
    dialog = open_dialog(qtbot, ctx, store, keyring_keys)
    assert by_name(dialog, QListWidget, "Profiles").count() == 1  # an empty store starts a draft
    fill_profile(qtbot, dialog)
    assert by_name(dialog, QLineEdit, "API key").echoMode() is QLineEdit.EchoMode.Password
    save(qtbot, dialog, ctx)

    [profile] = store.profiles()
    assert profile.name == "Production" and profile.base_url == "https://nhn-cs.oc.nhncloud.com"
    assert keyring.get_password(SERVICE_NAME, profile.profile_id) == KEY
    assert by_name(dialog, QLabel, "API key status").text() == "Stored in GNOME Keyring (Secret Service)"

    # reopening shows the stored key (masked) read back from the keyring
    dialog.close()
    dialog = open_dialog(qtbot, ctx, store, keyring_keys)
    assert by_name(dialog, QLineEdit, "API key").text() == KEY

    type_into(qtbot, dialog, "API key", KEY2)
    save(qtbot, dialog, ctx)
    assert keyring.get_password(SERVICE_NAME, profile.profile_id) == KEY2

    qtbot.mouseClick(by_name(dialog, QPushButton, "Delete profile"), Qt.MouseButton.LeftButton)
    answer_message_box(qtbot, QMessageBox.StandardButton.Yes)
    wait_idle(qtbot, ctx)
    assert store.profiles() == []
    assert keyring.get_password(SERVICE_NAME, profile.profile_id) is None

    assert files_containing(ctx.paths.config_dir.parent, KEY) == []
    assert files_containing(ctx.paths.config_dir.parent, KEY2) == []
    assert KEY not in caplog.text and KEY2 not in caplog.text


@pytest.mark.usefixtures("no_keyring")
def test_no_keyring_explains_and_offers_session_only(
    qtbot: QtBot,
    offline_appctx: AppContext,
    store: ProfileStore,
) -> None:
    ctx = offline_appctx
    keys = ApiKeys(KeyringSecretStore())
    dialog = open_dialog(qtbot, ctx, store, keys)
    explanation = by_name(dialog, QLabel, "Keyring explanation")
    assert explanation.isVisible()
    assert explanation.text().startswith("No system keyring is available, so the API key cannot be saved.")
    fill_profile(qtbot, dialog)
    save(qtbot, dialog, ctx)
    [profile] = store.profiles()  # the profile itself is saved
    assert keys.get(profile.profile_id) == (None, KeyLocation.NONE)
    assert by_name(dialog, QLabel, "Message").text() == "The profile was saved, but not its API key."

    by_name(dialog, QCheckBox, "Use for this session only").setChecked(True)
    save(qtbot, dialog, ctx)
    assert keys.get(profile.profile_id) == (KEY, KeyLocation.SESSION)
    assert by_name(dialog, QLabel, "API key status").text().startswith("Session only")
    assert files_containing(ctx.paths.config_dir.parent, KEY) == []


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_locked_keyring_explains_and_offers_session_only(
    qtbot: QtBot,
    offline_appctx: AppContext,
    store: ProfileStore,
    keyring_keys: ApiKeys,
) -> None:
    ctx = offline_appctx
    dialog = open_dialog(qtbot, ctx, store, keyring_keys)
    fill_profile(qtbot, dialog)
    with locked_keyring():
        save(qtbot, dialog, ctx)
        explanation = by_name(dialog, QLabel, "Keyring explanation")
        assert explanation.isVisible() and "locked" in explanation.text()
        by_name(dialog, QCheckBox, "Use for this session only").setChecked(True)
        save(qtbot, dialog, ctx)
    [profile] = store.profiles()
    assert keyring_keys.get(profile.profile_id) == (KEY, KeyLocation.SESSION)
    assert keyring.get_password(SERVICE_NAME, profile.profile_id) is None


def test_form_shows_address_live_and_validates(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    ctx = offline_appctx
    dialog = open_dialog(qtbot, ctx, store, ApiKeys(MemorySecretStore()))
    address = by_name(dialog, QLabel, "Resulting address")
    type_into(qtbot, dialog, "Domain", "nhn-cs")
    assert address.text() == "https://nhn-cs.oc.nhncloud.com"
    env = by_name(dialog, QComboBox, "Environment")
    custom_url = by_name(dialog, QLineEdit, "Custom URL")
    assert not custom_url.isEnabled()
    env.setCurrentIndex(env.findData("beta"))
    assert address.text() == "https://nhn-cs.oc.beta-nhncloud.com"
    env.setCurrentIndex(env.findData("custom"))
    assert custom_url.isEnabled() and not by_name(dialog, QLineEdit, "Domain").isEnabled()
    type_into(qtbot, dialog, "Custom URL", "http://contiple.example.com")
    type_into(qtbot, dialog, "Service ID", "APISimple")
    type_into(qtbot, dialog, "Organization ID", "short")
    assert "5 of 16" in by_name(dialog, QLabel, "Organization ID hint").text()
    save(qtbot, dialog, ctx)  # every problem under its field, at once
    assert by_name(dialog, QLabel, "Custom URL problem").text().startswith("Plain http is allowed only")
    assert "16 letters and digits" in by_name(dialog, QLabel, "Organization ID problem").text()
    assert "need attention" in by_name(dialog, QLabel, "Message").text()
    assert dialog.focusWidget() is by_name(dialog, QLineEdit, "Custom URL")
    assert store.profiles() == []
    type_into(qtbot, dialog, "Custom URL", "https://contiple.example.com/")
    assert not by_name(dialog, QLabel, "Custom URL problem").isVisible()  # fixed: its message goes
    save(qtbot, dialog, ctx)
    assert "16 letters and digits" in by_name(dialog, QLabel, "Organization ID problem").text()
    assert dialog.focusWidget() is by_name(dialog, QLineEdit, "Organization ID")

    show = by_name(dialog, QToolButton, "Show API key")
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert by_name(dialog, QLineEdit, "API key").echoMode() is QLineEdit.EchoMode.Normal
    assert show.accessibleName() == "Hide API key"


def test_enter_saves_escape_closes(qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore) -> None:
    ctx = offline_appctx
    keys = ApiKeys(MemorySecretStore())
    dialog = open_dialog(qtbot, ctx, store, keys)
    fill_profile(qtbot, dialog)
    qtbot.keyClick(by_name(dialog, QLineEdit, "API key"), Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)
    assert [p.name for p in store.profiles()] == ["Production"]
    assert dialog.isVisible()
    qtbot.keyClick(by_name(dialog, QLineEdit, "Profile name"), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_duplicate_and_use_this_profile(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    ctx = offline_appctx
    keys = ApiKeys(MemorySecretStore())
    dialog = open_dialog(qtbot, ctx, store, keys)
    fill_profile(qtbot, dialog)
    save(qtbot, dialog, ctx)
    qtbot.mouseClick(by_name(dialog, QPushButton, "Duplicate profile"), Qt.MouseButton.LeftButton)
    assert by_name(dialog, QLineEdit, "Profile name").text() == "Production (copy)"
    type_into(qtbot, dialog, "Profile name", "Beta copy")
    by_name(dialog, QComboBox, "Environment").setCurrentIndex(1)
    activated: list[ConnectionProfile] = []
    dialog.profile_activated.connect(activated.append)
    qtbot.mouseClick(by_name(dialog, QPushButton, "Use this profile"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(activated))
    wait_idle(qtbot, ctx)
    names = [p.name for p in store.profiles()]
    assert names == ["Production", "Beta copy"]
    chosen = activated[0]
    assert chosen.name == "Beta copy" and chosen.base_url == "https://nhn-cs.oc.beta-nhncloud.com"
    assert store.active_id == chosen.profile_id
    assert ctx.session.profile == chosen and ctx.session.client is not None
    assert keys.get(chosen.profile_id)[0] == KEY  # the duplicated key was saved for the copy
    assert dialog.result() == QDialog.DialogCode.Accepted
    ctx.session.set_connection(None, None)


def test_every_control_is_named_and_fields_have_label_buddies(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    dialog = open_dialog(qtbot, offline_appctx, store, ApiKeys(MemorySecretStore()))
    controls = [
        w
        for cls in (QLineEdit, QComboBox, QPushButton, QToolButton, QCheckBox, QListWidget)
        for w in dialog.findChildren(cls)
        if not isinstance(w.parentWidget(), QComboBox)  # a combo box's internal line edit
    ]
    assert controls and all(w.accessibleName() for w in controls), [
        type(w).__name__ for w in controls if not w.accessibleName()
    ]
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for w in [
        *dialog.findChildren(QLineEdit),
        *dialog.findChildren(QComboBox),
        dialog.findChild(QListWidget),
    ]:
        assert w in buddies, w.accessibleName()


def test_unsaved_draft_goes_away_when_another_profile_is_chosen(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    saved = store.put(
        ConnectionProfile(name="Saved", service_id="S", organization_id="WopqM8euoYw89B7i", domain="d")
    )
    dialog = open_dialog(qtbot, offline_appctx, store, ApiKeys(MemorySecretStore()))
    profiles = by_name(dialog, QListWidget, "Profiles")
    qtbot.mouseClick(by_name(dialog, QPushButton, "Add profile"), Qt.MouseButton.LeftButton)
    assert [profiles.item(i).text() for i in range(profiles.count())] == [
        "Saved",
        "New profile (not saved)",
    ]
    profiles.setFocus()
    qtbot.keyClick(profiles, Qt.Key.Key_Up)
    assert [profiles.item(i).text() for i in range(profiles.count())] == ["Saved"]
    assert by_name(dialog, QLineEdit, "Profile name").text() == "Saved"
    assert store.profiles() == [saved]


def test_mnemonics_are_unique_and_delete_key_asks_first(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    ctx = offline_appctx
    keys = ApiKeys(MemorySecretStore())
    dialog = open_dialog(qtbot, ctx, store, keys)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QPushButton)]
    letters = [m.group(1).lower() for t in texts for m in re.finditer(r"&([^&])", t)]
    assert len(letters) >= 14 and len(letters) == len(set(letters)), sorted(letters)

    fill_profile(qtbot, dialog)
    with qtbot.waitActive(dialog):  # shortcuts need the active window
        dialog.activateWindow()
    qtbot.keyClick(
        by_name(dialog, QLineEdit, "Service ID"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    wait_idle(qtbot, ctx)
    assert len(store.profiles()) == 1
    profiles = by_name(dialog, QListWidget, "Profiles")
    profiles.setFocus()
    qtbot.keyClick(profiles, Qt.Key.Key_Delete)
    answer_message_box(qtbot, QMessageBox.StandardButton.No)
    wait_idle(qtbot, ctx)
    assert len(store.profiles()) == 1  # "No" keeps it
    qtbot.keyClick(profiles, Qt.Key.Key_Delete)
    answer_message_box(qtbot, QMessageBox.StandardButton.Yes)
    wait_idle(qtbot, ctx)
    assert store.profiles() == []


def test_unsaved_edits_are_not_lost_silently(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    ctx = offline_appctx
    for name in ("First", "Second"):
        store.put(
            ConnectionProfile(name=name, service_id="S", organization_id="WopqM8euoYw89B7i", domain="d")
        )
    dialog = open_dialog(qtbot, ctx, store, ApiKeys(MemorySecretStore()))
    profiles = by_name(dialog, QListWidget, "Profiles")
    type_into(qtbot, dialog, "Profile name", "First, edited")

    profiles.setFocus()
    qtbot.keyClick(profiles, Qt.Key.Key_Down)  # switching asks first
    answer_message_box(qtbot, QMessageBox.StandardButton.Cancel)
    assert profiles.currentRow() == 0
    assert by_name(dialog, QLineEdit, "Profile name").text() == "First, edited"

    qtbot.keyClick(profiles, Qt.Key.Key_Escape)  # closing asks too
    answer_message_box(qtbot, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()

    qtbot.keyClick(profiles, Qt.Key.Key_Down)
    answer_message_box(qtbot, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: profiles.currentRow() == 1)
    assert by_name(dialog, QLineEdit, "Profile name").text() == "Second"
    assert [p.name for p in store.profiles()] == ["First", "Second"]
    qtbot.keyClick(profiles, Qt.Key.Key_Escape)  # nothing unsaved: closes at once
    assert not dialog.isVisible()
