"""Phone numbers: lenient parsing of real spellings, one canonical form, junk refused."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contiple_desktop.domain.phone import (
    InvalidPhoneNumber,
    PhoneFormat,
    parse_phone,
    parse_phone_near,
    parse_phone_uri,
    region_for_language,
    same_number,
    split_phone_uri,
    try_parse_phone,
    try_parse_phone_near,
)

KIM = "+821010015007"
# 010-5970…5999 is unassigned (not a valid number in the phonenumbers metadata).
MOBILE_MIDDLE = st.integers(1000, 9999).filter(lambda m: not 5970 <= m <= 5999)


@pytest.mark.parametrize(
    "spelling",
    [
        "010-1001-5007",
        "01010015007",
        "010 1001 5007",
        "010.1001.5007",
        "+82-10-1001-5007",
        "+82 10 1001 5007",
        "+82 (0)10-1001-5007",
        "+821010015007",
        "821010015007",
        "001-82-10-1001-5007",  # Korean international prefix
        "０１０－１００１－５００７",  # full width
        "010ー1001ー5007",  # katakana long-vowel mark used as a dash
        "  010 - 1001 - 5007  ",
    ],
)
def test_korean_spellings_of_one_number(spelling: str) -> None:
    number = parse_phone(spelling, "KR")
    assert number.e164 == KIM
    assert number.national == "010-1001-5007"
    assert number.international == "+82 10-1001-5007"
    assert number.national_digits == "01010015007"
    assert number.region == "KR" and number.domestic
    assert number.display == "010-1001-5007"


@pytest.mark.parametrize(
    ("spelling", "region", "e164", "national"),
    [
        ("090-1234-5678", "JP", "+819012345678", "090-1234-5678"),
        ("090(1234)5678", "JP", "+819012345678", "090-1234-5678"),
        ("０９０－１２３４－５６７８", "JP", "+819012345678", "090-1234-5678"),
        ("03-1234-5678", "JP", "+81312345678", "03-1234-5678"),
        ("+81-90-1234-5678", "KR", "+819012345678", "090-1234-5678"),
        ("02-123-4567", "KR", "+8221234567", "02-123-4567"),
        ("1588-1234", "KR", "+8215881234", "1588-1234"),
        ("+1 (212) 555-0100", "KR", "+12125550100", "(212) 555-0100"),
    ],
)
def test_other_numbers(spelling: str, region: str, e164: str, national: str) -> None:
    number = parse_phone(spelling, region)
    assert (number.e164, number.national) == (e164, national)


def test_foreign_number_displays_internationally_and_never_loses_its_country() -> None:
    number = parse_phone("+81-90-1234-5678", "KR")
    assert not number.domestic and number.region == "JP"
    assert number.display == "+81 90-1234-5678"
    # National forms of a foreign number would read as a Korean number on the other side.
    assert number.format(PhoneFormat.NATIONAL_DIGITS) == "+819012345678"
    assert number.format(PhoneFormat.NATIONAL) == "+819012345678"
    assert number.format(PhoneFormat.INTERNATIONAL) == "+81 90-1234-5678"


def test_formats_of_a_domestic_number() -> None:
    number = parse_phone("010-1001-5007")
    assert [number.format(f) for f in PhoneFormat] == [
        "01010015007",
        "010-1001-5007",
        KIM,
        "+82 10-1001-5007",
    ]


@pytest.mark.parametrize(
    "junk",
    [
        "",
        " ",
        "abc",
        "12",
        "0",
        "1-800-FLOWERS",
        "010-1001-500x7",
        "010*1001*5007",
        "++821010015007",
        "82+1010015007",
        "010-1001-5007-1234-5678-9",
        "1" * 30,
        "０" * 200,
        "010-1001-5007;ext=abc",
        "javascript:alert(1)",
        "<010-1001-5007>",
        "010\n1001\n5007",
        "0000000000",
        "3001",
    ],
)
def test_junk_is_refused(junk: str) -> None:
    with pytest.raises(InvalidPhoneNumber):
        parse_phone(junk, "KR")
    assert try_parse_phone(junk, "KR") is None


def test_region_matters_for_national_numbers() -> None:
    # In Japan 010 is the international prefix: a Korean national number is no number there.
    assert try_parse_phone("010-1001-5007", "JP") is None
    assert parse_phone("090-1234-5678", "JP").region == "JP"


def test_a_number_valid_only_in_the_other_country_is_read_there_as_foreign() -> None:
    # A Korean caller of a Japanese service (and the other way round) writes no country code.
    korean = parse_phone_near("010-1001-5007", "JP")
    assert (korean.e164, korean.region, korean.default_region) == ("+821010015007", "KR", "JP")
    assert not korean.domestic and korean.display == "+82 10-1001-5007"
    assert korean.format(PhoneFormat.NATIONAL_DIGITS) == "+821010015007"  # never without its country
    japanese = parse_phone_near("090-1234-5678", "KR")
    assert (japanese.e164, japanese.domestic) == ("+819012345678", False)
    assert japanese.display == "+81 90-1234-5678"
    # valid at home: the profile's region wins, as parse_phone reads it
    assert parse_phone_near("03-1234-5678", "JP") == parse_phone("03-1234-5678", "JP")
    assert parse_phone_near("02-123-4567", "KR").domestic
    for junk in ("12", "call me", "+82 10-1001"):
        with pytest.raises(InvalidPhoneNumber):
            parse_phone_near(junk, "JP")
        assert try_parse_phone_near(junk, "KR") is None


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("010-1001-5007 ext. 12", "12"),
        ("010-1001-5007;ext=12", "12"),
        ("010-1001-5007 x12", "12"),
        ("010-1001-5007#12", "12"),
    ],
)
def test_extensions(text: str, extension: str) -> None:
    number = parse_phone(text)
    assert (number.e164, number.extension) == (KIM, extension)


@pytest.mark.parametrize(
    ("value", "e164", "extension"),
    [
        ("tel:+82-10-1001-5007", KIM, ""),
        ("tel:010.1001.5007", KIM, ""),
        ("callto:01010015007", KIM, ""),
        ("callto://+821010015007", KIM, ""),
        ("tel://010-1001-5007", KIM, ""),
        ("TEL:+82-10-1001-5007", KIM, ""),
        ("tel:+81-90-1234-5678", "+819012345678", ""),
        ("tel:%2B82-10-1001-5007", KIM, ""),
        ("tel:%2b82%2010%201001%205007", KIM, ""),
        ("tel:010 1001 5007", KIM, ""),
        ("tel:+82-10-1001-5007;ext=123", KIM, "123"),
        ("tel:+82-10-1001-5007;EXT=123;isub=9", KIM, "123"),
        ("tel:1001-5007;phone-context=+82-10", KIM, ""),
        ("tel:010-1001-5007;phone-context=example.com", KIM, ""),
        ("+82-10-1001-5007", KIM, ""),
    ],
)
def test_tel_and_callto_values(value: str, e164: str, extension: str) -> None:
    number = parse_phone_uri(value, "KR")
    assert (number.e164, number.extension) == (e164, extension)


@pytest.mark.parametrize(
    "value",
    ["tel:", "tel:abc", "callto:echo123", "tel:%FF%FE", "tel:+82-10-1001-5007;ext=abc", "tel:" + "1" * 300],
)
def test_bad_tel_values(value: str) -> None:
    with pytest.raises(InvalidPhoneNumber):
        parse_phone_uri(value, "KR")


def test_split_phone_uri_keeps_the_spelling() -> None:
    assert split_phone_uri("tel:%2B82-10-1001-5007;ext=9") == ("+82-10-1001-5007", "9")


def test_same_number() -> None:
    assert same_number("010-1001-5007", "+82 10 1001 5007")
    assert same_number("01010015007", "tel:+821010015007".removeprefix("tel:"))
    assert not same_number("010-1001-5007", "010-1001-5008")
    assert not same_number("junk", "junk")
    assert parse_phone("010-1001-5007").same_as(parse_phone("+821010015007"))


@pytest.mark.parametrize(
    ("language", "region"),
    [
        ("ko", "KR"),
        ("ja", "JP"),
        ("en", "KR"),
        ("", "KR"),
        (None, "KR"),
        ("fr", "KR"),
        ("en-US", "US"),
        ("ja_JP", "JP"),
        ("ko-KR", "KR"),
        ("EN", "KR"),
    ],
)
def test_region_for_language(language: str | None, region: str) -> None:
    assert region_for_language(language) == region


def test_repr_masks_the_number() -> None:
    text = repr(parse_phone("010-1001-5007"))
    assert "5007" not in text and "1001" in text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_arbitrary_text_raises_only_invalid_phone_number(text: str) -> None:
    for parse in (parse_phone, parse_phone_uri):
        try:
            number = parse(text, "KR")
        except InvalidPhoneNumber:
            continue
        assert number.e164.startswith("+") and number.e164[1:].isdigit()


@settings(max_examples=150, deadline=None)
@given(middle=MOBILE_MIDDLE, last=st.integers(0, 9999), sep=st.sampled_from(["-", " ", ".", ""]))
def test_every_korean_mobile_spelling_round_trips(middle: int, last: int, sep: str) -> None:
    text = f"010{sep}{middle}{sep}{last:04d}"
    number = parse_phone(text)
    assert number.e164 == f"+8210{middle}{last:04d}"
    assert parse_phone(number.national).e164 == parse_phone(number.international).e164 == number.e164


def test_importing_the_module_does_not_import_phonenumbers() -> None:
    modules = "contiple_desktop.domain.phone, contiple_desktop.domain.handoff"
    code = f"import sys, {modules}; print('phonenumbers' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
