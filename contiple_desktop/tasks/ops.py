"""The operation pattern every ``tasks/*_ops.py`` function follows, in one place.

An operation is called on the GUI thread, picks up what it needs there (the session's client,
the content language), submits **one** closure to a runner and returns its ``TaskHandle``.
Its outcome arrives on the GUI thread through ``on_success`` or ``on_failure`` — *every*
failure, "no connection is configured" included: an operation never raises at its caller.
(``on_failure=None`` sends failures to the single error presenter, the runner's default.)

``submit_with_client`` is that pattern for the Open API: without a connection the closure
fails with ``ConfigurationError`` on the worker and the failure travels the same way as any
other, so the ui needs no special case.

Runner keys (newest wins) are spelled ``"<area>:<slot>"`` (``"history:list"``), with a
``TaskScope`` name as the area when a key must be unique to one widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from contiple_desktop.errors import ConfigurationError
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import ProgressCallback, TaskContext, TaskHandle

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

T = TypeVar("T")
Failure = Callable[[BaseException], None]
NO_CONNECTION = "no Contiple connection is configured"


def no_connection() -> ConfigurationError:
    return ConfigurationError(NO_CONNECTION)


def submit_with_client(
    ctx: AppContext,
    work: Callable[[ContipleClient, TaskContext], T],
    *,
    on_success: Callable[[T], None] | None = None,
    on_failure: Failure | None = None,
    on_progress: ProgressCallback | None = None,
    key: str | None = None,
) -> TaskHandle[T]:
    """Run ``work(client, task)`` on the network runner with the client current *now*."""
    client = ctx.session.client

    def run(task: TaskContext) -> T:
        if client is None:
            raise no_connection()
        return work(client, task)

    return ctx.runner.submit(
        run, on_success=on_success, on_failure=on_failure, on_progress=on_progress, key=key
    )
