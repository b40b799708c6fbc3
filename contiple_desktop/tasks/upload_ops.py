"""Attachment operations: local checks, upload, and saving a pasted screenshot.

Shared by the new-ticket form and the follow-up composer (through ``ui.attachments``). Each
function submits one task to ``ctx.runner`` and reports every failure — "no connection"
included — through ``on_failure`` (``tasks.ops``). ``inspect_file`` answers
quickly (kind, size, link target, first bytes); ``upload_file`` checks again as it reads, and
sends exactly the bytes it checked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from contiple_desktop.domain import files
from contiple_desktop.domain.models import Attachment
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import no_connection
from contiple_desktop.tasks.runner import TaskContext, TaskHandle

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient


def inspect_file(
    ctx: AppContext,
    path: Path,
    *,
    on_success: Callable[[files.LocalFile], None],
    on_failure: Callable[[BaseException], None],
) -> TaskHandle[files.LocalFile]:
    """Check ``path`` against the documented rules without sending it (``files.inspect``).

    Fails with ``LocalFileError`` (``files.NotAFileError`` for a folder, pipe, socket, device or
    broken link, none of which is ever opened).
    """
    return ctx.runner.submit(lambda _tctx: files.inspect(path), on_success=on_success, on_failure=on_failure)


def upload_file(
    ctx: AppContext,
    path: Path,
    *,
    on_success: Callable[[Attachment], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> TaskHandle[Attachment]:
    """Check ``path`` against the documented rules, then upload it with progress and cancel.

    Fails with ``LocalFileError`` (a rule, nothing sent), ``UploadRejectedError`` (the server's
    4001–4003/9017), ``ConfigurationError`` (no connection: reported after the local checks, so
    a file that breaks a rule says so first) or a transport/API error.
    """
    client: ContipleClient | None = ctx.session.client

    def work(tctx: TaskContext) -> Attachment:
        checked, data = files.read_for_upload(path, tctx.check)
        tctx.progress(0, checked.size)
        tctx.check()
        if client is None:
            raise no_connection()
        # The link's own name (what the agent dropped), with the bytes that were checked.
        return client.upload_attachment(
            data, file_name=checked.name, progress=tctx.progress, cancel=tctx.cancel
        )

    return ctx.runner.submit(work, on_success=on_success, on_failure=on_failure, on_progress=on_progress)


def screenshot_name(now: float | None = None) -> str:
    return time.strftime("screenshot-%Y%m%d-%H%M%S.png", time.localtime(now))


def save_screenshot(
    ctx: AppContext,
    png: bytes | Callable[[], bytes],
    directory: Path,
    *,
    on_success: Callable[[Path], None],
    on_failure: Callable[[BaseException], None],
) -> TaskHandle[Path]:
    """Write PNG bytes as ``screenshot-YYYYMMDD-HHMMSS.png`` (``-2``, ``-3`` … when taken).

    ``png`` may be a callable that encodes the image: it then runs on the worker too.
    """
    name = screenshot_name()

    def work(_tctx: TaskContext) -> Path:
        data = png() if callable(png) else png
        directory.mkdir(parents=True, exist_ok=True)
        stem = name[: -len(".png")]
        for n in range(1, 1000):
            target = directory / (name if n == 1 else f"{stem}-{n}.png")
            try:
                with target.open("xb") as fh:  # exclusive: never overwrite an earlier paste
                    fh.write(data)
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
