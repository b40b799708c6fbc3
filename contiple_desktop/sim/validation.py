"""Create-ticket and follow-up validation by the category's field definitions, and spam counters.

System fields map onto body fields (``name`` → ``endUser.username``, ``mail`` →
``endUser.email`` (format checked), ``phone`` → ``endUser.phone``, ``subject``, ``content``,
``typeOne``/``typeTwo``, ``attachment`` → ``attachments`` (≤ 5)); custom fields come from
``userFields`` and are checked per type (§3.12 value formats). ``personalAgree`` is never
required (§5 Q9) but must be a boolean when sent. Errors come back in form order in the §3.14
shape with ``rejectValue`` ``""`` as in the documented example.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from contiple_desktop.sim.seed_forms import SYSTEM_CODES
from contiple_desktop.sim.state import Json, SimState

MAX_ATTACHMENTS = 5
MINUTE_MS = 60_000
DAY_MS = 86_400_000
SPAM_MESSAGE = "The number of inquiries has exceeded the limit. Please contact us again after a while."
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_FORMATS = {"date": ("%Y-%m-%d", 10), "datetime": ("%Y-%m-%d %H:%M", 16)}


def error(code: str, field: int | str, validate: str) -> Json:
    key = f"validate.ticket.{code}.{validate}"
    return {"objectName": code, "field": str(field), "validate": validate, "key": key, "message": key,
            "rejectValue": ""}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == "") or value == []


def _parse_point(kind: str, text: str) -> datetime | None:
    fmt, size = _FORMATS[kind]
    if len(text) != size:
        return None
    try:
        return datetime.strptime(text, fmt)
    except ValueError:
        return None


def _is_bool(value: Any) -> bool:
    return value in (True, False, "true", "false")


def _value_ok(definition: Json, value: Any) -> bool:
    kind = definition["type"]
    options = {o for opts in (definition.get("options") or {}).values() for o in opts}
    if kind in ("text", "textarea"):
        return isinstance(value, str)
    if kind in ("dropdown", "radio"):
        return isinstance(value, str) and value in options
    if kind == "checkbox":
        return isinstance(value, list) and all(isinstance(v, str) and v in options for v in value)
    if kind in ("date", "datetime"):
        return isinstance(value, str) and _parse_point(kind, value) is not None
    if kind in ("date_period", "datetime_period"):
        if not isinstance(value, str) or value.count(" ~ ") != 1:
            return False
        point = "date" if kind == "date_period" else "datetime"
        start, end = (_parse_point(point, part) for part in value.split(" ~ "))
        return start is not None and end is not None and start <= end
    if kind == "agree":
        return _is_bool(value)
    return True


def _system_value(code: str, body: Json) -> Any:
    raw = body.get("endUser")
    end_user: Json = raw if isinstance(raw, dict) else {}
    return {
        "name": end_user.get("username"), "mail": end_user.get("email"), "phone": end_user.get("phone"),
        "subject": body.get("subject"), "content": body.get("content"),
        "typeOne": body.get("typeOne"), "typeTwo": body.get("typeTwo"),
    }.get(code)


def validate_ticket(state: SimState, category_id: int, body: Json) -> list[Json]:
    """Field errors for ``body`` against the form of ``category_id`` (known to exist)."""
    errors: list[Json] = []
    user_fields: dict[str, Any] = {}
    for item in body.get("userFields") or []:
        if isinstance(item, dict) and isinstance(item.get("code"), str):
            user_fields.setdefault(item["code"], item.get("value"))
    attachments = body.get("attachments") or []
    for field_id in state.forms.get(category_id, state.default_form):
        definition = state.fields[field_id]
        code, kind, length = definition["code"], definition["type"], definition["length"]
        if code == "category" or kind == "caption":
            continue
        if code == "attachment" or kind == "file":
            if not isinstance(attachments, list) or len(attachments) > MAX_ATTACHMENTS:
                errors.append(error(code, field_id, "invalid"))
            elif definition["required"] and not attachments:
                errors.append(error(code, field_id, "required"))
            continue
        if code == "personalAgree":
            if code in user_fields and not _is_bool(user_fields[code]):
                errors.append(error(code, field_id, "invalid"))
            continue
        value = _system_value(code, body) if code in SYSTEM_CODES else user_fields.get(code)
        if _blank(value) or (kind == "agree" and definition["required"] and value in (False, "false")):
            if definition["required"]:
                errors.append(error(code, field_id, "required"))
            continue
        if not _value_ok(definition, value) or (code == "mail" and not _EMAIL.match(str(value))):
            errors.append(error(code, field_id, "invalid"))
        elif kind in ("text", "textarea") and length and len(str(value)) > length:
            errors.append(error(code, field_id, "length"))
    if not any(e["objectName"] == "attachment" for e in errors):
        if not isinstance(attachments, list) or len(attachments) > MAX_ATTACHMENTS:
            errors.append(error("attachment", 9, "invalid"))
    return errors


def attachment_ids(items: Any) -> list[str] | None:
    """IDs from ``[{"attachmentId": ...}]``; None when the shape is wrong."""
    if not isinstance(items, list):
        return None
    ids = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("attachmentId"), str):
            return None
        ids.append(item["attachmentId"])
    return ids


def spam_check(state: SimState, ip: str, now_ms: int) -> int | None:
    """Count one creation attempt from ``ip``; return 1001/1002 when it is rejected.

    The 3rd attempt within a minute (1001) or the 10th within 24 hours (1002) is rejected and
    blocks the IP for 24 hours (every attempt meanwhile gets the blocking code).
    """
    entry = state.spam.setdefault(ip, {"attempts": [], "blocked_until": 0, "code": None})
    if entry["blocked_until"] > now_ms:
        return int(entry["code"])
    entry["attempts"] = [t for t in entry["attempts"] if now_ms - t < DAY_MS] + [now_ms]
    code = None
    if sum(1 for t in entry["attempts"] if now_ms - t < MINUTE_MS) >= 3:
        code = 1001
    elif len(entry["attempts"]) >= 10:
        code = 1002
    if code is not None:
        entry["blocked_until"] = now_ms + DAY_MS
        entry["code"] = code
    return code
