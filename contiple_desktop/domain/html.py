"""Untrusted server HTML made safe to render (DESIGN rule 10), plus small pure HTML helpers.

``sanitize_html`` runs nh3 (ammonia) with a strict allow-list:

* tags: text structure (p, br, b, i, strong, em, u, s, sub, sup, ul, ol, li, h1–h6, blockquote,
  pre, code, hr), tables, ``a`` and ``img``, and plain ``span``/``div``;
* attributes: ``a[href, title]``, ``img[src, alt, width, height]``, table spans; **no** ``style``,
  ``class``, ``id`` or ``on*`` attributes anywhere;
* link targets: ``http``, ``https``, ``mailto`` and relative URLs only; ``rel`` is forced;
* image sources: ``http``, ``https`` and relative URLs (the view decides what it actually loads:
  only Contiple attachment URLs), and small ``data:image/(png|jpeg|gif|webp);base64`` images;
* ``script``, ``style``, ``iframe``, ``object``, ``embed``, ``template``, ``noscript``, ``svg``
  and ``math`` are removed *with* their content; comments are stripped.

Sanitised is not enough: Qt renders nested tables in exponential time and long lists or huge
bodies in seconds, on the GUI thread. ``prepare_html`` therefore also *bounds* the result, in
linear time (``domain.html_bounds``): nesting is capped per kind (tables 3, lists 8, quotes 4,
divs 8, anything 20; deeper elements are unwrapped, their text kept), the size is capped
(``HtmlLimits``; a cut body says so through ``PreparedHtml.truncated`` / ``shown_chars`` /
``original_chars`` and the view words the note), images the caller cannot load become text
(``ImagePolicy``), and the result comes in chunks a view can insert over several event-loop
turns. It is pure Python and meant to run on a worker.

* ``prepare_html(text, images=…, limits=…)`` → ``PreparedHtml`` — for ``SafeHtmlView``;
* ``prepare_plain_text(text, limits=…)`` → ``PreparedHtml`` — escaped plain text, same bounds;
* ``sanitize_html(text)`` → ``str`` — sanitised and bounded in one piece, images left to the view;
* ``sanitize_caption(text)`` → ``str`` — short inline-friendly markup for a ``QLabel`` (field
  captions and descriptions): no images at all (their alt text stays), at most
  ``CAPTION_LIMITS`` characters, ending in "…" when cut.

``attachment_ref`` recognises the Contiple attachment URL shape
(``/{serviceId}/api/v2/{notice|helpdoc|ticket}/attachments/{id}``) without any Qt.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import nh3

from contiple_desktop.domain.html_bounds import MAX_OUTPUT_DEPTH, bound, limit_source_depth
from contiple_desktop.domain.models import ATTACHMENT_KINDS

__all__ = ["MAX_OUTPUT_DEPTH"]  # re-exported for the view and the tests

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "p", "br", "b", "i", "strong", "em", "u", "s", "sub", "sup", "hr",
        "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col",
        "a", "img", "blockquote", "pre", "code", "span", "div",
    }
)  # fmt: skip
REMOVED_WITH_CONTENT: frozenset[str] = frozenset(
    {"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math",
     "frameset", "frame", "applet", "textarea", "select", "title", "head"}
)  # fmt: skip
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    "ol": {"start"},
}
LINK_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
IMAGE_SCHEMES: frozenset[str] = frozenset({"http", "https"})
MAX_DATA_IMAGE_CHARS = 1_400_000
"""About 1 MiB of decoded image; larger inline ``data:`` images are dropped."""
MAX_IMAGE_DIMENSION = 4000

_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=\s]+$", re.IGNORECASE)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_ATTACHMENT_PATH = re.compile(
    r"^/(?P<service>[^/]+)/api/v2/(?P<kind>"
    + "|".join(ATTACHMENT_KINDS)
    + r")/attachments/(?P<id>[A-Za-z0-9_\-]{1,64})/?$"
)
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def _scheme_of(url: str) -> str | None:
    """The lower-case scheme of ``url`` after removing control characters, or None if relative."""
    match = _SCHEME.match(_CONTROL.sub("", url))
    return match.group(1).lower() if match else None


def _dimension(value: str) -> str | None:
    text = value.strip().lower().removesuffix("px")
    if not text.isdigit():
        return None
    number = int(text)
    return str(number) if 0 < number <= MAX_IMAGE_DIMENSION else None


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    if attr.lower().startswith("on"):
        return None
    if tag == "a" and attr == "href":
        scheme = _scheme_of(value)
        return value if scheme is None or scheme in LINK_SCHEMES else None
    if tag == "img" and attr == "src":
        scheme = _scheme_of(value)
        if scheme == "data":
            ok = len(value) <= MAX_DATA_IMAGE_CHARS and _DATA_IMAGE.match(value.strip())
            return value.strip() if ok else None
        return value if scheme is None or scheme in IMAGE_SCHEMES else None
    if tag == "img" and attr in ("width", "height"):
        return _dimension(value)
    if attr in ("colspan", "rowspan", "start"):
        text = value.strip()
        return text if text.isdigit() and 0 < int(text) <= 1000 else None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(REMOVED_WITH_CONTENT),
    attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_attribute_filter,
    strip_comments=True,
    link_rel="noopener noreferrer nofollow",
    url_schemes=set(LINK_SCHEMES | IMAGE_SCHEMES | {"data"}),
)


MAX_SOURCE_CHARS = 8_000_000
"""Characters of a body that are read at all; the rest only counts towards ``original_chars``."""


@dataclass(frozen=True, slots=True)
class HtmlLimits:
    """Size budgets of one prepared body (nesting caps are fixed, see ``html_bounds``)."""

    max_text_chars: int = 60_000
    max_markup_chars: int = 400_000
    max_images: int = 40
    max_image_chars: int = 4 * MAX_DATA_IMAGE_CHARS  # inline data: images, all together


BODY_LIMITS = HtmlLimits()
"""A FAQ, notice or ticket body (renders in well under a second, a few ms per step)."""
ENTRY_LIMITS = HtmlLimits(max_text_chars=20_000, max_markup_chars=150_000, max_images=20)
"""One entry of a ticket thread (a thread shows many in one document)."""
CAPTION_LIMITS = HtmlLimits(max_text_chars=1_000, max_markup_chars=10_000, max_images=0, max_image_chars=0)


@dataclass(frozen=True, slots=True)
class ImagePolicy:
    """Which ``<img>`` a body keeps; the others become ``placeholder`` text, never a broken icon.

    Kept: small ``data:image`` sources (when ``keep_data``) and attachment URLs of *this*
    service (``attachment_ref`` with ``service_id``/``base_url``). The placeholder words come
    from the caller (translated in the UI): ``placeholder`` without alt text, ``placeholder_alt``
    with it (``%1`` = the alt text, at most 80 characters). An empty placeholder drops the image.
    """

    service_id: str | None = None
    base_url: str | None = None
    placeholder: str = "[image]"
    placeholder_alt: str = "[image: %1]"
    keep_data: bool = True

    def rule(self, src: str, alt: str) -> str | None:
        """None to keep the image ``src``, else the text shown instead."""
        if _scheme_of(src) == "data":
            if self.keep_data:
                return None
        elif self.service_id and attachment_ref(src, service_id=self.service_id, base_url=self.base_url):
            return None
        alt = " ".join(alt.split())[:80]
        return self.placeholder_alt.replace("%1", alt) if alt else self.placeholder


NO_IMAGES = ImagePolicy(placeholder="", placeholder_alt="%1", keep_data=False)
"""Every image becomes its alt text (or nothing): for labels, which must never load anything."""


@dataclass(frozen=True, slots=True)
class PreparedHtml:
    """A sanitised, bounded body ready for a rich-text view.

    ``chunks`` concatenate to the whole document (``html``); each is balanced on its own (open
    elements are closed at its end and re-opened at the next one's start), so a view may insert
    them one at a time. ``images[i]`` are the image sources chunk ``i`` keeps. When
    ``truncated``, ``shown_chars`` of ``original_chars`` visible characters are shown (counted
    as a reader sees them; beyond ``MAX_SOURCE_CHARS`` the unread rest is counted as-is).
    """

    chunks: tuple[str, ...] = ()
    images: tuple[tuple[str, ...], ...] = ()
    truncated: bool = False
    shown_chars: int = 0
    original_chars: int = 0
    images_replaced: int = 0

    @property
    def html(self) -> str:
        return "".join(self.chunks)


def prepare_html(
    text: str | None,
    *,
    images: ImagePolicy | None = None,
    limits: HtmlLimits = BODY_LIMITS,
    chunked: bool = True,
) -> PreparedHtml:
    """Sanitise ``text`` (the allow-list above) and bound it; linear in its length.

    ``images=None`` keeps every image the allow-list permits (the view then decides what it
    loads); pass an ``ImagePolicy`` to turn the ones it would refuse into text already here.
    """
    if not text:
        return PreparedHtml()
    source = text[:MAX_SOURCE_CHARS]
    clean = _CLEANER.clean(limit_source_depth(source))
    return _bounded(clean, len(text) - len(source), images, limits, chunked)


def prepare_plain_text(text: str | None, *, limits: HtmlLimits = BODY_LIMITS) -> PreparedHtml:
    """Plain text (a customer's typed body) escaped into paragraphs, with the same bounds."""
    if not text:
        return PreparedHtml()
    source = text[:MAX_SOURCE_CHARS]
    return _bounded(plain_text_to_html(source), len(text) - len(source), None, limits, True)


def _bounded(
    clean: str, unread: int, images: ImagePolicy | None, limits: HtmlLimits, chunked: bool
) -> PreparedHtml:
    result = bound(
        clean,
        max_text_chars=limits.max_text_chars,
        max_markup_chars=limits.max_markup_chars,
        max_images=limits.max_images,
        max_image_chars=limits.max_image_chars,
        image_rule=images.rule if images is not None else None,
        chunked=chunked,
    )
    return PreparedHtml(
        result.chunks,
        result.images,
        result.truncated or unread > 0,
        result.shown_chars,
        result.original_chars + unread,
        result.images_replaced,
    )


def sanitize_html(text: str | None) -> str:
    """Return ``text`` reduced to the allow-list above and bounded (``prepare_html``) in one
    piece; images are left for the view to refuse. Safe to hand to a rich-text view."""
    return prepare_html(text, chunked=False).html


def sanitize_caption(
    text: str | None, *, limits: HtmlLimits = CAPTION_LIMITS, placeholder: str = "", placeholder_alt: str = ""
) -> str:
    """Markup for a ``QLabel`` caption or field description: sanitised, bounded, no images, at
    most ``limits.max_text_chars`` characters ("…" when cut). Each image becomes its alt text,
    or — given ``placeholder``/``placeholder_alt`` (translated by the ui) — a small text
    placeholder such as "[image: alt]"; a label never loads one (no broken-image icon)."""
    images = (
        ImagePolicy(None, None, placeholder, placeholder_alt or placeholder, keep_data=False)
        if placeholder
        else NO_IMAGES
    )
    prepared = prepare_html(text, images=images, limits=limits, chunked=False)
    return prepared.html + ("\u2026" if prepared.truncated else "")


_TAG = re.compile(r"<[^>]*>")
_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|tr|blockquote|pre)\s*>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")


def html_to_text(text: str | None, *, limit: int | None = None) -> str:
    """Plain text of (sanitised) HTML: block ends become newlines, entities are decoded."""
    if not text:
        return ""
    cleaned = sanitize_html(text)
    cleaned = _BLOCK_END.sub("\n", cleaned)
    plain = _html.unescape(_TAG.sub("", cleaned))
    lines = [_SPACES.sub(" ", line).strip() for line in plain.splitlines()]
    result = "\n".join(line for line in lines if line)
    if limit is not None and len(result) > limit:
        result = result[: max(0, limit - 1)].rstrip() + "\u2026"
    return result


def plain_text_to_html(text: str) -> str:
    """Escape plain text (e.g. a ticket body typed by a customer) for a rich-text view."""
    return "<p>" + _html.escape(text).replace("\n", "<br>") + "</p>"


@dataclass(frozen=True, slots=True)
class AttachmentRef:
    """A Contiple attachment download URL split into its parts."""

    service_id: str
    kind: str
    attachment_id: str


def attachment_ref(url: str, *, service_id: str, base_url: str | None = None) -> AttachmentRef | None:
    """Parse ``url`` when it is a Contiple attachment URL of *this* service, else None.

    Accepted: a relative path (``/{serviceId}/api/v2/{kind}/attachments/{id}`` with an optional
    query such as ``?type=open``), or the same path on exactly the scheme, host and port of
    ``base_url``. Anything else — other hosts, other services, other paths — is refused.
    """
    parts = urlsplit(url.strip())
    if parts.scheme or parts.netloc:
        if base_url is None:
            return None
        base = urlsplit(base_url)
        same_origin = (
            parts.scheme.lower() == base.scheme.lower()
            and (parts.hostname or "") == (base.hostname or "")
            and parts.port == base.port
            and not parts.username
            and not parts.password
        )
        if not same_origin:
            return None
    match = _ATTACHMENT_PATH.match(parts.path)
    if match is None or match.group("service") != service_id:
        return None
    return AttachmentRef(service_id, match.group("kind"), match.group("id"))
