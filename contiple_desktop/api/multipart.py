"""Streaming ``multipart/form-data`` for the attachment upload (contiple-api.md §3.13).

One part named ``file``. The body object has ``__len__`` and ``read(n)`` (and deliberately no
``__iter__``), so requests sends a ``Content-Length`` instead of chunked encoding, while the file
itself is read 64 KiB at a time: ``progress(done, total)`` is called and the cancel token
checked between reads, and ``on_read(n)`` reports every block handed to the socket (the
transport's stall deadline moves with it). The signature of an upload is the MD5 of the file
bytes (§2.3), so the file is read once to hash it before the body is streamed.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain import files
from contiple_desktop.errors import ConfigurationError, FileRule, LocalFileError

CHUNK = 64 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class UploadSource:
    """A file to upload: name, size, MD5 hex, and a way to open it (again, for a re-send)."""

    file_name: str
    size: int
    md5: str
    content_type: str
    opener: Callable[[], BinaryIO]


def prepare_upload(
    source: Path | bytes | bytearray | memoryview,
    file_name: str | None = None,
    cancel: CancelToken | None = None,
) -> UploadSource:
    """Hash ``source`` (reading a file in 64 KiB chunks) and describe it for the transport."""
    if isinstance(source, bytes | bytearray | memoryview):
        if not file_name:
            raise ConfigurationError("a file name is required when uploading bytes")
        data = bytes(source)
        return UploadSource(
            file_name=file_name,
            size=len(data),
            md5=hashlib.md5(data, usedforsecurity=False).hexdigest(),
            content_type=files.content_type(file_name),
            opener=lambda: io.BytesIO(data),
        )
    path = Path(source)
    name = file_name or path.name
    digest = hashlib.md5(usedforsecurity=False)
    size = 0
    try:
        with path.open("rb") as fh:
            while True:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                block = fh.read(CHUNK)
                if not block:
                    break
                digest.update(block)
                size += len(block)
    except OSError as exc:
        raise LocalFileError(
            FileRule.UNREADABLE, name, f"{name}: cannot be read ({exc.strerror or type(exc).__name__})"
        ) from None
    return UploadSource(
        file_name=name,
        size=size,
        md5=digest.hexdigest(),
        content_type=files.content_type(name),
        opener=lambda: path.open("rb"),
    )


def _quote_filename(name: str) -> str:
    # As browsers do (WHATWG multipart/form-data): raw UTF-8, with ", CR and LF escaped.
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartBody:
    """A length-known, read-on-demand multipart body for one upload attempt.

    ``read`` raises :class:`Cancelled` when the token fires and :class:`LocalFileError` when the
    file vanishes or shrinks mid-way (neither is an ``OSError``, so urllib3 does not wrap them).
    """

    def __init__(
        self,
        upload: UploadSource,
        *,
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
        on_read: Callable[[int], None] | None = None,
    ) -> None:
        self.boundary = "----ContipleDesktop" + uuid.uuid4().hex
        self._upload = upload
        self._progress = progress
        self._cancel = cancel
        self._on_read = on_read
        self._head = (
            f"--{self.boundary}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{_quote_filename(upload.file_name)}"\r\n'
            f"Content-Type: {upload.content_type}\r\n\r\n"
        ).encode()
        self._tail = f"\r\n--{self.boundary}--\r\n".encode()
        self._pending = b""
        self._chunks: Iterator[bytes] = self._generate()
        self._file: BinaryIO | None = None
        self.sent_file_bytes = 0

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def __len__(self) -> int:
        return len(self._head) + self._upload.size + len(self._tail)

    def _fail(self, why: str) -> LocalFileError:
        name = self._upload.file_name
        return LocalFileError(FileRule.UNREADABLE, name, f"{name}: {why}")

    def _generate(self) -> Iterator[bytes]:
        yield self._head
        size = self._upload.size
        if self._progress is not None:
            self._progress(0, size)
        try:
            self._file = self._upload.opener()
        except OSError as exc:
            raise self._fail(f"cannot be read ({exc.strerror or type(exc).__name__})") from None
        try:
            while self.sent_file_bytes < size:
                if self._cancel is not None:
                    self._cancel.raise_if_cancelled()
                try:
                    block = self._file.read(min(CHUNK, size - self.sent_file_bytes))
                except OSError as exc:
                    raise self._fail(f"read failed ({exc.strerror or type(exc).__name__})") from None
                if not block:
                    raise self._fail("the file changed while it was being sent")
                self.sent_file_bytes += len(block)
                yield block
                if self._progress is not None:
                    self._progress(self.sent_file_bytes, size)
        finally:
            self.close()
        yield self._tail

    def read(self, n: int = -1) -> bytes:
        while n < 0 or len(self._pending) < n:
            try:
                self._pending += next(self._chunks)
            except StopIteration:
                break
        if n < 0:
            out, self._pending = self._pending, b""
        else:
            out, self._pending = self._pending[:n], self._pending[n:]
        if self._on_read is not None and out:
            self._on_read(len(out))
        return out

    def close(self) -> None:
        if self._file is not None:
            try:
                self._file.close()
            except OSError:
                pass
            self._file = None
