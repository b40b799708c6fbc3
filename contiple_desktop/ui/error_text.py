"""Every error type becomes translated, actionable text: a title, a message and a hint.

The single error presenter and inline error labels (form fields, attachment rows) all use
``describe``; nothing else in the UI formats exceptions. Each type in ``errors.py`` has its own
wording that says what happened *and* what the agent (or their administrator) can do about it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from contiple_desktop import errors
from contiple_desktop.ui.error_words import (
    ErrorText,
    describe_api,
    describe_caller_lookup,
    describe_file_rule,
)

__all__ = ["ErrorText", "describe"]


def describe(exc: BaseException, *, host: str | None = None) -> ErrorText:
    """Translated text for ``exc``; unknown exceptions get a generic, honest message.

    ``host`` (the service's host name) is named in network messages when given.
    """
    if isinstance(exc, errors.ContipleError):
        text = _describe_contiple(exc, host or "")
        if exc.ambiguous:
            text = ErrorText(
                text.title,
                text.message,
                QCoreApplication.translate(
                    "ErrorText",
                    "The request may have reached Contiple although no answer came back. "
                    "Check the customer's ticket list before sending it again.",
                ),
            )
        return text
    return ErrorText(
        QCoreApplication.translate("ErrorText", "Unexpected error"),
        QCoreApplication.translate("ErrorText", "An unexpected error occurred: %1").replace(
            "%1", type(exc).__name__
        ),
        QCoreApplication.translate(
            "ErrorText", "Use \u201cCopy details\u201d and send the text to your IT support."
        ),
    )


def _describe_contiple(exc: errors.ContipleError, host: str) -> ErrorText:
    busy_or_date = _describe_busy_or_bad_date(exc)
    if busy_or_date is not None:
        return busy_or_date
    if isinstance(exc, errors.Cancelled):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Cancelled"),
            QCoreApplication.translate("ErrorText", "The operation was cancelled."),
        )
    if isinstance(exc, errors.LocalFileError):
        return describe_file_rule(exc.rule, exc.file_name)
    if isinstance(exc, errors.UploadRejectedError):
        return describe_file_rule(exc.rule, "")
    if isinstance(exc, errors.ConfigurationError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "The connection profile cannot be used"),
            QCoreApplication.translate(
                "ErrorText", "The connection settings are incomplete or invalid: %1"
            ).replace("%1", str(exc)),
            QCoreApplication.translate(
                "ErrorText",
                "Open File \u25b8 Connection profiles\u2026 and check the domain, service ID and "
                "organization ID.",
            ),
        )
    if isinstance(exc, errors.KeyringUnavailableError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "No password store"),
            QCoreApplication.translate(
                "ErrorText", "This PC has no system keyring, so the API key cannot be stored safely."
            ),
            QCoreApplication.translate(
                "ErrorText",
                "Ask IT to enable a keyring (GNOME Keyring, KWallet, Windows Credential "
                "Manager), or enter the key for this session only.",
            ),
        )
    if isinstance(exc, errors.KeyringLockedError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Password store locked"),
            QCoreApplication.translate(
                "ErrorText", "The system keyring is locked or refused access to the API key."
            ),
            QCoreApplication.translate(
                "ErrorText", "Unlock the keyring (accept its prompt or sign in again), then retry."
            ),
        )
    if isinstance(exc, errors.SecretStoreError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Password store error"),
            QCoreApplication.translate(
                "ErrorText", "The system keyring could not store or return the API key."
            ),
            QCoreApplication.translate(
                "ErrorText", "Try again; if it keeps failing, enter the key for this session only."
            ),
        )
    if isinstance(exc, errors.CallerLookupError):
        return describe_caller_lookup(exc)
    if isinstance(exc, errors.TransportError):
        return _describe_transport(exc, host)
    if isinstance(exc, errors.ApiError):
        return describe_api(exc)
    return ErrorText(
        QCoreApplication.translate("ErrorText", "Something went wrong"),
        str(exc),
        QCoreApplication.translate(
            "ErrorText", "Use \u201cCopy details\u201d and send the text to your IT support."
        ),
    )


def _describe_busy_or_bad_date(exc: errors.ContipleError) -> ErrorText | None:
    """The network guard's errors: a busy service that said when to return; a server clock
    that cannot be believed. None for every other error."""
    if isinstance(exc, errors.RetryLaterError):
        if exc.retry_after_s < 60:
            seconds = max(1, round(exc.retry_after_s))
            message = QCoreApplication.translate(
                "ErrorText", "Contiple is busy. Try again in %n second(s).", None, seconds
            )
        else:
            at = QLocale().toString(
                QDateTime.fromMSecsSinceEpoch(exc.retry_at_ms).time(), QLocale.FormatType.ShortFormat
            )
            message = QCoreApplication.translate("ErrorText", "Contiple is busy. Try again at %1.").replace(
                "%1", at
            )
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Contiple is busy"),
            message,
            QCoreApplication.translate(
                "ErrorText",
                "Nothing was changed. If it happens often, Contiple may be under maintenance.",
            ),
        )
    if isinstance(exc, errors.ImplausibleServerDateError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "The server's clock looks wrong"),
            QCoreApplication.translate(
                "ErrorText",
                "Contiple refused the request time, and the time its server reported (%1) "
                "cannot be right, so it was ignored.",
            ).replace("%1", exc.server_date or "?"),
            QCoreApplication.translate(
                "ErrorText",
                "Check that this PC's date and time are correct. If they are, the problem is on "
                "Contiple's side: try again in a few minutes and tell IT if it continues.",
            ),
        )
    return None


def _describe_transport(exc: errors.TransportError, host: str) -> ErrorText:
    where = host or QCoreApplication.translate("ErrorText", "the Contiple service")
    if isinstance(exc, errors.RequestTimeout):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "No answer in time"),
            QCoreApplication.translate("ErrorText", "%1 did not answer in time.").replace("%1", where),
            QCoreApplication.translate(
                "ErrorText", "The service or the network may be slow. Wait a moment and try again."
            ),
        )
    if isinstance(exc, errors.MalformedResponseError):
        status = str(exc.http_status) if exc.http_status else "?"
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Unexpected answer from the server"),
            QCoreApplication.translate(
                "ErrorText", "The server answered with something that is not a Contiple response (HTTP %1)."
            ).replace("%1", status),
            QCoreApplication.translate(
                "ErrorText",
                "A proxy, a login page of the office network or Contiple maintenance "
                "may be in the way. Try again later or ask IT.",
            ),
        )
    return ErrorText(
        QCoreApplication.translate("ErrorText", "Cannot reach Contiple"),
        QCoreApplication.translate("ErrorText", "Could not connect to %1.").replace("%1", where),
        QCoreApplication.translate(
            "ErrorText", "Check the network connection and, if your office uses one, the VPN."
        ),
    )
