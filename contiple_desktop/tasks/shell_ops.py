"""Operations of the application shell: the service detail for the status bar and the smoke test."""

from __future__ import annotations

from collections.abc import Callable

from contiple_desktop.domain.models import ServiceInfo
from contiple_desktop.tasks import cache
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskHandle


def load_service_info(
    ctx: AppContext,
    on_success: Callable[[ServiceInfo], None],
    *,
    on_failure: Callable[[BaseException], None] | None = None,
    slot: str | None = None,
) -> TaskHandle[ServiceInfo] | None:
    """The active service's detail (one unsigned GET per connection and language, shared with
    the Help Center through ``tasks.cache``); None when it was delivered at once.

    Without a connection ``on_failure`` gets ``ConfigurationError`` (``tasks.ops``).
    """
    return cache.service_info(ctx, on_success=on_success, on_failure=on_failure, slot=slot)
