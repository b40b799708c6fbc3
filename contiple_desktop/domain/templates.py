"""Ticket templates: an inquiry type, field values and text with placeholders for the caller.

Agents file the same few tickets all day. A ``Template`` holds an inquiry type (``category_id``),
form values by field code (``subject`` and ``content`` among them; the caller fields ``name``,
``mail``, ``phone`` belong to the caller box and are never part of a template) and text with
placeholders ``{name}``, ``{phone}``, ``{user_code}``, ``{call_summary}``.

``apply`` fills the whole form or nothing:

* the inquiry type no longer exists (its form could not be loaded) → not applied, says so;
* a field of the template is not in the form any more, or its value no longer fits (an option
  was removed, the type changed) → not applied, names the fields;
* otherwise every value is returned, placeholders in text fields replaced in **one pass** (a
  caller's name that contains ``{phone}`` stays as typed); unknown placeholders (``{order_no}``)
  stay literal and are listed; known ones without caller data become "" and are listed too.

``from_form`` makes a template from the current form; ``matching`` ranks templates for
type-ahead. ``template_to_dict``/``template_from_dict`` are the plain-JSON form
(``storage.templates`` keeps a set per profile and imports/exports files).
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from contiple_desktop.domain import fields as field_rules
from contiple_desktop.domain.models import FieldDefinition
from contiple_desktop.errors import ContipleError

Value = field_rules.Value
PLACEHOLDERS = ("name", "phone", "user_code", "call_summary")
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
MAX_NAME_CHARS = 100
MAX_TEXT_CHARS = 20_000
NOT_IN_TEMPLATES = frozenset({*field_rules.CALLER_CODES, *field_rules.PICKER_CODES, "attachment"})
"""Codes a template never carries: the caller box, the inquiry-type picker, attachments."""
_TEXT_TYPES = (field_rules.TEXT, field_rules.TEXTAREA)


@dataclass(frozen=True, slots=True)
class Caller:
    """The caller's data the placeholders refer to."""

    name: str = ""
    phone: str = ""
    user_code: str = ""

    def placeholder_values(self, call_summary: str) -> dict[str, str]:
        return {
            "name": self.name, "phone": self.phone, "user_code": self.user_code, "call_summary": call_summary,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    category_id: int
    values: Mapping[str, Value] = field(default_factory=dict)
    language: str | None = None
    template_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    updated_ms: int = 0

    @property
    def subject(self) -> str:
        value = self.values.get("subject", "")
        return value if isinstance(value, str) else ""

    @property
    def content(self) -> str:
        value = self.values.get("content", "")
        return value if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class Applied:
    """The outcome of ``apply``. ``values`` is empty unless ``ok``: never half a template."""

    values: dict[str, Value]
    unknown_placeholders: tuple[str, ...] = ()
    empty_placeholders: tuple[str, ...] = ()
    missing_category: bool = False
    missing_fields: tuple[str, ...] = ()
    invalid_fields: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.missing_category or self.missing_fields or self.invalid_fields)


def placeholders_in(text: str) -> list[str]:
    """Placeholder names in ``text``, in order of first appearance."""
    return list(dict.fromkeys(PLACEHOLDER.findall(text)))


def fill(text: str, known: Mapping[str, str]) -> tuple[str, list[str], list[str]]:
    """``text`` with known placeholders replaced in one pass; (text, unknown names, empty names)."""
    unknown: list[str] = []
    empty: list[str] = []

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in known:
            if name not in unknown:
                unknown.append(name)
            return match.group(0)
        if not known[name] and name not in empty:
            empty.append(name)
        return known[name]

    return PLACEHOLDER.sub(sub, text), unknown, empty


def _fits(definition: FieldDefinition, value: Value) -> bool:
    kind = definition.type
    if kind in field_rules.NO_VALUE_TYPES:
        return False
    options = set(definition.options or ())
    if kind == field_rules.CHECKBOX:
        return isinstance(value, list) and all(isinstance(v, str) and v in options for v in value)
    if not isinstance(value, str):
        return False
    if kind in (field_rules.DROPDOWN, field_rules.RADIO):
        return value in options
    if kind in _TEXT_TYPES or field_rules.is_empty(value):
        return True
    return field_rules.check_format(kind, value) is None


def apply(
    template: Template,
    caller: Caller,
    call_summary: str,
    definitions: Sequence[FieldDefinition] | None,
) -> Applied:
    """Fill the form of ``template`` for ``caller``, or say why it cannot be applied.

    ``definitions`` is the current form of ``template.category_id``; None means the inquiry
    type no longer exists.
    """
    if definitions is None:
        return Applied({}, missing_category=True)
    by_code = {d.code: d for d in definitions}
    missing = tuple(c for c in template.values if c not in NOT_IN_TEMPLATES and c not in by_code)
    invalid = tuple(
        c for c, v in template.values.items()
        if c in by_code and c not in NOT_IN_TEMPLATES and not _fits(by_code[c], v)
    )  # fmt: skip
    if missing or invalid:
        return Applied({}, missing_fields=missing, invalid_fields=invalid)
    known = caller.placeholder_values(call_summary)
    values: dict[str, Value] = {}
    unknown: list[str] = []
    empty: list[str] = []
    for code, value in template.values.items():
        if code in NOT_IN_TEMPLATES:
            continue
        if isinstance(value, str) and by_code[code].type in _TEXT_TYPES:
            value, unknown_here, empty_here = fill(value, known)
            unknown += [n for n in unknown_here if n not in unknown]
            empty += [n for n in empty_here if n not in empty]
        values[code] = list(value) if isinstance(value, list) else value
    return Applied(values, tuple(unknown), tuple(empty))


def from_form(
    values: Mapping[str, Value],
    category_id: int,
    name: str,
    *,
    definitions: Sequence[FieldDefinition] | None = None,
    language: str | None = None,
    caller: Caller | None = None,
    now_ms: int = 0,
) -> Template:
    """A template from the current form: non-empty values of the form's fields, without the
    caller box. With ``caller``, the caller's name, phone and user code written in text fields
    become ``{name}``, ``{phone}`` and ``{user_code}``."""
    kinds = {d.code: d.type for d in definitions} if definitions is not None else None
    out: dict[str, Value] = {}
    for code, value in values.items():
        if code in NOT_IN_TEMPLATES or field_rules.is_empty(value):
            continue
        if kinds is not None and (code not in kinds or kinds[code] in field_rules.NO_VALUE_TYPES):
            continue
        if isinstance(value, str) and caller is not None and (kinds is None or kinds[code] in _TEXT_TYPES):
            value = _generalise(value, caller)
        out[code] = list(value) if isinstance(value, list) else value
    return Template(name.strip()[:MAX_NAME_CHARS], category_id, out, language, updated_ms=now_ms)


def _generalise(text: str, caller: Caller) -> str:
    pairs = [(caller.user_code, "{user_code}"), (caller.phone, "{phone}"), (caller.name, "{name}")]
    for literal, placeholder in sorted(pairs, key=lambda p: len(p[0]), reverse=True):
        if len(literal.strip()) >= 2:
            text = text.replace(literal.strip(), placeholder)
    return text


def matching(templates: Iterable[Template], typed: str) -> list[Template]:
    """Templates for type-ahead: name starts with ``typed`` first, then contains it (case-folded),
    then subject contains it; each group by name."""
    needle = typed.strip().casefold()
    ranked: list[tuple[int, str, Template]] = []
    for t in templates:
        name = t.name.casefold()
        if not needle or name.startswith(needle):
            rank = 0
        elif needle in name:
            rank = 1
        elif needle in t.subject.casefold():
            rank = 2
        else:
            continue
        ranked.append((rank, name, t))
    return [t for _, _, t in sorted(ranked, key=lambda r: (r[0], r[1]))]


# -- plain JSON ------------------------------------------------------------------------------
class TemplateShapeError(ValueError):
    """A template document with a missing or wrongly typed field (``field`` names it)."""

    def __init__(self, field_name: str, detail: str) -> None:
        super().__init__(f"{field_name}: {detail}")
        self.field = field_name
        self.detail = detail


def template_to_dict(t: Template) -> dict[str, Any]:
    return {
        "template_id": t.template_id, "name": t.name, "category_id": t.category_id, "language": t.language,
        "values": {k: list(v) if isinstance(v, list) else v for k, v in t.values.items()},
        "updated_ms": t.updated_ms,
    }  # fmt: skip


def template_from_dict(doc: object) -> Template:
    if not isinstance(doc, dict):
        raise TemplateShapeError("template", "not an object")
    name = doc.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TemplateShapeError("name", "missing")
    if len(name) > MAX_NAME_CHARS:
        raise TemplateShapeError("name", "too long")
    category = doc.get("category_id")
    if type(category) is not int or category <= 0:
        raise TemplateShapeError("category_id", "not a positive number")
    raw_values = doc.get("values")
    if not isinstance(raw_values, dict):
        raise TemplateShapeError("values", "not an object")
    values: dict[str, Value] = {}
    for code, value in raw_values.items():
        if isinstance(value, str):
            if len(value) > MAX_TEXT_CHARS:
                raise TemplateShapeError(f"values.{code}", "too long")
            values[code] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            values[code] = list(value)
        else:
            raise TemplateShapeError(f"values.{code}", "not text or a list of texts")
    language = doc.get("language")
    if language is not None and not isinstance(language, str):
        raise TemplateShapeError("language", "not text")
    template_id = doc.get("template_id")
    updated = doc.get("updated_ms", 0)
    return Template(
        name.strip(), category, values, language,
        template_id=template_id if isinstance(template_id, str) and template_id else uuid.uuid4().hex,
        updated_ms=updated if type(updated) is int and updated >= 0 else 0,
    )  # fmt: skip


# -- sets of templates: import and export ------------------------------------------------------
class ImportIssue(enum.Enum):
    """What is wrong with a template file (the ui words it; ``ImportProblem`` says where)."""

    UNREADABLE = "unreadable"  # cannot be read, not UTF-8 JSON, or empty
    TOO_LARGE = "too_large"
    NOT_A_TEMPLATE_FILE = "not_a_template_file"
    UNSUPPORTED_VERSION = "unsupported_version"
    WRONG_SHAPE = "wrong_shape"  # a template has a missing or wrongly typed field
    DUPLICATE_NAME = "duplicate_name"
    TOO_MANY = "too_many"


@dataclass(frozen=True, slots=True)
class ImportProblem:
    issue: ImportIssue
    index: int | None = None  # which template (0-based) in the file
    field: str | None = None  # which of its fields
    detail: str = ""


class TemplateFileError(ContipleError):
    """A template file cannot be imported; ``problems`` lists every problem found. Nothing was
    changed: a bad import never replaces good templates."""

    def __init__(self, problems: Sequence[ImportProblem], *, file_name: str = "") -> None:
        first = problems[0] if problems else ImportProblem(ImportIssue.UNREADABLE)
        super().__init__(f"{file_name or 'template file'}: {first.issue.value} {first.detail}".strip())
        self.problems = list(problems)
        self.file_name = file_name

    def details(self) -> dict[str, object]:
        return {**super().details(), "file": self.file_name,
                "problems": [(p.issue.value, p.index, p.field, p.detail) for p in self.problems]}  # fmt: skip


class ImportMode(enum.Enum):
    MERGE = "merge"  # imported templates are added; one with the name of an existing one replaces it
    REPLACE = "replace"  # the imported set becomes the whole set


@dataclass(frozen=True, slots=True)
class ImportResult:
    templates: list[Template]  # the whole set after the import
    added: int
    replaced: int


def merge_templates(
    existing: Sequence[Template], imported: Sequence[Template], mode: ImportMode
) -> ImportResult:
    """The set after importing ``imported`` (validated already) into ``existing``."""
    if mode is ImportMode.REPLACE:
        return ImportResult(list(imported), len(imported), 0)
    by_name = {t.name.casefold(): t for t in existing}
    ids = {t.template_id for t in existing}
    out = list(existing)
    added = replaced = 0
    for new in imported:
        old = by_name.get(new.name.casefold())
        if old is not None:  # same name: the imported one wins, under the existing ID
            out[out.index(old)] = replace(new, template_id=old.template_id)
            replaced += 1
            continue
        if new.template_id in ids:
            new = replace(new, template_id=uuid.uuid4().hex)
        ids.add(new.template_id)
        out.append(new)
        added += 1
    return ImportResult(out, added, replaced)
