"""Where a connection profile's API key is (the key itself never leaves the keyring layer)."""

from __future__ import annotations

import enum


class KeyLocation(enum.Enum):
    """Where a profile's key currently is (drives the profiles dialog's status line)."""

    KEYRING = "keyring"
    SESSION = "session"
    NONE = "none"
