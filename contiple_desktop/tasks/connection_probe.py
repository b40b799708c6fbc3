"""The "Test connection" probe: one unsigned and one signed call, turned into findings.

``run_connection_test`` is blocking (a worker runs it through ``connection_ops.test_connection``).
It builds a throwaway ``ContipleClient`` with no GET retries and short timeouts, calls
``service()`` (unsigned: is this a Contiple server, does it know the service?) and then
``customer_tickets("contiple-desktop-probe", page_size=1)`` (signed: key, organization ID,
allowed IP, clock) and reports every outcome as a ``Finding`` with a severity, a stable
``code`` and a precise, translated message. Nothing here raises except ``Cancelled``.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from contiple_desktop import errors as E
from contiple_desktop.api.client import ContipleClient
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.profile import ConnectionProfile, Environment

PROBE_USERCODE = "contiple-desktop-probe"
CLOCK_WARNING_MS = 60_000
ORG_ID_RE = re.compile(r"[A-Za-z0-9]{16}")


def _fmt(text: str, *args: object) -> str:
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(arg))
    return text


def make_client(profile: ConnectionProfile, api_key: str, **kwargs: Any) -> ContipleClient:
    """A ``ContipleClient`` for ``profile`` (raises ``ConfigurationError`` for a bad address).

    The only place in ``tasks`` that constructs a client; everything else uses the session's.
    """
    return ContipleClient(profile, api_key, **kwargs)


class Severity(enum.Enum):
    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Finding:
    """One line of the test report. ``code`` is stable (tests, icons); ``message`` translated."""

    severity: Severity
    code: str
    message: str


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
    except E.ConfigurationError:
        return profile.custom_url if profile.custom_url else profile.domain


def finding_for_unexpected(exc: BaseException) -> Finding:
    return Finding(
        Severity.ERROR,
        "unexpected",
        _fmt(
            QCoreApplication.translate(
                "ConnectionTest", "The test stopped because of an unexpected error: %1"
            ),
            type(exc).__name__,
        ),
    )


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
    except E.ConfigurationError:
        findings.append(_configuration_finding(profile))
        return report()
    if not profile.service_id.strip():
        findings.append(
            Finding(
                Severity.ERROR,
                "service_id_missing",
                QCoreApplication.translate("ConnectionTest", "Enter the service ID."),
            )
        )
        return report()
    if not ORG_ID_RE.fullmatch(profile.organization_id.strip()):
        findings.append(
            Finding(
                Severity.WARNING,
                "organization_id_format",
                QCoreApplication.translate(
                    "ConnectionTest",
                    "The organization ID usually has 16 letters and digits (e.g. AbcdE1fghIj23K4x).",
                ),
            )
        )
    kwargs: dict[str, Any] = {"get_retries": 0, "connect_timeout": 5.0, "read_timeout": 15.0}
    kwargs.update(client_kwargs)
    try:
        client = make_client(profile, api_key or "-", **kwargs)
    except E.ConfigurationError:
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
    except E.Cancelled:
        raise
    except E.ContipleError as exc:
        findings.append(_unsigned_finding(exc, profile, base_url))
        return report()
    languages = tuple(lang.code for lang in info.languages) or (info.default_language,)
    findings.append(
        Finding(
            Severity.OK,
            "service_ok",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest", "Reached the service \u201c%1\u201d at %2 (languages: %3)."
                ),
                info.name or info.service_id,
                base_url,
                ", ".join(languages),
            ),
        )
    )
    if profile.language and profile.language not in languages:
        findings.append(
            Finding(
                Severity.WARNING,
                "language_unsupported",
                _fmt(
                    QCoreApplication.translate(
                        "ConnectionTest",
                        "The service does not offer the content language \u201c%1\u201d; "
                        "it will answer in \u201c%2\u201d.",
                    ),
                    profile.language,
                    info.default_language,
                ),
            )
        )
    extra: dict[str, Any] = {"service_name": info.name, "languages": languages}
    # 2. signed: are the key, the organization ID, the IP and the clock accepted?
    if not api_key.strip():
        findings.append(
            Finding(
                Severity.ERROR,
                "key_missing",
                QCoreApplication.translate("ConnectionTest", "Enter the API key to test signed requests."),
            )
        )
        return report(**extra)
    try:
        client.customer_tickets(PROBE_USERCODE, page_size=1, cancel=cancel)
    except E.Cancelled:
        raise
    except E.NotFoundError:
        pass  # the signature was accepted; the probe customer simply does not exist
    except E.ContipleError as exc:
        findings.append(_signed_finding(exc, profile))
        skew = getattr(exc, "skew_ms", None) if isinstance(exc, E.ClockSkewError) else None
        return report(clock_skew_ms=skew if skew is not None else client.clock_skew_ms, **extra)
    findings.append(
        Finding(
            Severity.OK,
            "signed_ok",
            QCoreApplication.translate(
                "ConnectionTest", "The API key and the organization ID were accepted."
            ),
        )
    )
    skew_ms = client.clock_skew_ms
    if abs(skew_ms) > CLOCK_WARNING_MS:
        findings.append(Finding(Severity.WARNING, "clock_skew", _clock_text(skew_ms)))
    return report(clock_skew_ms=skew_ms, **extra)


def _minutes(ms: int) -> int:
    return max(1, round(abs(ms) / 60_000))


def _clock_text(skew_ms: int) -> str:
    minutes = _minutes(skew_ms)
    if skew_ms > 0:
        return QCoreApplication.translate(
            "ConnectionTest",
            "This PC's clock is off by %n minutes (behind the server). Requests still work "
            "because the app corrects for it, but please set the clock automatically.",
            None,
            minutes,
        )
    return QCoreApplication.translate(
        "ConnectionTest",
        "This PC's clock is off by %n minutes (ahead of the server). Requests still work "
        "because the app corrects for it, but please set the clock automatically.",
        None,
        minutes,
    )


def _configuration_finding(profile: ConnectionProfile) -> Finding:
    url = (profile.custom_url if profile.environment is Environment.CUSTOM else profile.domain).strip()
    parts = urlsplit(url)
    if profile.environment is Environment.CUSTOM and parts.scheme == "http" and parts.hostname:
        return Finding(
            Severity.ERROR,
            "insecure_url",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest",
                    "Plain http to %1 is refused: the API key would travel unprotected. Use an "
                    "https address (plain http is allowed only for this computer).",
                ),
                url,
            ),
        )
    if profile.environment is Environment.CUSTOM:
        return Finding(
            Severity.ERROR,
            "bad_url",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest", "\u201c%1\u201d is not a usable web address (https://\u2026)."
                ),
                url,
            ),
        )
    return Finding(
        Severity.ERROR,
        "bad_domain",
        _fmt(
            QCoreApplication.translate(
                "ConnectionTest",
                "\u201c%1\u201d is not a Contiple domain: use letters, digits and hyphens only "
                "(e.g. nhn-cs).",
            ),
            url,
        ),
    )


def _unsigned_finding(exc: E.ContipleError, profile: ConnectionProfile, base_url: str) -> Finding:
    if isinstance(exc, E.RequestTimeout):
        return Finding(
            Severity.ERROR,
            "unreachable",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest",
                    "Cannot reach %1: no answer in time. Check the address, the network "
                    "connection, and any proxy or firewall.",
                ),
                base_url,
            ),
        )
    if isinstance(exc, E.NetworkError):
        return Finding(
            Severity.ERROR,
            "unreachable",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest",
                    "Cannot reach %1: the host name was not found or the connection was "
                    "refused (%2). Check the environment and domain, the network "
                    "connection, and any proxy or firewall.",
                ),
                base_url,
                exc.message,
            ),
        )
    if isinstance(exc, E.MalformedResponseError):
        status = exc.http_status if exc.http_status is not None else "?"
        return Finding(
            Severity.ERROR,
            "not_contiple",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest",
                    "%1 answered, but not like a Contiple server (HTTP %2, not the "
                    "Contiple JSON format). Check the environment, domain or custom "
                    "address.",
                ),
                base_url,
                status,
            ),
        )
    if isinstance(exc, E.NotFoundError):
        return Finding(
            Severity.ERROR,
            "service_unknown",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest",
                    "%1 does not know the service ID \u201c%2\u201d. Service IDs are "
                    "case-sensitive: copy it from Service Management.",
                ),
                base_url,
                profile.service_id,
            ),
        )
    return _generic_finding(exc)


def _signed_finding(exc: E.ContipleError, profile: ConnectionProfile) -> Finding:
    if isinstance(exc, E.ClockSkewError):
        if exc.skew_ms is not None:
            text = QCoreApplication.translate(
                "ConnectionTest",
                "This PC's clock is off by %n minutes, and the server refuses requests "
                "whose time differs by more than 5 minutes. Set the clock correctly "
                "(automatic time).",
                None,
                _minutes(exc.skew_ms),
            )
        else:
            text = QCoreApplication.translate(
                "ConnectionTest",
                "The server refuses this PC's time (more than 5 minutes off). Set the "
                "clock correctly (automatic time).",
            )
        return Finding(Severity.ERROR, "clock_skew", text)
    if isinstance(exc, E.ForbiddenError):
        if exc.cause is E.ForbiddenCause.IP_NOT_ALLOWED:
            return Finding(
                Severity.ERROR,
                "ip_not_allowed",
                QCoreApplication.translate(
                    "ConnectionTest",
                    "This PC's IP address is not on the service's list of allowed "
                    "addresses. Ask a Contiple administrator to add it.",
                ),
            )
        return Finding(
            Severity.ERROR,
            "open_api_disabled",
            _fmt(
                QCoreApplication.translate(
                    "ConnectionTest",
                    "The Open API is not enabled for the service \u201c%1\u201d (no "
                    "API key exists). An administrator enables it in Service "
                    "Management \u2192 Authentication.",
                ),
                profile.service_id,
            ),
        )
    if isinstance(exc, E.AuthError) and exc.cause is E.AuthCause.AUTHORIZATION_INCORRECT:
        return Finding(
            Severity.ERROR,
            "bad_credentials",
            QCoreApplication.translate(
                "ConnectionTest",
                "The server rejected the signature: the API key or the organization ID "
                "is wrong (either one is possible). The domain and service ID are "
                "right, because the unsigned request succeeded.",
            ),
        )
    if isinstance(exc, E.TransportError):
        return Finding(
            Severity.ERROR,
            "signed_transport",
            _fmt(
                QCoreApplication.translate("ConnectionTest", "The signed request failed: %1"),
                exc.message or type(exc).__name__,
            ),
        )
    return _generic_finding(exc)


def _generic_finding(exc: E.ContipleError) -> Finding:
    code = getattr(exc, "result_code", None)
    detail = exc.message or type(exc).__name__
    if code is not None:
        detail = f"{detail} ({code})"
    return Finding(
        Severity.ERROR,
        "server_error",
        _fmt(QCoreApplication.translate("ConnectionTest", "The server answered with an error: %1"), detail),
    )
