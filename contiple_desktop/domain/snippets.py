"""Reply snippets: a Help Center answer kept as plain text for follow-ups.

While on a call the agent often reads out the same FAQ answer; saved as a ``Snippet`` (its
title, the answer as plain text, the FAQ it came from) it can be dropped into a follow-up or
a ticket with one shortcut. ``storage.snippets`` keeps them per profile as plain JSON.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from contiple_desktop.domain.html import html_to_text
from contiple_desktop.domain.models import Faq

MAX_TITLE_CHARS = 200
MAX_TEXT_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Snippet:
    title: str
    text: str
    faq_id: int | None = None
    language: str | None = None
    snippet_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    saved_ms: int = 0


def snippet_from_faq(faq: Faq, *, language: str | None = None, now_ms: int = 0) -> Snippet:
    """The FAQ's answer as plain text (sanitised HTML → text), titled like the FAQ."""
    text = html_to_text(faq.content)[:MAX_TEXT_CHARS]
    return Snippet(faq.title.strip()[:MAX_TITLE_CHARS], text, faq.help_doc_id, language, saved_ms=now_ms)


def matching_snippets(snippets: Iterable[Snippet], typed: str) -> list[Snippet]:
    """Snippets whose title (first) or text contains ``typed``, case-folded; by title."""
    needle = typed.strip().casefold()
    hits = [
        (0 if needle in s.title.casefold() else 1, s.title.casefold(), s)
        for s in snippets
        if not needle or needle in s.title.casefold() or needle in s.text.casefold()
    ]
    return [s for _, _, s in sorted(hits, key=lambda h: (h[0], h[1]))]


class SnippetShapeError(ValueError):
    """A stored snippet with a missing or wrongly typed field."""


def snippet_to_dict(s: Snippet) -> dict[str, Any]:
    return {"snippet_id": s.snippet_id, "title": s.title, "text": s.text, "faq_id": s.faq_id,
            "language": s.language, "saved_ms": s.saved_ms}  # fmt: skip


def snippet_from_dict(doc: object) -> Snippet:
    if not isinstance(doc, dict):
        raise SnippetShapeError("snippet is not an object")
    title, text, faq_id = doc.get("title"), doc.get("text"), doc.get("faq_id")
    if not isinstance(title, str) or not isinstance(text, str):
        raise SnippetShapeError("title or text is not text")
    if faq_id is not None and type(faq_id) is not int:
        raise SnippetShapeError("faq_id is not a number")
    language, snippet_id, saved = doc.get("language"), doc.get("snippet_id"), doc.get("saved_ms", 0)
    return Snippet(
        title[:MAX_TITLE_CHARS], text[:MAX_TEXT_CHARS], faq_id,
        language if isinstance(language, str) else None,
        snippet_id if isinstance(snippet_id, str) and snippet_id else uuid.uuid4().hex,
        saved if type(saved) is int and saved >= 0 else 0,
    )  # fmt: skip
