"""UI: shell."""
