"""``TaskGuard``: cancel a widget's outstanding tasks when the widget is destroyed.

A result that arrives after its widget was deleted must never be applied (the Python wrapper
would point at a dead C++ object). Widgets register every ``TaskHandle`` they start; when the
owner emits ``destroyed`` the still-running ones are cancelled, and the runner then drops
their callbacks.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject

from contiple_desktop.tasks.runner import TaskHandle

H = TypeVar("H", bound=TaskHandle[Any])


class TaskGuard:
    """Tracks the task handles of one owner ``QObject``. Signals: none."""

    def __init__(self, owner: QObject) -> None:
        handles: list[TaskHandle[Any]] = []
        self._handles = handles

        def cancel_running(*_args: object) -> None:
            # Must not reference the owner: it runs while the owner is being destroyed.
            for handle in handles:
                if handle.running:
                    handle.cancel()

        owner.destroyed.connect(cancel_running)

    def track(self, handle: H) -> H:
        self._handles[:] = [h for h in self._handles if h.running]
        self._handles.append(handle)
        return handle

    def cancel_all(self) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
