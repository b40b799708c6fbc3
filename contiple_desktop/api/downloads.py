"""Attachment downloads (contiple-api.md §3.6, §3.10, §3.17): to a file, or into memory.

``download_to_file`` streams 64 KiB chunks into ``dest.part``, reports ``progress(done, total)``,
checks the cancel token between chunks, and renames the file into place only when it is
complete; on any failure or cancel the partial file is removed. A download that already wrote
bytes is not restarted. Downloads are *transfers*: they end when no progress is made for the
transport's stall timeout (not at a fixed deadline), and a cancel closes the socket at once;
one that passes :data:`DOWNLOAD_MAX_BYTES` is refused, so an endless fast stream ends too.
An error envelope (or an HTML error page) instead of file bytes raises its typed error.
"""

from __future__ import annotations

import os
from pathlib import Path

import requests

from contiple_desktop.api.call import AttemptRecord
from contiple_desktop.api.envelope import as_int, decode_envelope
from contiple_desktop.api.multipart import Progress
from contiple_desktop.api.transport import Call, Transport
from contiple_desktop.cancel import CancelToken
from contiple_desktop.errors import (
    FileRule,
    LocalFileError,
    MalformedResponseError,
    NetworkError,
)

INLINE_MAX_BYTES = 20 * 1024 * 1024
DOWNLOAD_MAX_BYTES = 100 * 1024 * 1024
"""Ten times the documented 10 MB attachment limit (§3.13)."""
_ERROR_BODY_LIMIT = 1024 * 1024


def _media_type(resp: requests.Response) -> str:
    return resp.headers.get("Content-Type", "").split(";")[0].strip()


def reject_non_file(
    transport: Transport, resp: requests.Response, call: Call, cancel: CancelToken | None
) -> None:
    """Raise the typed error when the answer is an error (or any JSON envelope), not a file."""
    ctype = _media_type(resp).lower()
    if resp.status_code == 200 and ctype not in ("application/json", "text/json"):
        return
    body = transport.read_capped(resp, _ERROR_BODY_LIMIT, call, cancel)
    decode_envelope(body, http_status=resp.status_code, endpoint=call.endpoint)
    raise MalformedResponseError(
        f"{call.endpoint}: expected a file, got HTTP {resp.status_code} {ctype}",
        endpoint=call.endpoint,
        http_status=resp.status_code,
    )


def _write_error(dest: Path, exc: OSError) -> LocalFileError:
    reason = exc.strerror or type(exc).__name__
    return LocalFileError(FileRule.UNREADABLE, dest.name, f"{dest.name}: cannot be saved ({reason})")


def _too_big(call: Call, resp: requests.Response) -> MalformedResponseError:
    return MalformedResponseError(
        f"{call.endpoint}: the file is larger than {DOWNLOAD_MAX_BYTES // (1024 * 1024)} MiB",
        endpoint=call.endpoint,
        http_status=resp.status_code,
    )


def download_to_file(
    transport: Transport,
    call: Call,
    dest: Path,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    part = dest.with_name(dest.name + ".part")

    def consume(resp: requests.Response, record: AttemptRecord) -> Path:
        reject_non_file(transport, resp, call, cancel)
        total = as_int(resp.headers.get("Content-Length")) or 0
        if total > DOWNLOAD_MAX_BYTES:
            raise _too_big(call, resp)
        done = 0
        try:
            try:
                fh = part.open("wb")
            except OSError as exc:
                raise _write_error(dest, exc) from None
            with fh:
                if progress is not None:
                    progress(0, total)
                for chunk in transport.iter_body(resp, cancel):
                    try:
                        fh.write(chunk)
                    except OSError as exc:
                        raise _write_error(dest, exc) from None
                    done += len(chunk)
                    if done > DOWNLOAD_MAX_BYTES:
                        raise _too_big(call, resp)
                    if progress is not None:
                        progress(done, total)
            encoding = resp.headers.get("Content-Encoding", "identity").lower()
            if total and encoding == "identity" and done != total:
                raise NetworkError(
                    f"{call.endpoint}: the download ended early ({done} of {total} bytes)",
                    endpoint=call.endpoint,
                )
            try:
                os.replace(part, dest)
            except OSError as exc:
                raise _write_error(dest, exc) from None
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return dest

    return transport.run(call, consume, cancel, retry_body=False)


def fetch_bytes(
    transport: Transport, call: Call, max_bytes: int = INLINE_MAX_BYTES, cancel: CancelToken | None = None
) -> tuple[bytes, str]:
    """The file's bytes (at most ``max_bytes``, else MalformedResponseError) and media type."""

    def consume(resp: requests.Response, record: AttemptRecord) -> tuple[bytes, str]:
        reject_non_file(transport, resp, call, cancel)
        data = transport.read_capped(resp, max_bytes, call, cancel)
        return data, _media_type(resp) or "application/octet-stream"

    return transport.run(call, consume, cancel)
