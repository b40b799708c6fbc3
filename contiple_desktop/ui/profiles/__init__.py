"""Connection profiles: the profiles dialog and the first-run chooser."""
