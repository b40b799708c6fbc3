"""The Qt-free protocol layer: signing, transport and the typed Contiple Open API client."""

from __future__ import annotations

from contiple_desktop.api.client import ContipleClient

__all__ = ["ContipleClient"]
