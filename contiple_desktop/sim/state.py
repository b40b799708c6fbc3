"""The simulator's data: plain dicts for every entity, a simulated clock, and small helpers.

Entities are stored close to the wire but language-neutral: names, titles and bodies are maps
``{"ko": ..., "en": ..., "ja": ...}`` and the routes pick the requested language when they emit
JSON. Times are epoch milliseconds. ``SimState`` is deep-copyable, which is how the seeded demo
data is cached and handed out fresh to every simulator (see ``contiple_desktop.sim.seed``).
"""

from __future__ import annotations

import hashlib
import secrets
import string
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

Json = dict[str, Any]

DEFAULT_LANGUAGE = "ko"
_ALNUM = string.ascii_letters + string.digits


class SimClock:
    """Real time plus an adjustable skew, in a fixed time zone for display dates."""

    def __init__(self, skew_ms: int = 0, tz_offset_hours: int = 9) -> None:
        self.skew_ms = skew_ms
        self.tz = timezone(timedelta(hours=tz_offset_hours))

    def now_ms(self) -> int:
        return int(time.time() * 1000) + self.skew_ms

    def now_s(self) -> float:
        return time.time() + self.skew_ms / 1000.0

    def display_date(self, ms: int) -> str:
        """``yyyy.MM.dd`` in the simulator's time zone (what ``displayDt`` carries)."""
        return datetime.fromtimestamp(ms / 1000.0, tz=self.tz).strftime("%Y.%m.%d")

    def today(self) -> str:
        return self.display_date(self.now_ms())

    def http_date(self) -> str:
        return datetime.fromtimestamp(self.now_s(), tz=UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")


def pick(texts: dict[str, str], language: str | None) -> str:
    """The text for ``language``, falling back to Korean, then to any value."""
    if language and texts.get(language):
        return texts[language]
    if texts.get(DEFAULT_LANGUAGE):
        return texts[DEFAULT_LANGUAGE]
    return next(iter(texts.values()), "")


def new_attachment_id() -> str:
    return secrets.token_hex(16)


def new_ticket_id(now_ms: int) -> str:
    return "T" + str(now_ms) + "".join(secrets.choice(_ALNUM) for _ in range(5))


@dataclass
class SimState:
    """Everything the simulator serves. Tests may read and add fixtures directly.

    * ``service``: service detail wire fields (``serviceId``, ``name``, ``language``, ...).
    * ``notice_categories`` / ``faq_categories`` / ``ticket_categories``: ``{id: category}`` with
      keys ``categoryId``, ``parent``, ``names``, ``level``, ``orderNo`` (insertion = list order).
    * ``notice_tags``: ``{tagId: {"tagId", "names"}}``.
    * ``notices`` / ``faqs``: ``{id: record}`` with ``title``/``content`` language maps.
    * ``fields``: ``{fieldId: definition}``; ``forms``: ``{categoryId: [fieldId, ...]}``;
      ``default_form`` is used for categories without their own form.
    * ``field_overrides``: ``{categoryId: [raw item, ...]}`` served *as is* as that type's
      ``result.contents`` (tests put broken definitions here: no ``fieldId``, ``options: null``,
      non-objects …). Create-ticket validation still uses ``forms``.
    * ``tickets``: ``{ticketId: record}``; a record has ``usercode`` and a ``thread`` list.
    * ``attachments``: one store for notice, FAQ and ticket files: ``{id: record with "data"}``.
    """

    service: Json = field(default_factory=dict)
    notice_categories: dict[int, Json] = field(default_factory=dict)
    notice_tags: dict[int, Json] = field(default_factory=dict)
    notices: dict[int, Json] = field(default_factory=dict)
    faq_categories: dict[int, Json] = field(default_factory=dict)
    faqs: dict[int, Json] = field(default_factory=dict)
    ticket_categories: dict[int, Json] = field(default_factory=dict)
    fields: dict[int, Json] = field(default_factory=dict)
    forms: dict[int, list[int]] = field(default_factory=dict)
    default_form: list[int] = field(default_factory=list)
    field_overrides: dict[int, list[Any]] = field(default_factory=dict)
    tickets: dict[str, Json] = field(default_factory=dict)
    attachments: dict[str, Json] = field(default_factory=dict)
    customers: dict[str, Json] = field(default_factory=dict)
    spam: dict[str, Json] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lock = threading.RLock()

    def __deepcopy__(self, memo: dict[int, Any]) -> SimState:
        import copy

        clone = SimState()
        for name in self.__dataclass_fields__:
            value = getattr(self, name)
            if name == "attachments":  # the bytes are immutable; copy the records only
                setattr(clone, name, {k: dict(v) for k, v in value.items()})
            else:
                setattr(clone, name, copy.deepcopy(value, memo))
        return clone

    # -- helpers used by seed and routes -------------------------------------------------

    @property
    def languages(self) -> list[str]:
        return [lang["code"] for lang in self.service.get("languages", [])]

    def language_or_default(self, language: str | None) -> str:
        if language and language in self.languages:
            return language
        return str(self.service.get("language", DEFAULT_LANGUAGE))

    def add_attachment(
        self, file_name: str, content_type: str, data: bytes, created_ms: int | None, *,
        attachment_id: str | None = None,
    ) -> Json:
        record: Json = {
            "attachmentId": attachment_id or new_attachment_id(),
            "fileName": file_name,
            "contentType": content_type,
            "size": len(data),
            "createdDt": created_ms,
            "md5": hashlib.md5(data, usedforsecurity=False).hexdigest(),
            "data": data,
        }
        self.attachments[record["attachmentId"]] = record
        return record

    def tickets_of(self, usercode: str) -> list[Json]:
        return [t for t in self.tickets.values() if t.get("usercode") == usercode]

    @staticmethod
    def ancestors(tree: dict[int, Json], category_id: int) -> list[Json]:
        """The chain root first, including the category itself (empty when unknown)."""
        chain: list[Json] = []
        node = tree.get(category_id)
        seen: set[int] = set()
        while node is not None and node["categoryId"] not in seen:
            seen.add(node["categoryId"])
            chain.append(node)
            node = tree.get(node["parent"])
        chain.reverse()
        return chain
