"""Logging setup (placeholder until the application-shell issue lands)."""
