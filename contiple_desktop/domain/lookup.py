"""Caller lookup by phone: the per-profile configuration and the identity it answers.

Contiple has no customer search by phone, but an organization that uses Contiple's
customer-information integration (contiple-api.md §3.20) already runs an API that answers
"who is this caller" for Contiple's own ticket screen. ``CallerLookupConfig`` describes that
API as the organization's admin configured it in Contiple: the URL, the request field that
carries the phone number plus constant fields, the result items that hold user code, name,
e-mail and phone, and whether "API encryption" is on. The security key itself is *not* part of
it: it lives in the OS keyring only, like the service API key.

``CallerIdentity`` is the answer (every part optional). Both ``repr``s mask personal data.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from contiple_desktop.domain.phone import PhoneFormat
from contiple_desktop.domain.privacy import mask_email, mask_phone
from contiple_desktop.domain.profile import check_base_url
from contiple_desktop.errors import ConfigurationError

MAX_URL = 2000
MAX_NAME = 100
MAX_CONSTANT_VALUE = 500
MAX_CONSTANTS = 20
MAX_RESULT_TEXT = 200
"""Longer result values are cut (a user code, name or address is never near this long)."""

DEFAULT_PHONE_FIELD = "callNum"
# The result-item names of the example in the Contiple guide (§3.20): {"userName": …, "id": …}.
DEFAULT_ITEMS = {"usercode": "id", "name": "userName", "email": "email", "phone": "phone"}


def _has_control(text: str) -> bool:
    return any(unicodedata.category(c) in ("Cc", "Cs", "Zl", "Zp") for c in text)


def _check_name(value: str, what: str, *, allow_empty: bool = False) -> str:
    name = value.strip()
    if not name and not allow_empty:
        raise ConfigurationError(f"the caller lookup needs a {what}")
    if len(name) > MAX_NAME or _has_control(name):
        raise ConfigurationError(f"the caller lookup {what} is not a usable name")
    return name


def check_lookup_url(url: str) -> str:
    """The URL stripped, or ConfigurationError: https (http only to loopback), no user info or
    fragment. A query string is allowed (some APIs version themselves that way)."""
    text = (url or "").strip()
    if not text or len(text) > MAX_URL or _has_control(text):
        raise ConfigurationError("the caller lookup address is missing or too long")
    parts = urlsplit(text)
    if parts.username is not None or parts.password is not None:
        raise ConfigurationError("the caller lookup address must not contain a user name or password")
    if parts.fragment:
        raise ConfigurationError("the caller lookup address must not carry a fragment")
    check_base_url(f"{parts.scheme}://{parts.netloc}")  # https, or http to a loopback address only
    return text


@dataclass(frozen=True, slots=True)
class CallerLookupConfig:
    """How to ask the organization's customer-information API who is calling.

    ``constant_fields``: (name, value) pairs sent with every request, in this order, after
    the phone field. ``*_item``: the result keys that hold each part ('' = not mapped; at least
    one is). ``phone_format``: how the number is written in the request (default: national
    digits, ``01010015007``, what Korean CTI systems and customer databases usually store).
    """

    url: str
    phone_field: str = DEFAULT_PHONE_FIELD
    constant_fields: tuple[tuple[str, str], ...] = ()
    usercode_item: str = DEFAULT_ITEMS["usercode"]
    name_item: str = DEFAULT_ITEMS["name"]
    email_item: str = DEFAULT_ITEMS["email"]
    phone_item: str = DEFAULT_ITEMS["phone"]
    encryption: bool = False
    phone_format: PhoneFormat = PhoneFormat.NATIONAL_DIGITS

    def validated(self) -> CallerLookupConfig:
        """A cleaned copy, or ConfigurationError naming the first problem."""
        phone_field = _check_name(self.phone_field, "request field for the phone number")
        constants: list[tuple[str, str]] = []
        seen = {phone_field}
        if len(self.constant_fields) > MAX_CONSTANTS:
            raise ConfigurationError("the caller lookup has too many constant fields")
        for name, value in self.constant_fields:
            key = _check_name(str(name), "constant field name")
            if key in seen:
                raise ConfigurationError(f"the caller lookup field {key!r} is given twice")
            text = str(value)
            if len(text) > MAX_CONSTANT_VALUE or _has_control(text):
                raise ConfigurationError(f"the value of the caller lookup field {key!r} is not usable")
            seen.add(key)
            constants.append((key, text))
        items = {
            part: _check_name(getattr(self, f"{part}_item"), f"result item for the {part}", allow_empty=True)
            for part in DEFAULT_ITEMS
        }
        if not any(items.values()):
            raise ConfigurationError("the caller lookup maps no result item")
        return replace(
            self,
            url=check_lookup_url(self.url),
            phone_field=phone_field,
            constant_fields=tuple(constants),
            usercode_item=items["usercode"],
            name_item=items["name"],
            email_item=items["email"],
            phone_item=items["phone"],
        )

    def request_body(self, phone_text: str) -> dict[str, str]:
        """The JSON object to send: the phone field first, then the constants."""
        body = {self.phone_field: phone_text}
        for name, value in self.constant_fields:
            body.setdefault(name, value)
        return body

    def to_dict(self) -> dict[str, object]:
        return {
            "url": self.url,
            "phone_field": self.phone_field,
            "constant_fields": [[name, value] for name, value in self.constant_fields],
            "usercode_item": self.usercode_item,
            "name_item": self.name_item,
            "email_item": self.email_item,
            "phone_item": self.phone_item,
            "encryption": self.encryption,
            "phone_format": self.phone_format.value,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CallerLookupConfig:
        """Lenient about shape (missing or mistyped keys take defaults), strict about meaning:
        raises ConfigurationError when the result cannot work (bad URL, no field names)."""
        if not isinstance(data, Mapping):
            raise ConfigurationError("the caller lookup settings are not readable")

        def text(key: str, default: str) -> str:
            value = data.get(key, default)
            return value if isinstance(value, str) else default

        constants: list[tuple[str, str]] = []
        raw = data.get("constant_fields", [])
        if isinstance(raw, Mapping):
            raw = list(raw.items())
        if isinstance(raw, list | tuple):
            for item in raw:
                if isinstance(item, list | tuple) and len(item) == 2 and isinstance(item[0], str):
                    value = item[1]
                    if isinstance(value, str | int | float) and not isinstance(value, bool):
                        constants.append((item[0], str(value)))
        try:
            phone_format = PhoneFormat(text("phone_format", PhoneFormat.NATIONAL_DIGITS.value))
        except ValueError:
            phone_format = PhoneFormat.NATIONAL_DIGITS
        encryption = data.get("encryption", False)
        config = cls(
            url=text("url", ""),
            phone_field=text("phone_field", DEFAULT_PHONE_FIELD),
            constant_fields=tuple(constants),
            usercode_item=text("usercode_item", DEFAULT_ITEMS["usercode"]),
            name_item=text("name_item", DEFAULT_ITEMS["name"]),
            email_item=text("email_item", DEFAULT_ITEMS["email"]),
            phone_item=text("phone_item", DEFAULT_ITEMS["phone"]),
            encryption=encryption if isinstance(encryption, bool) else False,
            phone_format=phone_format,
        )
        return config.validated()


def _result_text(value: object) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = "".join(c for c in str(value) if not _has_control(c)).strip()
    return text[:MAX_RESULT_TEXT] or None


@dataclass(frozen=True, slots=True, repr=False)
class CallerIdentity:
    """Who is calling, as far as the lookup knows (every part optional)."""

    usercode: str | None = None
    name: str | None = None
    email: str | None = None
    phone: str | None = None

    @property
    def known(self) -> bool:
        """True when the lookup identified someone (a user code, name or e-mail came back)."""
        return bool(self.usercode or self.name or self.email)

    @classmethod
    def from_result(cls, data: Mapping[str, object], config: CallerLookupConfig) -> CallerIdentity:
        """Map a ``data`` object through the configured result items (unknown types dropped)."""

        def item(name: str) -> str | None:
            return _result_text(data.get(name)) if name else None

        return cls(
            usercode=item(config.usercode_item),
            name=item(config.name_item),
            email=item(config.email_item),
            phone=item(config.phone_item),
        )

    def with_phone(self, phone: str) -> CallerIdentity:
        return replace(self, phone=self.phone or phone)

    def __repr__(self) -> str:
        return (
            f"CallerIdentity(usercode={self.usercode!r}, name={'…' if self.name else None}, "
            f"email={mask_email(self.email) if self.email else None!r}, "
            f"phone={mask_phone(self.phone) if self.phone else None!r})"
        )
