"""The Help Center's data (service, categories, tags, attachments, pages, notices, FAQs).

Part of ``domain.models``, which re-exports every name here: import them from there. A module
of its own so that loading the models is two GUI steps of ~10 ms, not one of ~20 ms (18 frozen
dataclasses generate ~100 methods).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

ATTACHMENT_KINDS: tuple[str, ...] = ("notice", "helpdoc", "ticket")
"""The ``api/v2/{kind}/attachments/{id}`` namespaces (§3.6, §3.10, §3.17)."""


def localized(name: str, languages: dict[str, str], language: str | None) -> str:
    """The name in ``language`` when the ``languages`` map has a non-empty one, else ``name``."""
    if language:
        value = languages.get(language)
        if value:
            return value
    return name


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    order: int = 0


@dataclass(frozen=True, slots=True)
class ServiceInfo:
    service_id: str
    name: str
    default_language: str
    languages: tuple[Language, ...] = ()
    multi_language: bool = False
    profile_image_url: str | None = None


@dataclass(frozen=True, slots=True)
class Category:
    """A node of a flat category list (notice heading, FAQ category, inquiry type).

    ``path`` holds the ancestor IDs root first (``\\2546\\2548\\`` → ``(2546, 2548)``).
    """

    category_id: int
    parent: int
    name: str
    level: int = 1
    path: tuple[int, ...] = ()
    order: int = 0
    languages: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def display_name(self, language: str | None) -> str:
        return localized(self.name, self.languages, language)


@dataclass(frozen=True, slots=True)
class Tag:
    tag_id: int
    tag: str
    languages: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def display_name(self, language: str | None) -> str:
        return localized(self.tag, self.languages, language)


@dataclass(frozen=True, slots=True)
class Attachment:
    attachment_id: str
    file_name: str
    content_type: str = ""
    size: int | None = None
    disposition: str | None = None
    created_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a paged list; ``page_num`` is 1-based."""

    items: tuple[T, ...]
    total: int
    pages: int
    page_num: int
    page_size: int

    @property
    def has_next(self) -> bool:
        return self.page_num < self.pages


@dataclass(frozen=True, slots=True)
class NoticeSummary:
    notice_id: int
    title: str
    category_id: int | None = None
    category_name: str = ""
    content: str = ""
    is_top: bool = False
    is_new: bool = False
    display_date: str = ""
    updated_ms: int | None = None
    tag_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Notice:
    notice_id: int
    title: str
    content: str = ""
    category_id: int | None = None
    category_name: str = ""
    is_top: bool = False
    is_new: bool = False
    display_date: str = ""
    updated_ms: int | None = None
    read_count: int | None = None
    has_attachments: bool = False
    attachments: tuple[Attachment, ...] = ()
    tags: tuple[Tag, ...] = ()


@dataclass(frozen=True, slots=True)
class FaqSummary:
    help_doc_id: int
    title: str
    content: str = ""
    category_id: int | None = None
    category_name: str = ""
    is_top: bool = False
    is_recommend: bool = False
    is_new: bool = False
    created_ms: int | None = None
    updated_ms: int | None = None


@dataclass(frozen=True, slots=True)
class Faq:
    help_doc_id: int
    title: str
    content: str = ""
    category_id: int | None = None
    category_name: str = ""
    category_full_name: str = ""
    parent_categories: tuple[Category, ...] = ()
    is_top: bool = False
    is_recommend: bool = False
    is_new: bool = False
    read_count: int | None = None
    created_ms: int | None = None
    updated_ms: int | None = None
    has_attachments: bool = False
    attachments: tuple[Attachment, ...] = ()
