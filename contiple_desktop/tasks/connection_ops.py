"""Operations of the connection area: keys, profiles, "Test connection", connecting.

Every function is called on the GUI thread and reports through callbacks (``tasks.ops``):
keyring and profile-file calls block, so they run on a worker (keyring on the network runner —
it may wait on D-Bus — and the profile file on the disk lane). The stores are the context's
(``ctx.profiles``, ``ctx.keys``); the ui never touches them.

* **Activation is an operation**: ``activate`` builds the client for a profile, makes it the
  session's connection and remembers the profile as the active one; ``forget_active`` undoes it
  for a deleted profile. A key read from the keyring is registered with the log redaction filter
  the moment it is read (``storage.secrets.ApiKeys.get``).
* ``test_connection`` makes exactly one unsigned call (``service()``) and one signed call
  (``customer_tickets("contiple-desktop-probe", page_size=1)``) with a throwaway client and
  turns every outcome into a ``ConnectionReport`` of findings (``tasks/connection_probe.py``;
  the words are the ui's); it never reports a failure through ``on_failure`` (a test that
  fails *is* its result).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from contiple_desktop import errors
from contiple_desktop.domain.keys import KeyLocation
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.storage.secrets import lookup_key_id
from contiple_desktop.tasks.connection_probe import (
    PROBE_USERCODE,
    ConnectionReport,
    Finding,
    Severity,
    finding_for_unexpected,
    safe_base_url,
)
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

__all__ = [
    "PROBE_USERCODE",
    "ConnectionReport",
    "Finding",
    "KeyLocation",
    "SaveOutcome",
    "Severity",
    "activate",
    "active_profile_id",
    "check_keyring",
    "delete_profile",
    "forget_active",
    "load_key",
    "load_key_and_connect",
    "load_profiles",
    "run_connection_test",
    "save_profile_with_key",
    "saved_profiles",
    "test_connection",
]

TEST_KEY = "connection:test"


# -- keys and profiles ---------------------------------------------------------------------
def saved_profiles(ctx: AppContext) -> list[ConnectionProfile]:
    """The profiles as last loaded or saved (memory; GUI thread)."""
    return ctx.profiles.profiles()


def active_profile_id(ctx: AppContext) -> str:
    return ctx.profiles.active_id


def load_profiles(
    ctx: AppContext,
    on_done: Callable[[list[ConnectionProfile]], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[list[ConnectionProfile]]:
    """(Re)read the profile file (disk lane)."""
    profiles = ctx.profiles
    return ctx.disk.submit(lambda _t: profiles.load(), on_success=on_done, on_failure=on_failure)


def load_key(
    ctx: AppContext,
    profile_id: str,
    on_done: Callable[[tuple[str | None, KeyLocation]], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[tuple[str | None, KeyLocation]]:
    """Read the key of ``profile_id``: ``(key or None, where)``; keyring errors → on_failure."""
    keys = ctx.keys
    return ctx.runner.submit(
        lambda _t: keys.get(profile_id),
        on_success=on_done,
        on_failure=on_failure,
        key=f"connection:key:{profile_id}",
    )


def check_keyring(
    ctx: AppContext, on_done: Callable[[tuple[bool, str]], None]
) -> TaskHandle[tuple[bool, str]]:
    """``(available, description)`` of the persistent store (backend detection may use D-Bus)."""
    keys = ctx.keys

    def work(_t: TaskContext) -> tuple[bool, str]:
        store = keys.persistent
        return (store.available(), store.description)

    return ctx.runner.submit(
        work, on_success=on_done, on_failure=lambda _exc: on_done((False, "")), key="connection:keyring"
    )


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """The profile was written; ``location`` says where the key is now.

    ``key_error`` is set when the keyring refused the key (the profile is saved anyway, and the
    UI offers a session-only key). ``lookup_location`` / ``lookup_key_error``: the same for the
    caller lookup's security key (``lookup_location`` None: it was left unchanged).
    """

    profile: ConnectionProfile
    location: KeyLocation
    key_error: errors.SecretStoreError | None = None
    lookup_location: KeyLocation | None = None
    lookup_key_error: errors.SecretStoreError | None = None


def save_profile_with_key(
    ctx: AppContext,
    profile: ConnectionProfile,
    api_key: str | None,
    on_done: Callable[[SaveOutcome], None],
    *,
    session_only: bool = False,
    on_failure: Failure | None = None,
    lookup_key: str | None = None,
) -> TaskHandle[SaveOutcome]:
    """Write ``profile`` and (unless ``api_key`` is None: unchanged) its key; empty key → delete.

    ``lookup_key``: the caller lookup's security key, the same way (None: unchanged; empty:
    deleted), in the keyring entry ``storage.secrets.lookup_key_id(profile_id)``; kept for the
    session only when ``session_only``.
    """
    profiles, keys = ctx.profiles, ctx.keys

    def save_lookup_key() -> tuple[KeyLocation | None, errors.SecretStoreError | None]:
        if lookup_key is None:
            return None, None
        try:
            return keys.store(lookup_key_id(profile.profile_id), lookup_key, session_only=session_only), None
        except errors.SecretStoreError as exc:
            return KeyLocation.NONE, exc

    def save_api_key() -> tuple[KeyLocation, errors.SecretStoreError | None]:
        try:
            if api_key is None:
                return keys.get(profile.profile_id)[1], None
            return keys.store(profile.profile_id, api_key, session_only=session_only), None
        except errors.SecretStoreError as exc:
            return KeyLocation.NONE, exc

    def work(tctx: TaskContext) -> SaveOutcome:
        profiles.put(profile)
        tctx.check()
        location, key_error = save_api_key()
        lookup_location, lookup_error = save_lookup_key()
        return SaveOutcome(profile, location, key_error, lookup_location, lookup_error)

    return ctx.runner.submit(work, on_success=on_done, on_failure=on_failure)


def delete_profile(
    ctx: AppContext,
    profile_id: str,
    on_done: Callable[[errors.SecretStoreError | None], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[errors.SecretStoreError | None]:
    """Delete the key and the caller lookup's security key (keyring and session) and the
    profile, then ``forget_active``; a keyring refusal is returned so the UI can say that the
    key stayed in the keyring (the profile is removed regardless)."""
    profiles, keys = ctx.profiles, ctx.keys

    def work(_t: TaskContext) -> errors.SecretStoreError | None:
        problem: errors.SecretStoreError | None = None
        for entry in (profile_id, lookup_key_id(profile_id)):
            try:
                keys.delete(entry)
            except errors.SecretStoreError as exc:
                problem = problem or exc
        profiles.remove(profile_id)
        return problem

    def done(problem: errors.SecretStoreError | None) -> None:
        forget_active(ctx, profile_id)
        on_done(problem)

    return ctx.runner.submit(work, on_success=done, on_failure=on_failure)


# -- connecting ------------------------------------------------------------------------------
def activate(
    ctx: AppContext,
    profile: ConnectionProfile,
    api_key: str,
    *,
    on_done: Callable[[ConnectionProfile], None] | None = None,
    on_failure: Failure | None = None,
    remember: bool = True,
) -> None:
    """Connect the session to ``profile`` and (``remember``) make it the active profile.

    Building a client does no I/O, so this completes at once; an unusable profile (a bad
    address) is reported to ``on_failure`` (default: the error presenter) and changes nothing.
    """
    from contiple_desktop.api.client import make_client  # the protocol stack loads when first used

    try:
        client = make_client(profile, api_key)
    except errors.ConfigurationError as exc:
        (on_failure or ctx.report_error)(exc)
        return
    ctx.session.set_connection(profile, client)
    if remember and not profile.demo:
        ctx.profiles.set_active(profile.profile_id)
    if on_done is not None:
        on_done(profile)


def forget_active(ctx: AppContext, profile_id: str) -> None:
    """``profile_id`` is gone: it is no longer the active profile nor the session's connection."""
    if ctx.profiles.active_id == profile_id:
        ctx.profiles.set_active("")
    current = ctx.session.profile
    if current is not None and current.profile_id == profile_id:
        ctx.session.set_connection(None, None)


def load_key_and_connect(
    ctx: AppContext,
    profile: ConnectionProfile,
    on_done: Callable[[bool], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[tuple[str | None, KeyLocation]]:
    """Read the key on a worker, then ``activate``; ``on_done(False)`` when no key is stored."""

    def loaded(result: tuple[str | None, KeyLocation]) -> None:
        key = result[0]
        if not key:
            on_done(False)
            return
        activate(ctx, profile, key, on_done=lambda _p: on_done(True), on_failure=on_failure)

    return load_key(ctx, profile.profile_id, loaded, on_failure=on_failure)


def run_connection_test(profile: ConnectionProfile, api_key: str, **kwargs: Any) -> ConnectionReport:
    """The blocking probe (``tasks.connection_probe``), loaded with the protocol stack on first use."""
    from contiple_desktop.tasks import connection_probe

    return connection_probe.run_connection_test(profile, api_key, **kwargs)


def test_connection(
    ctx: AppContext,
    profile: ConnectionProfile,
    api_key: str,
    on_done: Callable[[ConnectionReport], None],
) -> TaskHandle[ConnectionReport]:
    """Probe ``profile`` with ``api_key`` on a worker; ``on_done`` always gets a report."""

    def failed(exc: BaseException) -> None:  # only a bug in the probe itself lands here
        url = safe_base_url(profile)
        on_done(ConnectionReport(False, url, findings=(finding_for_unexpected(exc),)))

    def work(tctx: TaskContext) -> ConnectionReport:
        return run_connection_test(profile, api_key, cancel=tctx.cancel)

    return ctx.runner.submit(
        work,
        on_success=on_done,
        on_failure=failed,
        key=TEST_KEY,
    )


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
