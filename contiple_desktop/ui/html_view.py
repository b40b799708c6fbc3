"""``SafeHtmlView``: the one widget that shows server HTML (FAQ/notice bodies, ticket contents).

Small API (shared with the customer-history panel)::

    view = SafeHtmlView(ctx, parent)
    view.set_html(server_html)        # prepared on a worker, then shown a few chunks per turn
    view.set_plain_text(text)         # escaped plain text, same path
    view.clear_content()
    view.is_settled                   # nothing preparing, rendering or loading any more
    view.refused_urls                 # every URL loadResource refused (tests, diagnostics)

Rendering never blocks the GUI thread for long (untrusted HTML is hostile HTML):

* ``set_html`` hands the body to a worker (``ctx.runner``, newest wins per view, tracked by a
  ``TaskScope``): ``domain.html.prepare_html`` sanitises it (nh3 allow-list), caps nesting and
  size in linear time and cuts it into chunks; inline ``data:`` images are decoded there too.
* The prepared chunks are inserted one event-loop turn at a time (``html_render.RenderQueue``),
  so even the largest allowed body costs only a few milliseconds per step. A body that was cut
  ends with a note: "This text was shown in part (N of M characters)." ``rendered`` is emitted
  when the last chunk is in.

Rules (DESIGN rule 10):

* Links never navigate inside the view (``setOpenLinks(False)``); a click emits ``link_clicked`` and
  opens http/https/mailto URLs (relative ones resolved against the profile's base URL) in the
  system browser through ``QDesktopServices.openUrl``. Nothing opens without a click. Links of the
  app's own ``contiple:`` scheme (only trusted markup can contain them; the sanitiser drops the
  scheme) are emitted as ``internal_link`` instead.
* Images: only Contiple attachment URLs of the active service (relative or on the profile's host,
  see ``domain.html.attachment_ref``) and small ``data:image`` URLs load. Any other ``<img>`` is
  already replaced by the words "[image]" / "[image: alt text]" when the body is prepared — never
  Qt's broken-image icon. Attachment images are fetched on a worker
  (``download_ops.fetch_attachment_bytes``), decoded on a worker, cached per connection
  generation, and only the chunk that shows them is laid out again when they arrive; a grey
  placeholder shows meanwhile. ``loadResource`` still refuses everything else (recorded in
  ``refused_urls``): there are no remote fetches, ever.
* Images are size-limited (``MAX_IMAGE_BYTES`` to download, ``MAX_IMAGE_WIDTH`` pixels shown).
"""

from __future__ import annotations

import html as _html
import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextDocument, QTextFrame
from PySide6.QtWidgets import QTextBrowser, QWidget

from contiple_desktop.domain import html as safe_html
from contiple_desktop.domain.html import BODY_LIMITS, HtmlLimits, ImagePolicy, PreparedHtml
from contiple_desktop.tasks import download_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskHandle
from contiple_desktop.ui.html_render import (
    RenderQueue,
    ViewContent,
    append_html,
    decode_data_url,
    decode_image,
    load_image_plugins,
    prepare_content,
)
from contiple_desktop.ui.task_scope import TaskScope

log = logging.getLogger(__name__)

_CacheKey = tuple[int, str, str, str]  # (generation, base URL, kind, attachment id)
FrameOf = Callable[[], QTextFrame | None]
INTERNAL_SCHEME = "contiple"
T = TypeVar("T")


def cancel_all(handles: list[TaskHandle[Any]]) -> None:
    """Cancel every handle (used when a widget that owns running tasks is destroyed)."""
    for handle in handles:
        handle.cancel()


class SafeHtmlView(QTextBrowser):
    """Read-only rich-text view for untrusted HTML.

    Signals:
        link_clicked(QUrl): the agent activated a link (resolved); emitted whether or not it opens.
        internal_link(QUrl): a ``contiple:`` link of the app's own markup was activated.
        resource_refused(QUrl): ``loadResource`` refused a URL (not a Contiple attachment image).
        rendered(): the prepared content is completely in the document.
        images_settled(): after ``rendered``, every attachment image the content shows has
            arrived or failed (also emitted when there were none to fetch).
    """

    link_clicked = Signal(QUrl)
    internal_link = Signal(QUrl)
    resource_refused = Signal(QUrl)
    rendered = Signal()
    images_settled = Signal()

    MAX_IMAGE_BYTES = download_ops.INLINE_IMAGE_MAX_BYTES
    MAX_IMAGE_WIDTH = 1600
    OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})
    _CACHE_LIMIT = 64
    _cache: OrderedDict[_CacheKey, QImage] = OrderedDict()  # shared by all views (GUI thread)

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, limits: HtmlLimits = BODY_LIMITS
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._limits = limits
        self._scope = TaskScope(self, "html")
        self._queue = RenderQueue(self)
        self._queue.drained.connect(self._on_drained)
        self._token = 0
        self._preparing = 0
        self._pending: dict[_CacheKey, list[QUrl]] = {}
        self._ranges: dict[str, list[tuple[int, int]]] = {}  # image URL → document ranges showing it
        self._refused: list[str] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Content"))
        self.document().setDocumentMargin(8)
        self.anchorClicked.connect(self._on_anchor)

    # -- public API -------------------------------------------------------------------------------
    @property
    def refused_urls(self) -> list[str]:
        """URLs refused since construction, in order (strings, as the document asked for them)."""
        return list(self._refused)

    @property
    def pending_images(self) -> int:
        return len(self._pending)

    @property
    def is_settled(self) -> bool:
        """Nothing is being prepared, inserted or fetched for the current content."""
        return not self._preparing and not self._queue.busy and not self._pending

    def set_html(self, html: str | None) -> None:
        """Show untrusted ``html``: prepared on a worker, then inserted a few chunks per turn."""
        self._start(html, plain=False)

    def set_plain_text(self, text: str | None) -> None:
        self._start(text, plain=True)

    def clear_content(self) -> None:
        self._reset()
        self.clear()

    def image_policy(self) -> ImagePolicy:
        """Which images bodies keep now: attachments of the active service, and data: images."""
        service_id = base_url = None
        profile = self._ctx.session.profile
        if profile is not None:
            base_url = profile.base_url_or_none()  # a broken profile loads nothing
            service_id = profile.service_id if base_url is not None else None
        return ImagePolicy(service_id, base_url, self.tr("[image]"), self.tr("[image: %1]"))

    @classmethod
    def clear_cache(cls) -> None:
        cls._cache.clear()

    # -- preparing (worker) and rendering (GUI, in steps) -------------------------------------------
    def _start(self, text: str | None, *, plain: bool) -> None:
        self._reset()
        self.clear()
        if not text:
            self._queue.add(lambda: None)  # settles on the next turn, like any other content
            return
        self.prepare(text, plain=plain, limits=self._limits, done=lambda content: self.queue_content(content))

    def prepare(
        self, text: str | None, *, plain: bool, limits: HtmlLimits, done: Callable[[ViewContent], None],
        key: str | None = "prepare",
    ) -> None:  # fmt: skip
        """Prepare ``text`` on a worker; ``done(content)`` runs on the GUI thread (see ``run_prepared``)."""
        policy, width = self.image_policy(), self.MAX_IMAGE_WIDTH
        def work() -> ViewContent:
            return prepare_content(text, plain=plain, images=policy, limits=limits, max_width=width)

        self.run_prepared(work, done, key)

    def run_prepared(self, work: Callable[[], T], done: Callable[[T], None], key: str | None) -> None:
        """Run ``work`` on a worker (newest wins per ``key``; None: no key); ``done(result)`` runs
        on the GUI thread unless the view was reset meanwhile. Until then the view is not settled."""
        token = self._token
        self._preparing += 1

        def arrived(result: T) -> None:
            if token == self._token:
                self._preparing -= 1
                done(result)

        def failed(exc: BaseException) -> None:
            if token == self._token:
                self._preparing -= 1
                log.warning("content could not be prepared: %s", type(exc).__name__)
                self._queue.add(lambda: None)

        def submit() -> None:  # after the GUI work of this turn: a worker competes for the GIL
            if token == self._token:
                load_image_plugins()  # the worker may decode inline images (see html_render)
                self._scope.track(self._ctx.runner.submit(
                    lambda _task: work(), on_success=arrived, on_failure=failed,
                    key=f"{self._scope.name}-{key}" if key else None,
                ))  # fmt: skip

        self._queue.add(submit)

    def queue_content(self, content: ViewContent, frame: FrameOf | None = None) -> None:
        """Queue the insertion of prepared ``content`` (into ``frame()`` when given), then its note."""
        prepared = content.prepared
        doc = self.document()
        for src, image in content.decoded.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src), image)
        def step(html: str, sources: tuple[str, ...]) -> Callable[[], None]:
            return lambda: self._insert(html, sources, frame() if frame else None)

        for chunk, sources in zip(prepared.chunks, prepared.images, strict=True):
            self._queue.add(step(chunk, sources))
        if prepared.truncated:
            self._queue.add(step(self.note_html(prepared), ()))

    def append_trusted(self, html: str, frame: QTextFrame | None = None) -> None:
        """Append the app's own (trusted, small) markup now, e.g. a header or a note."""
        append_html(self.document(), html, frame)

    def queue_step(self, step: Callable[[], None]) -> None:
        """Run ``step`` on the GUI thread after everything queued before it."""
        self._queue.add(step)

    def note_html(self, prepared: PreparedHtml) -> str:
        """The (trusted) note that ends a body which was cut to its limit."""
        locale = QLocale()
        text = self.tr("This text was shown in part (%1 of %2 characters).")
        text = text.replace("%1", locale.toString(prepared.shown_chars))
        text = text.replace("%2", locale.toString(prepared.original_chars))
        return f'<p style="color:#6b6b6b;"><i>{_html.escape(text)}</i></p>'

    def _insert(self, html: str, sources: tuple[str, ...], frame: QTextFrame | None) -> None:
        # Every image of the chunk is a document resource *before* the insertion (the cached
        # image, or a placeholder while it is fetched), so the layout inside insertHtml never
        # calls back into Python (loadResource) — that re-entry crashed QTextDocumentLayout.
        urls = [QUrl(src) for src in sources if src[:5].lower() != "data:"]
        for url in urls:
            self._want(url)
        start, end = append_html(self.document(), html, frame)
        for url in urls:
            self._ranges.setdefault(url.toString(), []).append((start, end))

    @Slot()
    def _on_drained(self) -> None:
        if self._preparing:
            return
        self.rendered.emit()
        self._settle()

    def _reset(self) -> None:
        self._token += 1
        self._preparing = 0
        self._scope.cancel_all()
        self._queue.clear()
        self._pending.clear()
        self._ranges.clear()

    # -- resources --------------------------------------------------------------------------------
    def loadResource(self, type: int, name: QUrl | str) -> Any:  # Qt's signature
        if isinstance(name, str):
            name = QUrl(name)
        if name.isEmpty():  # an <img> whose source the sanitiser removed
            return QImage()
        image_type = QTextDocument.ResourceType.ImageResource
        if type not in (image_type, image_type.value):
            return self._refuse(name)
        if name.scheme().lower() == "data":
            encoded = name.toString(QUrl.ComponentFormattingOption.FullyEncoded)
            image = decode_data_url(QUrl.fromPercentEncoding(encoded.encode("ascii")), self.MAX_IMAGE_WIDTH)
            return image if not image.isNull() else self._refuse(name)
        found = self._want(name)
        return self._refuse(name) if found is None else found

    def _want(self, url: QUrl) -> QImage | None:
        """The image for attachment ``url``: cached, or a placeholder while it is fetched; None
        when ``url`` is not an attachment of the active service."""
        profile = self._ctx.session.profile
        if profile is None:
            return None
        base_url = profile.base_url_or_none()
        if base_url is None:
            return None
        ref = safe_html.attachment_ref(url.toString(), service_id=profile.service_id, base_url=base_url)
        if ref is None:
            return None
        key = (self._ctx.session.generation, base_url, ref.kind, ref.attachment_id)
        doc = self.document()
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            doc.addResource(QTextDocument.ResourceType.ImageResource.value, url, cached)
            return cached
        placeholder = self._placeholder()
        doc.addResource(QTextDocument.ResourceType.ImageResource.value, url, placeholder)
        self._request(key, url)
        return placeholder

    def _refuse(self, name: QUrl) -> Any:
        self._refused.append(name.toString())
        log.debug("refused resource %s", name.toString()[:200])
        self.resource_refused.emit(name)
        return QImage()

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
        token, width = self._token, self.MAX_IMAGE_WIDTH

        def decode(data: bytes) -> None:  # the bytes arrived: decode them on a worker too
            if token == self._token:
                load_image_plugins()
                self._scope.track(self._ctx.runner.submit(
                    lambda _task: decode_image(data, width),
                    on_success=lambda image: self._image_arrived(key, image),
                    on_failure=lambda exc: self._image_failed(key, exc),
                ))  # fmt: skip

        self._scope.track(
            download_ops.fetch_attachment_bytes(  # without a connection _image_failed keeps the placeholder
                self._ctx,
                key[2],
                key[3],
                max_bytes=self.MAX_IMAGE_BYTES,
                on_success=lambda result: decode(result[0]),
                on_failure=lambda exc: self._image_failed(key, exc),
            )
        )

    def _image_arrived(self, key: _CacheKey, image: QImage) -> None:
        if image.isNull():
            self._image_failed(key, ValueError("not an image"))
            return
        self._cache[key] = image
        while len(self._cache) > self._CACHE_LIMIT:
            self._cache.popitem(last=False)
        doc = self.document()
        for url in self._pending.pop(key, []):
            doc.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
            ranges = self._ranges.get(url.toString())
            if not ranges:  # asked for by the layout itself: where is unknown
                ranges = [(0, doc.characterCount())]
            for start, end in ranges:
                doc.markContentsDirty(start, max(1, end - start))
        self._settle()

    def _image_failed(self, key: _CacheKey, exc: BaseException) -> None:
        log.info("inline image %s/%s not loaded: %s", key[2], key[3], type(exc).__name__)
        self._pending.pop(key, None)
        self._settle()

    def _settle(self) -> None:
        if self.is_settled:
            self.viewport().update()
            self.images_settled.emit()

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
        if url.scheme().lower() == INTERNAL_SCHEME:
            self.internal_link.emit(url)
            return
        target = self.resolve_link(url)
        self.link_clicked.emit(target)
        if target.scheme().lower() in self.OPENABLE_SCHEMES:
            QDesktopServices.openUrl(target)
        else:
            log.info("link with scheme %r not opened", target.scheme())

