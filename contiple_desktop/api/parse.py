"""Wire JSON (the ``result`` of an envelope) → the dataclasses in ``domain/models.py``.

Lenient per contiple-api.md §5 Q8: unknown keys are ignored, nulls tolerated, documented quirks
accepted (``attachmentYn`` "Y"/true, ``isNew`` "true"/true, numbers as strings, ``tagStr`` a comma
string or absent, ``profile`` an object or a string, ``path`` ``\\2546\\2548\\`` → (2546, 2548),
``languages`` maps with non-string junk skipped). What cannot be read at all (no ID, a list where
an object belongs) raises :class:`MalformedResponseError` — never KeyError/TypeError/ValueError.

Form field lists (``parse_fields``, in ``api.parse_fields``) are the exception to all-or-nothing:
one unreadable or unusable field never fails the list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from contiple_desktop.api.envelope import as_bool, as_int
from contiple_desktop.domain.models import (
    Attachment,
    Category,
    CreatedTicket,
    Faq,
    FaqSummary,
    Language,
    Notice,
    NoticeSummary,
    Page,
    ServiceInfo,
    Tag,
    TicketDetail,
    TicketEntry,
    TicketSummary,
)
from contiple_desktop.errors import ContipleError, MalformedResponseError

P = ParamSpec("P")
T = TypeVar("T")
Json = Any


class _Bad(Exception):
    """Internal: structurally impossible input; turned into MalformedResponseError."""


def _guarded(fn: Callable[P, T]) -> Callable[P, T]:
    """Whatever goes wrong inside a parser surfaces as MalformedResponseError."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except ContipleError:
            raise
        except _Bad as exc:
            raise MalformedResponseError(f"unexpected response: {exc}") from None
        except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
            raise MalformedResponseError(f"unexpected response ({type(exc).__name__})") from None

    return wrapper


# ---------------------------------------------------------------- scalar helpers


def _obj(value: Json, what: str) -> dict[str, Json]:
    if not isinstance(value, dict):
        raise _Bad(f"{what} is not an object")
    return value


def _opt_list(value: Json, what: str) -> list[Json]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _Bad(f"{what} is not a list")
    return value


def _text(value: Json, default: str = "") -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return default


def _opt_text(value: Json) -> str | None:
    text = _text(value)
    return text if text else None


def _req_int(d: dict[str, Json], key: str) -> int:
    value = as_int(d.get(key))
    if value is None:
        raise _Bad(f"{key} missing or not a number")
    return value


def _req_id(d: dict[str, Json], key: str) -> str:
    value = d.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise _Bad(f"{key} missing")
    text = str(value).strip()
    if not text:
        raise _Bad(f"{key} empty")
    return text


def _languages(value: Json) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


_PATH_SPLIT = re.compile(r"[\\/]+")


def _path(value: Json) -> tuple[int, ...]:
    if not isinstance(value, str):
        return ()
    ids = (as_int(part) for part in _PATH_SPLIT.split(value) if part)
    return tuple(i for i in ids if i is not None)


def _tag_names(value: Json) -> tuple[str, ...]:
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list):
        parts = [_text(v) for v in value]
    else:
        return ()
    return tuple(p.strip() for p in parts if p and p.strip())


# ---------------------------------------------------------------- envelope parts


@_guarded
def content(result: Json) -> dict[str, Json]:
    """``result.content`` (a single object)."""
    return _obj(_obj(result, "result").get("content"), "result.content")


@_guarded
def contents(result: Json) -> list[Json]:
    """``result.contents`` (a list; null → empty)."""
    return _opt_list(_obj(result, "result").get("contents"), "result.contents")


PAGE_MARGIN = 5
"""A page keeps at most its size plus this many items (see ``parse_page``)."""


@_guarded
def parse_page(result: Json, item: Callable[[Json], T], page: int, page_size: int) -> Page[T]:
    """A paged list: ``contents`` plus ``total``/``pages``/``pageNum``/``pageSize`` beside it.

    At most ``page_size + PAGE_MARGIN`` items are kept, and only those are parsed: a server
    that sends 250,000 items for a page of 10 cannot make one page cost more than a page.
    """
    r = _obj(result, "result")
    raw = _opt_list(r.get("contents"), "result.contents")
    items = tuple(item(x) for x in raw[: max(1, page_size) + PAGE_MARGIN])
    size = as_int(r.get("pageSize")) or page_size or max(1, len(items))
    total = as_int(r.get("total"))
    if total is None or total < 0:
        total = len(raw)
    pages = as_int(r.get("pages"))
    if pages is None or pages < 0:
        pages = -(-total // size) if size > 0 else 0
    page_num = as_int(r.get("pageNum")) or page
    return Page(items=items, total=total, pages=pages, page_num=page_num, page_size=size)


# ---------------------------------------------------------------- records


@_guarded
def parse_service(result: Json) -> ServiceInfo:
    c = content(result)
    profile = c.get("profile")
    if isinstance(profile, dict):
        image = _opt_text(profile.get("fileUrl"))
    else:
        image = _opt_text(profile)
    languages: list[Language] = []
    for item in _opt_list(c.get("languages"), "languages"):
        if isinstance(item, dict) and _text(item.get("code")):
            languages.append(
                Language(
                    code=_text(item.get("code")),
                    name=_text(item.get("name")) or _text(item.get("code")),
                    order=as_int(item.get("orderNo")) or 0,
                )
            )
    languages.sort(key=lambda lang: lang.order)
    default = _text(c.get("language")) or (languages[0].code if languages else "")
    return ServiceInfo(
        service_id=_text(c.get("serviceId")),
        name=_text(c.get("name")),
        default_language=default,
        languages=tuple(languages),
        multi_language=as_bool(c.get("multiLanguage")),
        profile_image_url=image,
    )


@_guarded
def parse_category(value: Json) -> Category:
    d = _obj(value, "category")
    path = _path(d.get("path"))
    level = as_int(d.get("level"))
    return Category(
        category_id=_req_int(d, "categoryId"),
        parent=as_int(d.get("parent")) or 0,
        name=_text(d.get("name")),
        level=level if level is not None and level > 0 else len(path) + 1,
        path=path,
        order=as_int(d.get("orderNo")) or 0,
        languages=_languages(d.get("languages")),
    )


@_guarded
def parse_categories(result: Json) -> list[Category]:
    return [parse_category(x) for x in contents(result)]


@_guarded
def parse_tag(value: Json) -> Tag:
    d = _obj(value, "tag")
    return Tag(
        tag_id=_req_int(d, "tagId"), tag=_text(d.get("tag")), languages=_languages(d.get("languages"))
    )


@_guarded
def parse_tags(result: Json) -> list[Tag]:
    return [parse_tag(x) for x in contents(result)]


@_guarded
def parse_attachment(value: Json) -> Attachment:
    d = _obj(value, "attachment")
    return Attachment(
        attachment_id=_req_id(d, "attachmentId"),
        file_name=_text(d.get("fileName")),
        content_type=_text(d.get("contentType")),
        size=as_int(d.get("size")),
        disposition=_opt_text(d.get("disposition")),
        created_ms=as_int(d.get("createdDt")),
    )


def _attachments(value: Json) -> tuple[Attachment, ...]:
    return tuple(parse_attachment(x) for x in _opt_list(value, "attachments"))


@_guarded
def parse_notice_summary(value: Json) -> NoticeSummary:
    d = _obj(value, "notice")
    return NoticeSummary(
        notice_id=_req_int(d, "noticeId"),
        title=_text(d.get("title")),
        category_id=as_int(d.get("categoryId")),
        category_name=_text(d.get("categoryName")),
        content=_text(d.get("content")),
        is_top=as_bool(d.get("isTop")),
        is_new=as_bool(d.get("isNew")),
        display_date=_text(d.get("displayDt")),
        updated_ms=as_int(d.get("updatedDt")),
        tag_names=_tag_names(d.get("tagStr")),
    )


@_guarded
def parse_notice(result: Json) -> Notice:
    d = content(result)
    attachments = _attachments(d.get("attachments"))
    tags = tuple(parse_tag(x) for x in _opt_list(d.get("tags"), "tags"))
    return Notice(
        notice_id=_req_int(d, "noticeId"),
        title=_text(d.get("title")),
        content=_text(d.get("content")),
        category_id=as_int(d.get("categoryId")),
        category_name=_text(d.get("categoryName")),
        is_top=as_bool(d.get("isTop")),
        is_new=as_bool(d.get("isNew")),
        display_date=_text(d.get("displayDt")),
        updated_ms=as_int(d.get("updatedDt")),
        read_count=as_int(d.get("readCnt")),
        has_attachments=as_bool(d.get("attachmentYn")) or bool(attachments),
        attachments=attachments,
        tags=tags,
    )


@_guarded
def parse_faq_summary(value: Json) -> FaqSummary:
    d = _obj(value, "faq")
    return FaqSummary(
        help_doc_id=_req_int(d, "helpDocId"),
        title=_text(d.get("title")),
        content=_text(d.get("content")),
        category_id=as_int(d.get("categoryId")),
        category_name=_text(d.get("categoryName")),
        is_top=as_bool(d.get("isTop")),
        is_recommend=as_bool(d.get("isRecommend")),
        is_new=as_bool(d.get("isNew")),
        created_ms=as_int(d.get("createdDt")),
        updated_ms=as_int(d.get("updatedDt")),
    )


@_guarded
def parse_faq(result: Json) -> Faq:
    d = content(result)
    attachments = _attachments(d.get("attachments"))
    parents = tuple(
        parse_category(x) for x in _opt_list(d.get("parentCategoryList"), "parentCategoryList")
    )
    return Faq(
        help_doc_id=_req_int(d, "helpDocId"),
        title=_text(d.get("title")),
        content=_text(d.get("content")),
        category_id=as_int(d.get("categoryId")),
        category_name=_text(d.get("categoryName")),
        category_full_name=_text(d.get("categoryFullName")),
        parent_categories=parents,
        is_top=as_bool(d.get("isTop")),
        is_recommend=as_bool(d.get("isRecommend")),
        is_new=as_bool(d.get("isNew")),
        read_count=as_int(d.get("readCnt")),
        created_ms=as_int(d.get("createdDt")),
        updated_ms=as_int(d.get("updatedDt")),
        has_attachments=as_bool(d.get("attachmentYn")) or bool(attachments),
        attachments=attachments,
    )


@_guarded
def parse_created_ticket(result: Json) -> CreatedTicket:
    d = content(result)
    return CreatedTicket(
        ticket_id=_req_id(d, "ticketId"),
        subject=_text(d.get("subject")),
        category_id=as_int(d.get("categoryId")),
        status=_text(d.get("status")) or "new",
        content=_text(d.get("content")),
        created_ms=as_int(d.get("createdDt")),
        updated_ms=as_int(d.get("updatedDt")),
        attachments=_attachments(d.get("attachments")),
    )


@_guarded
def parse_ticket_summary(value: Json) -> TicketSummary:
    d = _obj(value, "ticket")
    return TicketSummary(
        ticket_id=_req_id(d, "ticketId"),
        subject=_text(d.get("subject")),
        category_id=as_int(d.get("categoryId")),
        category_name=_text(d.get("categoryName")),
        category_full_name=_text(d.get("categoryFullName")),
        status=_text(d.get("status")),
        status_name=_text(d.get("statusName")),
        created_ms=as_int(d.get("createdDt")),
        updated_ms=as_int(d.get("updatedDt")),
        display_date=_text(d.get("displayDt")),
    )


@_guarded
def parse_ticket_entry(value: Json) -> TicketEntry:
    d = _obj(value, "ticket entry")
    return TicketEntry(
        content=_text(d.get("content")),
        type=_text(d.get("type")) or "enduser",
        type_name=_text(d.get("typeName")),
        created_ms=as_int(d.get("createdDt")),
        display_date=_text(d.get("displayDt")),
        attachments=_attachments(d.get("attachments")),
    )


@_guarded
def parse_comment(result: Json) -> TicketEntry:
    return parse_ticket_entry(content(result))


@_guarded
def parse_ticket_detail(result: Json) -> TicketDetail:
    d = content(result)
    return TicketDetail(
        ticket_id=_req_id(d, "ticketId"),
        subject=_text(d.get("subject")),
        category_id=as_int(d.get("categoryId")),
        category_name=_text(d.get("categoryName")),
        category_full_name=_text(d.get("categoryFullName")),
        status=_text(d.get("status")),
        status_name=_text(d.get("statusName")),
        content=_text(d.get("content")),
        created_ms=as_int(d.get("createdDt")),
        updated_ms=as_int(d.get("updatedDt")),
        display_date=_text(d.get("displayDt")),
        entries=tuple(parse_ticket_entry(x) for x in _opt_list(d.get("contents"), "contents")),
        attachments=_attachments(d.get("attachments")),
    )


# Form field lists have their own module (they degrade one field at a time); imported last, as it
# builds on the helpers above.
from contiple_desktop.api.parse_fields import parse_field as parse_field  # noqa: E402
from contiple_desktop.api.parse_fields import parse_fields as parse_fields  # noqa: E402
