"""One request as the client describes it (:class:`Call`), its size caps, and query encoding.

Split from ``transport.py``, which re-exports these names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote, urlencode

from contiple_desktop.api.multipart import Progress, UploadSource

MAX_JSON_BYTES = 4 * 1024 * 1024
"""Lists, trees, forms and POST answers: a full page of 200 tickets is about 200 KiB."""
MAX_DETAIL_JSON_BYTES = 8 * 1024 * 1024
"""Notice, FAQ and ticket details carry HTML written by people (pasted styles, long threads)."""


@dataclass(slots=True)
class AttemptRecord:
    """What one attempt of a call produced, for the debug log line and the clock re-sync: the
    HTTP status (or the error's type name), the envelope's result code, the ``Date`` header."""

    status: int | str | None = None
    result_code: int | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Call:
    """One request: method, quoted path (from the host on), query pairs in sending order."""

    method: str
    path: str
    endpoint: str
    query: Sequence[tuple[str, str]] = ()
    body: bytes | None = None
    upload: UploadSource | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    progress: Progress | None = None
    max_bytes: int = MAX_JSON_BYTES
    transfer: bool = False  # a big transfer: stall deadline instead of the overall one

    @property
    def idempotent(self) -> bool:
        return self.method == "GET"

    @property
    def is_transfer(self) -> bool:
        return self.transfer or self.upload is not None


def encode_query(pairs: Sequence[tuple[str, str]]) -> str:
    """``k=v&…`` in the given order; decodes back to exactly the values that are signed."""
    return urlencode(list(pairs), quote_via=quote, safe=",")
