"""Phone numbers: lenient parsing of what people and phone systems type, one canonical form.

``parse_phone(text, region)`` accepts the common Korean, Japanese and international spellings
(``010-1001-5007``, ``010.1001.5007``, ``01010015007``, ``+82 (0)10-1001-5007``,
``０９０－１２３４－５６７８``, ``001-81-90-1234-5678``) and returns a :class:`PhoneNumber`
with its E.164 form and display forms; anything that is not a *valid* number for the
`phonenumbers` metadata (Google's libphonenumber, kept up to date by its maintainers) raises
:class:`InvalidPhoneNumber`. ``parse_phone_uri`` does the same for ``tel:`` / ``callto:``
values (URL-encoding, ``;ext=``, ``;phone-context=``).

``region`` is the country assumed for numbers written without a country code;
``region_for_language`` derives it from a profile's content language (``ko`` → KR, ``ja`` →
JP, ``en`` → KR: see its docstring). ``parse_phone_near`` also reads a number that is valid only
in the other of Korea and Japan (a Korean caller of a Japanese service, or the other way round).

`phonenumbers` costs ~20 ms to import, so it is imported inside the functions that need it:
merely importing this module (as the hand-off parser and the start-up path do) stays free.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass, replace
from urllib.parse import unquote

DEFAULT_REGION = "KR"
NEAR_REGIONS = ("KR", "JP")
"""Where Contiple's callers dial from: a number written without a country code that is not valid
in the profile's region is tried in these (``parse_phone_near``)."""
MAX_PHONE_TEXT = 64
"""Longer input is refused outright (the longest real spelling is well under 40 characters)."""
_MAX_EXTENSION = 10

_LANGUAGE_REGIONS = {"ko": "KR", "ja": "JP", "en": DEFAULT_REGION}
# Dash look-alikes that Japanese and Korean input methods and word processors produce.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70\ufe63"), "-")
_ALLOWED = re.compile(r"\+?[0-9 ()./-]+")
_EXT_RE = re.compile(r"^(.*?)\s*(?:;\s*ext\s*=|\bext\.?|#|\bx)\s*([0-9]{1,10})$", re.IGNORECASE)
_SCHEME_RE = re.compile(r"^(tel|callto):(?://)?", re.IGNORECASE)


class InvalidPhoneNumber(ValueError):
    """The text is not a phone number we can use (junk, too short or long, not a valid number)."""


class PhoneFormat(enum.Enum):
    """How a number is written for another system (e.g. the caller-lookup request)."""

    NATIONAL_DIGITS = "national_digits"  # 01010015007
    NATIONAL = "national"  # 010-1001-5007
    E164 = "e164"  # +821010015007
    INTERNATIONAL = "international"  # +82 10-1001-5007


@dataclass(frozen=True, slots=True, repr=False)
class PhoneNumber:
    """One valid number. ``domestic``: same country as the region it was parsed with.

    ``repr`` masks the number, so a stray ``%r`` in a log line cannot leak it.
    """

    e164: str
    national: str
    international: str
    region: str
    default_region: str
    domestic: bool
    extension: str = ""

    @property
    def national_digits(self) -> str:
        return "".join(c for c in self.national if c.isdigit())

    @property
    def display(self) -> str:
        """National form for a domestic number, international form for a foreign one."""
        return self.national if self.domestic else self.international

    def format(self, fmt: PhoneFormat) -> str:
        """The number in ``fmt``. National forms of a *foreign* number fall back to E.164:
        without the country code the other side could mistake it for a domestic number."""
        if fmt is PhoneFormat.E164 or (not self.domestic and fmt is not PhoneFormat.INTERNATIONAL):
            return self.e164
        if fmt is PhoneFormat.INTERNATIONAL:
            return self.international
        if fmt is PhoneFormat.NATIONAL:
            return self.national
        return self.national_digits

    def same_as(self, other: PhoneNumber) -> bool:
        return self.e164 == other.e164

    def __repr__(self) -> str:
        from contiple_desktop.domain.privacy import mask_phone

        return f"PhoneNumber({mask_phone(self.e164)!r}, region={self.region!r})"


def region_for_language(language: str | None) -> str:
    """The default region for numbers without a country code, from a language tag.

    ``ko`` → KR, ``ja`` → JP. A tag with a region (``en-US``, ``ja_JP``) uses that region.
    Plain ``en`` (and anything unknown) → KR: Contiple is sold in Korea and Japan, so an
    English-language service almost always belongs to a Korean company whose callers dial in
    with Korean numbers; guessing US would turn every local ``010-…`` number into an error, and
    callers from abroad send a ``+`` country code anyway, which works with any default.
    """
    tag = (language or "").strip().replace("_", "-")
    base, _, rest = tag.partition("-")
    sub = rest.split("-", 1)[0]
    if len(sub) == 2 and sub.isascii() and sub.isalpha():
        return sub.upper()
    return _LANGUAGE_REGIONS.get(base.lower(), DEFAULT_REGION)


def _normalise_text(text: str) -> str:
    """NFKC (full-width digits, brackets and spaces), dash look-alikes, collapsed spaces;
    control characters (newlines, tabs, …) and lone surrogates are refused."""
    if not isinstance(text, str):
        raise InvalidPhoneNumber("not text")
    if len(text) > MAX_PHONE_TEXT * 2:
        raise InvalidPhoneNumber("too long for a phone number")
    try:
        folded = unicodedata.normalize("NFKC", text)
    except (TypeError, ValueError):  # pragma: no cover - normalize accepts any str
        raise InvalidPhoneNumber("not text") from None
    if any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in folded):
        raise InvalidPhoneNumber("control characters")
    return " ".join(folded.translate(_DASHES).split())


def _split_extension(text: str) -> tuple[str, str]:
    match = _EXT_RE.match(text)
    if match is None:
        return text, ""
    return match.group(1), match.group(2)


def parse_phone(text: str, region: str = DEFAULT_REGION, *, extension: str = "") -> PhoneNumber:
    """Parse one spelling of a phone number; raise :class:`InvalidPhoneNumber` for anything else.

    Accepted characters: digits (any width), one leading ``+``, spaces, ``-``/dash look-alikes,
    ``.``, ``/`` and brackets; an extension as ``;ext=12``, ``ext. 12``, ``x12`` or ``#12``.
    Letters (vanity numbers), ``*``, pauses and anything else are refused.
    """
    cleaned = _normalise_text(text)
    if not cleaned:
        raise InvalidPhoneNumber("empty")
    if len(cleaned) > MAX_PHONE_TEXT:
        raise InvalidPhoneNumber("too long for a phone number")
    number_text, ext = _split_extension(cleaned)
    ext = ext or extension
    if not _ALLOWED.fullmatch(number_text) or "+" in number_text[1:]:
        raise InvalidPhoneNumber("not a phone number")
    digits = sum(c.isdigit() for c in number_text)
    if not 3 <= digits <= 17:
        raise InvalidPhoneNumber("wrong number of digits")
    if ext and (len(ext) > _MAX_EXTENSION or not ext.isdigit()):
        raise InvalidPhoneNumber("bad extension")
    region = (region or DEFAULT_REGION).upper()

    import phonenumbers  # lazily: ~20 ms, see the module docstring

    try:
        parsed = phonenumbers.parse(number_text, region)
    except phonenumbers.NumberParseException:
        raise InvalidPhoneNumber("not a phone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidPhoneNumber("not a valid number")
    fmt = phonenumbers.PhoneNumberFormat
    number_region = phonenumbers.region_code_for_number(parsed) or "ZZ"
    return PhoneNumber(
        e164=phonenumbers.format_number(parsed, fmt.E164),
        national=phonenumbers.format_number(parsed, fmt.NATIONAL),
        international=phonenumbers.format_number(parsed, fmt.INTERNATIONAL),
        region=number_region,
        default_region=region,
        domestic=parsed.country_code == phonenumbers.country_code_for_region(region),
        extension=ext,
    )


def try_parse_phone(text: str, region: str = DEFAULT_REGION) -> PhoneNumber | None:
    """``parse_phone`` that answers None instead of raising."""
    try:
        return parse_phone(text, region)
    except InvalidPhoneNumber:
        return None


def parse_phone_near(text: str, region: str = DEFAULT_REGION) -> PhoneNumber:
    """``parse_phone`` with ``region``, then with the other ``NEAR_REGIONS`` when the number is
    valid only there: ``010-1001-5007`` on a Japanese profile is the Korean mobile number (no
    Japanese number starts so), and ``090-1234-5678`` on a Korean one the Japanese mobile number.
    The call hand-off accepts such numbers the same way (``cli.in_any_region``), so a call it let
    through is looked up rather than refused. The result is foreign (``domestic`` False): it shows
    and is sent with its country code. Raises :class:`InvalidPhoneNumber` when valid nowhere."""
    try:
        return parse_phone(text, region)
    except InvalidPhoneNumber as first:
        wanted = (region or DEFAULT_REGION).upper()
        for other in NEAR_REGIONS:
            if other == wanted:
                continue
            number = try_parse_phone(text, other)
            if number is not None:
                return replace(number, default_region=wanted, domestic=False)
        raise first


def try_parse_phone_near(text: str, region: str = DEFAULT_REGION) -> PhoneNumber | None:
    """``parse_phone_near`` that answers None instead of raising."""
    try:
        return parse_phone_near(text, region)
    except InvalidPhoneNumber:
        return None


def split_phone_uri(value: str) -> tuple[str, str]:
    """A ``tel:`` / ``callto:`` value (the scheme itself is optional) → (number text, extension).

    Lenient the way phone systems are sloppy: ``tel://…``, percent-encoding (``%2B82…``,
    ``%20``), parameters in any case and order. ``;ext=N`` becomes the extension;
    ``;phone-context=+CC…`` is prefixed to a local number (RFC 3966 §5.1.5); a domain-name
    context and other parameters (``isub``, …) are ignored. The number text is not validated
    here (``parse_phone`` does that).
    """
    if not isinstance(value, str) or len(value) > MAX_PHONE_TEXT * 4:
        raise InvalidPhoneNumber("too long for a phone number")
    text = _SCHEME_RE.sub("", value.strip(), count=1)
    try:
        text = unquote(text, errors="strict")
    except UnicodeDecodeError:
        raise InvalidPhoneNumber("not UTF-8") from None
    number, *params = text.split(";")
    extension = ""
    context = ""
    for param in params:
        name, _, param_value = param.partition("=")
        name = name.strip().lower()
        if name == "ext":
            extension = param_value.strip()
            if not extension.isdigit() or len(extension) > _MAX_EXTENSION:
                raise InvalidPhoneNumber("bad extension")
        elif name == "phone-context":
            context = param_value.strip()
    number = number.strip()
    if context.startswith("+") and not number.startswith("+"):
        number = context + number
    return number, extension


def parse_phone_uri(value: str, region: str = DEFAULT_REGION) -> PhoneNumber:
    """Parse a ``tel:`` or ``callto:`` value (see ``split_phone_uri``)."""
    number, extension = split_phone_uri(value)
    return parse_phone(number, region, extension=extension)


def normalise_phone_text(text: str) -> str:
    """The spelling with full-width characters folded, dash look-alikes as ``-`` and single
    spaces: what a person typed, made comparable, with nothing about validity decided."""
    return _normalise_text(text)


def same_number(a: str, b: str, region: str = DEFAULT_REGION) -> bool:
    """True when both spellings are valid and denote the same number (extensions ignored)."""
    first = try_parse_phone(a, region)
    second = try_parse_phone(b, region)
    return first is not None and second is not None and first.e164 == second.e164
