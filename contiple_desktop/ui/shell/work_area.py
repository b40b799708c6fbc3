"""What the shell asks of a work area: the keyboard commands and "Insert into ticket".

The main window owns every shortcut (the actions table); it calls these methods on the
*current* panel. A panel implements only the commands that make sense for it; the shell checks
with ``command(panel, name)`` and does nothing for a missing one.

===================  ===========  ==================================================================
method               key          meaning
===================  ===========  ==================================================================
``focus_search()``   Ctrl+F       Help Center: the search box; ticket: inquiry-type filter;
                                  history: the user-code box
``refresh()``        F5           reload what is shown
``submit()``         Ctrl+Enter   ticket: submit; history: send the follow-up
``focus_caller()``   Ctrl+Shift+U ticket: the caller's user code
``insert_text(str)`` (bus)        put text into this area's editor; returns whether it was taken
===================  ===========  ==================================================================
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

COMMANDS = ("focus_search", "refresh", "submit", "focus_caller")


@runtime_checkable
class TextEditorArea(Protocol):
    """A work area that can take "Insert into ticket" text."""

    def insert_text(self, text: str) -> bool: ...


def command(panel: QWidget, name: str) -> Callable[[], object] | None:
    """The panel's ``name`` command, or None when it has none."""
    if name not in COMMANDS:
        raise ValueError(f"unknown work-area command {name!r}")
    method = getattr(panel, name, None)
    return method if callable(method) else None
