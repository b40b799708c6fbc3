"""The words of "Test connection": one translated sentence per probe finding.

``tasks.connection_probe`` reports what it found as codes and facts; this module is the only
place that turns them into text (translation context ``ConnectionTest``). The test report, the
profiles dialog and its tests all read findings through ``finding_text``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from contiple_desktop.tasks.connection_ops import Finding, Severity
from contiple_desktop.ui.formatting import fill, join_list


def _minutes(ms: int) -> int:
    return max(1, round(abs(ms) / 60_000))


class ConnectionTest(QObject):
    """The clock sentences, as ``self.tr(…, "", n)`` so that lupdate makes them plural messages
    ("1 minute" / "2 minutes") in the same translation context as the rest of this module."""

    def behind(self, minutes: int) -> str:
        return self.tr(
            "This PC's clock is off by %n minute(s) (behind the server). Requests still work "
            "because the app corrects for it, but please set the clock automatically.",
            "",
            minutes,
        )

    def ahead(self, minutes: int) -> str:
        return self.tr(
            "This PC's clock is off by %n minute(s) (ahead of the server). Requests still work "
            "because the app corrects for it, but please set the clock automatically.",
            "",
            minutes,
        )

    def refused(self, minutes: int) -> str:
        return self.tr(
            "This PC's clock is off by %n minute(s), and the server refuses requests "
            "whose time differs by more than 5 minutes. Set the clock correctly "
            "(automatic time).",
            "",
            minutes,
        )


def _clock(p: Mapping[str, Any], severity: Severity) -> str:
    skew = p.get("skew_ms")
    words = ConnectionTest()
    if severity is not Severity.ERROR and isinstance(skew, int):
        return words.behind(_minutes(skew)) if skew > 0 else words.ahead(_minutes(skew))
    if isinstance(skew, int):
        return words.refused(_minutes(skew))
    return QCoreApplication.translate(
        "ConnectionTest",
        "The server refuses this PC's time (more than 5 minutes off). Set the "
        "clock correctly (automatic time).",
    )


def _unreachable(p: Mapping[str, Any]) -> str:
    if p.get("timeout"):
        return fill(
            QCoreApplication.translate(
                "ConnectionTest",
                "Cannot reach %1: no answer in time. Check the address, the network "
                "connection, and any proxy or firewall.",
            ),
            p.get("url", ""),
        )
    return fill(
        QCoreApplication.translate(
            "ConnectionTest",
            "Cannot reach %1: the host name was not found or the connection was "
            "refused (%2). Check the environment and domain, the network "
            "connection, and any proxy or firewall.",
        ),
        p.get("url", ""),
        p.get("detail", ""),
    )


_SIMPLE: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "unexpected": lambda p: fill(
        QCoreApplication.translate("ConnectionTest", "The test stopped because of an unexpected error: %1"),
        p.get("error", ""),
    ),
    "service_id_missing": lambda p: QCoreApplication.translate("ConnectionTest", "Enter the service ID."),
    "organization_id_format": lambda p: QCoreApplication.translate(
        "ConnectionTest", "The organization ID usually has 16 letters and digits (e.g. AbcdE1fghIj23K4x)."
    ),
    "service_ok": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest", "Reached the service \u201c%1\u201d at %2 (languages: %3)."
        ),
        p.get("name", ""),
        p.get("url", ""),
        join_list(p.get("languages", ())),
    ),
    "language_unsupported": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest",
            "The service does not offer the content language \u201c%1\u201d; "
            "it will answer in \u201c%2\u201d.",
        ),
        p.get("language", ""),
        p.get("default", ""),
    ),
    "key_missing": lambda p: QCoreApplication.translate(
        "ConnectionTest", "Enter the API key to test signed requests."
    ),
    "signed_ok": lambda p: QCoreApplication.translate(
        "ConnectionTest", "The API key and the organization ID were accepted."
    ),
    "insecure_url": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest",
            "Plain http to %1 is refused: the API key would travel unprotected. Use an "
            "https address (plain http is allowed only for this computer).",
        ),
        p.get("url", ""),
    ),
    "bad_url": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest", "\u201c%1\u201d is not a usable web address (https://\u2026)."
        ),
        p.get("url", ""),
    ),
    "bad_domain": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest",
            "\u201c%1\u201d is not a Contiple domain: use letters, digits and hyphens only (e.g. nhn-cs).",
        ),
        p.get("url", ""),
    ),
    "unreachable": _unreachable,
    "not_contiple": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest",
            "%1 answered, but not like a Contiple server (HTTP %2, not the "
            "Contiple JSON format). Check the environment, domain or custom "
            "address.",
        ),
        p.get("url", ""),
        p.get("status") if p.get("status") is not None else "?",
    ),
    "service_unknown": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest",
            "%1 does not know the service ID \u201c%2\u201d. Service IDs are "
            "case-sensitive: copy it from Service Management.",
        ),
        p.get("url", ""),
        p.get("service_id", ""),
    ),
    "ip_not_allowed": lambda p: QCoreApplication.translate(
        "ConnectionTest",
        "This PC's IP address is not on the service's list of allowed "
        "addresses. Ask a Contiple administrator to add it.",
    ),
    "open_api_disabled": lambda p: fill(
        QCoreApplication.translate(
            "ConnectionTest",
            "The Open API is not enabled for the service \u201c%1\u201d (no "
            "API key exists). An administrator enables it in Service "
            "Management \u2192 Authentication.",
        ),
        p.get("service_id", ""),
    ),
    "bad_credentials": lambda p: QCoreApplication.translate(
        "ConnectionTest",
        "The server rejected the signature: the API key or the organization ID "
        "is wrong (either one is possible). The domain and service ID are "
        "right, because the unsigned request succeeded.",
    ),
    "signed_transport": lambda p: fill(
        QCoreApplication.translate("ConnectionTest", "The signed request failed: %1"), p.get("detail", "")
    ),
    "server_error": lambda p: fill(
        QCoreApplication.translate("ConnectionTest", "The server answered with an error: %1"),
        p.get("detail", ""),
    ),
}


def finding_text(finding: Finding) -> str:
    """The translated sentence for ``finding`` (an unknown code is shown as the code itself)."""
    if finding.code == "clock_skew":
        return _clock(finding.params, finding.severity)
    words = _SIMPLE.get(finding.code)
    return words(finding.params) if words is not None else finding.code
