"""Operations of the application shell: the service detail for the status bar and the smoke test."""

from __future__ import annotations

from collections.abc import Callable

from contiple_desktop.domain.models import ServiceInfo
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

SERVICE_KEY = "shell:service"


def load_service_info(
    ctx: AppContext,
    on_success: Callable[[ServiceInfo], None],
    *,
    on_failure: Callable[[BaseException], None] | None = None,
) -> TaskHandle[ServiceInfo]:
    """Fetch the active service's detail (one unsigned GET); newest request wins.

    Raises ``ConfigurationError`` (GUI thread) when no connection is configured.
    """
    client = ctx.session.require_client()
    language = ctx.session.content_language

    def work(tctx: TaskContext) -> ServiceInfo:
        return client.service(language=language, cancel=tctx.cancel)

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure, key=SERVICE_KEY)
