"""Call hand-off: a phone system (CTI) tells the app who is calling. Pure parsing, no I/O.

Accepted forms, exactly (argv tokens *after* the global options):

* ``call --phone P [--usercode U] [--name N] [--email E] [--dnis D]`` (also ``--opt=value``);
* ``contiple-desktop://call?phone=P&usercode=U&name=N&email=E&dnis=D`` (percent-encoded
  UTF-8; ``+`` is a plus sign, not a space — write spaces as ``%20``);
* ``tel:P`` and ``callto:P`` (``tel://``, ``%2B82…``, ``;ext=``, ``;phone-context=`` …).

``parse_handoff(tokens, region=…)`` returns a :class:`CallRequest`, None for no tokens, or
raises :class:`HandoffError` with a stable ``reason`` (the ui words it) — never anything
else, whatever the input. Nothing that fails here ever reaches a server. The phone number is
kept as written (full-width folded, ``tel:`` parameters applied, extension dropped) after
checking that it is a valid number for ``region``; the receiving instance normalises it with
its profile's region. ``CallRequest.to_json``/``from_json`` carry a request between two
instances over a local socket, bounded and validated again on the way in.
"""

from __future__ import annotations

import enum
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

from contiple_desktop.domain.phone import (
    DEFAULT_REGION,
    InvalidPhoneNumber,
    PhoneNumber,
    normalise_phone_text,
    parse_phone,
    split_phone_uri,
)
from contiple_desktop.domain.privacy import mask_email, mask_phone

URL_SCHEME = "contiple-desktop"
COMMAND = "call"
MAX_ARG_BYTES = 2048
MAX_ARGS = 16
MAX_JSON_BYTES = 8192
JSON_VERSION = 1
FIELDS = ("phone", "usercode", "name", "email", "dnis")
LIMITS = {"phone": 128, "usercode": 50, "name": 100, "email": 100, "dnis": 30}
"""Characters per value as received (Contiple's end-user limits; ``phone`` leaves room for a
percent-encoded ``tel:`` value with parameters — the number itself must fit in 64)."""

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_OPTION_NAME_RE = re.compile(r"-{0,2}[A-Za-z][A-Za-z0-9_\-]{0,30}")
_EMAIL_RE = re.compile(r"[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+")
_DNIS_RE = re.compile(r"\+?[0-9 ()./\-]{1,30}")
# Bidirectional embedding/override/isolate controls: they can make a name display as another.
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class HandoffReason(enum.Enum):
    """Why a hand-off was refused. Values are stable (logs, tests, translations key on them)."""

    UNKNOWN_SCHEME = "unknown_scheme"  # not contiple-desktop:, tel: or callto:
    UNKNOWN_ACTION = "unknown_action"  # contiple-desktop://something-else
    UNEXPECTED_ARGUMENT = "unexpected_argument"  # a token that is none of the accepted forms
    UNKNOWN_OPTION = "unknown_option"  # --foo, or ?foo=
    DUPLICATE_OPTION = "duplicate_option"
    MISSING_VALUE = "missing_value"  # --phone at the end, or ?phone without '='
    MISSING_PHONE = "missing_phone"
    INVALID_PHONE = "invalid_phone"
    INVALID_VALUE = "invalid_value"  # e-mail or DNIS of the wrong shape
    TOO_LONG = "too_long"  # an argument over 2 kB, too many arguments, a value over its limit
    NOT_UTF8 = "not_utf8"  # undecodable bytes (surrogates) or bad percent-encoding
    CONTROL_CHARACTERS = "control_characters"
    MALFORMED = "malformed"  # from_json: not the JSON a peer instance sends


class HandoffError(ValueError):
    """A refused hand-off. ``option``: the field concerned, if any. The message never repeats
    the value (it may be a caller's phone number or address)."""

    def __init__(self, reason: HandoffReason, option: str | None = None) -> None:
        super().__init__(reason.value + (f" ({option})" if option else ""))
        self.reason = reason
        self.option = option


class HandoffSource(enum.Enum):
    COMMAND = "call"
    URL = "url"
    TEL = "tel"
    CALLTO = "callto"


@dataclass(frozen=True, slots=True, repr=False)
class CallRequest:
    """A validated incoming call. ``repr`` masks the phone number and e-mail address."""

    phone: str
    usercode: str | None = None
    name: str | None = None
    email: str | None = None
    dnis: str | None = None
    source: HandoffSource = HandoffSource.COMMAND

    def phone_number(self, region: str = DEFAULT_REGION) -> PhoneNumber:
        """The number parsed with the receiving profile's region (raises InvalidPhoneNumber)."""
        return parse_phone(self.phone, region)

    def values(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in FIELDS}

    def to_json(self) -> str:
        return json.dumps(
            {"v": JSON_VERSION, **self.values(), "source": self.source.value},
            ensure_ascii=False, separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, data: str | bytes, *, region: str = DEFAULT_REGION) -> CallRequest:
        """The request another instance sent; HandoffError for anything else (unknown keys are
        ignored, so a newer peer can add some)."""
        if isinstance(data, str):
            if len(data) > MAX_JSON_BYTES:
                raise HandoffError(HandoffReason.TOO_LONG)
            try:
                raw = data.encode("utf-8")
            except UnicodeEncodeError:
                raise HandoffError(HandoffReason.NOT_UTF8) from None
        elif isinstance(data, bytes | bytearray):
            raw = bytes(data)
        else:
            raise HandoffError(HandoffReason.MALFORMED)
        if len(raw) > MAX_JSON_BYTES:
            raise HandoffError(HandoffReason.TOO_LONG)
        try:
            doc = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise HandoffError(HandoffReason.NOT_UTF8) from None
        except (ValueError, RecursionError):
            raise HandoffError(HandoffReason.MALFORMED) from None
        if not isinstance(doc, dict) or doc.get("v") != JSON_VERSION:
            raise HandoffError(HandoffReason.MALFORMED)
        try:
            source = HandoffSource(doc.get("source"))
        except ValueError:
            raise HandoffError(HandoffReason.MALFORMED) from None
        values: dict[str, str] = {}
        for name in FIELDS:
            value = doc.get(name)
            if value is None:
                continue
            if not isinstance(value, str):
                raise HandoffError(HandoffReason.MALFORMED, name)
            values[name] = value
        return _build(values, source, region)

    def to_url(self) -> str:
        """The ``contiple-desktop://call?…`` form of this request (parses back to an equal one)."""
        query = "&".join(f"{name}={quote(value, safe='')}" for name, value in self.values().items() if value)
        return f"{URL_SCHEME}://{COMMAND}?{query}"

    def to_argv(self) -> list[str]:
        """The ``call --phone=…`` form of this request (``--name=value``, so a value that starts
        with ``-`` is never read as an option)."""
        out = [COMMAND]
        for name, value in self.values().items():
            if value:
                out.append(f"--{name}={value}")
        return out

    def __repr__(self) -> str:
        return (
            f"CallRequest(phone={mask_phone(self.phone)!r}, usercode={self.usercode!r}, "
            f"name={'…' if self.name else None}, email={mask_email(self.email) if self.email else None!r}, "
            f"dnis={self.dnis!r}, source={self.source.value!r})"
        )


def _check_text(text: str, option: str | None) -> None:
    """Refuse surrogates (bytes that were not UTF-8) and control characters."""
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            raise HandoffError(HandoffReason.NOT_UTF8, option)
        if category in ("Cc", "Zl", "Zp") or char in _BIDI:
            raise HandoffError(HandoffReason.CONTROL_CHARACTERS, option)


def _check_token(token: object) -> str:
    if not isinstance(token, str):
        raise HandoffError(HandoffReason.NOT_UTF8)
    if len(token) > MAX_ARG_BYTES or len(token.encode("utf-8", "surrogatepass")) > MAX_ARG_BYTES:
        raise HandoffError(HandoffReason.TOO_LONG)
    _check_text(token, None)
    return token


def _clean_phone(value: str, region: str) -> str:
    if _SCHEME_RE.match(value) and value.split(":", 1)[0].lower() in ("tel", "callto"):
        try:
            decoded = unquote(value, errors="strict")
        except UnicodeDecodeError:
            raise HandoffError(HandoffReason.NOT_UTF8, "phone") from None
        _check_text(decoded, "phone")
        try:
            value, _extension = split_phone_uri(value)
        except InvalidPhoneNumber:
            raise HandoffError(HandoffReason.INVALID_PHONE, "phone") from None
        if not value.strip():
            raise HandoffError(HandoffReason.MISSING_PHONE, "phone")
    try:
        text = normalise_phone_text(value)
        parse_phone(text, region)
    except InvalidPhoneNumber:
        raise HandoffError(HandoffReason.INVALID_PHONE, "phone") from None
    return text


def _build(values: Mapping[str, str], source: HandoffSource, region: str) -> CallRequest:
    """Validate the decoded values (any source) and make the request."""
    clean: dict[str, str | None] = {}
    for name in FIELDS:
        value = values.get(name)
        if value is None:
            clean[name] = None
            continue
        _check_text(value, name)
        value = value.strip()
        if len(value) > LIMITS[name]:
            raise HandoffError(HandoffReason.TOO_LONG, name)
        clean[name] = value or None
    phone = clean["phone"]
    if phone is None:
        raise HandoffError(HandoffReason.MISSING_PHONE, "phone")
    email = clean["email"]
    if email is not None and not _EMAIL_RE.fullmatch(email):
        raise HandoffError(HandoffReason.INVALID_VALUE, "email")
    dnis = clean["dnis"]
    if dnis is not None:
        dnis = normalise_phone_text(dnis)
        if not _DNIS_RE.fullmatch(dnis) or not any(c.isdigit() for c in dnis):
            raise HandoffError(HandoffReason.INVALID_VALUE, "dnis")
    return CallRequest(
        phone=_clean_phone(phone, region), usercode=clean["usercode"], name=clean["name"],
        email=email, dnis=dnis, source=source,
    )


def _option_label(text: str) -> str | None:
    """An unknown option's name for the message, only when it looks like one (never a value)."""
    return text if _OPTION_NAME_RE.fullmatch(text) else None


def _put(values: dict[str, str], name: str, value: str) -> None:
    if name not in FIELDS:
        raise HandoffError(HandoffReason.UNKNOWN_OPTION, _option_label(name))
    if name in values:
        raise HandoffError(HandoffReason.DUPLICATE_OPTION, name)
    values[name] = value


def _parse_command(args: Sequence[str], region: str) -> CallRequest:
    values: dict[str, str] = {}
    i = 0
    while i < len(args):
        token = args[i]
        if not token.startswith("-") or token == "-":
            raise HandoffError(HandoffReason.UNEXPECTED_ARGUMENT)
        name, eq, value = token[2:].partition("=")
        if not token.startswith("--") or name not in FIELDS:
            raise HandoffError(HandoffReason.UNKNOWN_OPTION, _option_label(token.partition("=")[0]))
        if not eq:
            if i + 1 >= len(args) or args[i + 1].startswith("--"):
                raise HandoffError(HandoffReason.MISSING_VALUE, name)
            i += 1
            value = args[i]
        _put(values, name, value)
        i += 1
    return _build(values, HandoffSource.COMMAND, region)


def _parse_url(token: str, region: str) -> CallRequest:
    rest = token[len(URL_SCHEME) + 1:]
    rest = rest[2:] if rest.startswith("//") else rest
    rest = rest.split("#", 1)[0]
    action, _, query = rest.partition("?")
    if action.rstrip("/").lower() != COMMAND:
        raise HandoffError(HandoffReason.UNKNOWN_ACTION)
    values: dict[str, str] = {}
    for part in query.split("&"):
        if not part:
            continue
        raw_name, eq, raw_value = part.partition("=")
        try:
            name = unquote(raw_name, errors="strict")
            value = unquote(raw_value, errors="strict")
        except UnicodeDecodeError:
            raise HandoffError(HandoffReason.NOT_UTF8) from None
        _check_text(name, None)
        if name in FIELDS and not eq:
            raise HandoffError(HandoffReason.MISSING_VALUE, name)
        _put(values, name, value)
    return _build(values, HandoffSource.URL, region)


def parse_handoff(tokens: Sequence[str], *, region: str = DEFAULT_REGION) -> CallRequest | None:
    """Parse the hand-off in ``tokens`` (argv after the global options); None when empty.

    ``region``: the country assumed for numbers without a country code (the active profile's,
    ``domain.phone.region_for_language``). Raises only :class:`HandoffError`.
    """
    if isinstance(tokens, str | bytes):
        raise HandoffError(HandoffReason.UNEXPECTED_ARGUMENT)
    items = list(tokens)
    if not items:
        return None
    if len(items) > MAX_ARGS:
        raise HandoffError(HandoffReason.TOO_LONG)
    args = [_check_token(t) for t in items]
    first = args[0]
    if first == COMMAND:
        return _parse_command(args[1:], region)
    match = _SCHEME_RE.match(first)
    if match is None:
        raise HandoffError(HandoffReason.UNEXPECTED_ARGUMENT)
    if len(args) > 1:
        raise HandoffError(HandoffReason.UNEXPECTED_ARGUMENT)
    scheme = match.group(1).lower()
    if scheme == URL_SCHEME:
        return _parse_url(first, region)
    if scheme in ("tel", "callto"):
        source = HandoffSource.TEL if scheme == "tel" else HandoffSource.CALLTO
        return _build({"phone": first}, source, region)
    raise HandoffError(HandoffReason.UNKNOWN_SCHEME)
