"""UI: helpcenter."""
