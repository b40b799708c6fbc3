"""Operations of the application shell: the service detail for the status bar and the smoke test."""

from __future__ import annotations

from collections.abc import Callable

from contiple_desktop.domain.models import ServiceInfo
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import submit_with_client
from contiple_desktop.tasks.runner import TaskHandle

SERVICE_KEY = "shell:service"


def load_service_info(
    ctx: AppContext,
    on_success: Callable[[ServiceInfo], None],
    *,
    on_failure: Callable[[BaseException], None] | None = None,
) -> TaskHandle[ServiceInfo]:
    """Fetch the active service's detail (one unsigned GET); newest request wins.

    Without a connection ``on_failure`` gets ``ConfigurationError`` (``tasks.ops``).
    """
    language = ctx.session.content_language
    return submit_with_client(
        ctx,
        lambda client, tctx: client.service(language=language, cancel=tctx.cancel),
        on_success=on_success,
        on_failure=on_failure,
        key=SERVICE_KEY,
    )
