"""Caller lookup by phone as an operation: who is calling, from the organization's own API.

``lookup_caller(ctx, phone_text, on_success)`` is called on the GUI thread with whatever the
agent (or the phone system) gave: it picks up the active profile's lookup settings and region
there, and on a worker normalises the number (``domain.phone``, region from the profile's
content language), reads the security key from the key store when "API encryption" is on
(``storage.secrets.lookup_key_id``; registered with the log redaction filter as it is read) and
asks ``api.caller_lookup.lookup_caller`` (one bounded POST). Newest wins per ``key``.

``on_success`` always gets a :class:`CallerLookupResult` — found, no such customer, no lookup
configured, not a usable number, or failed (with the typed error: ``CallerLookupError``, or the
``SecretStoreError`` of a locked keyring) — and always with the phone the caller box should
show, so a lookup never blocks filing the ticket. ``on_failure`` only ever sees a bug.
An identity found is remembered for this session (``tasks.caller_memory``).

``test_lookup`` runs the same request with settings that are only typed, not saved (the profile
form's "Test lookup"); ``load_lookup_key`` reads a profile's stored security key for that form.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from contiple_desktop.domain.keys import KeyLocation
from contiple_desktop.domain.lookup import CallerIdentity, CallerLookupConfig
from contiple_desktop.domain.phone import InvalidPhoneNumber, PhoneNumber, region_for_language
from contiple_desktop.domain.privacy import mask_phone
from contiple_desktop.errors import CallerLookupError, CallerLookupReason, ContipleError, SecretStoreError
from contiple_desktop.log import register_secret
from contiple_desktop.storage.secrets import ApiKeys, lookup_key_id
from contiple_desktop.tasks.caller_memory import remember_caller
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

LOOKUP_KEY = "caller:lookup"
TEST_KEY = "caller:test-lookup"


class LookupOutcome(enum.Enum):
    FOUND = "found"
    NOT_FOUND = "not_found"  # the lookup answered: no customer has this number
    NOT_CONFIGURED = "not_configured"  # this profile has no caller lookup
    INVALID_PHONE = "invalid_phone"  # the text is not a usable phone number (nothing was sent)
    FAILED = "failed"  # the lookup (or the keyring) failed: ``error`` says why


@dataclass(frozen=True, slots=True, repr=False)
class CallerLookupResult:
    """What a lookup found. ``phone``: what the caller box shows — the number's display form
    (national for a domestic number, international otherwise), or the text as typed when it is
    not a usable number. ``identity``: FOUND only. ``error``: FAILED only."""

    outcome: LookupOutcome
    phone: str
    number: PhoneNumber | None = None
    identity: CallerIdentity | None = None
    error: ContipleError | None = None

    @property
    def found(self) -> bool:
        return self.outcome is LookupOutcome.FOUND

    def caller(self) -> CallerIdentity:
        """The identity to fill in: the one found, else just the phone."""
        if self.identity is not None:
            return self.identity.with_phone(self.phone)
        return CallerIdentity(phone=self.phone or None)

    def __repr__(self) -> str:
        return (
            f"CallerLookupResult({self.outcome.value}, phone={mask_phone(self.phone)!r}, "
            f"identity={self.identity!r}, error={type(self.error).__name__ if self.error else None})"
        )


def _read_key(keys: ApiKeys, profile_id: str) -> str | None:
    key, _where = keys.get(lookup_key_id(profile_id))  # registered with log redaction when read
    return key


def _run_lookup(
    config: CallerLookupConfig | None,
    phone_text: str,
    region: str,
    security_key: Callable[[], str | None],
    task: TaskContext,
) -> CallerLookupResult:
    """The worker side (blocking): parse, key, POST, and every outcome as a result."""
    from contiple_desktop.api import caller_lookup as api  # the protocol stack loads when first used
    from contiple_desktop.domain.phone import normalise_phone_text, parse_phone_near

    try:
        number = parse_phone_near(phone_text, region)  # (a Korean caller of a Japanese service too)
    except InvalidPhoneNumber:
        try:
            shown = normalise_phone_text(phone_text)
        except InvalidPhoneNumber:
            shown = ""
        return CallerLookupResult(LookupOutcome.INVALID_PHONE, shown)
    phone = number.display
    if config is None:
        return CallerLookupResult(LookupOutcome.NOT_CONFIGURED, phone, number)
    key: str | None = None
    if config.encryption:
        try:
            key = security_key()
        except SecretStoreError as exc:
            return CallerLookupResult(LookupOutcome.FAILED, phone, number, error=exc)
        if not key:
            error = CallerLookupError(CallerLookupReason.MISSING_KEY, "no security key for the caller lookup")
            return CallerLookupResult(LookupOutcome.FAILED, phone, number, error=error)
    task.check()
    try:
        identity = api.lookup_caller(config, number, security_key=key, cancel=task.cancel)
    except CallerLookupError as exc:
        return CallerLookupResult(LookupOutcome.FAILED, phone, number, error=exc)
    finally:
        key = None
    if identity is None:
        return CallerLookupResult(LookupOutcome.NOT_FOUND, phone, number)
    return CallerLookupResult(LookupOutcome.FOUND, phone, number, identity=identity)


def lookup_caller(
    ctx: AppContext,
    phone_text: str,
    on_success: Callable[[CallerLookupResult], None],
    on_failure: Failure | None = None,
    *,
    key: str = LOOKUP_KEY,
) -> TaskHandle[CallerLookupResult]:
    """Look up who calls from ``phone_text`` with the active profile's lookup (see module doc).

    ``key``: newest wins per key (one per call view). A found identity is remembered for the
    session before ``on_success`` runs.
    """
    profile = ctx.session.profile
    config = profile.caller_lookup if profile is not None else None
    region = region_for_language(profile.language if profile is not None else None)
    profile_id = profile.profile_id if profile is not None else ""
    keys = ctx.keys

    def work(task: TaskContext) -> CallerLookupResult:
        return _run_lookup(config, phone_text, region, lambda: _read_key(keys, profile_id), task)

    def done(result: CallerLookupResult) -> None:
        if result.identity is not None:
            remember_caller(ctx, result.caller(), region)
        on_success(result)

    return ctx.runner.submit(work, on_success=done, on_failure=on_failure, key=key)


def test_lookup(
    ctx: AppContext,
    config: CallerLookupConfig,
    security_key: str,
    phone_text: str,
    language: str,
    on_done: Callable[[CallerLookupResult], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[CallerLookupResult]:
    """"Test lookup": ``config`` and ``security_key`` as typed (not saved); nothing is remembered."""
    region = region_for_language(language)
    register_secret(security_key)

    def work(task: TaskContext) -> CallerLookupResult:
        return _run_lookup(config, phone_text, region, lambda: security_key or None, task)

    return ctx.runner.submit(work, on_success=on_done, on_failure=on_failure, key=TEST_KEY)


test_lookup.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def load_lookup_key(
    ctx: AppContext,
    profile_id: str,
    on_done: Callable[[tuple[str | None, KeyLocation]], None],
    *,
    on_failure: Failure | None = None,
) -> TaskHandle[tuple[str | None, KeyLocation]]:
    """Read the stored security key of ``profile_id``'s caller lookup: ``(key or None, where)``."""
    keys = ctx.keys
    return ctx.runner.submit(
        lambda _t: keys.get(lookup_key_id(profile_id)),
        on_success=on_done,
        on_failure=on_failure,
        key=f"caller:lookup-key:{profile_id}",
    )
