"""Masking callers' phone numbers and e-mail addresses wherever they are not needed in full.

The caller box shows them whole; lists, notifications, window titles, logs, error details and
crash reports show ``mask_phone`` / ``mask_email`` forms (``010-2345-****``,
``mi***@example.com``). ``mask_personal(text)`` masks every phone-like and e-mail-like
substring of free text; the log redaction filter (``contiple_desktop.log``) runs it on every
record.

"Phone-like" needs phone *shape*, so ticket IDs, millisecond timestamps, ports, versions, IP
addresses and dates survive:

* international: ``+`` (or ``%2B``) and a country code, then digit groups separated by
  single spaces, ``-``, ``.`` or brackets, 8–15 digits in all (``+82 10-2345-6789``,
  ``+821023456789``, ``+1 (212) 555-0100``);
* domestic: a leading ``0`` and a non-zero digit (the Korean and Japanese trunk prefix and
  an area or operator code), 9–11 digits in all,
  either in one run (``01023456789``) or in three or four groups whose last group has 3–4
  digits (``010-2345-6789``, ``02 123 4567``, ``(02) 123-4567``, ``0466-12-3456``);
* never glued to letters, digits or ``_`` on either side, and never part of a longer
  dotted/dashed digit chain (``2024-010-1234-5678-9``).

Not masked, by design: numbers without a trunk ``0`` or ``+`` (``1588-1234`` service numbers,
``2125550100``), because that shape is shared by timestamps, counters and IDs. Pure, regex only
(no `phonenumbers`), cheap enough for every log record.
"""

from __future__ import annotations

import functools
import re

MASK = "***"
_DIGIT_MASK = "*"
_KEEP_LOCAL = 2

# Separators: space, '.', '-', and the full-width / dash look-alikes Japanese and Korean input produces.
_JOINERS = ".\\-\u2010-\u2015\u2212\u30fc\uff0d\uff0e"
_SEP = "[ \u3000" + _JOINERS + "]"
_NOT_BEFORE = r"(?<![\w+%＋])(?<!\d[" + _JOINERS + "])"
_NOT_AFTER = r"(?![\w]|[" + _JOINERS + r"]\d)"
_TRUNK = "[0０][1-9１-９]"
# Domestic: trunk 0 + area/operator code, optionally bracketed, then groups.
_DOMESTIC = (
    r"(?:[(（]" + _TRUNK + r"\d{0,3}[)）][ ]?|" + _TRUNK + r"\d{0,3}" + _SEP + r")\d{1,4}(?:" + _SEP
    + r"\d{2,4})?" + _SEP + r"\d{3,4}|" + _TRUNK + r"\d{7,9}"
)
_INTERNATIONAL = r"(?:[+＋]|%2[Bb])\d{1,3}(?:" + _SEP + r"?(?:[(（]\d{1,4}[)）]|\d{1,6})){1,6}"
# The leading look-ahead lets the engine skip, cheaply, every position that cannot start a number.
_PHONE_PATTERN = (
    r"(?=[+＋%(（0０])(?:(?<![\w%＋+])(?P<intl>" + _INTERNATIONAL + r")|"
    + _NOT_BEFORE + r"(?P<dom>" + _DOMESTIC + r"))" + _NOT_AFTER
)
_DIGIT_RE = re.compile(r"\d")

# Local part as people write it, a dotted domain whose last label starts with a letter.
_EMAIL_PATTERN = (
    r"(?<![\w.%+\-])(?P<local>[\w.%+\-]{1,64})@(?P<domain>(?:[\w\-]{1,63}\.){1,8}[^\W\d_][\w\-]{0,62})"
    r"(?![\w\-]|\.[\w])"
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(phone, e-mail), compiled on first use: ~1.5 ms that the import (start-up) need not pay."""
    return re.compile(_PHONE_PATTERN), re.compile(_EMAIL_PATTERN)


def _digit_count(text: str) -> int:
    return sum(c.isdigit() for c in text)


def mask_phone(text: str) -> str:
    """The number with its last four digits replaced by ``*``, every separator kept.

    ``010-2345-6789`` → ``010-2345-****``; ``+82 10-2345-6789`` → ``+82 10-2345-****``;
    four digits or fewer are masked entirely.
    """
    if not text:
        return text
    total = _digit_count(text)
    keep = total - 4 if total > 4 else 0
    out: list[str] = []
    seen = 0
    for char in text:
        if char.isdigit():
            out.append(char if seen < keep else _DIGIT_MASK)
            seen += 1
        else:
            out.append(char)
    return "".join(out)


def mask_email(text: str) -> str:
    """The first two characters of the local part, then ``***``; the domain stays.

    ``minji@example.com`` → ``mi***@example.com``. A local part of one or two characters keeps
    fewer (``ab@x.com`` → ``a***@x.com``), so nothing short is shown whole. Text without ``@``
    is masked entirely.
    """
    if not text:
        return text
    local, at, domain = text.rpartition("@")
    if not at:
        return MASK
    keep = min(_KEEP_LOCAL, max(0, len(local) - 1))
    return local[:keep] + MASK + "@" + domain


def _phone_sub(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = _digit_count(text)
    if match.group("intl") is not None:
        if not 8 <= digits <= 15:
            return text
        if text[:3].lower() == "%2b":
            return text[:3] + mask_phone(text[3:])
    elif not 9 <= digits <= 11:
        return text
    return mask_phone(text)


def _email_sub(match: re.Match[str]) -> str:
    return mask_email(match.group("local") + "@" + match.group("domain"))


def mask_personal(text: str) -> str:
    """``text`` with every e-mail-like and phone-like substring masked (see the module docstring)."""
    if not text:
        return text
    phone_re, email_re = _patterns()
    if "@" in text:
        text = email_re.sub(_email_sub, text)
    if _DIGIT_RE.search(text):
        text = phone_re.sub(_phone_sub, text)
    return text
