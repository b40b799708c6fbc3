"""The common response envelope (contiple-api.md §1.4) and its mapping to typed errors.

Per §5 Q1 the HTTP status line is not trusted: the body is parsed as JSON and
``header.isSuccessful`` / ``header.resultCode`` decide. Anything that is not the envelope
becomes :class:`MalformedResponseError` with the HTTP status and a short printable snippet.
Every function here raises only ``contiple_desktop.errors`` types, whatever the input.

Hostile answers cost bounded memory and time: before ``json.loads`` builds anything,
:func:`json_shape_problem` checks the nesting depth (at most :data:`MAX_JSON_DEPTH`) and the number
of JSON values (at most :data:`MAX_JSON_VALUES`, counted as containers plus separators). The cheap
path is four ``bytes.count`` calls; only a body whose raw counts exceed a cap is scanned
structurally (strings blanked by one regex, then everything but brackets dropped with
``bytes.translate``), so braces and commas inside text are never held against it. The size cap
itself is the transport's (it stops reading). With an 8 MiB body and these caps, the worst case
costs well under 200 MiB of peak memory (measured in ``benchmarks/stress_network.py``), where
50 MB of ``[{},{},…]`` used to cost 1.3 GiB.
"""

from __future__ import annotations

import json
import re
from typing import Any

from contiple_desktop.errors import (
    API_ERROR_BY_CODE,
    ApiError,
    AuthCause,
    AuthError,
    FieldError,
    ForbiddenError,
    MalformedResponseError,
    ServerError,
    UploadRejectedError,
    ValidationError,
    ValidationKind,
    auth_cause,
)

SNIPPET_CHARS = 160

MAX_JSON_DEPTH = 64
"""The deepest real answer (envelope, result, a 5-level category tree) is under 20 levels."""
MAX_JSON_VALUES = 200_000
"""Containers plus ``,``/``:`` separators. A full page of 200 tickets has about 10,000; at this
cap even the costliest value mix stays near 50 MiB of Python objects."""

_INNERMOST = re.compile(rb"\[\]|\{\}")
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b"[]{},:")

_UNPRINTABLE = re.compile(r"[^\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]")
_SPACES = re.compile(r"\s+")


def snippet(body: bytes, limit: int = SNIPPET_CHARS) -> str:
    """A short, single-line, printable excerpt of a response body for support staff."""
    text = body[: limit * 4].decode("utf-8", errors="replace")
    text = _SPACES.sub(" ", text).strip()
    text = _UNPRINTABLE.sub("?", text)
    return text[:limit] + ("…" if len(text) > limit else "")


def json_shape_problem(body: bytes) -> str | None:
    """Why ``body`` is too deep or has too many values to parse, or None when it is fine."""
    openers = body.count(b"{") + body.count(b"[")
    values = openers + body.count(b",") + body.count(b":")
    if openers <= MAX_JSON_DEPTH and values <= MAX_JSON_VALUES:
        return None  # the common case: nothing more to look at
    skeleton = _JSON_STRING.sub(b"", body).translate(None, _NOT_STRUCTURE)
    values = len(skeleton) - skeleton.count(b"]") - skeleton.count(b"}")
    if values > MAX_JSON_VALUES:
        return f"the answer has more than {MAX_JSON_VALUES:,} JSON values"
    brackets = skeleton.translate(None, _NOT_BRACKETS)
    for _ in range(MAX_JSON_DEPTH):  # each round removes the innermost level
        if not brackets:
            return None
        reduced = _INNERMOST.sub(b"", brackets)  # one pass: pairs innermost *before* it only
        if len(reduced) == len(brackets):
            return None  # unbalanced: not JSON at all, json.loads says so
        brackets = reduced
    return None if not brackets else f"the answer is nested more than {MAX_JSON_DEPTH} levels deep"


def as_int(value: object) -> int | None:
    """Lenient integer: ints, integral floats and decimal strings; never bool. Else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            return None
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in "+-":
            digits = text[1:]
        else:
            digits = text
        if digits.isascii() and digits.isdigit() and len(digits) <= 30:
            return int(text)
    return None


def as_bool(value: object) -> bool:
    """Lenient boolean: true, "Y", "true", "1", 1 → True; everything else False."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    if isinstance(value, str):
        return value.strip().lower() in ("y", "yes", "true", "1", "t")
    return False


def _message(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | bool):
        return str(value)
    return None


def decode_envelope(
    body: bytes,
    *,
    http_status: int | None = None,
    endpoint: str | None = None,
    ambiguous: bool = False,
    upload: bool = False,
) -> Any:
    """Return ``result`` of a successful envelope, or raise the typed error it describes.

    ``ambiguous`` marks a malformed answer to a non-idempotent request; ``upload`` enables the
    older docs' mapping of 400 + an upload message to the upload rules.
    """

    def malformed(why: str) -> MalformedResponseError:
        return MalformedResponseError(
            f"{endpoint or 'request'}: {why} (HTTP {http_status})",
            endpoint=endpoint,
            ambiguous=ambiguous,
            http_status=http_status,
            snippet=snippet(body),
        )

    if not isinstance(body, bytes | bytearray):
        raise malformed("no response body")
    if not body.strip():
        raise malformed("empty response")
    problem = json_shape_problem(bytes(body))
    if problem is not None:
        raise malformed(problem)
    try:
        data = json.loads(bytes(body))
    except (ValueError, RecursionError):
        raise malformed("the response is not JSON") from None
    if not isinstance(data, dict):
        raise malformed("the response is not the Contiple envelope")
    header = data.get("header")
    if not isinstance(header, dict):
        raise malformed("the response has no envelope header")
    code = as_int(header.get("resultCode"))
    successful = header.get("isSuccessful")
    if successful is None:  # tolerate a missing flag when the code speaks for itself
        successful = code == 200
    if as_bool(successful):
        return data.get("result")
    raise error_for(
        code,
        _message(header.get("resultMessage")),
        data.get("result"),
        endpoint=endpoint,
        http_status=http_status,
        upload=upload,
    )


def error_for(
    code: int | None,
    message: str | None,
    result: object,
    *,
    endpoint: str | None = None,
    http_status: int | None = None,
    upload: bool = False,
) -> ApiError:
    """The typed error for a failed envelope (never raises)."""
    if code is None:
        return ServerError(http_status or 0, message, endpoint=endpoint, http_status=http_status)
    if code == 400:
        errors = field_errors(result)
        if errors:
            return ValidationError(
                errors, result_message=message, endpoint=endpoint, http_status=http_status
            )
        if upload and auth_cause(message) is AuthCause.UNKNOWN:
            rule_code = upload_rule_code(message)
            if rule_code is not None:
                return UploadRejectedError(
                    rule_code, message, endpoint=endpoint, http_status=http_status
                )
        return AuthError(message, endpoint=endpoint, http_status=http_status)
    if code == 403:
        return ForbiddenError(message, endpoint=endpoint, http_status=http_status)
    cls = API_ERROR_BY_CODE.get(code, ServerError)
    return cls(code, message, endpoint=endpoint, http_status=http_status)


def field_errors(result: object) -> list[FieldError]:
    """The create-ticket validation list in ``result.contents`` (empty when there is none)."""
    if not isinstance(result, dict):
        return []
    items = result.get("contents")
    if not isinstance(items, list):
        return []
    out: list[FieldError] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        code = _message(item.get("objectName"))
        if not code:
            continue
        try:
            kind = ValidationKind(str(item.get("validate") or "").strip().lower())
        except ValueError:
            kind = ValidationKind.UNKNOWN
        out.append(
            FieldError(
                code=code,
                field_id=_message(item.get("field")) or "",
                kind=kind,
                key=_message(item.get("key")) or "",
                reject_value=_message(item.get("rejectValue")) or "",
            )
        )
    return out


# Older docs answered upload rule violations with resultCode 400 and a (Korean or English)
# message; recognise the rule from the words used (contiple-api.md §3.13).
_UPLOAD_HINTS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (4001, ("10mb", "10 mb", "용량", "size", "サイズ", "容量")),
    (4002, ("100 char", "100char", "100자", "글자", "file name", "named within", "文字")),
    (4003, ("format", "extension", "격식", "형식", "확장자", "形式", "拡張子")),
    (9017, ("mime", "content", "내용", "타입", "内容")),
)


def upload_rule_code(message: str | None) -> int | None:
    text = (message or "").strip().lower()
    if not text:
        return None
    for code, hints in _UPLOAD_HINTS:
        if any(h in text for h in hints):
            return code
    return None
