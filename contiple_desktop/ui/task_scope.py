"""``TaskScope``: cancel a widget's outstanding tasks when the widget is destroyed.

A result that arrives after its widget was deleted must never be applied (the Python wrapper
would point at a dead C++ object). Widgets register every ``TaskHandle`` they start; when the
owner emits ``destroyed`` the still-running ones are cancelled, and the runner then drops
their callbacks. ``name`` is a runner-key prefix unique to the owner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from contiple_desktop.tasks.runner import TaskHandle


class TaskScope:
    """Tracks the task handles of one owner ``QObject``. Signals: none."""

    def __init__(self, owner: QObject, prefix: str = "task") -> None:
        self.name = f"{prefix}-{id(owner):x}"
        self._handles: list[TaskHandle[Any]] = []
        # A bound method of this plain object: it must not reference the dying owner.
        owner.destroyed.connect(self.cancel_all)

    def track(self, handle: TaskHandle[Any] | None) -> None:
        if handle is not None:
            self._handles = [h for h in self._handles if h.running]
            self._handles.append(handle)

    def cancel_all(self, *_: object) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
