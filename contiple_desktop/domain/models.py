"""Plain, immutable data returned by the protocol layer and shown by the UI.

Field names are Pythonic; the mapping from the wire (camelCase, lenient types) lives in
``contiple_desktop.api.parse``. Times are epoch milliseconds (``*_ms``) or ``None`` when the
server sent null; display dates (``display_date``) are the server's ``yyyy.MM.dd`` strings.
The Help Center's part is defined in ``content_models`` and re-exported here.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Literal

# the Help Center's part (``content_models``), re-exported
from contiple_desktop.domain.content_models import ATTACHMENT_KINDS as ATTACHMENT_KINDS
from contiple_desktop.domain.content_models import Attachment as Attachment
from contiple_desktop.domain.content_models import Category as Category
from contiple_desktop.domain.content_models import Faq as Faq
from contiple_desktop.domain.content_models import FaqSummary as FaqSummary
from contiple_desktop.domain.content_models import Language as Language
from contiple_desktop.domain.content_models import Notice as Notice
from contiple_desktop.domain.content_models import NoticeSummary as NoticeSummary
from contiple_desktop.domain.content_models import Page as Page
from contiple_desktop.domain.content_models import ServiceInfo as ServiceInfo
from contiple_desktop.domain.content_models import Tag as Tag
from contiple_desktop.domain.content_models import localized as localized

TicketStatus = Literal["new", "open", "reply", "solved", "closed"]
TICKET_STATUSES: tuple[str, ...] = ("new", "open", "reply", "solved", "closed")


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
