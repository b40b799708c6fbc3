"""The "Caller lookup" tab of the profiles dialog, driven like a user: settings validated inline
and saved with the profile, the security key saved to the key store only (and deleted with the
profile), "Test lookup" against the simulator with the answer masked — and saving a profile
never drops its lookup settings."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from contiple_desktop.domain.lookup import CallerLookupConfig
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.sim import SimServer
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import (
    SERVICE_NAME,
    ApiKeys,
    KeyringSecretStore,
    MemorySecretStore,
    lookup_key_id,
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
from tests.ui.profiles.keyring_support import forget, real_keyring  # noqa: F401  (fixture)

API_KEY = "5f0e3c1d2b4a69788796a5b4c3d2e1f0"
SECURITY_KEY = "caller-lookup-key-9f8e7d6c5b4a"


@pytest.fixture
def store(offline_appctx: AppContext) -> ProfileStore:
    s = ProfileStore(offline_appctx.paths.config_dir / "profiles.json", offline_appctx.settings)
    s.load()
    return s


def saved_profile(store: ProfileStore, lookup: CallerLookupConfig | None) -> ConnectionProfile:
    profile = ConnectionProfile(
        name="Production", service_id="APISimple", organization_id="WopqM8euoYw89B7i",
        environment=Environment.REAL, domain="nhn-cs", caller_lookup=lookup,
    )
    store.put(profile)
    return profile


def open_dialog(qtbot: QtBot, ctx: AppContext, store: ProfileStore, keys: ApiKeys) -> ProfilesDialog:
    dialog = ProfilesDialog(using(ctx, store, keys))
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    wait_idle(qtbot, ctx)
    return dialog


def lookup_tab(dialog: ProfilesDialog) -> QGroupBox:
    group = by_name(dialog, QGroupBox, "Look callers up by phone")
    by_name(dialog, QTabWidget, "Profile settings").setCurrentWidget(group)
    return group


def switch_on(qtbot: QtBot, group: QGroupBox) -> None:
    group.setFocus()
    qtbot.keyClick(group, Qt.Key.Key_Space)
    assert group.isChecked()


def problem(dialog: ProfilesDialog) -> str:
    return by_name(dialog, QLabel, "Caller lookup problem").text()


def save(qtbot: QtBot, dialog: ProfilesDialog, ctx: AppContext) -> None:
    qtbot.mouseClick(by_name(dialog, QPushButton, "Save profile"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctx)


def test_saving_a_profile_keeps_its_lookup(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    lookup = CallerLookupConfig(url="https://crm.example.com/who", constant_fields=(("nation", "korea"),))
    profile = saved_profile(store, lookup)
    dialog = open_dialog(qtbot, offline_appctx, store, ApiKeys(MemorySecretStore()))
    type_into(qtbot, dialog, "Profile name", "Production 2")
    save(qtbot, dialog, offline_appctx)
    [again] = store.profiles()
    assert again.name == "Production 2" and again.profile_id == profile.profile_id
    assert again.caller_lookup == lookup


def test_lookup_settings_are_checked_inline_and_saved_with_the_key(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore, sim: SimServer
) -> None:
    ctx = offline_appctx
    keys = ApiKeys(MemorySecretStore())
    profile = saved_profile(store, None)
    dialog = open_dialog(qtbot, ctx, store, keys)
    group = lookup_tab(dialog)
    switch_on(qtbot, group)
    type_into(qtbot, dialog, "Lookup address", "http://crm.example.com/who")
    assert "https://" in problem(dialog)
    type_into(qtbot, dialog, "Lookup address", sim.caller_lookup_url)
    constants = by_name(dialog, QPlainTextEdit, "Constant fields")
    constants.setFocus()
    qtbot.keyClicks(constants, "nation=korea")
    qtbot.keyClick(constants, Qt.Key.Key_Return)
    qtbot.keyClicks(constants, "oops")
    assert "line 2" in problem(dialog)
    qtbot.keyClick(constants, Qt.Key.Key_Backspace)
    qtbot.keyClick(constants, Qt.Key.Key_Backspace)
    qtbot.keyClick(constants, Qt.Key.Key_Backspace)
    qtbot.keyClick(constants, Qt.Key.Key_Backspace)
    assert problem(dialog) == ""
    encryption = by_name(dialog, QCheckBox, "API encryption")
    encryption.setFocus()
    qtbot.keyClick(encryption, Qt.Key.Key_Space)
    assert "security key" in problem(dialog)
    tabs = by_name(dialog, QTabWidget, "Profile settings")
    tabs.setCurrentIndex(0)
    save(qtbot, dialog, ctx)  # refused: the problem is shown on its own tab
    assert tabs.currentWidget() is group and store.profiles()[0].caller_lookup is None
    assert "security key" in by_name(dialog, QLabel, "Message").text()
    key_field = by_name(dialog, QLineEdit, "Security key")
    assert key_field.echoMode() is QLineEdit.EchoMode.Password
    type_into(qtbot, dialog, "Security key", SECURITY_KEY)
    assert problem(dialog) == ""

    save(qtbot, dialog, ctx)
    [again] = store.profiles()
    assert again.caller_lookup == CallerLookupConfig(
        url=sim.caller_lookup_url, constant_fields=(("nation", "korea"),), encryption=True
    )
    assert keys.get(lookup_key_id(profile.profile_id))[0] == SECURITY_KEY
    assert keys.get(profile.profile_id)[0] is None  # the API key entry is another one
    assert by_name(dialog, QLabel, "Security key status").text() == "Stored in the system keyring"
    assert files_containing(ctx.paths.config_dir.parent, SECURITY_KEY) == []

    # Encryption off: the stored key goes on the next save.
    encryption.setFocus()
    qtbot.keyClick(encryption, Qt.Key.Key_Space)
    save(qtbot, dialog, ctx)
    assert keys.get(lookup_key_id(profile.profile_id))[0] is None
    assert store.profiles()[0].caller_lookup == CallerLookupConfig(
        url=sim.caller_lookup_url, constant_fields=(("nation", "korea"),)
    )


def test_an_unsaved_security_key_counts_as_an_edit(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore
) -> None:
    saved_profile(store, CallerLookupConfig(url="https://crm.example.com/who", encryption=True))
    dialog = open_dialog(qtbot, offline_appctx, store, ApiKeys(MemorySecretStore()))
    lookup_tab(dialog)
    type_into(qtbot, dialog, "Security key", SECURITY_KEY)
    by_name(dialog, QPushButton, "Close").click()
    answer_message_box(qtbot, QMessageBox.StandardButton.Cancel)  # "Discard the unsaved changes?"
    assert dialog.isVisible()


def test_test_lookup_shows_the_answer_masked(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore, sim: SimServer
) -> None:
    ctx = offline_appctx
    saved_profile(store, sim.caller_lookup_config())
    dialog = open_dialog(qtbot, ctx, store, ApiKeys(MemorySecretStore()))
    lookup_tab(dialog)
    result = by_name(dialog, QLabel, "Lookup test result")
    type_into(qtbot, dialog, "Phone number to test", "010-1001-5007")
    qtbot.mouseClick(by_name(dialog, QPushButton, "Test lookup"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.text().startswith("Found"), timeout=15_000)
    found = "Found: user code cust-001 \u00b7 김민준 \u00b7 mi***@example.com \u00b7 010-1001-****"
    assert result.text() == found

    before = store.profiles()
    type_into(qtbot, dialog, "Phone number to test", "010-9999-0000")
    qtbot.keyClick(by_name(dialog, QLineEdit, "Phone number to test"), Qt.Key.Key_Return)  # Enter tests ...
    qtbot.waitUntil(lambda: "no customer" in result.text(), timeout=15_000)
    wait_idle(qtbot, ctx)
    assert store.profiles() == before  # ... and does not also press Save

    type_into(qtbot, dialog, "Phone number to test", "hello")
    qtbot.keyClick(by_name(dialog, QLineEdit, "Phone number to test"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "valid phone number" in result.text(), timeout=15_000)
    sent = [r for r in sim.requests() if r.get("path", "").endswith("customer-info")]
    assert len(sent) == 2  # "hello" was never sent


@pytest.fixture
def keyring_keys(store: ProfileStore) -> Iterator[ApiKeys]:
    yield ApiKeys(KeyringSecretStore())
    for p in store.profiles():
        forget(p.profile_id)
        forget(lookup_key_id(p.profile_id))


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_the_security_key_lives_in_the_real_keyring_and_goes_with_the_profile(
    qtbot: QtBot, offline_appctx: AppContext, store: ProfileStore, keyring_keys: ApiKeys, sim: SimServer
) -> None:
    ctx = offline_appctx
    sim.config.caller_lookup_key = SECURITY_KEY
    profile = saved_profile(store, sim.caller_lookup_config())
    keyring.set_password(SERVICE_NAME, profile.profile_id, API_KEY)
    dialog = open_dialog(qtbot, ctx, store, keyring_keys)
    lookup_tab(dialog)
    type_into(qtbot, dialog, "Security key", SECURITY_KEY)
    save(qtbot, dialog, ctx)
    assert keyring.get_password(SERVICE_NAME, lookup_key_id(profile.profile_id)) == SECURITY_KEY
    assert keyring.get_password(SERVICE_NAME, profile.profile_id) == API_KEY
    assert files_containing(ctx.paths.config_dir.parent, SECURITY_KEY) == []

    dialog.close()
    again = open_dialog(qtbot, ctx, store, keyring_keys)  # the stored key is read back
    lookup_tab(again)
    field = by_name(again, QLineEdit, "Security key")
    qtbot.waitUntil(lambda: field.text() == SECURITY_KEY, timeout=15_000)
    result = by_name(again, QLabel, "Lookup test result")
    type_into(qtbot, again, "Phone number to test", "010-1001-5007")
    qtbot.mouseClick(by_name(again, QPushButton, "Test lookup"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: result.text().startswith("Found"), timeout=15_000)  # signed and accepted

    qtbot.mouseClick(by_name(again, QPushButton, "Delete profile"), Qt.MouseButton.LeftButton)
    answer_message_box(qtbot, QMessageBox.StandardButton.Yes)
    wait_idle(qtbot, ctx)
    assert store.profiles() == []
    assert keyring.get_password(SERVICE_NAME, lookup_key_id(profile.profile_id)) is None
    assert keyring.get_password(SERVICE_NAME, profile.profile_id) is None
