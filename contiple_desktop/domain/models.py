"""Plain, immutable data returned by the protocol layer and shown by the UI.

Field names are Pythonic; the mapping from the wire (camelCase, lenient types) lives in
``contiple_desktop.api.parse``. Times are epoch milliseconds (``*_ms``) or ``None`` when the
server sent null; display dates (``display_date``) are the server's ``yyyy.MM.dd`` strings.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

TicketStatus = Literal["new", "open", "reply", "solved", "closed"]
TICKET_STATUSES: tuple[str, ...] = ("new", "open", "reply", "solved", "closed")
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


class FieldProblem(enum.Enum):
    """Why a field definition cannot be used as a form field (the UI words it).

    Set by ``domain.fields.classify`` (and by the parser for items it cannot read at all); an
    unusable field is shown read-only, never validated and never sent.
    """

    MALFORMED = "malformed"  # the list item is not an object at all
    NO_ID = "no_id"  # ``fieldId`` missing or not a number
    NO_CODE = "no_code"  # ``code`` missing, empty or not a string
    UNKNOWN_TYPE = "unknown_type"  # a ``type`` this version does not know (or none)
    NO_OPTIONS = "no_options"  # a choice type (dropdown, radio, checkbox) without options
    DUPLICATE_CODE = "duplicate_code"  # an earlier usable field already has this code


@dataclass(frozen=True, slots=True)
class FieldDefinition:
    """One field of an inquiry type's form (§3.12). ``length`` 0 means unlimited.

    ``field_id`` is 0 when the server sent none. ``problem`` is None for a usable field.
    ``title`` is plain text (the parser strips markup from the server's label).
    """

    field_id: int
    code: str
    type: str
    title: str = ""
    description: str = ""
    placeholder: str = ""
    length: int = 0
    required: bool = False
    encrypt: bool = False
    holding_text: bool = False
    options: tuple[str, ...] | None = None
    problem: FieldProblem | None = None

    @property
    def usable(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class EndUser:
    email: str
    username: str
    usercode: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class UserFieldValue:
    """A custom field value; ``value`` is a list only for checkbox fields."""

    code: str
    value: str | list[str]


@dataclass(frozen=True, slots=True)
class NewTicket:
    """The create-ticket body (§3.14); the client encodes ``to_body()`` as the exact bytes it signs."""

    category_id: int
    subject: str
    content: str
    end_user: EndUser
    attachment_ids: tuple[str, ...] = ()
    type_one: str | None = None
    type_two: str | None = None
    language: str | None = None
    source: str = "api"
    user_fields: tuple[UserFieldValue, ...] = ()

    def to_body(self) -> dict[str, object]:
        end_user: dict[str, object] = {}
        if self.end_user.usercode:
            end_user["usercode"] = self.end_user.usercode
        end_user["email"] = self.end_user.email
        end_user["username"] = self.end_user.username
        if self.end_user.phone:
            end_user["phone"] = self.end_user.phone
        body: dict[str, object] = {
            "categoryId": self.category_id,
            "subject": self.subject,
            "content": self.content,
            "endUser": end_user,
        }
        if self.attachment_ids:
            body["attachments"] = [{"attachmentId": a} for a in self.attachment_ids]
        if self.type_one:
            body["typeOne"] = self.type_one
        if self.type_two:
            body["typeTwo"] = self.type_two
        if self.language:
            body["language"] = self.language
        body["source"] = self.source
        if self.user_fields:
            body["userFields"] = [{"code": f.code, "value": f.value} for f in self.user_fields]
        return body



@dataclass(frozen=True, slots=True)
class CreatedTicket:
    ticket_id: str
    subject: str = ""
    category_id: int | None = None
    status: str = "new"
    content: str = ""
    created_ms: int | None = None
    updated_ms: int | None = None
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True, slots=True)
class TicketSummary:
    ticket_id: str
    subject: str = ""
    category_id: int | None = None
    category_name: str = ""
    category_full_name: str = ""
    status: str = ""
    status_name: str = ""
    created_ms: int | None = None
    updated_ms: int | None = None
    display_date: str = ""


@dataclass(frozen=True, slots=True)
class TicketEntry:
    """One message of a ticket thread: a customer follow-up or an agent answer."""

    content: str
    type: str = "enduser"
    type_name: str = ""
    created_ms: int | None = None
    display_date: str = ""
    attachments: tuple[Attachment, ...] = ()

    @property
    def from_agent(self) -> bool:
        return self.type in ("reply", "csuser")


@dataclass(frozen=True, slots=True)
class TicketDetail:
    ticket_id: str
    subject: str = ""
    category_id: int | None = None
    category_name: str = ""
    category_full_name: str = ""
    status: str = ""
    status_name: str = ""
    content: str = ""
    created_ms: int | None = None
    updated_ms: int | None = None
    display_date: str = ""
    entries: tuple[TicketEntry, ...] = ()
    attachments: tuple[Attachment, ...] = ()

    def thread_oldest_first(self) -> tuple[TicketEntry, ...]:
        """Entries sorted by creation time, oldest first (the server sends newest first)."""
        return tuple(sorted(self.entries, key=lambda e: e.created_ms or 0))
