"""Where the service API key lives: the OS keyring, or memory for this session only.

``SecretStore`` is the small interface (anchor: Vorta ``keyring/abc.py``); ``KeyringSecretStore``
wraps the ``keyring`` library (service ``contiple-desktop``, username = profile id) and turns its
errors into ``KeyringUnavailableError`` / ``KeyringLockedError`` with plain explanations;
``MemorySecretStore`` holds keys in memory and never writes them anywhere. ``ApiKeys`` combines
the two for the running app: session-only keys shadow the keyring.

The caller lookup's security key (contiple-api.md §3.20, "API encryption") is a second entry per
profile in the same store, username ``lookup_key_id(profile_id)`` = ``<profile_id>:caller-lookup``.

There is deliberately no file-based store. Keys are never logged; exception texts never
contain them. Every call may block on D-Bus: call from a worker (``tasks/connection_ops.py``).
``keyring`` itself is imported on first use (it loads every backend, ~120 ms on Linux), so
start-up does not pay for it on the GUI thread.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from contiple_desktop.domain.keys import KeyLocation
from contiple_desktop.errors import KeyringLockedError, KeyringUnavailableError, SecretStoreError
from contiple_desktop.log import register_secret

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

SERVICE_NAME = "contiple-desktop"
_MACOS_API = "keyring.backends.macOS.api"
LOOKUP_KEY_SUFFIX = ":caller-lookup"


def lookup_key_id(profile_id: str) -> str:
    """The key-store entry of a profile's caller-lookup security key (beside its API key)."""
    return profile_id + LOOKUP_KEY_SUFFIX

UNAVAILABLE_TEXT = (
    "No system keyring is available, so the API key cannot be saved. You can use it for this "
    "session only; you will need to enter it again next time."
)
LOCKED_TEXT = (
    "The system keyring is locked or refused access (for example, the unlock prompt was "
    "dismissed), so the API key cannot be read or saved. Unlock the keyring and try again, or use "
    "the key for this session only."
)


@runtime_checkable
class SecretStore(Protocol):
    """Stores one API key per connection profile id."""

    @property
    def description(self) -> str: ...

    @property
    def persistent(self) -> bool: ...

    def available(self) -> bool: ...

    def get(self, profile_id: str) -> str | None: ...

    def set(self, profile_id: str, key: str) -> None: ...

    def delete(self, profile_id: str) -> None: ...


class MemorySecretStore:
    """Session-only keys: held in this process's memory, never written anywhere."""

    description = "this session only"
    persistent = False

    def __init__(self) -> None:
        self._keys: dict[str, str] = {}
        self._lock = threading.Lock()

    def available(self) -> bool:
        return True

    def get(self, profile_id: str) -> str | None:
        with self._lock:
            return self._keys.get(profile_id)

    def set(self, profile_id: str, key: str) -> None:
        with self._lock:
            self._keys[profile_id] = key

    def delete(self, profile_id: str) -> None:
        with self._lock:
            self._keys.pop(profile_id, None)

    def __contains__(self, profile_id: object) -> bool:
        with self._lock:
            return profile_id in self._keys


def _effective_backends(backend: keyring.backend.KeyringBackend) -> list[keyring.backend.KeyringBackend]:
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        return list(backend.backends)
    return [backend]


def _is_usable(backend: keyring.backend.KeyringBackend) -> bool:
    from keyring.backends import chainer, fail

    if isinstance(backend, fail.Keyring):
        return False
    module = type(backend).__module__
    if module.endswith(".null") or module.endswith(".fail"):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(_is_usable(b) for b in backend.backends)
    try:
        return float(backend.priority) > 0  # type: ignore[arg-type]
    except Exception:  # a backend whose viability check itself fails (no D-Bus, ...)
        return False


def _describe_backend(backend: keyring.backend.KeyringBackend) -> str:
    module = type(backend).__module__
    if module.endswith("SecretService") or module.endswith("libsecret"):
        desktop = os.environ.get("XDG_CURRENT_DESKTOP", "").upper()
        if "KDE" in desktop:
            return "KDE Wallet (Secret Service)"
        return "GNOME Keyring (Secret Service)"
    if module.endswith("kwallet"):
        return "KDE Wallet"
    if module.endswith("macOS") or module.endswith("OS_X"):
        return "macOS Keychain"
    if module.endswith("Windows"):
        return "Windows Credential Manager"
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


class KeyringSecretStore:
    """The OS keyring through the ``keyring`` library (service ``contiple-desktop``).

    ``backend`` defaults to whatever ``keyring.get_keyring()`` returns at call time, so a test
    may swap it with ``keyring.set_keyring``.
    """

    persistent = True

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    def _current(self) -> keyring.backend.KeyringBackend:
        if self._backend is not None:
            return self._backend
        if sys.platform != "darwin" and _MACOS_API not in sys.modules:
            # keyring imports every backend; the macOS one binds the Security framework at import
            # through ctypes.util.find_library, which elsewhere runs ldconfig and a compiler
            # (~60 ms) to find nothing. Off macOS that backend is never viable: None in
            # sys.modules makes its import fail at once (keyring then skips the backend).
            sys.modules[_MACOS_API] = None  # type: ignore[assignment]
        import keyring  # loads every backend: only when a key is first needed

        return keyring.get_keyring()

    @property
    def description(self) -> str:
        backend = self._current()
        usable = [b for b in _effective_backends(backend) if _is_usable(b)]
        if not usable:
            return "no system keyring"
        return _describe_backend(usable[0])

    def available(self) -> bool:
        """True when a real backend exists (does not prove that it is unlocked)."""
        return _is_usable(self._current())

    def _usable_backend(self) -> keyring.backend.KeyringBackend:
        backend = self._current()
        if not _is_usable(backend):
            raise KeyringUnavailableError(UNAVAILABLE_TEXT)
        return backend

    def get(self, profile_id: str) -> str | None:
        backend = self._usable_backend()
        try:
            value = backend.get_password(SERVICE_NAME, profile_id)
        except Exception as exc:
            raise _translate(exc, "read") from None
        return value if value else None

    def set(self, profile_id: str, key: str) -> None:
        if not key:
            raise ValueError("empty key: use delete()")
        backend = self._usable_backend()
        try:
            backend.set_password(SERVICE_NAME, profile_id, key)
        except Exception as exc:
            raise _translate(exc, "save") from None
        log.info("API key for profile %s saved in %s", profile_id, _describe_backend(backend))

    def delete(self, profile_id: str) -> None:
        """Remove the key; a key that is not there is not an error."""
        import keyring.errors

        backend = self._usable_backend()
        try:
            backend.delete_password(SERVICE_NAME, profile_id)
        except keyring.errors.PasswordDeleteError:
            return  # nothing stored
        except Exception as exc:
            raise _translate(exc, "delete") from None
        log.info("API key for profile %s deleted from the keyring", profile_id)


def _close_leaked_connections(exc: BaseException) -> None:
    """keyring's Secret Service backend opens a D-Bus connection in ``get_preferred_collection``
    and does not close it when it then raises ``KeyringLocked``/``InitError``; close it here so
    the socket is not left to the garbage collector (a ResourceWarning)."""
    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if type(value).__module__.startswith("jeepney") and callable(getattr(value, "close", None)):
                try:
                    value.close()
                except Exception:  # already closed or broken: nothing to release
                    pass
        tb = tb.tb_next


def _translate(exc: Exception, action: str) -> SecretStoreError:
    """Map a keyring exception to our hierarchy. Never includes the key (keyring never puts it
    in messages either; we still use only the exception *type*)."""
    import keyring.errors

    kind = type(exc).__name__
    _close_leaked_connections(exc)
    log.info("keyring %s failed: %s", action, kind)
    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyringUnavailableError(UNAVAILABLE_TEXT)
    if isinstance(exc, keyring.errors.KeyringLocked | keyring.errors.InitError):
        return KeyringLockedError(LOCKED_TEXT)
    if isinstance(exc, keyring.errors.KeyringError):
        return KeyringLockedError(f"{LOCKED_TEXT} ({kind})")
    if isinstance(exc, RuntimeError):  # e.g. the Secret Service went away ("Unable to initialize")
        return KeyringUnavailableError(f"{UNAVAILABLE_TEXT} ({kind})")
    return SecretStoreError(f"The system keyring could not {action} the API key ({kind}).")


class ApiKeys:
    """The keys of the running app: the OS keyring plus session-only keys.

    A session-only key (chosen when the keyring is unavailable or locked) shadows the keyring
    for its profile and disappears when the app exits. Thread-safe; blocking (keyring).
    """

    def __init__(self, persistent: SecretStore, session: MemorySecretStore | None = None) -> None:
        self.persistent = persistent
        self.session = session if session is not None else MemorySecretStore()

    def get(self, profile_id: str) -> tuple[str | None, KeyLocation]:
        """The key and where it is; no keyring at all reads as "not stored" (locked raises)."""
        key = self.session.get(profile_id)
        if key:
            return key, KeyLocation.SESSION
        try:
            key = self.persistent.get(profile_id)
        except KeyringUnavailableError:
            return None, KeyLocation.NONE  # nothing can be stored without a keyring
        if not key:
            return None, KeyLocation.NONE
        register_secret(key)  # the moment it is read: no log line can ever show it
        return key, KeyLocation.KEYRING

    def store(self, profile_id: str, key: str, *, session_only: bool = False) -> KeyLocation:
        """Save ``key`` (empty → delete). Raises ``SecretStoreError`` when the keyring refuses."""
        if not key:
            self.delete(profile_id)
            return KeyLocation.NONE
        register_secret(key)
        if session_only:
            self.session.set(profile_id, key)
            return KeyLocation.SESSION
        self.persistent.set(profile_id, key)
        self.session.delete(profile_id)
        return KeyLocation.KEYRING

    def delete(self, profile_id: str) -> None:
        """Forget the key everywhere; the session copy goes even when the keyring refuses."""
        self.session.delete(profile_id)
        try:
            self.persistent.delete(profile_id)
        except KeyringUnavailableError:
            log.info("no keyring: nothing to delete for profile %s", profile_id)
