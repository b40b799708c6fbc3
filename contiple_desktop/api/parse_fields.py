"""Form field lists (§3.12) → ``FieldDefinition``, one bad field at a time.

Unlike the other parsers (``api.parse``), a field list never fails for one item: every item
becomes a ``FieldDefinition``; one that cannot be used carries ``problem`` (no ``fieldId``, no
code, an unknown type, a choice without options, a repeated code — ``domain.fields.classify`` —
or not an object at all) and is logged once here (INFO: the service's data, which the form
shows to the agent), naming its code. Only an answer whose ``contents`` is not a list fails
(``MalformedResponseError``). Keys of the wrong type are tolerated: a title that is not text is
empty, a length that is not a number is 0 (unlimited). Titles are made plain text here: the
server's label with its markup stripped.
"""

from __future__ import annotations

import logging

from contiple_desktop.api.envelope import as_bool, as_int
from contiple_desktop.api.parse import Json, _guarded, _text, contents
from contiple_desktop.domain import fields as field_rules
from contiple_desktop.domain.html import html_to_text
from contiple_desktop.domain.models import FieldDefinition, FieldProblem

log = logging.getLogger(__name__)

_MAX_FIELD_LENGTH = 2**31 - 1
"""A larger ``length`` is no real limit (and would overflow Qt's int): treated as unlimited."""


def _word(value: Json) -> str:
    """A code or type: strings only (a number or a bool is no code)."""
    return value.strip() if isinstance(value, str) else ""


def _plain_title(value: Json) -> str:
    """The label as plain text: markup stripped, entities decoded, one line."""
    text = _text(value)
    if "<" in text or "&" in text:
        text = html_to_text(text)
    return " ".join(text.split())


def _options(value: Json) -> tuple[str, ...] | None:
    if not isinstance(value, list):
        return None
    out: dict[str, None] = {}  # ordered and without repeats: a choice is identified by its text
    for o in value:
        if isinstance(o, str | int | float) and not isinstance(o, bool):
            text = _text(o)
            if text.strip():
                out.setdefault(text)
    return tuple(out)


def _field(d: dict[str, Json]) -> FieldDefinition:
    field_id = as_int(d.get("fieldId"))
    length = as_int(d.get("length")) or 0
    return FieldDefinition(
        field_id=field_id if field_id is not None and field_id > 0 else 0,
        code=_word(d.get("code")),
        type=_word(d.get("type")).lower(),
        title=_plain_title(d.get("title")),
        description=_text(d.get("description")),
        placeholder=_text(d.get("placeholder")),
        length=length if 0 < length <= _MAX_FIELD_LENGTH else 0,
        required=as_bool(d.get("required")),
        encrypt=as_bool(d.get("encrypt")),
        holding_text=as_bool(d.get("holdingText")),
        options=_options(d.get("options")),
    )


_UNREADABLE = FieldDefinition(field_id=0, code="", type="", problem=FieldProblem.MALFORMED)


def _field_or_unreadable(value: Json) -> FieldDefinition:
    if not isinstance(value, dict):
        return _UNREADABLE
    try:
        return _field(value)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError):
        return _UNREADABLE


@_guarded
def parse_field(value: Json) -> FieldDefinition:
    """One form field; never raises for a bad item: an unusable one carries ``problem``."""
    [defn] = field_rules.classify([_field_or_unreadable(value)])
    return defn


@_guarded
def parse_fields(result: Json) -> list[FieldDefinition]:
    """An inquiry type's form: one definition per item, in order (see the module docstring).

    Only an answer whose ``contents`` is not a list fails (``MalformedResponseError``).
    """
    items = contents(result)
    definitions = field_rules.classify(_field_or_unreadable(x) for x in items)
    for index, defn in enumerate(definitions):
        if defn.problem is not None:
            log.info(  # the server's data, not an app fault; the form shows it to the agent
                "inquiry form field %d of %d (code %r, id %s) shown read-only: %s",
                index + 1, len(definitions), defn.code[:80], defn.field_id or "none", defn.problem.value,
            )  # fmt: skip
    return definitions
