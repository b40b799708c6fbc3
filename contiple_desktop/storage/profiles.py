"""Connection profiles on disk: one JSON file in the config dir, written atomically.

The file holds every ``ConnectionProfile`` (``to_dict``) but never an API key; keys live in
the keyring (``storage/secrets.py``). The active profile id is a setting
(``Settings.active_profile_id``) so it travels with the other preferences.

File shape::

    {"format": 1, "profiles": [{"profile_id": "…", "name": "…", …}, …]}

``ProfileStore`` keeps the list in memory; reading it is cheap and thread-safe, and each
change rewrites the file (temp file in the same directory + ``os.replace``), so a crash never
leaves half a file. Writes are disk I/O: the UI makes them through ``tasks/connection_ops``.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from pathlib import Path

from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.storage.atomic import atomic_write
from contiple_desktop.storage.settings import Settings

log = logging.getLogger(__name__)

FILE_NAME = "profiles.json"
FORMAT = 1


class ProfileStore:
    """Several connection profiles in ``path`` plus the active id (in ``settings`` if given)."""

    def __init__(self, path: Path, settings: Settings | None = None) -> None:
        self.path = path
        self._settings = settings
        self._lock = threading.RLock()
        self._profiles: list[ConnectionProfile] = []
        self._active_fallback = ""

    # -- reading -------------------------------------------------------------------------
    def load(self) -> list[ConnectionProfile]:
        """(Re)read the file. A missing file is an empty list; a damaged one is set aside."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            with self._lock:
                self._profiles = []
            return []
        profiles: list[ConnectionProfile] = []
        try:
            data = json.loads(raw)
            items = data.get("profiles", []) if isinstance(data, dict) else None
            if not isinstance(items, list):
                raise ValueError("no profile list")
            seen: set[str] = set()
            for item in items:
                if isinstance(item, dict):
                    profile = ConnectionProfile.from_dict(item)
                    if profile.profile_id not in seen:
                        seen.add(profile.profile_id)
                        profiles.append(profile)
        except ValueError:
            aside = self.path.with_name(f"{self.path.name}.damaged-{int(time.time())}")
            os.replace(self.path, aside)
            log.warning("profile file was damaged; moved aside to %s", aside.name)
            profiles = []
        with self._lock:
            self._profiles = profiles
        return list(profiles)

    def profiles(self) -> list[ConnectionProfile]:
        with self._lock:
            return list(self._profiles)

    def get(self, profile_id: str) -> ConnectionProfile | None:
        with self._lock:
            return next((p for p in self._profiles if p.profile_id == profile_id), None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._profiles)

    # -- changing ------------------------------------------------------------------------
    def put(self, profile: ConnectionProfile) -> ConnectionProfile:
        """Add ``profile`` or replace the one with the same id (keeping its position)."""
        if profile.demo:
            raise ValueError("the demo profile is never saved")
        with self._lock:
            profiles = list(self._profiles)
            for i, existing in enumerate(profiles):
                if existing.profile_id == profile.profile_id:
                    profiles[i] = profile
                    break
            else:
                profiles.append(profile)
            self._write(profiles)
            self._profiles = profiles
        return profile

    def remove(self, profile_id: str) -> bool:
        """Delete the profile (not its key: see ``connection_ops.delete_profile``)."""
        with self._lock:
            profiles = [p for p in self._profiles if p.profile_id != profile_id]
            if len(profiles) == len(self._profiles):
                return False
            self._write(profiles)
            self._profiles = profiles
        return True

    def _write(self, profiles: list[ConnectionProfile]) -> None:
        payload = {"format": FORMAT, "profiles": [p.to_dict() for p in profiles]}
        atomic_write(self.path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")

    # -- the active profile (GUI thread: Settings is a QSettings) --------------------------
    @property
    def active_id(self) -> str:
        if self._settings is not None:
            return self._settings.active_profile_id
        return self._active_fallback

    def set_active(self, profile_id: str) -> None:
        if self._settings is not None:
            self._settings.active_profile_id = profile_id
        else:
            self._active_fallback = profile_id

    def active(self) -> ConnectionProfile | None:
        """The active profile, or the only one when no valid id is set."""
        with self._lock:
            found = self.get(self.active_id) if self.active_id else None
            if found is None and len(self._profiles) == 1:
                return self._profiles[0]
            return found
