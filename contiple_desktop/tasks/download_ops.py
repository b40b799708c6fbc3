"""Attachment downloads (Help Center and customer history share these operations).

* ``download_attachment(ctx, kind, attachment, folder=None, ...)`` streams one attachment to disk on a
  worker (``client.download_attachment`` writes ``dest + ".part"`` and renames when complete) with
  progress and cancel. ``folder=None`` means the per-user cache (``cache_path``, one folder per
  service), where an earlier complete copy of the same size is reused without a request — the
  "Open" button; a folder means "Save as…" and never overwrites: ``name (1).ext`` is chosen instead.
* ``fetch_attachment_bytes(ctx, kind, attachment_id, ...)`` returns ``(data, content_type)`` with a
  size limit, for inline images in ``SafeHtmlView``.

``kind`` is ``"notice"``, ``"helpdoc"`` or ``"ticket"`` (the URL segment of §3.6/3.10/3.17).
Opening a file with the system handler is the UI's job (``QDesktopServices``), not this module's.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from contiple_desktop.domain.models import ATTACHMENT_KINDS, Attachment
from contiple_desktop.paths import AppPaths
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import submit_with_client
from contiple_desktop.tasks.runner import ProgressCallback, TaskContext, TaskHandle

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

INLINE_IMAGE_MAX_BYTES = 5 * 1024 * 1024

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{dev}{i}" for dev in ("COM", "LPT") for i in range(1, 10)}


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """A file name that is safe on Windows, macOS and Linux: no separators, no reserved names."""
    text = unicodedata.normalize("NFC", name or "")
    text = _UNSAFE.sub("_", text).strip(" .")
    if not text or text.split(".")[0].upper() in _RESERVED:
        text = f"{fallback}_{text}" if text else fallback
    if len(text) > 150:
        stem, dot, ext = text.rpartition(".")
        text = (stem[: 150 - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else text[:150]
    return text


def unique_path(folder: Path, name: str) -> Path:
    """``folder / name``, or ``name (n).ext`` with the first free ``n``."""
    candidate = folder / name
    stem, suffix = candidate.stem, candidate.suffix
    n = 1
    while candidate.exists() or candidate.with_name(candidate.name + ".part").exists():
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate


def origin_key(base_url: str, service_id: str) -> str:
    """A short, stable folder name for one service (so cached files never mix services)."""
    digest = hashlib.sha256(f"{base_url.rstrip('/')}/{service_id}".encode()).hexdigest()
    return digest[:16]


def cache_path(paths: AppPaths, origin: str, kind: str, attachment: Attachment) -> Path:
    """Where "Open" keeps a downloaded copy: ``cache/attachments/{origin}/{kind}/{id}/{name}``."""
    safe_id = safe_file_name(attachment.attachment_id, "id")
    folder = paths.cache_dir / "attachments" / safe_file_name(origin, "service") / kind / safe_id
    return folder / safe_file_name(attachment.file_name)


def _check_kind(kind: str) -> None:
    if kind not in ATTACHMENT_KINDS:
        raise ValueError(f"unknown attachment kind: {kind!r}")


def download_attachment(
    ctx: AppContext,
    kind: str,
    attachment: Attachment,
    folder: Path | None = None,
    *,
    on_success: Callable[[Path], None],
    on_progress: ProgressCallback | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    key: str | None = None,
) -> TaskHandle[Path]:
    """Download ``attachment`` to the cache (``folder=None``) or into ``folder``; see module doc.

    ``on_success(path)`` receives the final file path; every failure (no connection included)
    reaches ``on_failure``.
    """
    _check_kind(kind)
    profile = ctx.session.profile
    service_id = profile.service_id if profile is not None else ""
    paths = ctx.paths

    def work(client: ContipleClient, tctx: TaskContext) -> Path:
        if folder is None:  # "Open": the per-service cache, reusing a complete earlier copy
            target = cache_path(paths, origin_key(client.base_url, service_id), kind, attachment)
            if target.is_file() and (attachment.size is None or target.stat().st_size == attachment.size):
                size = target.stat().st_size
                tctx.progress(size, size)
                return target
        else:  # "Save as…": never overwrite
            target = unique_path(folder, safe_file_name(attachment.file_name))
        target.parent.mkdir(parents=True, exist_ok=True)
        return client.download_attachment(
            kind, attachment.attachment_id, target, progress=tctx.progress, cancel=tctx.cancel
        )

    return submit_with_client(
        ctx, work, on_success=on_success, on_failure=on_failure, on_progress=on_progress, key=key,
        measures_link=False,
    )


def fetch_attachment_bytes(
    ctx: AppContext,
    kind: str,
    attachment_id: str,
    *,
    on_success: Callable[[tuple[bytes, str]], None],
    on_failure: Callable[[BaseException], None] | None = None,
    max_bytes: int = INLINE_IMAGE_MAX_BYTES,
) -> TaskHandle[tuple[bytes, str]]:
    """Fetch a (small) attachment into memory: ``on_success((data, content_type))``."""
    _check_kind(kind)
    return submit_with_client(
        ctx,
        lambda client, tctx: client.attachment_bytes(
            kind, attachment_id, max_bytes=max_bytes, cancel=tctx.cancel
        ),
        on_success=on_success,
        on_failure=on_failure,
    )
