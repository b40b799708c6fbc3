"""Log redaction at the handler: registered secrets, Authorization headers and HMACs never reach the file."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from contiple_desktop.log import (
    LOG_FILE_NAME,
    REDACTED,
    LoggingSetup,
    forget_secret,
    recent_lines,
    redact,
    register_secret,
    setup_logging,
)
from contiple_desktop.paths import AppPaths

KEY = "7f3c9a1be2d44c55a6b7c8d9e0f1a2b3"
HMAC = base64.b64encode(hmac.new(KEY.encode(), b"org/svc/x1764031689401", hashlib.sha256).digest()).decode()


@pytest.fixture
def logging_setup(tmp_path: Path) -> Iterator[LoggingSetup]:
    setup = setup_logging(AppPaths.under(tmp_path).ensure(), debug=True)
    register_secret(KEY)
    try:
        yield setup
    finally:
        forget_secret(KEY)
        setup.close()


def test_hmac_fixture_is_44_chars() -> None:
    assert len(HMAC) == 44 and HMAC.endswith("=")


def test_log_file_never_contains_key_header_or_signature(logging_setup: LoggingSetup) -> None:
    log = logging.getLogger("contiple_desktop.test")
    log.info("signing with key %s", KEY)
    log.debug("headers: {'Authorization': '%s', 'X-TC-Timestamp': '1764031689401'}", HMAC)
    log.info("raw header line Authorization: %s", HMAC)
    log.info('json {"Authorization":"%s"}', HMAC)
    log.info("Authorization header value follows ... %s", HMAC)
    try:
        raise RuntimeError(f"boom with {KEY}")
    except RuntimeError:
        log.debug("traceback follows", exc_info=True)
    for h in logging_setup.handlers:
        h.flush()
    text = (Path(logging_setup.log_file)).read_text(encoding="utf-8")
    assert KEY not in text
    assert HMAC not in text
    assert text.count(REDACTED) >= 6
    assert "X-TC-Timestamp" in text and "1764031689401" in text  # the rest of the line survives
    assert Path(logging_setup.log_file).name == LOG_FILE_NAME


def test_recent_lines_are_redacted_and_bounded(logging_setup: LoggingSetup) -> None:
    log = logging.getLogger("contiple_desktop.test")
    for i in range(30):
        log.info("line %d key=%s", i, KEY)
    lines = recent_lines(10)
    assert len(lines) == 10
    assert lines[-1].endswith(f"line 29 key={REDACTED}")
    assert all(KEY not in line for line in recent_lines(500))
    assert recent_lines(0) == []


def test_redact_rules() -> None:
    register_secret(KEY)
    try:
        assert redact(f"key {KEY} end") == f"key {REDACTED} end"
        assert redact(f"Authorization: {HMAC}") == f"Authorization: {REDACTED}"
        assert redact(f"authorization={HMAC}&x=1").startswith(f"authorization={REDACTED}")
        # a Base64 string that is not near "Authorization" stays (attachment ids, md5 digests)
        assert redact(f"checksum {HMAC}") == f"checksum {HMAC}"
        assert redact("") == ""
    finally:
        forget_secret(KEY)
    assert redact(f"key {KEY}") == f"key {KEY}"


def test_short_secrets_are_not_registered() -> None:
    register_secret("abc")
    assert redact("abc abc") == "abc abc"


def test_setup_is_idempotent(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    first = setup_logging(AppPaths.under(tmp_path / "a").ensure())
    second = setup_logging(AppPaths.under(tmp_path / "b").ensure())
    try:
        assert not first.handlers  # closed by the second call
        assert len(root.handlers) == len(before) + len(second.handlers)
    finally:
        second.close()
    assert root.handlers == before


PHONE = "010-2345-6789"
EMAIL = "minji@example.com"


def _log_text(setup: LoggingSetup) -> str:
    for h in setup.handlers:
        h.flush()
    return Path(setup.log_file).read_text(encoding="utf-8")


def test_phone_numbers_and_emails_are_masked_in_message_args_and_exceptions(
    logging_setup: LoggingSetup,
) -> None:
    log = logging.getLogger("contiple_desktop.test")
    log.info("caller %s is %s", PHONE, EMAIL)  # in the args
    log.info(f"literal caller {PHONE} / {EMAIL}")  # in the message itself
    log.info("dict %r", {"callNum": "01023456789", "phone": "+82 10-2345-6789"})
    log.info("handoff %s", "tel:%2B821023456789")
    try:
        raise ValueError(f"no customer for {PHONE} ({EMAIL})")
    except ValueError:
        log.info("lookup failed", exc_info=True)
    log.info("stack follows", stack_info=True, extra={})
    text = _log_text(logging_setup)
    for secret in (PHONE, EMAIL, "01023456789", "+82 10-2345-6789", "2345-6789", "minji@", "%2B821023456789"):
        assert secret not in text
    assert text.count("010-2345-****") == 3
    assert text.count("mi***@example.com") == 3
    assert "0102345****" in text and "+82 10-2345-****" in text and "tel:%2B82102345****" in text
    assert "ValueError: no customer for 010-2345-****" in text  # the traceback is masked too


def test_non_personal_numbers_survive_the_filter(logging_setup: LoggingSetup) -> None:
    log = logging.getLogger("contiple_desktop.test")
    line = (
        "POST http://127.0.0.1:54321/ContipleDemo/openapi/v1/ticket.json -> 200 ticket T1658199661153IXTfw "
        "ts=1764031689401 date 2024-11-12 v6.11.0 ip 192.168.100.200 size 10485760"
    )
    log.info("%s", line)
    assert line in _log_text(logging_setup)
    assert recent_lines(1)[0].endswith(line)


def test_recent_lines_are_masked(logging_setup: LoggingSetup) -> None:
    logging.getLogger("contiple_desktop.test").info("caller %s", PHONE)
    assert recent_lines(1)[0].endswith("caller 010-2345-****")


def test_redact_masks_personal_data_for_error_details() -> None:
    assert redact(f'{{"email": "{EMAIL}", "phone": "{PHONE}"}}') == (
        '{"email": "mi***@example.com", "phone": "010-2345-****"}'
    )


def test_the_log_file_rotates_and_keeps_a_bounded_number_of_backups(tmp_path: Path) -> None:
    from contiple_desktop.log import RotatingFile

    path = tmp_path / "app.log"
    handler = RotatingFile(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for i in range(30):
            message = f"line {i:02d} " + "x" * 30
            handler.emit(logging.LogRecord("t", logging.INFO, __file__, 1, message, None, None))
    finally:
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2"]
    assert all(p.stat().st_size <= 200 for p in tmp_path.iterdir())
    assert "line 29" in path.read_text("utf-8")  # the newest record is in the current file
    text = "".join(p.read_text("utf-8") for p in (tmp_path / "app.log.2", tmp_path / "app.log.1", path))
    numbers = [int(line.split()[1]) for line in text.splitlines()]
    assert numbers == sorted(numbers) and numbers[-1] == 29  # oldest first, nothing reordered
