"""ProfileStore: JSON round trip, atomic replace, active id in Settings, damaged files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.storage.atomic import atomic_write
from contiple_desktop.storage.profiles import ProfileStore
from contiple_desktop.storage.settings import Settings


def _profile(name: str, **kw: object) -> ConnectionProfile:
    base: dict[str, object] = {
        "name": name,
        "service_id": "APISimple",
        "organization_id": "WopqM8euoYw89B7i",
        "domain": "nhn-cs",
    }
    base.update(kw)
    return ConnectionProfile(**base)  # type: ignore[arg-type]


def test_add_update_delete_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "profiles.json"
    store = ProfileStore(path)
    assert store.load() == []
    a = store.put(_profile("Production"))
    b = store.put(_profile("Beta", environment=Environment.BETA, language="ja", oucode="agent7"))
    store.put(a.with_changes(name="Production (KR)"))
    again = ProfileStore(path)
    loaded = again.load()
    assert [p.name for p in loaded] == ["Production (KR)", "Beta"]  # order kept on update
    assert loaded[1] == b
    assert again.remove(a.profile_id) and not again.remove(a.profile_id)
    assert [p.name for p in ProfileStore(path).load()] == ["Beta"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1 and "api_key" not in json.dumps(data)
    assert not list(path.parent.glob(".profiles.json.*"))  # no temp files left behind


def test_active_id_lives_in_settings(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    store = ProfileStore(tmp_path / "profiles.json", settings)
    a = store.put(_profile("A"))
    assert store.active() == a  # the only profile is active by default
    b = store.put(_profile("B"))
    assert store.active() is None
    store.set_active(b.profile_id)
    assert settings.active_profile_id == b.profile_id
    assert store.active() == b
    settings.sync()
    store2 = ProfileStore(tmp_path / "profiles.json", Settings(tmp_path / "settings.ini"))
    store2.load()
    assert store2.active() == b


def test_damaged_file_is_set_aside(tmp_path: Path, expect_log: object) -> None:
    expect_log("damaged")  # type: ignore[operator]
    path = tmp_path / "profiles.json"
    path.write_text("{not json", encoding="utf-8")
    store = ProfileStore(path)
    assert store.load() == []
    assert not path.exists()
    assert len(list(tmp_path.glob("profiles.json.damaged-*"))) == 1


def test_demo_profile_is_never_saved(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    with pytest.raises(ValueError):
        store.put(_profile("Demo", demo=True))


def test_atomic_write_keeps_old_file_when_writing_fails(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    atomic_write(path, "old")

    with pytest.raises(TypeError):
        atomic_write(path, 123)  # type: ignore[arg-type]
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]
