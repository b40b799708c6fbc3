"""Inquiry-type form fields (§3.12): types, value formats, validation, and the ticket body.

Values travel as the wire formats of the create-ticket ``userFields[].value`` table:

=================  =========================================  ==========================
type               value                                      empty
=================  =========================================  ==========================
text, textarea     ``"free text"``                            ``""``
dropdown, radio    one option string                          ``""``
checkbox           ``["opt1", "opt2"]`` (list, option order)   ``[]``
date               ``"YYYY-MM-DD"``                           ``""``
datetime           ``"YYYY-MM-DD HH:mm"``                     ``""``
date_period        ``"YYYY-MM-DD ~ YYYY-MM-DD"``              ``""``
datetime_period    ``"YYYY-MM-DD HH:mm ~ YYYY-MM-DD HH:mm"``  ``""``
agree              ``"true"``                                 ``""`` (not agreed)
caption, file      no value (file → top-level ``attachments``)
=================  =========================================  ==========================

System codes go to dedicated body fields (``SYSTEM_TARGETS``); ``personalAgree`` is sent as a
user field ``{"code": "personalAgree", "value": "true"}`` (§5 Q9); every other code is a custom
field in ``userFields`` (definition order). Empty optional values are omitted.

Unusable definitions (``FieldDefinition.problem``, see ``classify``) are shown read-only and are
never validated or sent; ``unrenderable_required`` lists the required ones, which the server
will still demand. ``in_form_order`` sorts problems the way the agent reads the panel: the
inquiry-type picker, then the caller box, then the form top to bottom.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from contiple_desktop.domain.models import (
    EndUser,
    FieldDefinition,
    FieldProblem,
    NewTicket,
    UserFieldValue,
)
from contiple_desktop.errors import FieldError, ValidationKind

TEXT, TEXTAREA, DROPDOWN, CHECKBOX, RADIO = "text", "textarea", "dropdown", "checkbox", "radio"
DATE, DATETIME, DATE_PERIOD, DATETIME_PERIOD = "date", "datetime", "date_period", "datetime_period"
AGREE, CAPTION, FILE = "agree", "caption", "file"
FIELD_TYPES: tuple[str, ...] = (
    TEXT, TEXTAREA, DROPDOWN, CHECKBOX, RADIO, DATE, DATETIME,
    DATE_PERIOD, DATETIME_PERIOD, AGREE, CAPTION, FILE,
)  # fmt: skip
NO_VALUE_TYPES = frozenset({CAPTION, FILE})
CHOICE_TYPES = frozenset({DROPDOWN, RADIO, CHECKBOX})

PERIOD_SEPARATOR = " ~ "
DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"
AGREED = "true"

SYSTEM_TARGETS: dict[str, str] = {
    "category": "categoryId",
    "subject": "subject",
    "content": "content",
    "name": "endUser.username",
    "mail": "endUser.email",
    "phone": "endUser.phone",
    "typeOne": "typeOne",
    "typeTwo": "typeTwo",
    "attachment": "attachments",
    "personalAgree": "userFields",
}
CALLER_CODES = ("name", "mail", "phone")
"""Shown in the caller box at the top of the form, not among the form fields."""
PICKER_CODES = ("category",)
"""Chosen with the inquiry-type picker, not a form field."""
CALLER_ORDER = ("usercode", *CALLER_CODES)
"""The caller box from top to bottom (the user code is not a field definition)."""

Value = str | list[str]

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Rule(enum.Enum):
    """Why a value was refused; the UI turns it into a sentence naming the field."""

    REQUIRED = "required"
    LENGTH = "length"
    EMAIL = "email"
    FORMAT = "format"
    OPTION = "option"
    PERIOD_ORDER = "period_order"
    SERVER_INVALID = "invalid"  # the server said "invalid" without more detail


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    field_id: int
    rule: Rule
    limit: int = 0  # the maximum length for Rule.LENGTH


# -- formats -------------------------------------------------------------------------------
def format_date(d: date) -> str:
    return d.strftime(DATE_FORMAT)


def format_datetime(dt: datetime) -> str:
    return dt.strftime(DATETIME_FORMAT)


def parse_date(text: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"not YYYY-MM-DD: {text!r}")
    return datetime.strptime(text, DATE_FORMAT).date()


def parse_datetime(text: str) -> datetime:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", text):
        raise ValueError(f"not YYYY-MM-DD HH:mm: {text!r}")
    return datetime.strptime(text, DATETIME_FORMAT)


def split_period(text: str) -> tuple[str, str]:
    start, sep, end = text.partition(PERIOD_SEPARATOR)
    if not sep:
        raise ValueError(f"not a period: {text!r}")
    return start, end


def join_period(start: str, end: str) -> str:
    return f"{start}{PERIOD_SEPARATOR}{end}"


def is_empty(value: Value | None) -> bool:
    return value is None or value == "" or value == []


def check_format(field_type: str, value: Value) -> Rule | None:
    """None when ``value`` (non-empty) has the wire format of ``field_type``."""
    try:
        if field_type == CHECKBOX:
            return None if isinstance(value, list) else Rule.FORMAT
        if not isinstance(value, str):
            return Rule.FORMAT
        if field_type == DATE:
            parse_date(value)
        elif field_type == DATETIME:
            parse_datetime(value)
        elif field_type in (DATE_PERIOD, DATETIME_PERIOD):
            parse = parse_date if field_type == DATE_PERIOD else parse_datetime
            start, end = split_period(value)
            if parse(start) > parse(end):  # type: ignore[operator]
                return Rule.PERIOD_ORDER
        elif field_type == AGREE and value != AGREED:
            return Rule.FORMAT
    except ValueError:
        return Rule.FORMAT
    return None


# -- usable definitions --------------------------------------------------------------------
def definition_problem(defn: FieldDefinition) -> FieldProblem | None:
    """Why ``defn`` on its own cannot be a form field (duplicates need the list: ``classify``).

    Caller and picker codes are shown by their own widgets whatever their type, so only a
    missing code could make them unusable (and they have one by definition).
    """
    if defn.problem is not None:
        return defn.problem
    if not defn.code.strip():
        return FieldProblem.NO_CODE
    if defn.code in CALLER_CODES or defn.code in PICKER_CODES:
        return None
    if defn.field_id <= 0:
        return FieldProblem.NO_ID
    if defn.type not in FIELD_TYPES:
        return FieldProblem.UNKNOWN_TYPE
    if defn.type in CHOICE_TYPES and not defn.options:
        return FieldProblem.NO_OPTIONS
    return None


def classify(definitions: Iterable[FieldDefinition]) -> list[FieldDefinition]:
    """``definitions`` with ``problem`` set on every unusable one (idempotent).

    A code used by an earlier *usable* field makes a later one ``DUPLICATE_CODE``, so each
    code is shown, validated and sent once.
    """
    seen: set[str] = set()
    out: list[FieldDefinition] = []
    for defn in definitions:
        problem = definition_problem(defn)
        if problem is None:
            if defn.code in seen:
                problem = FieldProblem.DUPLICATE_CODE
            else:
                seen.add(defn.code)
        out.append(defn if problem is defn.problem else dataclasses.replace(defn, problem=problem))
    return out


def unrenderable_required(definitions: Iterable[FieldDefinition]) -> list[FieldDefinition]:
    """Required fields the app cannot show: the server will refuse the ticket without them.

    A duplicate is not listed (its code is filled through the first field that has it).
    """
    return [
        d
        for d in classify(definitions)
        if d.problem is not None and d.required and d.problem is not FieldProblem.DUPLICATE_CODE
    ]


def in_form_order(
    problems: Iterable[Problem], definitions: Sequence[FieldDefinition], *, caller_codes_first: bool = True
) -> list[Problem]:
    """``problems`` sorted top to bottom as the agent sees them (stable for equal places).

    With ``caller_codes_first`` the picker's code and the caller box (``CALLER_ORDER``) come
    before the form, since they sit above (and left of) it. Otherwise a problem takes the place
    of the first definition with its code, else with its field id; unknown ones go last.
    """
    by_code: dict[str, int] = {}
    by_id: dict[int, int] = {}
    for index, defn in enumerate(definitions):
        by_code.setdefault(defn.code, index)
        if defn.field_id > 0:
            by_id.setdefault(defn.field_id, index)
    front = (*PICKER_CODES, *CALLER_ORDER) if caller_codes_first else ()

    def key(item: tuple[int, Problem]) -> tuple[int, int, int]:
        arrival, problem = item
        if problem.code in front:
            return (0, front.index(problem.code), arrival)
        place = by_code.get(problem.code, by_id.get(problem.field_id))
        return (2, 0, arrival) if place is None else (1, place, arrival)

    return [p for _, p in sorted(enumerate(problems), key=key)]


# -- validation ----------------------------------------------------------------------------
def validate_field(
    defn: FieldDefinition, value: Value | None, *, attachment_count: int = 0
) -> Problem | None:
    """The first rule ``value`` breaks for ``defn``, or None."""
    if defn.type == CAPTION:
        return None
    if defn.type == FILE:
        if defn.required and attachment_count == 0:
            return Problem(defn.code, defn.field_id, Rule.REQUIRED)
        return None
    if is_empty(value):
        return Problem(defn.code, defn.field_id, Rule.REQUIRED) if defn.required else None
    assert value is not None
    if defn.type in (TEXT, TEXTAREA) and defn.length > 0 and len(value) > defn.length:
        return Problem(defn.code, defn.field_id, Rule.LENGTH, defn.length)
    if defn.code == "mail" and isinstance(value, str) and not _EMAIL.match(value.strip()):
        return Problem(defn.code, defn.field_id, Rule.EMAIL)
    rule = check_format(defn.type, value)
    if rule is not None:
        return Problem(defn.code, defn.field_id, rule)
    options = defn.options or ()
    if defn.type in (DROPDOWN, RADIO) and options and value not in options:
        return Problem(defn.code, defn.field_id, Rule.OPTION)
    if defn.type == CHECKBOX and options and any(v not in options for v in value):
        return Problem(defn.code, defn.field_id, Rule.OPTION)
    return None


def validate(
    definitions: Sequence[FieldDefinition], values: Mapping[str, Value], *, attachment_count: int = 0
) -> list[Problem]:
    """Every problem, in form order (``in_form_order``). ``values`` is keyed by field code
    (caller fields too). Unusable definitions are skipped: nothing can be entered for them."""
    problems = []
    for defn in classify(definitions):
        if defn.problem is not None or defn.code in PICKER_CODES:
            continue
        problem = validate_field(defn, values.get(defn.code), attachment_count=attachment_count)
        if problem is not None:
            problems.append(problem)
    return in_form_order(problems, definitions)


def server_problems(errors: Sequence[FieldError], definitions: Sequence[FieldDefinition]) -> list[Problem]:
    """Map the server's validation list onto field codes (by code, else by field id), in form
    order (``in_form_order``: the server's order is arbitrary)."""
    by_id = {str(d.field_id): d for d in definitions if d.field_id > 0}
    codes = {d.code for d in definitions}
    kinds = {
        ValidationKind.REQUIRED: Rule.REQUIRED,
        ValidationKind.LENGTH: Rule.LENGTH,
        ValidationKind.INVALID: Rule.SERVER_INVALID,
    }
    out = []
    for err in errors:
        defn = by_id.get(err.field_id)
        code = err.code if err.code in codes or defn is None else defn.code
        field_id = defn.field_id if defn is not None else int(err.field_id) if err.field_id.isdigit() else 0
        limit = defn.length if defn is not None else 0
        out.append(Problem(code, field_id, kinds.get(err.kind, Rule.SERVER_INVALID), limit))
    return in_form_order(out, definitions)


# -- the ticket body -----------------------------------------------------------------------
def _text(values: Mapping[str, Value], code: str) -> str:
    v = values.get(code, "")
    return v.strip() if isinstance(v, str) else ""


def build_ticket(
    definitions: Sequence[FieldDefinition],
    values: Mapping[str, Value],
    *,
    category_id: int,
    usercode: str | None,
    attachment_ids: Sequence[str] = (),
    language: str | None = None,
    source: str = "api",
) -> NewTicket:
    """The create-ticket body for a validated form (caller fields are in ``values`` too).

    Unusable definitions send nothing; a duplicated code is sent once.
    """
    usable = [d for d in classify(definitions) if d.problem is None]
    present = {d.code for d in usable}
    content = values.get("content", "")
    user_fields: list[UserFieldValue] = []
    for defn in usable:
        if defn.type in NO_VALUE_TYPES or defn.code in SYSTEM_TARGETS and defn.code != "personalAgree":
            continue
        value = values.get(defn.code)
        if value is None or is_empty(value):
            continue
        user_fields.append(UserFieldValue(defn.code, list(value) if isinstance(value, list) else value))
    return NewTicket(
        category_id=category_id,
        subject=_text(values, "subject"),
        content=content if isinstance(content, str) else "",
        end_user=EndUser(
            email=_text(values, "mail"),
            username=_text(values, "name"),
            usercode=(usercode or "").strip() or None,
            phone=_text(values, "phone") or None,
        ),
        attachment_ids=tuple(attachment_ids) if "attachment" in present else (),
        type_one=_text(values, "typeOne") or None if "typeOne" in present else None,
        type_two=_text(values, "typeTwo") or None if "typeTwo" in present else None,
        language=language,
        source=source,
        user_fields=tuple(user_fields),
    )
