"""The connection ops through a real TaskRunner: loading profiles and keys, connecting."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from contiple_desktop.domain.keys import KeyLocation
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.secrets import ApiKeys, MemorySecretStore
from contiple_desktop.tasks import connection_ops as ops
from contiple_desktop.tasks.context import AppContext
from tests.ui.profiles.helpers import using, wait_idle


@pytest.fixture
def ops_sim() -> Iterator[SimServer]:
    with SimServer(SimConfig()) as server:
        yield server


def _profile(sim: SimServer) -> ConnectionProfile:
    return ConnectionProfile(
        name="Sim",
        service_id=sim.service_id,
        organization_id=sim.organization_id,
        environment=Environment.CUSTOM,
        custom_url=sim.base_url,
        language="ja",
    )


def test_load_profiles_then_key_then_connect(
    qtbot: QtBot, offline_appctx: AppContext, ops_sim: SimServer
) -> None:
    ctx = offline_appctx
    path = ctx.paths.config_dir / "profiles.json"
    profile = ProfileStore(path).put(_profile(ops_sim))
    store = ProfileStore(path, ctx.settings)
    keys = ApiKeys(MemorySecretStore())
    keys.store(profile.profile_id, ops_sim.api_key)

    loaded: list[list[ConnectionProfile]] = []
    using(ctx, store, keys)
    ops.load_profiles(ctx, loaded.append)
    wait_idle(qtbot, ctx)
    assert loaded == [[profile]] and store.active() == profile

    outcome: list[bool] = []
    with qtbot.waitSignal(ctx.session.changed):
        ops.load_key_and_connect(ctx, profile, outcome.append)
    wait_idle(qtbot, ctx)
    assert outcome == [True]
    assert ctx.session.profile == profile and ctx.session.content_language == "ja"
    client = ctx.session.client
    assert client is not None
    assert client.service().service_id == ops_sim.service_id
    ctx.session.set_connection(None, None)


def test_connect_without_a_stored_key_says_so(
    qtbot: QtBot, offline_appctx: AppContext, ops_sim: SimServer
) -> None:
    ctx = offline_appctx
    outcome: list[bool] = []
    using(ctx, ctx.profiles, ApiKeys(MemorySecretStore()))
    ops.load_key_and_connect(ctx, _profile(ops_sim), outcome.append)
    wait_idle(qtbot, ctx)
    assert outcome == [False] and ctx.session.client is None


def test_save_and_delete_ops(qtbot: QtBot, offline_appctx: AppContext, ops_sim: SimServer) -> None:
    ctx = offline_appctx
    store = ProfileStore(ctx.paths.config_dir / "profiles.json", ctx.settings)
    keys = ApiKeys(MemorySecretStore())
    profile = _profile(ops_sim)
    using(ctx, store, keys)
    saved: list[ops.SaveOutcome] = []
    ops.save_profile_with_key(ctx, profile, "k1", saved.append)
    wait_idle(qtbot, ctx)
    assert saved[-1].location is KeyLocation.KEYRING and saved[-1].key_error is None
    ops.save_profile_with_key(ctx, profile.with_changes(name="Renamed"), None, saved.append)
    wait_idle(qtbot, ctx)
    assert saved[-1].location is KeyLocation.KEYRING and keys.get(profile.profile_id)[0] == "k1"
    assert [p.name for p in ProfileStore(store.path).load()] == ["Renamed"]
    problems: list[object] = []
    ops.delete_profile(ctx, profile.profile_id, problems.append)
    wait_idle(qtbot, ctx)
    assert problems == [None] and store.profiles() == [] and keys.get(profile.profile_id)[0] is None


def test_test_connection_op_delivers_a_report(
    qtbot: QtBot, offline_appctx: AppContext, ops_sim: SimServer
) -> None:
    ctx = offline_appctx
    reports: list[ops.ConnectionReport] = []
    ops.test_connection(ctx, _profile(ops_sim), ops_sim.api_key, reports.append)
    wait_idle(qtbot, ctx)
    assert len(reports) == 1 and reports[0].ok
