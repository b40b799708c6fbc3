"""Typed settings: defaults, round-trips through the INI file, coercion of junk."""

from __future__ import annotations

from pathlib import Path

from contiple_desktop.storage.settings import Settings


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    s = Settings(tmp_path / "settings.ini")
    assert s.ui_language == "" and s.recent_usercodes == [] and s.confirm_discard_draft is True
    s.ui_language = "ko"
    s.window_geometry = b"\x01\x02"
    s.remember_usercode("cust-001")
    s.remember_usercode("cust-002")
    s.remember_usercode("cust-001")
    s.sync()
    again = Settings(tmp_path / "settings.ini")
    assert again.ui_language == "ko"
    assert again.window_geometry == b"\x01\x02"
    assert again.recent_usercodes == ["cust-001", "cust-002"]


def test_junk_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[preferences]\nhelpcenter_page_size=lots\n", encoding="utf-8")
    assert Settings(path).helpcenter_page_size == 20
