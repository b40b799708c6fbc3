"""Linear-time bounds on untrusted HTML: nesting depth, size, images, and render-sized chunks.

Rich-text engines pay for structure, not for characters: Qt lays nested tables out in time
exponential in their depth (661 characters of 20 nested tables took 20 s), a list of thousands
of items quadratically, and one block with thousands of format changes in one go. Two passes,
each a single left-to-right scan with a stack bounded by a constant, keep all of that bounded:

* ``limit_source_depth`` runs *before* the sanitiser on the raw text. The HTML parser inside
  nh3 is quadratic in nesting depth (10,000 nested lists: 0.8 s, 40,000: 13 s), so start tags
  beyond ``SOURCE_MAX_DEPTH`` open elements are cut out. The count is approximate (it knows the
  implicit closes of ``p``/``li``/table cells, not all of HTML); that is fine: its output is
  still untrusted text and goes through nh3, which alone guarantees safety.
* ``bound`` runs *after* nh3 on its serialisation, which is well-formed (every element closed,
  attribute values double-quoted, ``<`` in text escaped), so a regular-expression tokenizer is
  exact. It keeps elements up to per-kind depth caps and unwraps the rest (their content stays;
  a line break, a bullet or a space marks where a block, list item or cell was), turns images
  the caller does not want into text, stops at a size budget (closing what is open), and cuts
  the result into chunks that a view can insert one event-loop turn at a time.

Nothing here adds markup from the input: kept tags are nh3's own, copied verbatim; new text is
escaped; the only new tags are ``<br>`` and the closing/re-opening of kept tags at chunk cuts.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Callable
from dataclasses import dataclass

SOURCE_MAX_DEPTH = 96
"""Open elements the raw text may nest before further start tags are cut out (pre-sanitiser)."""

MAX_DEPTH = 20
"""Kept elements in general; table parts and list items directly under a kept parent may add 3."""
MAX_OUTPUT_DEPTH = MAX_DEPTH + 3
"""What any output nests at most (the property tests check it)."""
MAX_TABLE_DEPTH = 3
MAX_LIST_DEPTH = 8
MAX_QUOTE_DEPTH = 4
MAX_DIV_DEPTH = 8

SOFT_CHUNK_CHARS = 2_000
SOFT_CHUNK_TAGS = 80
HARD_CHUNK_CHARS = 4_000
HARD_CHUNK_TAGS = 300
"""A chunk ends at the first clean block boundary after the soft size, anywhere after the hard one."""
IMAGE_WEIGHT = 2_000
"""What an inline ``data:`` image counts for in a chunk (its decoding), whatever its length."""

_RAW_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*>")
_RAW_VOID = frozenset(
    {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
     "input", "keygen", "link", "meta", "param", "source", "track", "wbr"}
)  # fmt: skip
_CLOSES_P = frozenset(
    {"address", "article", "aside", "blockquote", "center", "details", "dir", "div", "dl",
     "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
     "main", "menu", "nav", "ol", "p", "pre", "section", "table", "ul"}
)  # fmt: skip
_IMPLIED_END = {  # a start tag of the key closes an open element of the same kind below these
    "li": ("li", frozenset({"ul", "ol", "menu", "dir"})),
    "dt": ("dt", frozenset({"dl"})),
    "dd": ("dd", frozenset({"dl"})),
    "td": ("td", frozenset({"tr", "table"})),
    "th": ("th", frozenset({"tr", "table"})),
    "tr": ("tr", frozenset({"table", "tbody", "thead", "tfoot"})),
    "option": ("option", frozenset({"select", "datalist"})),
}


def limit_source_depth(raw: str, max_depth: int = SOURCE_MAX_DEPTH) -> str:
    """``raw`` without the start tags (and their end tags) nested deeper than ``max_depth``."""
    if raw.count("<") <= max_depth:
        return raw  # too few tags to nest that deep
    stack: list[str] = []
    dropped: dict[str, int] = {}
    parts: list[str] = []
    last = 0
    for match in _RAW_TAG.finditer(raw):
        name = match.group(2).lower()
        if match.group(1):  # an end tag
            if dropped.get(name):
                dropped[name] -= 1
                parts.append(raw[last : match.start()])
                last = match.end()
            elif name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
            continue
        if name in _RAW_VOID:
            continue
        _close_implied(stack, name)
        if len(stack) >= max_depth:
            dropped[name] = dropped.get(name, 0) + 1
            parts.append(raw[last : match.start()])
            last = match.end()
            continue
        stack.append(name)
    if not parts:
        return raw
    parts.append(raw[last:])
    return "".join(parts)


def _close_implied(stack: list[str], name: str) -> None:
    if name in _CLOSES_P and stack and stack[-1] == "p":
        stack.pop()
    implied = _IMPLIED_END.get(name)
    if implied is None:
        return
    same, scope = implied
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] in scope:
            return
        if stack[i] == same or (name in ("td", "th") and stack[i] in ("td", "th")):
            del stack[i:]
            return


# -- the post-sanitiser pass --------------------------------------------------------------------
_TOKEN = re.compile(r'<(/?)([a-z][a-z0-9]*)((?:\s+[^\s"\'<>/=]+(?:="[^"]*")?)*)\s*/?>')
_ATTR = re.compile(r'([^\s"\'<>/=]+)="([^"]*)"')
_ANY_TAG = re.compile(r"<[^>]*>")
_VOID = frozenset({"br", "hr", "img", "col"})
_BLOCKS = frozenset(
    {"p", "div", "blockquote", "li", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr",
     "caption", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "hr"}
)  # fmt: skip
_NO_CUT = frozenset(
    {"p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "li", "table", "thead", "tbody", "tfoot",
     "tr", "td", "th", "caption", "colgroup"}
)  # fmt: skip
_PARENTS = {  # table parts and list items are kept when their direct kept parent is right
    "thead": ("table",), "tbody": ("table",), "tfoot": ("table",), "caption": ("table",),
    "colgroup": ("table",), "tr": ("table", "thead", "tbody", "tfoot"), "td": ("tr",), "th": ("tr",),
    "li": ("ul", "ol"), "col": ("table", "colgroup"),
}  # fmt: skip
_CAPS = {"table": MAX_TABLE_DEPTH, "ul": MAX_LIST_DEPTH, "ol": MAX_LIST_DEPTH,
         "blockquote": MAX_QUOTE_DEPTH, "div": MAX_DIV_DEPTH}  # fmt: skip
_KIND = {"table": "table", "ul": "list", "ol": "list", "blockquote": "quote", "div": "div"}

BULLET = "\u2022 "
ImageRule = Callable[[str, str], "str | None"]
"""``rule(src, alt)``: None keeps the image; a string is shown instead (may be empty). For an
empty ``src`` it must give its placeholder (used for images beyond the count or size budget)."""


@dataclass(frozen=True, slots=True)
class Bounded:
    """What ``bound`` made of one sanitised body."""

    chunks: tuple[str, ...]
    images: tuple[tuple[str, ...], ...]  # per chunk: the sources of the images it keeps
    truncated: bool
    shown_chars: int
    original_chars: int
    images_replaced: int


def text_length(fragment: str) -> int:
    """Characters a reader sees in escaped text (an entity counts as one)."""
    return len(_html.unescape(fragment)) if "&" in fragment else len(fragment)


class _Open:
    __slots__ = ("name", "tag", "items")

    def __init__(self, name: str, tag: str | None) -> None:
        self.name = name
        self.tag = tag  # the emitted start tag, or None when unwrapped
        self.items = 0  # list items seen (to continue an <ol>'s numbering after a cut)


class _Bounder:
    """One run of ``bound`` (state of the scan)."""

    def __init__(self, max_text: int, max_markup: int, max_images: int, max_image_chars: int,
                 image_rule: ImageRule | None, chunked: bool) -> None:  # fmt: skip
        self.max_text, self.max_markup = max_text, max_markup
        self.max_images, self.image_budget = max_images, max_image_chars
        self.rule, self.chunked = image_rule, chunked
        self.stack: list[_Open] = []
        self.kept: list[_Open] = []
        self.depth = {"table": 0, "list": 0, "quote": 0, "div": 0}
        self.chunks: list[str] = []
        self.chunk_images: list[tuple[str, ...]] = []
        self.parts: list[str] = []
        self.images: list[str] = []
        self.chunk_chars = self.chunk_tags = self.markup = 0
        self.shown = self.kept_images = self.replaced = 0
        self.pending = ""  # "<br>" or " " owed before the next visible content
        self.bullet = False
        self.line_has_content = False
        self.truncated = False
        self.lost = 0  # characters of a text cut to fit the budget
        self.since_cut = 0  # pieces put since the last cut (beyond the re-opened tags)

    # -- emitting ---------------------------------------------------------------------------------
    def put(self, piece: str, tag: bool, weight: int | None = None) -> None:
        size = len(piece) if weight is None else weight
        self.parts.append(piece)
        self.chunk_chars += size
        self.markup += size
        self.chunk_tags += tag
        self.since_cut += 1

    def content(self) -> None:
        """Visible content follows: pay what unwrapped elements owe."""
        if self.pending and self.line_has_content:
            self.put(self.pending, self.pending == "<br>")
        if self.bullet:
            self.put(BULLET, False)
        self.pending, self.bullet, self.line_has_content = "", False, True

    def owe(self, name: str) -> None:
        if name in _BLOCKS:
            self.pending = "<br>"
        elif name in ("td", "th") and not self.pending:
            self.pending = " "
        if name == "li":
            self.bullet = True

    # -- elements ---------------------------------------------------------------------------------
    def keep(self, name: str) -> bool:
        parents = _PARENTS.get(name)
        if parents is not None:
            return bool(self.kept) and self.kept[-1].name in parents
        if len(self.kept) >= MAX_DEPTH:
            return False
        kind = _KIND.get(name)
        return kind is None or self.depth[kind] < _CAPS[name]

    def start(self, name: str, token: str, attrs: str) -> None:
        if name in _VOID:
            self.void(name, token, attrs)
            return
        entry = _Open(name, token if self.keep(name) else None)
        if name == "li" and self.kept and entry.tag is not None:
            self.kept[-1].items += 1
        self.stack.append(entry)
        if entry.tag is None:
            self.owe(name)
            return
        self.kept.append(entry)
        kind = _KIND.get(name)
        if kind is not None:
            self.depth[kind] += 1
        if name in _BLOCKS or name in ("td", "th"):
            self.pending, self.line_has_content = "", False
        self.put(token, True)

    def end(self, name: str) -> None:
        if not self.stack or self.stack[-1].name != name:
            return  # cannot happen with nh3's output; ignore rather than guess
        entry = self.stack.pop()
        if entry.tag is None:
            self.owe(name)
            return
        self.kept.pop()
        kind = _KIND.get(name)
        if kind is not None:
            self.depth[kind] -= 1
        if name in _BLOCKS or name in ("td", "th"):
            self.pending, self.line_has_content = "", False
        self.put(f"</{name}>", True)

    def void(self, name: str, token: str, attrs: str) -> None:
        if name == "img":
            self.image(token, attrs)
        elif name == "col":
            if self.keep("col"):
                self.put(token, True)
        elif name == "hr":
            if len(self.kept) >= MAX_DEPTH:
                self.pending = "<br>"
                return
            self.pending, self.line_has_content = "", False
            self.put(token, True)
        else:
            if name == "br":
                self.content()
                self.line_has_content = False
            self.put(token, True)

    def image(self, token: str, attrs: str) -> None:
        values = {k: _html.unescape(v) for k, v in _ATTR.findall(attrs)}
        src, alt = values.get("src", ""), values.get("alt", "")
        shown = self.rule(src, alt) if self.rule is not None else None
        if shown is None and src:
            data = len(src) if src[:5].lower() == "data:" else 0
            if self.kept_images < self.max_images and data <= self.image_budget:
                self.kept_images += 1
                self.image_budget -= data
                self.content()
                self.put(token, True, len(token) - data + (IMAGE_WEIGHT if data else 0))
                self.images.append(src)
                return
            # over the budget: the caller's placeholder (a rule answers "" with it), else brackets
            shown = self.rule("", alt) if self.rule is not None else f"[{alt[:80]}]" if alt else "[\u2026]"
        self.replaced += 1
        if shown:
            self.content()
            self.put(_html.escape(shown, quote=False), False)

    # -- text and budgets ---------------------------------------------------------------------------
    def text(self, fragment: str) -> bool:
        """Emit ``fragment``; False when the text budget ran out (it was cut to fit)."""
        if not fragment.strip():
            self.put(fragment, False)
            return True
        length = text_length(fragment)
        fits = self.shown + length <= self.max_text
        if not fits:
            fragment = _cut_text(fragment, self.max_text - self.shown)
            self.lost += length - text_length(fragment)
            length = text_length(fragment)
        while fragment:
            self.content()
            room = max(HARD_CHUNK_CHARS - self.chunk_chars, 1024)
            if not self.chunked or len(fragment) <= room:
                self.put(fragment, False)
                break
            head = _cut_markup(fragment, room)
            self.put(head, False)
            fragment = fragment[len(head) :]
            self.cut()
        self.shown += length
        return fits

    # -- chunks -----------------------------------------------------------------------------------
    def maybe_cut(self, closed_block: bool) -> None:
        if not self.chunked:
            return
        hard = self.chunk_chars >= HARD_CHUNK_CHARS or self.chunk_tags >= HARD_CHUNK_TAGS
        soft = self.chunk_chars >= SOFT_CHUNK_CHARS or self.chunk_tags >= SOFT_CHUNK_TAGS
        if hard or (soft and closed_block and not any(e.name in _NO_CUT for e in self.kept)):
            self.cut()

    def cut(self) -> None:
        if not self.parts:
            return
        self.parts.extend(f"</{e.name}>" for e in reversed(self.kept))
        self.chunks.append("".join(self.parts))
        self.chunk_images.append(tuple(self.images))
        self.parts, self.images = [], []
        self.chunk_chars = self.chunk_tags = 0
        for i, entry in enumerate(self.kept):
            tag = entry.tag or ""
            if entry.name == "ol" and entry.items:  # the next item's number (this one's if it is open)
                inside = i + 1 < len(self.kept) and self.kept[i + 1].name == "li"
                tag = f'<ol start="{_ol_start(tag) + entry.items - inside}">'
            self.put(tag, True)
        self.since_cut = 0

    def finish(self) -> None:
        """Close what is open and keep the last chunk unless it is only re-opened tags."""
        if self.since_cut or not self.chunks:
            self.parts.extend(f"</{e.name}>" for e in reversed(self.kept))
            self.chunks.append("".join(self.parts))
            self.chunk_images.append(tuple(self.images))
        self.parts = []


def _ol_start(tag: str) -> int:
    match = re.search(r'start="(\d+)"', tag)
    return int(match.group(1)) if match else 1


def _cut_markup(fragment: str, room: int) -> str:
    """The longest prefix of escaped ``fragment`` of at most ``room`` characters that does not
    end inside an entity, preferring to end after a space."""
    head = fragment[:room]
    amp = head.rfind("&")
    if amp >= 0 and ";" not in head[amp:]:
        head = head[:amp]
    space = head.rfind(" ", max(0, len(head) - 40))
    if space > 0:
        head = head[: space + 1]
    return head or fragment[: max(1, room)]


def _cut_text(fragment: str, chars: int) -> str:
    """``fragment`` (escaped text) cut to ``chars`` visible characters, at a word if one is near."""
    plain = _html.unescape(fragment)[: max(0, chars)]
    space = plain.rfind(" ", max(0, len(plain) - 40))
    if space > 0 and len(plain) == chars:
        plain = plain[:space]
    return _html.escape(plain, quote=False)


def bound(
    clean: str,
    *,
    max_text_chars: int,
    max_markup_chars: int,
    max_images: int,
    max_image_chars: int,
    image_rule: ImageRule | None = None,
    chunked: bool = True,
) -> Bounded:
    """Apply the depth caps, image rule and budgets to nh3's output ``clean`` in one scan."""
    run = _Bounder(max_text_chars, max_markup_chars, max_images, max_image_chars, image_rule, chunked)
    pos = 0
    stopped_at = -1
    for match in _TOKEN.finditer(clean):
        if match.start() > pos and not run.text(clean[pos : match.start()]):
            stopped_at = match.start()
            break
        token, name = match.group(0), match.group(2)
        if name != "img" and run.markup + len(token) > max_markup_chars:
            stopped_at = match.start()
            break
        if match.group(1):
            run.end(name)
            run.maybe_cut(name in _BLOCKS)
        else:
            run.start(name, token, match.group(3))
            run.maybe_cut(False)
        pos = match.end()
    else:
        if pos < len(clean) and not run.text(clean[pos:]):
            stopped_at = len(clean)
    original = run.shown + run.lost
    if stopped_at >= 0:
        run.truncated = True
        original += text_length(_ANY_TAG.sub("", clean[stopped_at:]))
    run.finish()
    return Bounded(
        tuple(run.chunks), tuple(run.chunk_images), run.truncated, run.shown, original, run.replaced
    )
