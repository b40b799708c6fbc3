"""Template and reply-snippet operations: load, save, import, export (disk lane), and loading
the current form of a template's inquiry type (network).

Every function is called on the GUI thread and submits one task (``tasks.ops`` pattern: every
failure, "no connection profile" included, arrives through ``on_failure``; None sends it to the
error presenter). Templates and snippets belong to the current connection profile. Writes are
read-modify-write on the one-thread disk lane, so they never interleave.

Applying a template is pure and instant: ``domain.templates.apply(template, caller, summary,
definitions)`` with the definitions ``load_template_form`` delivered (None: the inquiry type no
longer exists).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from contiple_desktop.domain.models import Faq, FieldDefinition
from contiple_desktop.domain.snippets import Snippet, snippet_from_faq
from contiple_desktop.domain.templates import ImportMode, ImportResult, Template, merge_templates
from contiple_desktop.errors import NotFoundError
from contiple_desktop.storage.profile_data import DAMAGED_DIR, SNIPPETS_FILE, TEMPLATES_FILE, profile_dir
from contiple_desktop.storage.templates import (
    SnippetStore,
    TemplateStore,
    read_template_file,
    write_template_file,
)
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.ops import Failure, no_connection
from contiple_desktop.tasks.runner import TaskContext, TaskHandle
from contiple_desktop.tasks.send_once import local_now_ms
from contiple_desktop.tasks.ticket_ops import load_fields

T = TypeVar("T")
FORM_SCOPE = "template"


@dataclass(frozen=True, slots=True)
class TemplateList:
    """The profile's templates (by name) and, when its file was unreadable, where it was kept."""

    templates: list[Template]
    damaged: Path | None = None


@dataclass(frozen=True, slots=True)
class SnippetList:
    snippets: list[Snippet]
    damaged: Path | None = None


def _stores(ctx: AppContext) -> Callable[[], tuple[TemplateStore, SnippetStore]]:
    """Bind the current profile now (GUI thread); the worker raises when there is none."""
    profile = ctx.session.profile
    data_dir = ctx.paths.data_dir

    def stores() -> tuple[TemplateStore, SnippetStore]:
        if profile is None:
            raise no_connection()
        folder = profile_dir(data_dir, profile.profile_id)
        damaged = folder / DAMAGED_DIR
        return TemplateStore(folder / TEMPLATES_FILE, damaged), SnippetStore(folder / SNIPPETS_FILE, damaged)

    return stores


def _disk(
    ctx: AppContext,
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None] | None,
    on_failure: Failure | None,
) -> TaskHandle[T]:
    return ctx.disk.submit(work, on_success=on_success, on_failure=on_failure)


def _by_name(templates: Sequence[Template]) -> list[Template]:
    return sorted(templates, key=lambda t: t.name.casefold())


def _by_title(snippets: Sequence[Snippet]) -> list[Snippet]:
    return sorted(snippets, key=lambda s: s.title.casefold())


# -- templates -------------------------------------------------------------------------------
def load_templates(
    ctx: AppContext, *, on_success: Callable[[TemplateList], None], on_failure: Failure | None = None
) -> TaskHandle[TemplateList]:
    stores = _stores(ctx)

    def work(_t: TaskContext) -> TemplateList:
        templates, damaged = stores()[0].load()
        return TemplateList(_by_name(templates), damaged)

    return _disk(ctx, work, on_success, on_failure)


def save_template(
    ctx: AppContext,
    template: Template,
    *,
    on_success: Callable[[list[Template]], None] | None = None,
    on_failure: Failure | None = None,
) -> TaskHandle[list[Template]]:
    """Add ``template`` or replace the one with its ID; delivers the whole set."""
    stores, now = _stores(ctx), local_now_ms()

    def work(_t: TaskContext) -> list[Template]:
        store = stores()[0]
        current = [t for t in store.load()[0] if t.template_id != template.template_id]
        result = _by_name([*current, replace(template, updated_ms=now)])
        store.save(result)
        return result

    return _disk(ctx, work, on_success, on_failure)


def delete_template(
    ctx: AppContext,
    template_id: str,
    *,
    on_success: Callable[[list[Template]], None] | None = None,
    on_failure: Failure | None = None,
) -> TaskHandle[list[Template]]:
    stores = _stores(ctx)

    def work(_t: TaskContext) -> list[Template]:
        store = stores()[0]
        result = _by_name([t for t in store.load()[0] if t.template_id != template_id])
        store.save(result)
        return result

    return _disk(ctx, work, on_success, on_failure)


def import_templates(
    ctx: AppContext,
    path: Path,
    mode: ImportMode = ImportMode.MERGE,
    *,
    on_success: Callable[[ImportResult], None],
    on_failure: Failure | None = None,
) -> TaskHandle[ImportResult]:
    """Import a template file. The whole file is checked first: any problem fails with
    ``TemplateFileError`` (``problems``) and the current set stays as it was."""
    stores = _stores(ctx)

    def work(_t: TaskContext) -> ImportResult:
        imported = read_template_file(path)
        store = stores()[0]
        result = merge_templates(store.load()[0], imported, mode)
        store.save(result.templates)
        return ImportResult(_by_name(result.templates), result.added, result.replaced)

    return _disk(ctx, work, on_success, on_failure)


def export_templates(
    ctx: AppContext,
    path: Path,
    template_ids: Sequence[str] | None = None,
    *,
    on_success: Callable[[int], None] | None = None,
    on_failure: Failure | None = None,
) -> TaskHandle[int]:
    """Write the templates (all, or those of ``template_ids``) to ``path``; delivers how many."""
    stores, wanted = _stores(ctx), set(template_ids) if template_ids is not None else None

    def work(_t: TaskContext) -> int:
        chosen = [t for t in stores()[0].load()[0] if wanted is None or t.template_id in wanted]
        write_template_file(path, _by_name(chosen))
        return len(chosen)

    return _disk(ctx, work, on_success, on_failure)


def load_template_form(
    ctx: AppContext,
    template: Template,
    *,
    on_success: Callable[[list[FieldDefinition] | None], None],
    on_failure: Failure | None = None,
) -> TaskHandle[list[FieldDefinition]] | None:
    """The current form of ``template``'s inquiry type in the content language, or None when the
    service says the type no longer exists (then ``apply`` refuses the template). Forms come from
    the shared per-connection cache (``tasks.cache``): the new-ticket form asks for the same."""

    def failed(exc: BaseException) -> None:
        if isinstance(exc, NotFoundError):
            on_success(None)
        elif on_failure is not None:
            on_failure(exc)
        else:
            ctx.report_error(exc)

    return load_fields(
        ctx, template.category_id, ctx.session.content_language,
        on_success=on_success, on_failure=failed, scope=FORM_SCOPE,
    )  # fmt: skip


# -- reply snippets ----------------------------------------------------------------------------
def load_snippets(
    ctx: AppContext, *, on_success: Callable[[SnippetList], None], on_failure: Failure | None = None
) -> TaskHandle[SnippetList]:
    stores = _stores(ctx)

    def work(_t: TaskContext) -> SnippetList:
        snippets, damaged = stores()[1].load()
        return SnippetList(_by_title(snippets), damaged)

    return _disk(ctx, work, on_success, on_failure)


def save_snippet(
    ctx: AppContext,
    snippet: Snippet,
    *,
    on_success: Callable[[list[Snippet]], None] | None = None,
    on_failure: Failure | None = None,
) -> TaskHandle[list[Snippet]]:
    """Add ``snippet`` or replace the one with its ID (or, from the same FAQ, the earlier save)."""
    stores = _stores(ctx)

    def work(_t: TaskContext) -> list[Snippet]:
        store = stores()[1]
        same_faq = snippet.faq_id
        current = [
            s for s in store.load()[0]
            if s.snippet_id != snippet.snippet_id and (same_faq is None or s.faq_id != same_faq)
        ]  # fmt: skip
        result = _by_title([*current, snippet])
        store.save(result)
        return result

    return _disk(ctx, work, on_success, on_failure)


def save_faq_as_snippet(
    ctx: AppContext,
    faq: Faq,
    *,
    on_success: Callable[[list[Snippet]], None] | None = None,
    on_failure: Failure | None = None,
) -> TaskHandle[list[Snippet]]:
    """Keep a Help Center answer as a reply snippet (plain text, its title, its FAQ ID)."""
    snippet = snippet_from_faq(faq, language=ctx.session.content_language, now_ms=local_now_ms())
    return save_snippet(ctx, snippet, on_success=on_success, on_failure=on_failure)


def delete_snippet(
    ctx: AppContext,
    snippet_id: str,
    *,
    on_success: Callable[[list[Snippet]], None] | None = None,
    on_failure: Failure | None = None,
) -> TaskHandle[list[Snippet]]:
    stores = _stores(ctx)

    def work(_t: TaskContext) -> list[Snippet]:
        store = stores()[1]
        result = _by_title([s for s in store.load()[0] if s.snippet_id != snippet_id])
        store.save(result)
        return result

    return _disk(ctx, work, on_success, on_failure)
