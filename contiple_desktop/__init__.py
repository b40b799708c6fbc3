"""Contiple Desktop: a help-desk workstation for agents of services that run on Contiple."""

from __future__ import annotations

__version__ = "0.1.0"
"""Kept equal to ``[project] version`` in pyproject.toml (tests/test_app.py checks); reading it
through ``importlib.metadata`` at start-up cost ~70 ms."""

APP_NAME = "Contiple Desktop"
APP_ID = "contiple-desktop"
ORG_NAME = "Contiple Desktop"
