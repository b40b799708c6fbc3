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

``attachment_ref`` recognises the Contiple attachment URL shape
(``/{serviceId}/api/v2/{notice|helpdoc|ticket}/attachments/{id}``) without any Qt.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import nh3

from contiple_desktop.domain.models import ATTACHMENT_KINDS

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


def sanitize_html(text: str | None) -> str:
    """Return ``text`` reduced to the allow-list above; safe to hand to a rich-text view."""
    if not text:
        return ""
    return _CLEANER.clean(text)


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
