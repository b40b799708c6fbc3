"""Secrets: the real Secret Service, no backend, a locked keyring, and session-only keys."""

from __future__ import annotations

import gc
import logging
import subprocess
import sys
from collections.abc import Iterator

import keyring
import pytest

from contiple_desktop.errors import KeyringLockedError, KeyringUnavailableError
from contiple_desktop.storage.secrets import (
    SERVICE_NAME,
    ApiKeys,
    KeyLocation,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
)
from tests.ui.profiles.keyring_support import (  # noqa: F401  (fixtures used by name)
    forget,
    locked_keyring,
    no_keyring,
    real_keyring,
    unique_profile_id,
)

KEY = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def profile_id() -> Iterator[str]:
    pid = unique_profile_id()
    yield pid
    if keyring.get_keyring().priority > 0:
        forget(pid)


def test_both_stores_satisfy_the_protocol() -> None:
    assert isinstance(KeyringSecretStore(), SecretStore)
    assert isinstance(MemorySecretStore(), SecretStore)
    assert MemorySecretStore().persistent is False and KeyringSecretStore.persistent is True


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_round_trip_in_the_real_secret_service(profile_id: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = KeyringSecretStore()
    assert store.available()
    assert "Secret Service" in store.description
    assert store.get(profile_id) is None
    store.set(profile_id, KEY)
    assert keyring.get_password(SERVICE_NAME, profile_id) == KEY  # really in the keyring
    assert store.get(profile_id) == KEY
    store.set(profile_id, KEY[::-1])
    assert keyring.get_password(SERVICE_NAME, profile_id) == KEY[::-1]
    store.delete(profile_id)
    assert keyring.get_password(SERVICE_NAME, profile_id) is None
    store.delete(profile_id)  # deleting what is not there is fine
    assert KEY not in caplog.text and KEY[::-1] not in caplog.text


@pytest.mark.usefixtures("no_keyring")
def test_no_backend_is_unavailable(profile_id: str) -> None:
    store = KeyringSecretStore()
    assert not store.available()
    assert store.description == "no system keyring"
    for call in (
        lambda: store.get(profile_id),
        lambda: store.set(profile_id, KEY),
        lambda: store.delete(profile_id),
    ):
        with pytest.raises(KeyringUnavailableError) as info:
            call()
        assert "No system keyring is available" in str(info.value)
        assert KEY not in str(info.value)


def test_null_backend_is_unavailable(profile_id: str) -> None:
    from keyring.backends import null

    store = KeyringSecretStore(null.Keyring())
    assert not store.available()
    with pytest.raises(KeyringUnavailableError):
        store.set(profile_id, KEY)


@pytest.mark.usefixtures("no_keyring")
def test_chainer_without_backends_is_unavailable() -> None:
    from keyring.backends import chainer

    class EmptyChain(chainer.ChainerBackend):
        backends = ()  # type: ignore[assignment]

    assert not KeyringSecretStore(EmptyChain()).available()


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_locked_keyring_is_reported_as_locked(profile_id: str) -> None:
    store = KeyringSecretStore()
    store.set(profile_id, KEY)
    with locked_keyring():
        with pytest.raises(KeyringLockedError) as info:
            store.get(profile_id)
        assert "locked" in str(info.value)
        with pytest.raises(KeyringLockedError):
            store.set(profile_id, KEY)
    assert store.get(profile_id) == KEY  # unlocked again, nothing lost
    gc.collect()  # a D-Bus connection leaked by keyring's locked path would warn here


def test_memory_store_is_session_only() -> None:
    store = MemorySecretStore()
    store.set("p", KEY)
    assert store.get("p") == KEY and "p" in store
    store.delete("p")
    store.delete("p")
    assert store.get("p") is None


@pytest.mark.usefixtures("no_keyring")
def test_api_keys_session_key_shadows_and_survives_no_keyring() -> None:
    keys = ApiKeys(KeyringSecretStore())
    with pytest.raises(KeyringUnavailableError):
        keys.store("p", KEY)
    assert keys.store("p", KEY, session_only=True) is KeyLocation.SESSION
    assert keys.get("p") == (KEY, KeyLocation.SESSION)
    keys.delete("p")  # no keyring: nothing to delete there, not an error
    assert keys.session.get("p") is None


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_api_keys_prefer_keyring_after_a_real_save(profile_id: str) -> None:
    keys = ApiKeys(KeyringSecretStore())
    keys.store(profile_id, "session-key", session_only=True)
    assert keys.store(profile_id, KEY) is KeyLocation.KEYRING
    assert keys.get(profile_id) == (KEY, KeyLocation.KEYRING)
    assert keys.store(profile_id, "") is KeyLocation.NONE
    assert keys.get(profile_id) == (None, KeyLocation.NONE)
    assert keyring.get_password(SERVICE_NAME, profile_id) is None


@pytest.mark.skipif(sys.platform == "darwin", reason="the macOS backend is the one used there")
def test_off_macos_the_keychain_binding_is_not_loaded() -> None:
    """keyring's macOS backend looks for the Security framework at import (ctypes.util.find_library
    runs ldconfig and a compiler off macOS, ~60 ms, to find nothing): the store never loads it."""
    probe = (
        "import ctypes.util, sys\n"
        "looked = []\n"
        "real = ctypes.util.find_library\n"
        "ctypes.util.find_library = lambda name: looked.append(name) or real(name)\n"
        "from contiple_desktop.storage.secrets import KeyringSecretStore\n"
        "store = KeyringSecretStore()\n"
        "store.available(); store.description\n"
        "print(sorted(set(looked)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert out.strip() == "[]"
