"""Composition root (placeholder until the application-shell issue lands)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("Contiple Desktop: the application shell is not built yet")
