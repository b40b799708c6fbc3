"""The "Test connection" probe: one unsigned and one signed call, turned into findings.

``run_connection_test`` is blocking (a worker runs it through ``connection_ops.test_connection``).
It builds a throwaway ``ContipleClient`` with no GET retries and short timeouts, calls
``service()`` (unsigned: is this a Contiple server, does it know the service?) and then
``customer_tickets("contiple-desktop-probe", page_size=1)`` (signed: key, organization ID,
allowed IP, clock) and reports every outcome as a ``Finding``: a severity, a stable ``code``
and the facts that go into its message (``params``). The words are the ui's
(``ui/profiles/connection_text.py``); nothing here is translated. Nothing raises except
``Cancelled``.

Codes and their params: ``unexpected`` (error); ``service_id_missing``;
``organization_id_format``; ``insecure_url`` / ``bad_url`` / ``bad_domain`` (url);
``unreachable`` (url, timeout, detail); ``not_contiple`` (url, status); ``service_unknown``
(url, service_id); ``service_ok`` (name, url, languages); ``language_unsupported`` (language,
default); ``key_missing``; ``clock_skew`` (skew_ms: None when unknown; a WARNING when requests
still work, an ERROR when the server refuses them); ``ip_not_allowed``; ``open_api_disabled``
(service_id); ``bad_credentials``; ``signed_transport`` (detail); ``server_error`` (detail);
``signed_ok``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from contiple_desktop import errors
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.profile import ConnectionProfile, Environment

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

PROBE_USERCODE = "contiple-desktop-probe"
CLOCK_WARNING_MS = 60_000
ORG_ID_RE = re.compile(r"[A-Za-z0-9]{16}")


class Severity(enum.Enum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the test report: ``code`` is stable (tests, icons, wording), ``params`` are
    the facts its message names."""

    severity: Severity
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    ok: bool
    base_url: str
    service_name: str = ""
    languages: tuple[str, ...] = ()
    clock_skew_ms: int | None = None
    findings: tuple[Finding, ...] = ()

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]


def safe_base_url(profile: ConnectionProfile) -> str:
    try:
        return profile.base_url
    except errors.ConfigurationError:
        return profile.custom_url if profile.custom_url else profile.domain


def finding_for_unexpected(exc: BaseException) -> Finding:
    return Finding(Severity.ERROR, "unexpected", {"error": type(exc).__name__})


def run_connection_test(
    profile: ConnectionProfile, api_key: str, *, cancel: CancelToken | None = None, **client_kwargs: Any
) -> ConnectionReport:
    """The blocking body of ``test_connection`` (also usable from scripts and benchmarks)."""
    findings: list[Finding] = []
    base_url = safe_base_url(profile)

    def report(**extra: Any) -> ConnectionReport:
        ok = not any(f.severity is Severity.ERROR for f in findings)
        return ConnectionReport(ok, base_url, findings=tuple(findings), **extra)

    try:
        base_url = profile.base_url
    except errors.ConfigurationError:
        findings.append(_configuration_finding(profile))
        return report()
    if not profile.service_id.strip():
        findings.append(Finding(Severity.ERROR, "service_id_missing"))
        return report()
    if not ORG_ID_RE.fullmatch(profile.organization_id.strip()):
        findings.append(Finding(Severity.WARNING, "organization_id_format"))
    from contiple_desktop.api.client import make_client  # the protocol stack loads when first probed

    kwargs: dict[str, Any] = {"get_retries": 0, "connect_timeout": 5.0, "read_timeout": 15.0}
    kwargs.update(client_kwargs)
    try:
        client = make_client(profile, api_key or "-", **kwargs)
    except errors.ConfigurationError:
        findings.append(_configuration_finding(profile))
        return report()
    try:
        return _probe(client, profile, api_key, base_url, findings, report, cancel)
    finally:
        client.close()


def _probe(
    client: ContipleClient,
    profile: ConnectionProfile,
    api_key: str,
    base_url: str,
    findings: list[Finding],
    report: Callable[..., ConnectionReport],
    cancel: CancelToken | None,
) -> ConnectionReport:
    # 1. unsigned: is this a Contiple server, and does it know the service?
    try:
        info = client.service(cancel=cancel)
    except errors.Cancelled:
        raise
    except errors.ContipleError as exc:
        findings.append(_unsigned_finding(exc, profile, base_url))
        return report()
    languages = tuple(lang.code for lang in info.languages) or (info.default_language,)
    findings.append(
        Finding(
            Severity.OK,
            "service_ok",
            {"name": info.name or info.service_id, "url": base_url, "languages": languages},
        )
    )
    if profile.language and profile.language not in languages:
        findings.append(
            Finding(
                Severity.WARNING,
                "language_unsupported",
                {"language": profile.language, "default": info.default_language},
            )
        )
    extra: dict[str, Any] = {"service_name": info.name, "languages": languages}
    # 2. signed: are the key, the organization ID, the IP and the clock accepted?
    if not api_key.strip():
        findings.append(Finding(Severity.ERROR, "key_missing"))
        return report(**extra)
    try:
        client.customer_tickets(PROBE_USERCODE, page_size=1, cancel=cancel)
    except errors.Cancelled:
        raise
    except errors.NotFoundError:
        pass  # the signature was accepted; the probe customer simply does not exist
    except errors.ContipleError as exc:
        findings.append(_signed_finding(exc, profile))
        skew = getattr(exc, "skew_ms", None) if isinstance(exc, errors.ClockSkewError) else None
        return report(clock_skew_ms=skew if skew is not None else client.clock_skew_ms, **extra)
    findings.append(Finding(Severity.OK, "signed_ok"))
    skew_ms = client.clock_skew_ms
    if abs(skew_ms) > CLOCK_WARNING_MS:
        findings.append(Finding(Severity.WARNING, "clock_skew", {"skew_ms": skew_ms}))
    return report(clock_skew_ms=skew_ms, **extra)


def _configuration_finding(profile: ConnectionProfile) -> Finding:
    url = (profile.custom_url if profile.environment is Environment.CUSTOM else profile.domain).strip()
    parts = urlsplit(url)
    if profile.environment is Environment.CUSTOM and parts.scheme == "http" and parts.hostname:
        return Finding(Severity.ERROR, "insecure_url", {"url": url})
    if profile.environment is Environment.CUSTOM:
        return Finding(Severity.ERROR, "bad_url", {"url": url})
    return Finding(Severity.ERROR, "bad_domain", {"url": url})


def _unsigned_finding(exc: errors.ContipleError, profile: ConnectionProfile, base_url: str) -> Finding:
    if isinstance(exc, errors.RequestTimeout):
        return Finding(
            Severity.ERROR, "unreachable", {"url": base_url, "timeout": True, "detail": exc.message}
        )
    if isinstance(exc, errors.NetworkError):
        return Finding(
            Severity.ERROR, "unreachable", {"url": base_url, "timeout": False, "detail": exc.message}
        )
    if isinstance(exc, errors.MalformedResponseError):
        return Finding(Severity.ERROR, "not_contiple", {"url": base_url, "status": exc.http_status})
    if isinstance(exc, errors.NotFoundError):
        return Finding(Severity.ERROR, "service_unknown", {"url": base_url, "service_id": profile.service_id})
    return _generic_finding(exc)


def _signed_finding(exc: errors.ContipleError, profile: ConnectionProfile) -> Finding:
    if isinstance(exc, errors.ClockSkewError):
        return Finding(Severity.ERROR, "clock_skew", {"skew_ms": exc.skew_ms})
    if isinstance(exc, errors.ForbiddenError):
        if exc.cause is errors.ForbiddenCause.IP_NOT_ALLOWED:
            return Finding(Severity.ERROR, "ip_not_allowed")
        return Finding(Severity.ERROR, "open_api_disabled", {"service_id": profile.service_id})
    if isinstance(exc, errors.AuthError) and exc.cause is errors.AuthCause.AUTHORIZATION_INCORRECT:
        return Finding(Severity.ERROR, "bad_credentials")
    if isinstance(exc, errors.TransportError):
        return Finding(Severity.ERROR, "signed_transport", {"detail": exc.message or type(exc).__name__})
    return _generic_finding(exc)


def _generic_finding(exc: errors.ContipleError) -> Finding:
    code = getattr(exc, "result_code", None)
    detail = exc.message or type(exc).__name__
    if code is not None:
        detail = f"{detail} ({code})"
    return Finding(Severity.ERROR, "server_error", {"detail": detail})
