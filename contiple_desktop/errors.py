"""One Qt-free exception hierarchy shared by every layer.

The protocol layer (``api``) raises these; only ``ui`` decides how to present them. Exception
text never contains the API key, a signature or the Authorization header: messages are built
from result codes, documented server messages and endpoint *names*, never from request headers.

Hierarchy::

    ContipleError
      Cancelled                      a cancel token fired; never shown to the user
        CancelledAfterSend           ... after a POST was fully sent: possibly processed (ambiguous)
      ConfigurationError             a profile that cannot work (bad URL, plain http to a remote host)
      SecretStoreError               the OS keyring
        KeyringUnavailableError      no backend at all
        KeyringLockedError           a backend that refused (locked, dismissed prompt)
      LocalFileError                 a file rejected *before* upload (same rules as the server)
      TransportError                 nothing usable came back
        NetworkError                 refused, reset, DNS, dropped mid-response
        RequestTimeout               connect/read timeout, or the request's overall deadline passed
        MalformedResponseError       not JSON, not the envelope, HTML error page, too big/deep
        RetryLaterError              busy (503/429) and asked to come back later (``Retry-After``)
      ApiError                       the server answered with isSuccessful=false
        AuthError                    400 auth causes (§2.6)
          ClockSkewError             timestamp expired even after re-synchronising the clock
            ImplausibleServerDateError   ... and the server's own ``Date`` was not believable
        ForbiddenError               403 (no key / IP not allowed)
        NotFoundError                404 and 9005
        ConflictError                9007
        ValidationError              400 with per-field errors from create-ticket
        SpamLimitError               1001 / 1002
        UploadRejectedError          4001 / 4002 / 4003 / 9017
        ServerError                  500 and any code not documented
      CallerLookupError              the organization's customer-information API (§3.20) failed
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ContipleError(Exception):
    """Base of every error this application raises on purpose.

    ``ambiguous`` is True when a *non-idempotent* request may have reached the server although
    no answer was read (dropped connection after sending, read timeout, garbled response). The
    UI must reconcile (e.g. list the customer's tickets) before offering to send again.
    """

    ambiguous: bool = False

    def __init__(self, message: str = "", *, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.endpoint = endpoint

    def __str__(self) -> str:
        return self.message or type(self).__name__

    def details(self) -> dict[str, object]:
        """Safe, key-free facts for "Copy details" and the log."""
        out: dict[str, object] = {"type": type(self).__name__, "message": self.message}
        if self.endpoint:
            out["endpoint"] = self.endpoint
        return out


class Cancelled(ContipleError):
    """The operation was cancelled by its owner. Not an error to show."""

    def __init__(self, message: str = "cancelled") -> None:
        super().__init__(message)


class CancelledAfterSend(Cancelled):
    """A cancel (or quit) cut off a POST after all of its bytes were sent.

    Still a :class:`Cancelled` (never shown as an error), but ``ambiguous``: the server may
    have processed the request, so whoever keeps the draft must reconcile before re-sending.
    """

    ambiguous = True

    def __init__(self, message: str = "cancelled after sending", *, endpoint: str | None = None) -> None:
        super().__init__(message)
        self.endpoint = endpoint

    def details(self) -> dict[str, object]:
        return {**super().details(), "ambiguous": True}


class ConfigurationError(ContipleError):
    """The connection profile cannot work as given (the message says which part)."""


class SecretStoreError(ContipleError):
    """The OS keyring could not store or return the API key."""


class KeyringUnavailableError(SecretStoreError):
    """No keyring backend exists on this system (e.g. no Secret Service running)."""


class KeyringLockedError(SecretStoreError):
    """The keyring exists but refused access (locked, or the unlock prompt was dismissed)."""


class FileRule(enum.Enum):
    """The documented upload rules (§3.13); values are the server result codes."""

    TOO_LARGE = 4001
    NAME_TOO_LONG = 4002
    EXTENSION = 4003
    CONTENT = 9017
    TOO_MANY = -1  # more than 5 attachments on one ticket or follow-up (client-side rule)
    UNREADABLE = -2  # the local file vanished or cannot be read


class LocalFileError(ContipleError):
    """A file failed a documented upload rule before anything was sent."""

    def __init__(self, rule: FileRule, file_name: str, message: str = "") -> None:
        super().__init__(message or f"{file_name}: {rule.name}")
        self.rule = rule
        self.file_name = file_name

    def details(self) -> dict[str, object]:
        return {**super().details(), "rule": self.rule.name, "file": self.file_name}


class TransportError(ContipleError):
    """No usable answer came back from the server."""

    def __init__(self, message: str = "", *, endpoint: str | None = None, ambiguous: bool = False) -> None:
        super().__init__(message, endpoint=endpoint)
        self.ambiguous = ambiguous

    def details(self) -> dict[str, object]:
        return {**super().details(), "ambiguous": self.ambiguous}


class NetworkError(TransportError):
    """Connection refused/reset, name resolution failure, or a connection dropped mid-answer."""


class RequestTimeout(TransportError):
    """The connect or read timeout elapsed."""


class MalformedResponseError(TransportError):
    """The answer was not the documented JSON envelope (HTML error page, truncated JSON, ...).

    ``http_status`` and a short, printable ``snippet`` of the body help support staff.
    """

    def __init__(
        self,
        message: str = "",
        *,
        endpoint: str | None = None,
        ambiguous: bool = False,
        http_status: int | None = None,
        snippet: str = "",
    ) -> None:
        super().__init__(message, endpoint=endpoint, ambiguous=ambiguous)
        self.http_status = http_status
        self.snippet = snippet

    def details(self) -> dict[str, object]:
        return {**super().details(), "http_status": self.http_status, "snippet": self.snippet}


class RetryLaterError(TransportError):
    """The server is busy (HTTP 503 or 429) and said when to come back (``Retry-After``).

    Raised at once when the wait is longer than the transport waits by itself (a few seconds),
    does not fit in the deadline, or the last retry is still refused. ``retry_after_s`` is the
    wait from when the answer arrived; ``retry_at_ms`` that moment on this PC's clock (epoch ms)
    for "try again at HH:MM". Waits beyond a day are cut to a day.
    """

    def __init__(
        self,
        message: str = "",
        *,
        retry_after_s: float,
        retry_at_ms: int,
        endpoint: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(message, endpoint=endpoint, ambiguous=False)
        self.retry_after_s = retry_after_s
        self.retry_at_ms = retry_at_ms
        self.http_status = http_status

    def details(self) -> dict[str, object]:
        return {
            **super().details(),
            "retry_after_s": self.retry_after_s,
            "retry_at_ms": self.retry_at_ms,
            "http_status": self.http_status,
        }


class ApiError(ContipleError):
    """The server answered with ``header.isSuccessful == false``."""

    def __init__(
        self,
        result_code: int,
        result_message: str | None,
        *,
        endpoint: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(result_message or f"result code {result_code}", endpoint=endpoint)
        self.result_code = result_code
        self.result_message = result_message
        self.http_status = http_status

    def details(self) -> dict[str, object]:
        return {
            **super().details(),
            "result_code": self.result_code,
            "result_message": self.result_message,
            "http_status": self.http_status,
        }


class AuthCause(enum.Enum):
    """The documented 400 authentication causes (§2.6), keyed by their exact server message."""

    AUTHORIZATION_BLANK = "Authorization is blank"
    TIMESTAMP_NOT_NUMERIC = "X-TC-Timestamp is not numeric"
    TIMESTAMP_EXPIRED = "X-TC-Timestamp is expired"
    MULTIPART_WITHOUT_FILE = "Multipart request but file is null"
    AUTHORIZATION_INCORRECT = "Authorization is incorrect"
    INVALID_PARAMETER = "Invalid paramter"  # sic, as documented
    UNKNOWN = ""


class AuthError(ApiError):
    """400: the request signature or timestamp was refused. ``cause`` says which rule."""

    def __init__(
        self,
        result_message: str | None,
        *,
        endpoint: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(400, result_message, endpoint=endpoint, http_status=http_status)
        self.cause = auth_cause(result_message)


def auth_cause(message: str | None) -> AuthCause:
    text = (message or "").strip()
    for cause in AuthCause:
        if cause is not AuthCause.UNKNOWN and text.startswith(cause.value):
            return cause
    return AuthCause.UNKNOWN


class ClockSkewError(AuthError):
    """The server still called the timestamp expired after the client re-synchronised.

    ``skew_ms`` is server time minus local time as last measured (positive: the PC is behind).
    """

    def __init__(
        self,
        result_message: str | None,
        *,
        skew_ms: int | None,
        endpoint: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(result_message, endpoint=endpoint, http_status=http_status)
        self.skew_ms = skew_ms

    def details(self) -> dict[str, object]:
        return {**super().details(), "skew_ms": self.skew_ms}


class ImplausibleServerDateError(ClockSkewError):
    """The server refused the timestamp, and its ``Date`` header could not be believed.

    The date was unreadable or more than a day away from this PC's clock, so the client did
    not change its clock (a wrong ``Date`` must not break every later request). ``server_date``
    is the header as received (printable, shortened); ``server_offset_ms`` is what it would
    have meant (server minus local), or None when it could not be read.
    """

    def __init__(
        self,
        result_message: str | None,
        *,
        server_date: str,
        server_offset_ms: int | None,
        skew_ms: int | None = None,
        endpoint: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(result_message, skew_ms=skew_ms, endpoint=endpoint, http_status=http_status)
        self.server_date = server_date
        self.server_offset_ms = server_offset_ms

    def details(self) -> dict[str, object]:
        return {
            **super().details(),
            "server_date": self.server_date,
            "server_offset_ms": self.server_offset_ms,
        }


class ForbiddenCause(enum.Enum):
    KEY_MISSING = "securityKey is null"
    IP_NOT_ALLOWED = "clientIp is not allowed"
    UNKNOWN = ""


class ForbiddenError(ApiError):
    """403: the Open API is not enabled for the service, or this PC's IP is not allowed."""

    def __init__(
        self,
        result_message: str | None,
        *,
        endpoint: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(403, result_message, endpoint=endpoint, http_status=http_status)
        text = (result_message or "").strip()
        self.cause = next(
            (c for c in ForbiddenCause if c is not ForbiddenCause.UNKNOWN and text.startswith(c.value)),
            ForbiddenCause.UNKNOWN,
        )


class NotFoundError(ApiError):
    """404 "Not Data Found" or 9005 "No related data exists"."""


class ConflictError(ApiError):
    """9007 "The related data already exists"."""


class ValidationKind(enum.Enum):
    INVALID = "invalid"
    LENGTH = "length"
    REQUIRED = "required"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class FieldError:
    """One create-ticket validation error: field code (``objectName``), field id, rule."""

    code: str
    field_id: str
    kind: ValidationKind
    key: str = ""
    reject_value: str = ""


class ValidationError(ApiError):
    """400 with ``result.contents`` = a list of per-field errors (create ticket)."""

    def __init__(
        self,
        errors: list[FieldError],
        *,
        result_message: str | None = None,
        endpoint: str | None = None,
        http_status: int | None = None,
    ) -> None:
        super().__init__(400, result_message, endpoint=endpoint, http_status=http_status)
        self.errors = list(errors)
        if not result_message:
            self.message = "invalid fields: " + ", ".join(f"{e.code}.{e.kind.value}" for e in errors)

    def details(self) -> dict[str, object]:
        return {
            **super().details(),
            "errors": [(e.code, e.field_id, e.kind.value) for e in self.errors],
        }


class SpamLimitError(ApiError):
    """1001 (≥3 tickets from one IP in a minute) or 1002 (≥10 in 24 h); blocked for 24 h."""

    @property
    def per_minute(self) -> bool:
        return self.result_code == 1001


class UploadRejectedError(ApiError):
    """4001 size, 4002 name length, 4003 extension, 9017 content type."""

    @property
    def rule(self) -> FileRule:
        try:
            return FileRule(self.result_code)
        except ValueError:
            return FileRule.CONTENT


class ServerError(ApiError):
    """500 or an undocumented result code."""


API_ERROR_BY_CODE: dict[int, type[ApiError]] = {
    404: NotFoundError, 9005: NotFoundError, 9007: ConflictError, 1001: SpamLimitError, 1002: SpamLimitError,
    4001: UploadRejectedError, 4002: UploadRejectedError, 4003: UploadRejectedError,
    9017: UploadRejectedError, 500: ServerError,
}  # fmt: skip
"""Result codes whose class needs nothing but code and message (400/403 need parsing)."""


class CallerLookupReason(enum.Enum):
    """Why the caller lookup (the organization's customer-information API, §3.20) failed."""

    FORBIDDEN = "forbidden"  # 401/403: wrong security key, or the API refuses this PC
    SERVER_ERROR = "server_error"  # 404, 5xx, a redirect or any other unexpected status
    MALFORMED = "malformed"  # not JSON, not {"data": …}, larger than the cap
    TIMEOUT = "timeout"  # no complete answer within the deadline
    NETWORK = "network"  # refused, reset, name resolution, TLS
    MISSING_KEY = "missing_key"  # "API encryption" is on but no security key is stored


class CallerLookupError(ContipleError):
    """The caller lookup failed; never blocks filing the ticket. ``http_status`` when one came back.

    The message names the reason and status only: never the phone number, the key or a signature."""

    def __init__(
        self, reason: CallerLookupReason, message: str = "", *, http_status: int | None = None
    ) -> None:
        super().__init__(message or f"caller lookup failed: {reason.value}", endpoint="caller lookup")
        self.reason = reason
        self.http_status = http_status

    def details(self) -> dict[str, object]:
        return {**super().details(), "reason": self.reason.value, "http_status": self.http_status}
