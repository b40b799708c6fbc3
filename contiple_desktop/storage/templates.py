"""Ticket templates and reply snippets on disk: plain JSON per profile, import/export files.

``templates.json`` in the profile's folder and every exported file share one shape, so a team
lead can hand a set to the desk::

    {"format": "contiple-desktop-templates", "version": 1,
     "templates": [{"template_id": "…", "name": "Password reset", "category_id": 2542,
                    "language": "ko", "values": {"subject": "…", "content": "… {name} …"},
                    "updated_ms": …}, …]}

``read_template_file`` validates a whole file before anything is used and raises
``domain.templates.TemplateFileError`` listing every problem (which template, which field),
so a bad import never replaces good templates. ``snippets.json`` holds reply snippets
(``{"version": 1, "snippets": […]}``). A damaged profile file is moved into the profile's
``damaged/`` folder (never deleted) and reported; writes are atomic. Qt-free; the disk lane
calls these through ``tasks.template_ops``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from contiple_desktop.domain.drafts import DamageReason
from contiple_desktop.domain.snippets import Snippet, SnippetShapeError, snippet_from_dict, snippet_to_dict
from contiple_desktop.domain.templates import (
    ImportIssue,
    ImportProblem,
    Template,
    TemplateFileError,
    TemplateShapeError,
    template_from_dict,
    template_to_dict,
)
from contiple_desktop.storage.atomic import atomic_write
from contiple_desktop.storage.jsonfile import Damage, encode_json, move_aside, parse_json

log = logging.getLogger(__name__)

FORMAT = "contiple-desktop-templates"
VERSION = 1
SNIPPETS_VERSION = 1
MAX_TEMPLATES = 500
MAX_SNIPPETS = 1000
MAX_FILE_BYTES = 4 * 1024 * 1024

_DAMAGE_ISSUE = {
    DamageReason.TOO_LARGE: ImportIssue.TOO_LARGE,
    DamageReason.EMPTY: ImportIssue.UNREADABLE,
    DamageReason.UNREADABLE: ImportIssue.UNREADABLE,
    DamageReason.TOO_DEEP: ImportIssue.WRONG_SHAPE,
}


def decode_set(doc: object, *, file_name: str = "") -> list[Template]:
    """Every template of a document, or ``TemplateFileError`` with every problem found."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise TemplateFileError([ImportProblem(ImportIssue.NOT_A_TEMPLATE_FILE)], file_name=file_name)
    if doc.get("version") != VERSION:
        problem = ImportProblem(ImportIssue.UNSUPPORTED_VERSION, detail=str(doc.get("version")))
        raise TemplateFileError([problem], file_name=file_name)
    raw = doc.get("templates")
    if not isinstance(raw, list):
        problem = ImportProblem(ImportIssue.WRONG_SHAPE, field="templates")
        raise TemplateFileError([problem], file_name=file_name)
    if len(raw) > MAX_TEMPLATES:
        problem = ImportProblem(ImportIssue.TOO_MANY, detail=f"{len(raw)} > {MAX_TEMPLATES}")
        raise TemplateFileError([problem], file_name=file_name)
    problems: list[ImportProblem] = []
    templates: list[Template] = []
    names: dict[str, int] = {}
    for index, item in enumerate(raw):
        try:
            template = template_from_dict(item)
        except TemplateShapeError as exc:
            problems.append(ImportProblem(ImportIssue.WRONG_SHAPE, index, exc.field, exc.detail))
            continue
        key = template.name.casefold()
        if key in names:
            problems.append(ImportProblem(ImportIssue.DUPLICATE_NAME, index, "name", template.name))
            continue
        names[key] = index
        templates.append(template)
    if problems:
        raise TemplateFileError(problems, file_name=file_name)
    return templates


def encode_set(templates: Sequence[Template]) -> bytes:
    doc = {"format": FORMAT, "version": VERSION, "templates": [template_to_dict(t) for t in templates]}
    return encode_json(doc)


def _read_bytes(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read(MAX_FILE_BYTES + 1)


def read_template_file(path: Path) -> list[Template]:
    """Templates of an exported file (import); ``TemplateFileError`` when it cannot be used."""
    name = Path(path).name
    try:
        doc = parse_json(_read_bytes(path), max_bytes=MAX_FILE_BYTES)
    except OSError as exc:
        problem = ImportProblem(ImportIssue.UNREADABLE, detail=exc.strerror or type(exc).__name__)
        raise TemplateFileError([problem], file_name=name) from None
    except Damage as exc:
        issue = _DAMAGE_ISSUE.get(exc.reason, ImportIssue.UNREADABLE)
        raise TemplateFileError([ImportProblem(issue, detail=exc.detail)], file_name=name) from None
    return decode_set(doc, file_name=name)


def write_template_file(path: Path, templates: Sequence[Template]) -> None:
    """Export ``templates`` (atomically: a failed export leaves no half file)."""
    atomic_write(Path(path), encode_set(templates))


class _ProfileFile:
    def __init__(self, path: Path, damaged_dir: Path) -> None:
        self.path = Path(path)
        self.damaged_dir = Path(damaged_dir)

    def _set_aside(self, what: str, reason: str) -> Path | None:
        try:
            kept = move_aside(self.path, self.damaged_dir)
        except OSError as exc:
            log.warning("could not move the damaged %s aside: %s", what, exc)
            return self.path
        log.warning("%s %s is unreadable (%s); starting empty; kept at %s",
                    what, self.path.name, reason, kept)  # fmt: skip
        return kept


class TemplateStore(_ProfileFile):
    """One profile's ``templates.json``. ``load`` → (templates, where a damaged file was kept)."""

    def load(self) -> tuple[list[Template], Path | None]:
        try:
            doc = parse_json(_read_bytes(self.path), max_bytes=MAX_FILE_BYTES)
            return decode_set(doc, file_name=self.path.name), None
        except FileNotFoundError:
            return [], None
        except (OSError, Damage, TemplateFileError) as exc:
            return [], self._set_aside("template set", str(exc))

    def save(self, templates: Sequence[Template]) -> None:
        atomic_write(self.path, encode_set(templates))


class SnippetStore(_ProfileFile):
    """One profile's ``snippets.json``. ``load`` → (snippets, where a damaged file was kept)."""

    def load(self) -> tuple[list[Snippet], Path | None]:
        try:
            doc = parse_json(_read_bytes(self.path), max_bytes=MAX_FILE_BYTES)
            if not isinstance(doc, dict) or doc.get("version") != SNIPPETS_VERSION:
                raise Damage(DamageReason.WRONG_SHAPE, "not a snippet file of version 1")
            raw = doc.get("snippets")
            if not isinstance(raw, list):
                raise Damage(DamageReason.WRONG_SHAPE, "snippets is not a list")
            return [snippet_from_dict(s) for s in raw[:MAX_SNIPPETS]], None
        except FileNotFoundError:
            return [], None
        except (OSError, Damage, SnippetShapeError) as exc:
            return [], self._set_aside("snippet list", str(exc))

    def save(self, snippets: Sequence[Snippet]) -> None:
        doc = {"version": SNIPPETS_VERSION, "snippets": [snippet_to_dict(s) for s in snippets[:MAX_SNIPPETS]]}
        atomic_write(self.path, encode_json(doc))
