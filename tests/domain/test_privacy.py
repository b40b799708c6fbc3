"""Masking phone numbers and e-mail addresses: whole values and free text, with no false alarms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.domain.privacy import mask_email, mask_personal, mask_phone


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("010-2345-6789", "010-2345-****"),
        ("+82 10-2345-6789", "+82 10-2345-****"),
        ("01023456789", "0102345****"),
        ("+821023456789", "+82102345****"),
        ("090-1234-5678", "090-1234-****"),
        ("1234", "****"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    ("email", "masked"),
    [
        ("minji@example.com", "mi***@example.com"),
        ("minjun.kim@example.com", "mi***@example.com"),
        ("ab@x.com", "a***@x.com"),
        ("a@x.com", "***@x.com"),
        ("no-at-sign", "***"),
        ("", ""),
    ],
)
def test_mask_email(email: str, masked: str) -> None:
    assert mask_email(email) == masked


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("caller 010-2345-6789 on line 2", "caller 010-2345-**** on line 2"),
        ("call 01023456789 now", "call 0102345**** now"),
        ("+82 10-2345-6789", "+82 10-2345-****"),
        ("+82-10-2345-6789", "+82-10-2345-****"),
        ("+821023456789", "+82102345****"),
        ("+82 (0)10-1001-5007", "+82 (0)10-1001-****"),
        ("tel:%2B821023456789", "tel:%2B82102345****"),
        ("phone=01010015007&x=1", "phone=0101001****&x=1"),
        ('{"callNum":"01010015007"}', '{"callNum":"0101001****"}'),
        ("010.1001.5007", "010.1001.****"),
        ("x 010 2345 6789 y", "x 010 2345 **** y"),
        ("(02) 123-4567", "(02) 123-****"),
        ("02-123-4567", "02-123-****"),
        ("0466-12-3456", "0466-12-****"),
        ("090-1234-5678", "090-1234-****"),
        ("０９０－１２３４－５６７８", "０９０－１２３４－****"),
        ("+1 (212) 555-0100", "+1 (212) 555-****"),
        ("count 5 010-2345-6789", "count 5 010-2345-****"),
        ("mail minji@example.com now", "mail mi***@example.com now"),
        ("<minjun.kim@example.com>.", "<mi***@example.com>."),
        ("minji+work@mail.example.co.kr", "mi***@mail.example.co.kr"),
        ("김민준 010-1001-5007 minjun.kim@example.com", "김민준 010-1001-**** mi***@example.com"),
    ],
)
def test_mask_personal_masks(text: str, masked: str) -> None:
    assert mask_personal(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "T1658199661153IXTfw",  # ticket ID
        "ticket T1764031689401AbCdE created",
        "X-TC-Timestamp: 1764031689401",  # ms timestamp
        "epoch 1764031689",
        "127.0.0.1:8080",
        "http://127.0.0.1:54321/ContipleDemo/api/v2/service.json",
        "port 65535",
        "PySide6 6.11.0, requests 2.31.0",
        "v0.1.0",
        "2024-11-12 10:30:00,123",
        "2024.11.12",
        "20241112",
        "20241112103000",
        "05:01:02.123456",
        "192.168.100.200",
        "10.0.0.1",
        "1588-1234",  # a company's service number
        "123e4567-e89b-12d3-a456-426614174000",
        "a9e126cf01654631acc2d1e56e8c694e",
        "2024-010-1234-5678-9",
        "0.12345678901",
        "pid 012345",
        "000000123",
        "3.14159265358979",
        "categoryId=2542&page=1&pageSize=10",
        "size 10485760 bytes",
        "+5 points",
        "+100",
        "user@localhost",
        "pkg@1.2.3",
        "@mention",
    ],
)
def test_mask_personal_leaves_non_personal_text(text: str) -> None:
    assert mask_personal(text) == text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_mask_personal_is_total_and_idempotent(text: str) -> None:
    once = mask_personal(text)
    assert mask_personal(once) == once
    assert len(once) == len(text) or "***" in once  # phone masking keeps the length


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.sampled_from(["010", "011", "02", "031", "070", "090", "080", "03"]),
    middle=st.integers(100, 9999),
    last=st.integers(0, 9999),
    sep=st.sampled_from(["-", " ", ".", ""]),
    intl=st.booleans(),
    around=st.tuples(
        st.sampled_from(["", "caller ", "(", '"', "=", "tel:"]), st.sampled_from(["", " x", ")", '"', "."])
    ),
)
def test_every_phone_spelling_is_masked(
    prefix: str, middle: int, last: int, sep: str, intl: bool, around: tuple[str, str]
) -> None:
    number = f"{prefix}{sep}{middle}{sep}{last:04d}"
    if intl:
        number = "+82" + (sep or "") + number[1:]
    text = around[0] + number + around[1]
    masked = mask_personal(text)
    assert f"{last:04d}" not in masked.removeprefix(around[0]).removesuffix(around[1])[-6:]
    assert masked.count("*") == 4


@settings(max_examples=100, deadline=None)
@given(
    local=st.from_regex(r"[a-z][a-z0-9._+\-]{0,20}", fullmatch=True),
    domain=st.from_regex(r"[a-z][a-z0-9\-]{0,10}\.(com|net|co\.kr|jp)", fullmatch=True),
)
def test_every_email_is_masked(local: str, domain: str) -> None:
    masked = mask_personal(f"to {local}@{domain} now")
    assert masked == f"to {mask_email(local + '@' + domain)} now"
    shown = masked.split("@")[0].removeprefix("to ")
    assert shown == local[: min(2, len(local) - 1)] + "***"
