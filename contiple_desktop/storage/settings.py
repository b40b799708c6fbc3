"""User preferences and window state, declared once with types and defaults (QSettings, INI).

Preferences (``ui_language``, ``recent_usercodes`` …) and window state (``window_geometry``,
``window_state``, the splitters' positions by name) live in separate groups so resetting one
never loses the other. Add a setting
by declaring one class attribute; nothing else reads QSettings directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(Generic[T]):
    """A typed QSettings entry: ``key`` under ``group`` with ``default``; values are coerced."""

    def __init__(self, group: str, key: str, default: T, coerce: Callable[[Any], T]) -> None:
        self.path = f"{group}/{key}"
        self.default = default
        self.coerce = coerce

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> Setting[T] | T:
        if obj is None:
            return self
        raw = obj.qsettings.value(self.path, None)
        if raw is None:
            return self.default
        try:
            return self.coerce(raw)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        obj.qsettings.setValue(self.path, value)


def _str(v: Any) -> str:
    return str(v)


def _bool(v: Any) -> bool:
    if isinstance(v, str):
        return v.strip().lower() in ("1", "true", "yes", "on")
    return bool(v)


def _int(v: Any) -> int:
    return int(v)


def _bytes(v: Any) -> bytes:
    if isinstance(v, QByteArray):
        return bytes(v.data())
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    raise TypeError(type(v))


def _str_list(v: Any) -> list[str]:
    if isinstance(v, str):
        return [v] if v else []
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if str(x)]
    raise TypeError(type(v))


class Settings:
    """All persisted settings. Construct with the INI path (``AppPaths.settings_file``)."""

    # preferences
    ui_language = Setting("preferences", "ui_language", "", _str)
    active_profile_id = Setting("preferences", "active_profile_id", "", _str)
    recent_usercodes: Setting[list[str]] = Setting("preferences", "recent_usercodes", [], _str_list)
    helpcenter_page_size = Setting("preferences", "helpcenter_page_size", 20, _int)
    confirm_discard_draft = Setting("preferences", "confirm_discard_draft", True, _bool)
    # window state
    window_geometry = Setting("window", "geometry", b"", _bytes)
    window_state = Setting("window", "state", b"", _bytes)
    last_area = Setting("window", "last_area", "helpcenter", _str)

    def __init__(self, path: Path) -> None:
        self.path = path
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def remember_usercode(self, usercode: str, *, keep: int = 15) -> list[str]:
        """Move ``usercode`` to the front of the recent list; returns the new list."""
        code = usercode.strip()
        recent = [c for c in self.recent_usercodes if c != code]
        if code:
            recent.insert(0, code)
        self.recent_usercodes = recent[:keep]
        return self.recent_usercodes

    def splitter_state(self, name: str) -> bytes:
        """A splitter's saved ``QSplitter.saveState()`` (``b""`` when none), by its name."""
        raw = self.qsettings.value(f"splitters/{name}", None)
        try:
            return _bytes(raw) if raw is not None else b""
        except TypeError:
            return b""

    def set_splitter_state(self, name: str, state: bytes) -> None:
        self.qsettings.setValue(f"splitters/{name}", QByteArray(state))

    def sync(self) -> None:
        self.qsettings.sync()
