"""``TaskScope``: cancel a widget's outstanding tasks when the widget is destroyed.

A result that arrives after its widget was deleted must never be applied (the Python wrapper
would point at a dead C++ object). Widgets register every ``TaskHandle`` they start; when the
owner emits ``destroyed`` the still-running ones are cancelled, and the runner then drops
their callbacks. ``name`` is a runner-key prefix unique to the owner.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QObject

from contiple_desktop.tasks.runner import TaskHandle

H = TypeVar("H", bound="TaskHandle[Any] | None")


class TaskScope:
    """Tracks the task handles of one owner ``QObject``. Signals: none."""

    def __init__(self, owner: QObject, prefix: str = "task") -> None:
        self.name = f"{prefix}-{id(owner):x}"
        self._handles: list[TaskHandle[Any]] = []
        # A bound method of this plain object: it must not reference the dying owner.
        owner.destroyed.connect(self.cancel_all)

    def track(self, handle: H) -> H:
        """Remember ``handle`` (None is ignored) and return it, so calls can be wrapped."""
        if handle is not None:
            self._handles = [h for h in self._handles if h.running]
            self._handles.append(handle)
        return handle

    @property
    def running(self) -> int:
        """How many tracked tasks are still running."""
        return sum(1 for h in self._handles if h.running)

    def cancel_all(self, *_: object) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
