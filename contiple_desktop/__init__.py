"""Contiple Desktop: a help-desk workstation for agents of services that run on Contiple."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("contiple-desktop")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+src"

APP_NAME = "Contiple Desktop"
APP_ID = "contiple-desktop"
ORG_NAME = "Contiple Desktop"
