"""Caller lookup as an operation, against the simulator's demo lookup over loopback HTTP: found,
unknown number, no lookup configured, not a number, lookup down (a failure, but the phone is
still there to fill in), newest wins, and "API encryption" with the security key in the real
keyring; plus the session memory of callers served and the key stored and deleted with the
profile."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from pytestqt.qtbot import QtBot

from contiple_desktop.domain.lookup import CallerIdentity, CallerLookupConfig
from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.errors import CallerLookupError, CallerLookupReason
from contiple_desktop.log import redact
from contiple_desktop.sim import SimServer
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import (
    SERVICE_NAME,
    ApiKeys,
    KeyringSecretStore,
    MemorySecretStore,
    lookup_key_id,
)
from contiple_desktop.tasks import caller_ops, connection_ops
from contiple_desktop.tasks.caller_memory import CallerMemory, memory_for, remember_caller, suggest_callers
from contiple_desktop.tasks.caller_ops import CallerLookupResult, LookupOutcome
from contiple_desktop.tasks.context import AppContext
from tests.ui.profiles.keyring_support import forget, real_keyring  # noqa: F401  (fixture)

KIM = CallerIdentity("cust-001", "김민준", "minjun.kim@example.com", "010-1001-5007")
LOOKUP_SECRET = "lookup-secret-0123456789abcdef"


@pytest.fixture
def ctx(appctx: AppContext, sim: SimServer, demo_profile: ConnectionProfile) -> AppContext:
    """The session's profile uses the simulator's caller lookup."""
    profile = demo_profile.with_changes(caller_lookup=sim.caller_lookup_config())
    appctx.session.set_connection(profile, appctx.session.client)
    return appctx


def lookup(qtbot: QtBot, ctx: AppContext, text: str) -> CallerLookupResult:
    results: list[CallerLookupResult] = []
    failures: list[BaseException] = []
    caller_ops.lookup_caller(ctx, text, results.append, failures.append)
    qtbot.waitUntil(lambda: bool(results or failures), timeout=15_000)
    assert failures == []
    return results[0]


def lookups(sim: SimServer) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r.get("path", "").endswith("customer-info")]


SPELLINGS = ["010-1001-5007", "01010015007", "+82 10-1001-5007", "０１０．１００１．５００７"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_known_number_finds_the_customer(qtbot: QtBot, ctx: AppContext, spelling: str) -> None:
    result = lookup(qtbot, ctx, spelling)
    assert result.outcome is LookupOutcome.FOUND and result.found
    assert result.identity == KIM
    assert result.phone == "010-1001-5007"  # normalised, what the caller box shows
    assert result.caller() == KIM
    assert "1001-5007" not in repr(result) and "minjun.kim" not in repr(result)
    assert suggest_callers(ctx, "010-10") == [KIM]  # remembered for the session


def test_a_korean_caller_of_a_japanese_profile_is_looked_up(
    qtbot: QtBot, ctx: AppContext, sim: SimServer
) -> None:
    # 010-… is no Japanese number (the demo in Japanese, a Korean caller of a Japanese service):
    # the hand-off accepts it as Korean, so the lookup reads it so too, with its country code
    profile = ctx.session.profile
    assert profile is not None
    ctx.session.set_connection(profile.with_changes(language="ja"), ctx.session.client)
    result = lookup(qtbot, ctx, "010-1001-5007")
    assert result.outcome is LookupOutcome.FOUND and result.identity == KIM
    assert result.phone == "+82 10-1001-5007"
    assert len(lookups(sim)) == 1  # (the log masks the number)
    assert suggest_callers(ctx, "010-10") == [KIM]


def test_an_unknown_number_fills_only_the_phone(qtbot: QtBot, ctx: AppContext) -> None:
    result = lookup(qtbot, ctx, "01099990000")
    assert result.outcome is LookupOutcome.NOT_FOUND and result.identity is None
    assert result.phone == "010-9999-0000"
    assert result.caller() == CallerIdentity(phone="010-9999-0000")
    assert len(memory_for(ctx)) == 0


def test_without_a_lookup_the_phone_is_still_normalised(
    qtbot: QtBot, appctx: AppContext, sim: SimServer
) -> None:
    result = lookup(qtbot, appctx, "+82 10 1001 5007")
    assert result.outcome is LookupOutcome.NOT_CONFIGURED and result.phone == "010-1001-5007"
    assert lookups(sim) == []


def test_not_a_number_sends_nothing(qtbot: QtBot, ctx: AppContext, sim: SimServer) -> None:
    result = lookup(qtbot, ctx, "  call me ")
    assert result.outcome is LookupOutcome.INVALID_PHONE and result.phone == "call me"
    assert lookups(sim) == []


@pytest.mark.parametrize(("fault", "reason"), [("http_500", CallerLookupReason.SERVER_ERROR),
                                               ("drop_before", CallerLookupReason.NETWORK)])
def test_a_lookup_that_fails_still_returns_the_phone(
    qtbot: QtBot, ctx: AppContext, sim: SimServer, fault: str, reason: CallerLookupReason
) -> None:
    sim.faults.add(fault, "customer-info")
    result = lookup(qtbot, ctx, "010-1001-5007")
    assert result.outcome is LookupOutcome.FAILED and result.phone == "010-1001-5007"
    assert isinstance(result.error, CallerLookupError) and result.error.reason is reason
    assert result.caller() == CallerIdentity(phone="010-1001-5007")


def test_a_lookup_server_that_is_gone_is_a_failure_not_a_crash(
    qtbot: QtBot, ctx: AppContext, demo_profile: ConnectionProfile
) -> None:
    dead = CallerLookupConfig(url="http://127.0.0.1:9/customer-info")  # the discard port: refused
    ctx.session.set_connection(demo_profile.with_changes(caller_lookup=dead), ctx.session.client)
    result = lookup(qtbot, ctx, "010-1001-5007")
    assert result.outcome is LookupOutcome.FAILED and result.phone == "010-1001-5007"
    assert isinstance(result.error, CallerLookupError)


def test_the_newest_lookup_wins(qtbot: QtBot, ctx: AppContext) -> None:
    got: list[CallerLookupResult] = []
    first = caller_ops.lookup_caller(ctx, "010-9999-0000", got.append)
    second = caller_ops.lookup_caller(ctx, "010-1001-5007", got.append)
    qtbot.waitUntil(lambda: not second.running, timeout=15_000)
    qtbot.waitUntil(lambda: ctx.runner.active_count == 0, timeout=15_000)
    assert first.cancelled and [r.outcome for r in got] == [LookupOutcome.FOUND]


# -- API encryption: the security key in the real keyring ---------------------------------------
@pytest.fixture
def signed(sim: SimServer, ctx: AppContext, demo_profile: ConnectionProfile) -> Iterator[AppContext]:
    sim.config.caller_lookup_key = LOOKUP_SECRET
    profile = demo_profile.with_changes(caller_lookup=sim.caller_lookup_config())
    assert profile.caller_lookup is not None and profile.caller_lookup.encryption
    ctx.session.set_connection(profile, ctx.session.client)
    ctx.keys = ApiKeys(KeyringSecretStore())
    try:
        yield ctx
    finally:
        forget(lookup_key_id(profile.profile_id))


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_signed_lookup_with_the_key_from_the_keyring(
    qtbot: QtBot, signed: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    profile = signed.session.profile
    assert profile is not None
    missing = lookup(qtbot, signed, "010-1001-5007")
    assert missing.outcome is LookupOutcome.FAILED
    assert isinstance(missing.error, CallerLookupError)
    assert missing.error.reason is CallerLookupReason.MISSING_KEY

    keyring.set_password(SERVICE_NAME, lookup_key_id(profile.profile_id), "not-the-right-key")
    wrong = lookup(qtbot, signed, "010-1001-5007")
    assert isinstance(wrong.error, CallerLookupError) and wrong.error.reason is CallerLookupReason.FORBIDDEN

    keyring.set_password(SERVICE_NAME, lookup_key_id(profile.profile_id), LOOKUP_SECRET)
    found = lookup(qtbot, signed, "010-1001-5007")
    assert found.outcome is LookupOutcome.FOUND and found.identity == KIM
    assert redact(f"key {LOOKUP_SECRET}") == "key [REDACTED]"  # registered when read
    assert keyring.get_password(SERVICE_NAME, profile.profile_id) is None  # a separate entry
    assert LOOKUP_SECRET not in caplog.text and "1001-5007" not in caplog.text


@pytest.mark.keyring
@pytest.mark.usefixtures("real_keyring")
def test_the_security_key_is_saved_and_deleted_with_the_profile(
    qtbot: QtBot, signed: AppContext, tmp_path: Any
) -> None:
    signed.profiles = ProfileStore(tmp_path / "profiles.json", signed.settings)
    assert signed.session.profile is not None
    profile = signed.session.profile.with_changes(demo=False)  # the demo profile is never saved
    saved: list[connection_ops.SaveOutcome] = []
    connection_ops.save_profile_with_key(signed, profile, None, saved.append, lookup_key=LOOKUP_SECRET)
    qtbot.waitUntil(lambda: bool(saved), timeout=15_000)
    assert saved[0].lookup_location is not None and saved[0].lookup_key_error is None
    assert keyring.get_password(SERVICE_NAME, lookup_key_id(profile.profile_id)) == LOOKUP_SECRET
    assert LOOKUP_SECRET.encode() not in (tmp_path / "profiles.json").read_bytes()
    assert signed.profiles.profiles()[0].caller_lookup == profile.caller_lookup

    unchanged: list[connection_ops.SaveOutcome] = []
    connection_ops.save_profile_with_key(signed, profile, None, unchanged.append)
    qtbot.waitUntil(lambda: bool(unchanged), timeout=15_000)
    assert unchanged[0].lookup_location is None
    assert keyring.get_password(SERVICE_NAME, lookup_key_id(profile.profile_id)) == LOOKUP_SECRET

    done: list[Any] = []
    connection_ops.delete_profile(signed, profile.profile_id, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    assert done == [None]
    assert keyring.get_password(SERVICE_NAME, lookup_key_id(profile.profile_id)) is None


def test_test_lookup_uses_the_typed_settings(qtbot: QtBot, appctx: AppContext, sim: SimServer) -> None:
    sim.config.caller_lookup_key = LOOKUP_SECRET
    got: list[CallerLookupResult] = []
    config = sim.caller_lookup_config()
    caller_ops.test_lookup(appctx, config, LOOKUP_SECRET, "010-1001-5007", "ko", got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=15_000)
    assert got[0].identity == KIM
    assert len(memory_for(appctx)) == 0  # a test is not a caller served


def test_session_keys_shadow_for_the_lookup_too(qtbot: QtBot, appctx: AppContext) -> None:
    appctx.keys = ApiKeys(MemorySecretStore())
    appctx.keys.store(lookup_key_id("p1"), LOOKUP_SECRET, session_only=True)
    got: list[Any] = []
    caller_ops.load_lookup_key(appctx, "p1", got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=15_000)
    assert got[0][0] == LOOKUP_SECRET


# -- the session memory ----------------------------------------------------------------------
def test_memory_suggests_by_phone_or_user_code_prefix() -> None:
    memory = CallerMemory()
    memory.remember(KIM)
    memory.remember(CallerIdentity("cust-002", "이서연", None, "+81 90-1234-5678"))
    memory.remember(CallerIdentity(phone="02-123-4567"))
    assert memory.suggest("010 1001") == [KIM]
    assert memory.suggest("+82 10-10") == [KIM]  # the international digits match too
    assert memory.suggest("8190") == [memory.suggest("cust-002")[0]]
    assert [c.usercode for c in memory.suggest("CUST")] == ["cust-002", "cust-001"]  # newest first
    assert memory.suggest("0") == [] and memory.suggest("") == []
    assert memory.suggest("02-1")[0].phone == "02-123-4567"
    assert "1001" not in repr(memory) and "minjun" not in repr(memory)


def test_memory_merges_the_same_caller_and_is_bounded() -> None:
    memory = CallerMemory(limit=3)
    memory.remember(CallerIdentity(phone="010-1001-5007"))
    memory.remember(CallerIdentity("cust-001", "김민준", phone="01010015007"))  # the same number
    assert len(memory) == 1 and memory.suggest("cust")[0].name == "김민준"
    memory.remember(CallerIdentity("cust-001", email="minjun.kim@example.com"))
    assert len(memory) == 1 and memory.suggest("cust")[0].email == "minjun.kim@example.com"
    for i in range(5):
        memory.remember(CallerIdentity(f"user-{i}"))
    assert len(memory) == 3 and [c.usercode for c in memory.suggest("user")] == ["user-4", "user-3", "user-2"]


def test_remember_caller_typed_for_a_filed_ticket(offline_appctx: AppContext) -> None:
    remember_caller(offline_appctx, CallerIdentity("walk-in", phone="090-1234-5678"), "JP")
    assert [c.usercode for c in suggest_callers(offline_appctx, "090")] == ["walk-in"]
    assert suggest_callers(offline_appctx, "walk") == suggest_callers(offline_appctx, "090")
