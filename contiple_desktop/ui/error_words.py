"""Error wording for the protocol's refusals, files and the caller lookup (``ErrorText`` lives here).

``ui.error_text.describe`` is the one entry point; this module holds the longer tables it uses:
the documented authentication causes, 403/404/9007, field validation, spam limits, clock skew,
the upload rules and the organization's customer lookup. Translation context ``ErrorText``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from contiple_desktop import errors
from contiple_desktop.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class ErrorText:
    title: str
    message: str
    hint: str = ""


_AUTH_TEXT = {
    errors.AuthCause.AUTHORIZATION_BLANK: (
        QT_TRANSLATE_NOOP("ErrorText", "The request was sent without a signature."),
        QT_TRANSLATE_NOOP("ErrorText", "Enter the service API key in File \u25b8 Connection profiles\u2026"),
    ),
    errors.AuthCause.TIMESTAMP_NOT_NUMERIC: (
        QT_TRANSLATE_NOOP("ErrorText", "Contiple refused the request time stamp."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "This is a defect in Contiple Desktop. Use \u201cCopy details\u201d and report it.",
        ),
    ),
    errors.AuthCause.TIMESTAMP_EXPIRED: (
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Contiple refused the request because its time stamp is more than 5 minutes off.",
        ),
        QT_TRANSLATE_NOOP("ErrorText", "Check that the PC clock, date and time zone are set correctly."),
    ),
    errors.AuthCause.MULTIPART_WITHOUT_FILE: (
        QT_TRANSLATE_NOOP("ErrorText", "The upload reached Contiple without its file."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Attach the file again. If it happens again, use \u201cCopy details\u201d and report it.",
        ),
    ),
    errors.AuthCause.AUTHORIZATION_INCORRECT: (
        QT_TRANSLATE_NOOP("ErrorText", "Contiple did not accept the API key: the signature is incorrect."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Check the API key and the organization ID in File \u25b8 Connection profiles\u2026 The "
            "administrator may have generated a new key (Service Management \u25b8 Authentication).",
        ),
    ),
    errors.AuthCause.INVALID_PARAMETER: (
        QT_TRANSLATE_NOOP("ErrorText", "Contiple rejected a request parameter."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Use \u201cCopy details\u201d and report it; check the profile's service ID meanwhile.",
        ),
    ),
    errors.AuthCause.UNKNOWN: (
        QT_TRANSLATE_NOOP("ErrorText", "Contiple refused the request's authentication."),
        QT_TRANSLATE_NOOP(
            "ErrorText",
            "Check the API key and organization ID in File \u25b8 Connection profiles\u2026",
        ),
    ),
}


def describe_api(exc: errors.ApiError) -> ErrorText:
    if isinstance(exc, errors.ClockSkewError):
        return describe_skew(exc.skew_ms)
    if isinstance(exc, errors.AuthError):
        message, hint = _AUTH_TEXT[exc.cause]
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Authentication failed"),
            QCoreApplication.translate("ErrorText", message),
            QCoreApplication.translate("ErrorText", hint),
        )
    if isinstance(exc, errors.ForbiddenError):
        if exc.cause is errors.ForbiddenCause.KEY_MISSING:
            return ErrorText(
                QCoreApplication.translate("ErrorText", "Open API not enabled"),
                QCoreApplication.translate(
                    "ErrorText", "This Contiple service has no API key: its Open API is not enabled."
                ),
                QCoreApplication.translate(
                    "ErrorText",
                    "Ask the Contiple administrator to enable the Open API "
                    "(Service Management \u25b8 Authentication) and give you the key.",
                ),
            )
        if exc.cause is errors.ForbiddenCause.IP_NOT_ALLOWED:
            return ErrorText(
                QCoreApplication.translate("ErrorText", "This PC is not allowed"),
                QCoreApplication.translate(
                    "ErrorText", "Contiple does not accept requests from this PC's network address."
                ),
                QCoreApplication.translate(
                    "ErrorText",
                    "Ask the Contiple administrator to allow this PC's IP address in the "
                    "service's security settings.",
                ),
            )
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Access denied"),
            QCoreApplication.translate("ErrorText", "Contiple denied access to this service."),
            QCoreApplication.translate(
                "ErrorText", "Ask the Contiple administrator to check the Open API settings."
            ),
        )
    if isinstance(exc, errors.NotFoundError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Not found"),
            QCoreApplication.translate(
                "ErrorText",
                "Contiple has no such item. It may have been deleted, or the ID or user code is wrong.",
            ),
            QCoreApplication.translate("ErrorText", "Check the user code or reload the list."),
        )
    if isinstance(exc, errors.ConflictError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Already exists"),
            QCoreApplication.translate("ErrorText", "Contiple already has this data."),
            QCoreApplication.translate("ErrorText", "Reload to see the current state before trying again."),
        )
    if isinstance(exc, errors.ValidationError):
        return _describe_validation(exc)
    if isinstance(exc, errors.SpamLimitError):
        return _describe_spam(exc)
    if isinstance(exc, errors.ServerError):
        return ErrorText(
            QCoreApplication.translate("ErrorText", "Contiple server error"),
            QCoreApplication.translate("ErrorText", "Contiple reported an internal error (code %1).").replace(
                "%1", str(exc.result_code)
            ),
            QCoreApplication.translate(
                "ErrorText",
                "Try again in a few minutes. If it persists, use \u201cCopy details\u201d "
                "and send the text to Contiple support.",
            ),
        )
    return ErrorText(
        QCoreApplication.translate("ErrorText", "Request refused"),
        QCoreApplication.translate("ErrorText", "Contiple refused the request (code %1): %2")
        .replace("%1", str(exc.result_code))
        .replace("%2", exc.result_message or ""),
        QCoreApplication.translate(
            "ErrorText", "Use \u201cCopy details\u201d and send the text to your IT support."
        ),
    )


def describe_skew(skew_ms: int | None) -> ErrorText:
    minutes = round(abs(skew_ms) / 60000) if skew_ms is not None else 0
    if skew_ms is None or minutes == 0:
        message = QCoreApplication.translate(
            "ErrorText", "Contiple refused the request time even after correcting for the PC clock."
        )
    elif skew_ms > 0:
        # %n (numerus) for plural-inflecting languages; the server only refuses skews over 5 minutes
        message = QCoreApplication.translate(
            "ErrorText",
            "Your PC clock is %n minutes behind; correct it in the system settings.",
            None,
            minutes,
        )
    else:
        # %n (numerus) for plural-inflecting languages; the server only refuses skews over 5 minutes
        message = QCoreApplication.translate(
            "ErrorText",
            "Your PC clock is %n minutes ahead; correct it in the system settings.",
            None,
            minutes,
        )
    return ErrorText(
        QCoreApplication.translate("ErrorText", "PC clock is off"),
        message,
        QCoreApplication.translate(
            "ErrorText",
            "Turn on \u201cSet time automatically\u201d in the date and time settings, then try again.",
        ),
    )


_KIND_TEXT = {
    errors.ValidationKind.REQUIRED: QT_TRANSLATE_NOOP("ErrorText", "required"),
    errors.ValidationKind.LENGTH: QT_TRANSLATE_NOOP("ErrorText", "too long"),
    errors.ValidationKind.INVALID: QT_TRANSLATE_NOOP("ErrorText", "invalid value"),
    errors.ValidationKind.UNKNOWN: QT_TRANSLATE_NOOP("ErrorText", "not accepted"),
}


def _describe_validation(exc: errors.ValidationError) -> ErrorText:
    items = [f"{e.code} ({QCoreApplication.translate('ErrorText', _KIND_TEXT[e.kind])})" for e in exc.errors]
    listing = ", ".join(items) if items else (exc.result_message or "")
    return ErrorText(
        QCoreApplication.translate("ErrorText", "Some fields were not accepted"),
        QCoreApplication.translate("ErrorText", "Contiple rejected these fields: %1").replace("%1", listing),
        QCoreApplication.translate("ErrorText", "Correct the marked fields and submit again."),
    )


def _describe_spam(exc: errors.SpamLimitError) -> ErrorText:
    if exc.per_minute:
        message = QCoreApplication.translate(
            "ErrorText",
            "Contiple's spam protection counted 3 or more tickets from this "
            "address within one minute and blocks new tickets from it for 24 hours.",
        )
    else:
        message = QCoreApplication.translate(
            "ErrorText",
            "Contiple's spam protection counted 10 or more tickets from this "
            "address within 24 hours and blocks new tickets from it for 24 hours.",
        )
    return ErrorText(
        QCoreApplication.translate("ErrorText", "Ticket limit reached"),
        message,
        QCoreApplication.translate(
            "ErrorText",
            "Ask the administrator to review Service Management \u25b8 Security \u25b8 "
            "Spam Management. Tickets filed with the caller's IP address (OC-Client-IP) are counted "
            "per caller instead of per office.",
        ),
    )


def describe_file_rule(rule: errors.FileRule, file_name: str) -> ErrorText:
    messages = {
        errors.FileRule.TOO_LARGE: QCoreApplication.translate(
            "ErrorText", "Files must be smaller than 10 MB."
        ),
        errors.FileRule.NAME_TOO_LONG: QCoreApplication.translate(
            "ErrorText", "File names must be shorter than 100 characters."
        ),
        errors.FileRule.EXTENSION: QCoreApplication.translate(
            "ErrorText", "This file type cannot be attached."
        ),
        errors.FileRule.CONTENT: QCoreApplication.translate(
            "ErrorText", "The file's content does not match its type, or it is damaged."
        ),
        errors.FileRule.TOO_MANY: QCoreApplication.translate("ErrorText", "At most 5 files can be attached."),
        errors.FileRule.UNREADABLE: QCoreApplication.translate("ErrorText", "The file cannot be read."),
    }
    title = QCoreApplication.translate("ErrorText", "File not attached") if not file_name else file_name
    return ErrorText(title, messages[rule])


def describe_caller_lookup(exc: errors.CallerLookupError) -> ErrorText:
    """The organization's customer lookup failed: say so, and that the ticket can still be filed."""
    reason = exc.reason
    if reason is errors.CallerLookupReason.FORBIDDEN:
        message = QCoreApplication.translate(
            "ErrorText",
            "The customer lookup refused the request (wrong security key, or this PC is not allowed).",
        )
    elif reason is errors.CallerLookupReason.MISSING_KEY:
        message = QCoreApplication.translate(
            "ErrorText", "The customer lookup needs a security key, and none is stored for this profile."
        )
    elif reason is errors.CallerLookupReason.TIMEOUT:
        message = QCoreApplication.translate("ErrorText", "The customer lookup did not answer in time.")
    elif reason is errors.CallerLookupReason.NETWORK:
        message = QCoreApplication.translate("ErrorText", "The customer lookup could not be reached.")
    elif reason is errors.CallerLookupReason.MALFORMED:
        message = QCoreApplication.translate(
            "ErrorText", "The customer lookup answered with something that is not a customer record."
        )
    else:
        message = QCoreApplication.translate(
            "ErrorText", "The customer lookup reported an error (HTTP %1)."
        ).replace("%1", str(exc.http_status or "?"))
    return ErrorText(
        QCoreApplication.translate("ErrorText", "Customer lookup failed"),
        message,
        QCoreApplication.translate(
            "ErrorText",
            "Type the caller's details by hand; the ticket can be filed as usual. An administrator can "
            "check the lookup in File \u25b8 Connection profiles\u2026",
        ),
    )
