"""ui."""

from contiple_desktop.ui import import_hook  # noqa: F401  # PySide's import hook, made cheap
