"""Helpers for tests against the real Secret Service (gnome-keyring inside dbus-run-session).

* ``real_keyring`` (fixture): the Secret Service backend installed as keyring's backend for the
  test, the previous backend restored after. No Secret Service reachable → the test FAILS with
  instructions when ``CI`` or ``CONTIPLE_REQUIRE_KEYRING`` is set, else it is skipped.
* ``no_keyring`` (fixture): keyring's ``fail.Keyring`` (no backend at all), restored after.
* ``locked_keyring()``: lock the default collection for a moment and unlock it again with the
  master password the test command used (``echo "" | gnome-keyring-daemon --unlock``); skips
  when that password is not the one in use (we never leave the keyring locked).
* ``unique_profile_id()``: an id no other test uses; entries are deleted by the fixture.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import keyring
import keyring.backend
import pytest
from keyring.backends import SecretService, fail

from contiple_desktop.storage.secrets import SERVICE_NAME

_CANDIDATE_PASSWORDS = (b"\n", b"")
_INTERNAL = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"


def secret_service_problem() -> str | None:
    """None when a Secret Service answers on the session bus, else why not."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "DBUS_SESSION_BUS_ADDRESS is not set (not inside dbus-run-session)"
    try:
        SecretService.Keyring.priority  # noqa: B018  # the viability check talks to D-Bus
    except Exception as exc:
        return str(exc)
    return None


def require_secret_service() -> None:
    problem = secret_service_problem()
    if problem is None:
        return
    message = (
        f"the keyring tests need a running Secret Service: {problem}. Run pytest inside "
        '`dbus-run-session` after `echo "" | gnome-keyring-daemon --unlock --components=secrets`.'
    )
    if os.environ.get("CI") or os.environ.get("CONTIPLE_REQUIRE_KEYRING"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


def unique_profile_id() -> str:
    return f"test-{uuid.uuid4().hex}"


@pytest.fixture
def real_keyring() -> Iterator[keyring.backend.KeyringBackend]:
    require_secret_service()
    previous = keyring.get_keyring()
    backend = SecretService.Keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[keyring.backend.KeyringBackend]:
    previous = keyring.get_keyring()
    backend = fail.Keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def forget(profile_id: str) -> None:
    """Remove a test entry from the real keyring if it is there."""
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(SERVICE_NAME, profile_id)


@contextlib.contextmanager
def locked_keyring() -> Iterator[None]:
    import secretstorage
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        pytest.skip("a real unlock prompt could appear on this display")
    conn = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(conn)
        session = open_session(conn)
        internal = DBusAddressWrapper("/org/freedesktop/secrets", _INTERNAL, conn)
        password = None
        for candidate in _CANDIDATE_PASSWORDS:
            secret = format_secret(session, candidate, "text/plain")
            try:  # changing to the same password proves we know it
                internal.call(
                    "ChangeWithMasterPassword",
                    "o(oayays)(oayays)",
                    collection.collection_path,
                    secret,
                    secret,
                )
            except Exception:
                continue
            password = candidate
            break
        if password is None:
            pytest.skip("cannot prove the keyring's master password; not locking it")
        collection.lock()
        try:
            yield
        finally:
            internal.call(
                "UnlockWithMasterPassword",
                "o(oayays)",
                collection.collection_path,
                format_secret(session, password, "text/plain"),
            )
            assert not collection.is_locked()
    finally:
        conn.close()
