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

import time
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
    measures_link: bool = True,
) -> TaskHandle[T]:
    """Run ``work(client, task)`` on the network runner with the client current *now*.

    Each outcome also reaches ``ctx.link`` (the connection state) with the time the work took;
    ``measures_link=False`` reports it without the time (long transfers are not "slow")."""
    client = ctx.session.client
    elapsed = [0.0]

    def run(task: TaskContext) -> T:
        if client is None:
            raise no_connection()
        started = time.monotonic()
        try:
            return work(client, task)
        finally:
            elapsed[0] = time.monotonic() - started if measures_link else 0.0

    def succeeded(value: T) -> None:
        if client is not None:
            ctx.link.report(elapsed[0], None)
        if on_success is not None:
            on_success(value)

    def failed(exc: BaseException) -> None:
        if client is not None:
            ctx.link.report(elapsed[0], exc)
        if on_failure is not None:
            on_failure(exc)
        else:
            ctx.runner.report_failure(exc)

    return ctx.runner.submit(
        run, on_success=succeeded, on_failure=failed, on_progress=on_progress, key=key
    )
