"""Attachment operations: local checks + upload, and saving a pasted screenshot.

Shared by the new-ticket form and the follow-up composer (through ``ui.attachments``). Each
function takes the client (fetched on the GUI thread with ``ctx.session.require_client()``,
or None when there is no connection) and submits one task to ``ctx.runner``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from contiple_desktop.domain import files
from contiple_desktop.domain.models import Attachment
from contiple_desktop.errors import ConfigurationError
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient


def current_client(ctx: AppContext) -> ContipleClient | None:
    """The active client, or None when no connection is configured (GUI thread)."""
    try:
        return ctx.session.require_client()
    except ConfigurationError:
        return None


def upload_file(
    ctx: AppContext,
    client: ContipleClient | None,
    path: Path,
    *,
    on_success: Callable[[Attachment], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> TaskHandle[Attachment]:
    """Check ``path`` against the documented rules, then upload it with progress and cancel.

    Fails with ``LocalFileError`` (a rule, nothing sent), ``UploadRejectedError`` (the server's
    4001–4003/9017), ``ConfigurationError`` (no connection) or a transport/API error.
    """

    def work(tctx: TaskContext) -> Attachment:
        size = files.check_file(path)
        tctx.progress(0, size)
        tctx.check()
        if client is None:
            raise ConfigurationError("no Contiple connection is configured")
        return client.upload_attachment(path, progress=tctx.progress, cancel=tctx.cancel)

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure, on_progress=on_progress)


def screenshot_name(now: float | None = None) -> str:
    return time.strftime("screenshot-%Y%m%d-%H%M%S.png", time.localtime(now))


def save_screenshot(
    ctx: AppContext,
    png: bytes,
    directory: Path,
    *,
    on_success: Callable[[Path], None],
    on_failure: Callable[[BaseException], None],
) -> TaskHandle[Path]:
    """Write PNG bytes as ``screenshot-YYYYMMDD-HHMMSS.png`` (``-2``, ``-3`` … when taken)."""
    name = screenshot_name()

    def work(_tctx: TaskContext) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        stem = name[: -len(".png")]
        for n in range(1, 1000):
            target = directory / (name if n == 1 else f"{stem}-{n}.png")
            try:
                with target.open("xb") as fh:  # exclusive: never overwrite an earlier paste
                    fh.write(png)
                return target
            except FileExistsError:
                continue
        raise FileExistsError(str(directory / name))

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure)


def delete_files(ctx: AppContext, paths: list[Path]) -> None:
    """Remove files we created (pasted screenshots) once they are no longer needed."""
    if not paths:
        return

    def work(_tctx: TaskContext) -> None:
        for p in paths:
            p.unlink(missing_ok=True)

    ctx.runner.submit(work, on_failure=lambda _exc: None)
