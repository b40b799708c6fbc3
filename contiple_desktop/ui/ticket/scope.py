"""Tie background tasks to the widget that asked for them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from contiple_desktop.tasks.runner import TaskHandle


class TaskScope:
    """Tracks task handles and cancels them when ``owner`` is destroyed, so no result is ever
    delivered to a deleted widget. ``name`` is a runner key prefix unique to the owner."""

    def __init__(self, owner: QObject, prefix: str) -> None:
        self.name = f"{prefix}-{id(owner):x}"
        self._handles: list[TaskHandle[Any]] = []
        owner.destroyed.connect(self.cancel_all)

    def track(self, handle: TaskHandle[Any] | None) -> None:
        if handle is not None:
            self._handles = [h for h in self._handles if h.running]
            self._handles.append(handle)

    def cancel_all(self, *_: object) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
