"""Connection profiles: where a Contiple service lives and who we are there (never the key)."""

from __future__ import annotations

import enum
import ipaddress
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from contiple_desktop.errors import ConfigurationError

if TYPE_CHECKING:  # imported when needed: start-up does not pay for the lookup and phone modules
    from contiple_desktop.domain.lookup import CallerLookupConfig


class Environment(enum.Enum):
    REAL = "real"
    BETA = "beta"
    ALPHA = "alpha"
    CUSTOM = "custom"


_HOST_SUFFIX = {
    Environment.REAL: "oc.nhncloud.com",
    Environment.BETA: "oc.beta-nhncloud.com",
    Environment.ALPHA: "oc.alpha-nhncloud.com",
}


def is_loopback_host(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """Return ``url`` without a trailing slash, or raise ConfigurationError.

    https is required, except plain http to a loopback address (the embedded simulator).
    """
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigurationError(f"not a web address: {url!r}")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise ConfigurationError("plain http is only allowed for a loopback address; use https")
    if parts.query or parts.fragment:
        raise ConfigurationError("the base address must not carry a query or fragment")
    return url.strip().rstrip("/")


def new_profile_id() -> str:
    """A fresh random profile ID (``uuid`` loads when first needed: start-up makes none)."""
    import uuid

    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class ConnectionProfile:
    """Everything needed to reach one Contiple service, except the API key (keyring only).

    ``caller_lookup``: the organization's caller-lookup API (None = not configured); its
    security key, like the API key, lives in the keyring only.
    ``spam_blocking``: the service has [Spam inquiry blocking] on (3 tickets a minute or 10 a
    day from one IP are refused, §3.14), so the app warns before those limits (``domain.spam``).
    """

    name: str
    service_id: str
    organization_id: str
    environment: Environment = Environment.REAL
    domain: str = ""
    custom_url: str = ""
    oucode: str = ""
    language: str = "ko"
    profile_id: str = field(default_factory=lambda: new_profile_id())
    demo: bool = False
    caller_lookup: CallerLookupConfig | None = None
    spam_blocking: bool = False

    @property
    def base_url(self) -> str:
        if self.environment is Environment.CUSTOM:
            return check_base_url(self.custom_url)
        domain = self.domain.strip().lower()
        if not domain or not all(c.isalnum() or c == "-" for c in domain):
            raise ConfigurationError(f"not a Contiple domain: {self.domain!r}")
        return f"https://{domain}.{_HOST_SUFFIX[self.environment]}"

    def base_url_problem(self) -> str | None:
        """Why the profile has no usable base URL (``ConfigurationError``'s text), or None."""
        try:
            _ = self.base_url
        except ConfigurationError as exc:
            return str(exc)
        return None

    def base_url_or_none(self) -> str | None:
        """The base URL, or None while the address is incomplete or unusable."""
        return None if self.base_url_problem() is not None else self.base_url

    def with_changes(self, **changes: object) -> ConnectionProfile:
        return replace(self, **changes)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "name": self.name,
            "service_id": self.service_id,
            "organization_id": self.organization_id,
            "environment": self.environment.value,
            "domain": self.domain,
            "custom_url": self.custom_url,
            "oucode": self.oucode,
            "language": self.language,
            "profile_id": self.profile_id,
        }
        if self.spam_blocking:
            out["spam_blocking"] = True
        if self.caller_lookup is not None:
            out["caller_lookup"] = self.caller_lookup.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ConnectionProfile:
        def text(key: str, default: str = "") -> str:
            value = data.get(key, default)
            return value if isinstance(value, str) else default

        try:
            env = Environment(text("environment", "real"))
        except ValueError:
            env = Environment.REAL
        return cls(
            name=text("name"),
            service_id=text("service_id"),
            organization_id=text("organization_id"),
            environment=env,
            domain=text("domain"),
            custom_url=text("custom_url"),
            oucode=text("oucode"),
            language=text("language", "ko") or "ko",
            profile_id=text("profile_id") or new_profile_id(),
            caller_lookup=_caller_lookup(data.get("caller_lookup")),
            spam_blocking=data.get("spam_blocking") is True,
        )


def _caller_lookup(data: object) -> CallerLookupConfig | None:
    """The stored lookup settings; absent (older files) or unusable → None, never an error:
    a hand-edited lookup must not make the whole profile unloadable."""
    if not isinstance(data, dict):
        return None
    from contiple_desktop.domain.lookup import CallerLookupConfig

    try:
        return CallerLookupConfig.from_dict(data)
    except ConfigurationError:
        return None
