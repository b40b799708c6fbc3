"""Operations of the connection area: keys, profiles, "Test connection" and connecting.

Every function is called on the GUI thread, submits one closure to the ``TaskRunner`` (keyring
and disk calls block) and delivers its outcome on the GUI thread. ``ctx_or_runner`` is the
``AppContext`` or just its ``TaskRunner`` (the first-run path has no context yet).

``test_connection`` makes exactly one unsigned call (``service()``) and one signed call
(``customer_tickets("contiple-desktop-probe", page_size=1)``) with a throwaway client and turns
every outcome into a ``ConnectionReport`` of precise, translated findings (the probe itself is
``tasks/connection_probe.py``); it never reports a failure through ``on_failure`` (a test
that fails *is* its result).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from contiple_desktop import errors as E
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, KeyLocation
from contiple_desktop.tasks.connection_probe import (
    PROBE_USERCODE,
    ConnectionReport,
    ContipleClient,
    Finding,
    Severity,
    finding_for_unexpected,
    make_client,
    run_connection_test,
    safe_base_url,
)
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskContext, TaskHandle, TaskRunner

__all__ = [
    "PROBE_USERCODE",
    "ConnectionReport",
    "Finding",
    "SaveOutcome",
    "Severity",
    "check_keyring",
    "connect",
    "delete_profile",
    "load_key",
    "load_key_and_connect",
    "load_profiles",
    "make_client",
    "run_connection_test",
    "save_profile_with_key",
    "test_connection",
]

Failure = Callable[[BaseException], None]
TEST_KEY = "connection:test"


def _runner(ctx_or_runner: AppContext | TaskRunner) -> TaskRunner:
    return ctx_or_runner if isinstance(ctx_or_runner, TaskRunner) else ctx_or_runner.runner


# -- keys and profiles ---------------------------------------------------------------------
def load_profiles(
    ctx_or_runner: AppContext | TaskRunner,
    profiles: ProfileStore,
    on_done: Callable[[list[ConnectionProfile]], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[list[ConnectionProfile]]:
    """(Re)read the profile file on a worker."""
    return _runner(ctx_or_runner).submit(
        lambda tctx: profiles.load(), on_success=on_done, on_failure=on_failure
    )


def load_key(
    ctx_or_runner: AppContext | TaskRunner,
    keys: ApiKeys,
    profile_id: str,
    on_done: Callable[[tuple[str | None, KeyLocation]], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[tuple[str | None, KeyLocation]]:
    """Read the key of ``profile_id``: ``(key or None, where)``; keyring errors → on_failure."""
    return _runner(ctx_or_runner).submit(
        lambda tctx: keys.get(profile_id),
        on_success=on_done,
        on_failure=on_failure,
        key=f"connection:key:{profile_id}",
    )


def check_keyring(
    ctx_or_runner: AppContext | TaskRunner,
    keys: ApiKeys,
    on_done: Callable[[tuple[bool, str]], None],
) -> TaskHandle[tuple[bool, str]]:
    """``(available, description)`` of the persistent store (backend detection may use D-Bus)."""

    def work(tctx: TaskContext) -> tuple[bool, str]:
        store = keys.persistent
        return (store.available(), store.description)

    return _runner(ctx_or_runner).submit(
        work, on_success=on_done, on_failure=lambda exc: on_done((False, "")), key="connection:keyring"
    )


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """The profile was written; ``location`` says where the key is now.

    ``key_error`` is set when the keyring refused the key (the profile is saved anyway, and the
    UI offers a session-only key).
    """

    profile: ConnectionProfile
    location: KeyLocation
    key_error: E.SecretStoreError | None = None


def save_profile_with_key(
    ctx_or_runner: AppContext | TaskRunner,
    profiles: ProfileStore,
    keys: ApiKeys,
    profile: ConnectionProfile,
    api_key: str | None,
    on_done: Callable[[SaveOutcome], None],
    *,
    session_only: bool = False,
    on_failure: Failure | None = None,
) -> TaskHandle[SaveOutcome]:
    """Write ``profile`` and (unless ``api_key`` is None: unchanged) its key; empty key → delete."""

    def work(tctx: TaskContext) -> SaveOutcome:
        profiles.put(profile)
        tctx.check()
        if api_key is None:
            try:
                return SaveOutcome(profile, keys.get(profile.profile_id)[1])
            except E.SecretStoreError as exc:
                return SaveOutcome(profile, KeyLocation.NONE, exc)
        try:
            location = keys.store(profile.profile_id, api_key, session_only=session_only)
        except E.SecretStoreError as exc:
            return SaveOutcome(profile, KeyLocation.NONE, exc)
        return SaveOutcome(profile, location)

    return _runner(ctx_or_runner).submit(work, on_success=on_done, on_failure=on_failure)


def delete_profile(
    ctx_or_runner: AppContext | TaskRunner,
    profiles: ProfileStore,
    keys: ApiKeys,
    profile_id: str,
    on_done: Callable[[E.SecretStoreError | None], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[E.SecretStoreError | None]:
    """Delete the key (keyring and session) and the profile; a keyring refusal is returned so
    the UI can say that the key stayed in the keyring, the profile is removed regardless."""

    def work(tctx: TaskContext) -> E.SecretStoreError | None:
        problem: E.SecretStoreError | None = None
        try:
            keys.delete(profile_id)
        except E.SecretStoreError as exc:
            problem = exc
        profiles.remove(profile_id)
        return problem

    return _runner(ctx_or_runner).submit(work, on_success=on_done, on_failure=on_failure)


# -- connecting ------------------------------------------------------------------------------
def connect(ctx: AppContext, profile: ConnectionProfile, api_key: str) -> ContipleClient:
    """Build the client for ``profile`` and make it the session's connection (GUI thread).

    Building a client does no I/O. Raises ``ConfigurationError`` for an unusable profile.
    """
    client = make_client(profile, api_key)
    ctx.session.set_connection(profile, client)
    return client


def load_key_and_connect(
    ctx: AppContext,
    keys: ApiKeys,
    profile: ConnectionProfile,
    on_done: Callable[[bool], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[tuple[str | None, KeyLocation]]:
    """Read the key on a worker, then ``connect``; ``on_done(False)`` when no key is stored."""

    def loaded(result: tuple[str | None, KeyLocation]) -> None:
        key = result[0]
        if not key:
            on_done(False)
            return
        try:
            connect(ctx, profile, key)
        except E.ContipleError as exc:
            (on_failure or ctx.report_error)(exc)
            return
        on_done(True)

    return load_key(ctx, keys, profile.profile_id, loaded, on_failure=on_failure)


def test_connection(
    ctx_or_runner: AppContext | TaskRunner,
    profile: ConnectionProfile,
    api_key: str,
    on_done: Callable[[ConnectionReport], None],
) -> TaskHandle[ConnectionReport]:
    """Probe ``profile`` with ``api_key`` on a worker; ``on_done`` always gets a report."""

    def failed(exc: BaseException) -> None:  # only a bug in the probe itself lands here
        url = safe_base_url(profile)
        on_done(ConnectionReport(False, url, findings=(finding_for_unexpected(exc),)))

    return _runner(ctx_or_runner).submit(
        lambda tctx: run_connection_test(profile, api_key, cancel=tctx.cancel),
        on_success=on_done,
        on_failure=failed,
        key=TEST_KEY,
    )


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test
