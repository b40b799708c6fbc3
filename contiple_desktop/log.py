"""Logging setup with one redaction filter at the handler choke point.

``setup_logging(paths, debug)`` installs a rotating file handler in ``paths.log_dir`` (1 MiB x 5),
a stderr handler (warnings, or everything with ``--debug``) and an in-memory ring of recent
lines for "Copy diagnostics". Every one of those handlers carries the same ``RedactionFilter``,
so no record reaches a file, the terminal or the clipboard with:

* a secret registered with ``register_secret`` (the API key, the demo key);
* ``Authorization: …`` header text (any quoting: header dumps, dict reprs, JSON);
* a 44-character Base64 HMAC that appears next to the word "Authorization";
* a caller's phone number or e-mail address: every phone-like and e-mail-like substring is
  masked (``010-2345-****``, ``mi***@example.com``; ``domain.privacy.mask_personal``), in the
  message, its arguments and the exception and stack text.

``redact(text)`` applies the same rules to any string (error details, diagnostics).
"""

from __future__ import annotations

import collections
import functools
import logging
import os
import re
import sys
import threading
from dataclasses import dataclass, field

from contiple_desktop.domain.privacy import mask_personal
from contiple_desktop.paths import AppPaths

REDACTED = "[REDACTED]"
LOG_FILE_NAME = "contiple-desktop.log"
_MAX_BYTES = 1024 * 1024
_BACKUPS = 5
_RING_SIZE = 1000
_MIN_SECRET_LEN = 6
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"

_DONE = "_contiple_redacted"

_secrets: set[str] = set()
_secrets_lock = threading.Lock()

# "Authorization: value", "'Authorization': 'value'", '"Authorization":"value"', "Authorization=value"
_HEADER_PATTERN = r"""(?i)(authorization['"]?\s*[:=]\s*['"]?)(?!\[REDACTED\])([^'"\s,;}\]\)]+)"""
# A Base64 HMAC-SHA256 (44 chars, one '=' pad) within a short distance after "Authorization".
_HMAC_NEAR_PATTERN = r"(?is)(authorization.{0,80}?)(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}="


@functools.cache
def _header_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(HMAC near "Authorization", header value), compiled on first use, not at start-up."""
    return re.compile(_HMAC_NEAR_PATTERN), re.compile(_HEADER_PATTERN)


def register_secret(secret: str) -> None:
    """Never let ``secret`` appear in a log line, diagnostics or error details."""
    value = (secret or "").strip()
    if len(value) >= _MIN_SECRET_LEN:
        with _secrets_lock:
            _secrets.add(value)


def forget_secret(secret: str) -> None:
    with _secrets_lock:
        _secrets.discard((secret or "").strip())


def redact(text: str) -> str:
    """``text`` with registered secrets, Authorization values and nearby HMACs replaced, and
    phone numbers and e-mail addresses masked."""
    if not text:
        return text
    with _secrets_lock:
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    hmac_near, header = _header_patterns()
    text = hmac_near.sub(lambda m: m.group(1) + REDACTED, text)
    text = header.sub(lambda m: m.group(1) + REDACTED, text)
    return mask_personal(text)


class RedactionFilter(logging.Filter):
    """Rewrites a record's message, traceback and stack text in place before any handler formats it."""

    _exc_formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, _DONE, False):  # every handler carries this filter: redact once
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken %-format must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._exc_formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        setattr(record, _DONE, True)
        return True


class _RingHandler(logging.Handler):
    """Keeps the last formatted (already redacted) lines in memory."""

    def __init__(self, size: int) -> None:
        super().__init__(logging.DEBUG)
        self.lines: collections.deque[str] = collections.deque(maxlen=size)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.extend(self.format(record).splitlines())
        except Exception:  # pragma: no cover - logging must never raise
            self.handleError(record)


@dataclass
class LoggingSetup:
    """What ``setup_logging`` installed; ``close()`` removes and closes every handler."""

    log_file: str
    handlers: list[logging.Handler] = field(default_factory=list)
    saved_levels: dict[str, int] = field(default_factory=dict)

    def close(self) -> None:
        global _current
        root = logging.getLogger()
        for h in self.handlers:
            root.removeHandler(h)
            h.close()
        self.handlers.clear()
        for name, level in self.saved_levels.items():
            logging.getLogger(name or None).setLevel(level)
        self.saved_levels.clear()
        logging.captureWarnings(False)
        if _current is self:
            _current = None


_ring = _RingHandler(_RING_SIZE)
_current: LoggingSetup | None = None


class RotatingFile(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation, without importing ``logging.handlers``
    (it pulls in socket, pickle and queue: ~15 ms before the first window). ``app.log`` becomes
    ``app.log.1`` … ``app.log.<backups>`` when the next record would pass ``max_bytes``."""

    def __init__(self, path: os.PathLike[str] | str, *, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._should_roll(record):
                self._roll()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _should_roll(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:  # delay=True: opened on the first record
            self.stream = self._open()
        size = self.stream.tell()
        return size > 0 and size + len(self.format(record)) + 1 > self.max_bytes

    def _roll(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        for i in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{i}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{i + 1}")
        if self.backups > 0 and os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup_logging(paths: AppPaths, debug: bool = False) -> LoggingSetup:
    """Install the file, stderr and memory handlers on the root logger (idempotent)."""
    global _current
    if _current is not None:
        _current.close()
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    log_file = paths.log_dir / LOG_FILE_NAME
    formatter = logging.Formatter(_FORMAT)
    redaction = RedactionFilter()

    file_handler = RotatingFile(log_file, max_bytes=_MAX_BYTES, backups=_BACKUPS)
    file_handler.setLevel(logging.DEBUG if debug else logging.INFO)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.DEBUG if debug else logging.WARNING)
    _ring.setLevel(logging.DEBUG if debug else logging.INFO)
    handlers: list[logging.Handler] = [file_handler, stderr_handler, _ring]
    root = logging.getLogger()
    tuned = ("", "contiple_desktop", "urllib3", "keyring", "PIL")
    saved = {name: logging.getLogger(name or None).level for name in tuned}
    for h in handlers:
        h.setFormatter(formatter)
        h.addFilter(redaction)
        root.addHandler(h)
    root.setLevel(logging.DEBUG)
    logging.getLogger("contiple_desktop").setLevel(logging.DEBUG if debug else logging.INFO)
    for noisy in tuned[2:]:
        logging.getLogger(noisy).setLevel(logging.DEBUG if debug else logging.WARNING)
    logging.captureWarnings(True)
    _current = LoggingSetup(str(log_file), handlers, saved)
    return _current


def recent_lines(n: int = 200) -> list[str]:
    """The last ``n`` redacted log lines of this run (for diagnostics)."""
    if n <= 0:
        return []
    lines = list(_ring.lines)
    return lines[-n:]
