"""Command-line arguments (placeholder until the application-shell issue lands)."""
