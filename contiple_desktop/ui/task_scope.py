"""``TaskScope`` for widgets (it lives in ``tasks.task_scope``; this name is kept for the ui)."""

from contiple_desktop.tasks.task_scope import TaskScope

__all__ = ["TaskScope"]
