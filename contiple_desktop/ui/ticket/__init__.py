"""UI: ticket."""
