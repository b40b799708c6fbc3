"""UI: history."""
