"""``SafeHtmlView``: the one widget that shows server HTML (FAQ/notice bodies, ticket contents).

Small API (shared with the customer-history panel)::

    view = SafeHtmlView(ctx, parent)
    view.set_html(server_html)        # sanitised with domain.html.sanitize_html, then shown
    view.set_plain_text(text)         # escaped plain text
    view.clear_content()
    view.refused_urls                 # every URL loadResource refused (tests, diagnostics)

Rules (DESIGN rule 10):

* Links never navigate inside the view (``setOpenLinks(False)``); a click emits ``link_clicked`` and
  opens http/https/mailto URLs (relative ones resolved against the profile's base URL) in the
  system browser through ``QDesktopServices.openUrl``. Nothing opens without a click.
* ``loadResource`` serves only images: Contiple attachment URLs of the active service (relative or
  on the profile's host, see ``domain.html.attachment_ref``) and small ``data:image`` URLs. Attachment
  images are fetched on a worker (``download_ops.fetch_attachment_bytes``), cached per connection
  generation, and the document is re-laid out when they arrive; a grey placeholder shows meanwhile.
  Everything else — remote images, style sheets, any other resource — gets an empty resource and
  is recorded in ``refused_urls``: there are no remote fetches, ever.
* Images are size-limited (``MAX_IMAGE_BYTES`` to download, ``MAX_IMAGE_WIDTH`` pixels shown).
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from contiple_desktop.domain import html as safe_html
from contiple_desktop.errors import ConfigurationError
from contiple_desktop.tasks import download_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskHandle

log = logging.getLogger(__name__)

_CacheKey = tuple[int, str, str, str]  # (generation, base URL, kind, attachment id)


def cancel_all(handles: list[TaskHandle[Any]]) -> None:
    """Cancel every handle (used when a widget that owns running tasks is destroyed)."""
    for handle in handles:
        handle.cancel()


class SafeHtmlView(QTextBrowser):
    """Read-only rich-text view for untrusted HTML.

    Signals:
        link_clicked(QUrl): the agent activated a link (resolved); emitted whether or not it opens.
        resource_refused(QUrl): ``loadResource`` refused a URL (not a Contiple attachment image).
        images_settled(): every attachment image requested by the current document has arrived
            or failed (also emitted when there were none to fetch).
    """

    link_clicked = Signal(QUrl)
    resource_refused = Signal(QUrl)
    images_settled = Signal()

    MAX_IMAGE_BYTES = download_ops.INLINE_IMAGE_MAX_BYTES
    MAX_IMAGE_WIDTH = 1600
    OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
    _CACHE_LIMIT = 64
    _cache: OrderedDict[_CacheKey, QImage] = OrderedDict()  # shared by all views (GUI thread)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._pending: dict[_CacheKey, list[QUrl]] = {}
        self._handles: list[TaskHandle[Any]] = []
        self._refused: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Content"))
        self.document().setDocumentMargin(8)
        self.anchorClicked.connect(self._on_anchor)
        handles = self._handles
        self.destroyed.connect(lambda *_: cancel_all(handles))

    # -- public API -------------------------------------------------------------------------------
    @property
    def refused_urls(self) -> list[str]:
        """URLs refused since construction, in order (strings, as the document asked for them)."""
        return list(self._refused)

    @property
    def pending_images(self) -> int:
        return len(self._pending)

    def set_html(self, html: str | None) -> None:
        """Sanitise ``html`` and show it; attachment images load asynchronously."""
        self._reset()
        self.setHtml(safe_html.sanitize_html(html))
        if not self._pending:
            self.images_settled.emit()

    def set_plain_text(self, text: str | None) -> None:
        self._reset()
        self.setHtml(safe_html.plain_text_to_html(text or ""))
        self.images_settled.emit()

    def clear_content(self) -> None:
        self._reset()
        self.clear()

    @classmethod
    def clear_cache(cls) -> None:
        cls._cache.clear()

    # -- resources --------------------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> Any:  # Qt's signature
        if isinstance(name, str):
            name = QUrl(name)
        if name.isEmpty():  # an <img> whose source the sanitiser removed
            return QImage()
        image_type = QTextDocument.ResourceType.ImageResource
        if type not in (image_type, image_type.value):
            return self._refuse(name)
        text = name.toString()
        if name.scheme().lower() == "data":
            return self._data_image(name)
        profile = self._ctx.session.profile
        if profile is None:
            return self._refuse(name)
        try:
            base_url = profile.base_url
        except ConfigurationError:  # a broken profile simply loads nothing
            return self._refuse(name)
        ref = safe_html.attachment_ref(text, service_id=profile.service_id, base_url=base_url)
        if ref is None:
            return self._refuse(name)
        key = (self._ctx.session.generation, base_url, ref.kind, ref.attachment_id)
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        self._request(key, name)
        return self._placeholder()

    def _refuse(self, name: QUrl) -> Any:
        self._refused.append(name.toString())
        log.debug("refused resource %s", name.toString()[:200])
        self.resource_refused.emit(name)
        return QImage()

    def _data_image(self, name: QUrl) -> Any:
        text = name.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        header, _, payload = text.partition(",")
        if not header.lower().startswith("data:image/") or ";base64" not in header.lower():
            return self._refuse(name)
        if len(payload) > safe_html.MAX_DATA_IMAGE_CHARS:
            return self._refuse(name)
        try:
            data = base64.b64decode(QUrl.fromPercentEncoding(payload.encode("ascii")), validate=False)
        except (binascii.Error, ValueError):
            return self._refuse(name)
        return self._limit(QImage.fromData(data))

    def _limit(self, image: QImage) -> QImage:
        if not image.isNull() and image.width() > self.MAX_IMAGE_WIDTH:
            return image.scaledToWidth(self.MAX_IMAGE_WIDTH)
        return image

    @staticmethod
    def _placeholder() -> QImage:
        image = QImage(48, 32, QImage.Format.Format_RGB32)
        image.fill(QColor(225, 225, 225))
        return image

    def _request(self, key: _CacheKey, url: QUrl) -> None:
        waiting = self._pending.get(key)
        if waiting is not None:
            if url not in waiting:
                waiting.append(url)
            return
        self._pending[key] = [url]
        try:
            handle = download_ops.fetch_attachment_bytes(
                self._ctx,
                key[2],
                key[3],
                max_bytes=self.MAX_IMAGE_BYTES,
                on_success=lambda result: self._image_arrived(key, result[0]),
                on_failure=lambda exc: self._image_failed(key, exc),
            )
        except ConfigurationError as exc:  # no connection: keep the placeholder
            self._pending.pop(key, None)
            log.debug("inline image not fetched: %s", exc)
            return
        self._handles.append(handle)

    def _image_arrived(self, key: _CacheKey, data: bytes) -> None:
        image = self._limit(QImage.fromData(data))
        if image.isNull():
            self._image_failed(key, ValueError("not an image"))
            return
        self._cache[key] = image
        while len(self._cache) > self._CACHE_LIMIT:
            self._cache.popitem(last=False)
        doc = self.document()
        for url in self._pending.pop(key, []):
            doc.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
        doc.markContentsDirty(0, doc.characterCount())
        self._settle()

    def _image_failed(self, key: _CacheKey, exc: BaseException) -> None:
        log.info("inline image %s/%s not loaded: %s", key[2], key[3], type(exc).__name__)
        self._pending.pop(key, None)
        self._settle()

    def _settle(self) -> None:
        self._handles = [h for h in self._handles if h.running]
        if not self._pending:
            self.viewport().update()
            self.images_settled.emit()

    def _reset(self) -> None:
        for handle in self._handles:
            handle.cancel()
        self._handles.clear()
        self._pending.clear()

    # -- links ------------------------------------------------------------------------------------
    def resolve_link(self, url: QUrl) -> QUrl:
        """``url`` made absolute against the profile's base URL (relative links in bodies)."""
        profile = self._ctx.session.profile
        if url.isRelative() and profile is not None:
            try:
                return QUrl(profile.base_url + "/").resolved(url)
            except Exception:
                return url
        return url

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        target = self.resolve_link(url)
        self.link_clicked.emit(target)
        if target.scheme().lower() in self.OPENABLE_SCHEMES:
            QDesktopServices.openUrl(target)
        else:
            log.info("link with scheme %r not opened", target.scheme())
