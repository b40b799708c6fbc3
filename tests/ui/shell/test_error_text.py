"""``describe`` has specific, actionable text for every error type and cause in errors.py."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QDateTime, QLocale

from contiple_desktop import errors as E
from contiple_desktop.ui.error_text import ErrorText, describe

GENERIC_TITLES = {"Something went wrong", "Unexpected error"}


def samples() -> list[E.ContipleError]:
    return [
        E.Cancelled(),
        E.CancelledAfterSend(endpoint="create ticket"),
        E.ConfigurationError("plain http is only allowed for a loopback address; use https"),
        E.SecretStoreError("x"),
        E.KeyringUnavailableError("x"),
        E.KeyringLockedError("x"),
        E.LocalFileError(E.FileRule.TOO_LARGE, "big.png"),
        E.TransportError("x"),
        E.NetworkError("refused", endpoint="service"),
        E.RequestTimeout("slow", endpoint="service"),
        E.MalformedResponseError("html", http_status=502, snippet="<html>"),
        E.RetryLaterError("busy", retry_after_s=3600.0, retry_at_ms=1_700_000_000_000),
        E.RetryLaterError("busy", retry_after_s=4.0, retry_at_ms=1_700_000_000_000),
        E.ApiError(7777, "odd"),
        *(E.AuthError(c.value or "something else") for c in E.AuthCause),
        E.ClockSkewError("X-TC-Timestamp is expired", skew_ms=-7 * 60_000),
        E.ImplausibleServerDateError(
            "X-TC-Timestamp is expired", server_date="Mon, 01 Jan 1900 00:00:00 GMT", server_offset_ms=None
        ),
        E.ForbiddenError("securityKey is null"),
        E.ForbiddenError("clientIp is not allowed"),
        E.ForbiddenError("Access Denied"),
        E.NotFoundError(404, "Not Data Found"),
        E.ConflictError(9007, "exists"),
        E.ValidationError([E.FieldError("title", "3", E.ValidationKind.REQUIRED)]),
        E.SpamLimitError(1001, "limit"),
        E.SpamLimitError(1002, "limit"),
        E.UploadRejectedError(4003, "ext"),
        E.ServerError(500, "Server Error"),
        *(E.CallerLookupError(r, http_status=500) for r in E.CallerLookupReason),
    ]


def test_every_error_class_is_covered() -> None:
    classes = {c for _, c in inspect.getmembers(E, inspect.isclass) if issubclass(c, E.ContipleError)}
    covered = {type(s) for s in samples()}
    assert classes - covered == {E.ContipleError}


@pytest.mark.parametrize("exc", samples(), ids=lambda e: f"{type(e).__name__}-{e}")
def test_specific_text(exc: E.ContipleError, qapp: object) -> None:
    text = describe(exc)
    assert isinstance(text, ErrorText)
    assert text.title and text.message
    if not isinstance(exc, E.ApiError) or type(exc) is not E.ApiError:
        assert text.title not in GENERIC_TITLES


def test_auth_causes_have_distinct_messages(qapp: object) -> None:
    messages = {describe(E.AuthError(c.value or "?")).message for c in E.AuthCause}
    assert len(messages) == len(E.AuthCause)


def test_busy_says_when_and_bad_server_date_says_which(qapp: object) -> None:
    soon = describe(E.RetryLaterError("busy", retry_after_s=4.2, retry_at_ms=0))
    assert "4 second" in soon.message and soon.title == "Contiple is busy"
    at_ms = 1_700_000_000_000 + 3_600_000
    later = describe(E.RetryLaterError("busy", retry_after_s=3600.0, retry_at_ms=at_ms))
    hh_mm = QLocale().toString(QDateTime.fromMSecsSinceEpoch(at_ms).time(), QLocale.FormatType.ShortFormat)
    assert hh_mm in later.message
    bad = E.ImplausibleServerDateError("expired", server_date="Mon, 01 Jan 1900", server_offset_ms=None)
    assert "Mon, 01 Jan 1900" in describe(bad).message and describe(bad).title != "PC clock is off"


def test_details_that_matter_are_named(qapp: object) -> None:
    assert "example.oc.nhncloud.com" in describe(E.NetworkError("x"), host="example.oc.nhncloud.com").message
    assert "VPN" in describe(E.NetworkError("x")).hint
    skew = describe(E.ClockSkewError("X-TC-Timestamp is expired", skew_ms=-7 * 60_000))
    assert "7 minutes" in skew.message and "ahead" in skew.message
    behind = describe(E.ClockSkewError("X-TC-Timestamp is expired", skew_ms=9 * 60_000 + 1000))
    assert "9 minutes behind" in behind.message
    assert "502" in describe(E.MalformedResponseError("x", http_status=502)).message
    assert "proxy" in describe(E.MalformedResponseError("x")).hint
    validation = describe(
        E.ValidationError(
            [
                E.FieldError("title", "3", E.ValidationKind.REQUIRED),
                E.FieldError("content", "4", E.ValidationKind.LENGTH),
            ]
        )
    )
    assert "title (required)" in validation.message and "content (too long)" in validation.message
    minute = describe(E.SpamLimitError(1001, "x"))
    day = describe(E.SpamLimitError(1002, "x"))
    assert "one minute" in minute.message and "24 hours" in day.message and minute.message != day.message
    assert "OC-Client-IP" in minute.hint and "Spam Management" in minute.hint
    assert "Open API" in describe(E.ForbiddenError("securityKey is null")).hint
    assert "IP address" in describe(E.ForbiddenError("clientIp is not allowed")).hint
    assert "10 MB" in describe(E.UploadRejectedError(4001, "x")).message
    assert describe(E.LocalFileError(E.FileRule.TOO_MANY, "a.txt")).title == "a.txt"


def test_ambiguous_failures_warn_before_resending(qapp: object) -> None:
    text = describe(E.RequestTimeout("x", ambiguous=True))
    assert "before sending it again" in text.hint


def test_unexpected_exception(qapp: object) -> None:
    text = describe(KeyError("x"))
    assert text.title == "Unexpected error" and "KeyError" in text.message and "Copy details" in text.hint
