"""SafeHtmlView without a server: no remote image ever loads, refusal of every non-attachment
resource, link policy, plain text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.html_view import SafeHtmlView

HOSTILE = (
    '<p>Hi <img src="http://evil.example/t.png" onerror="alert(1)">'
    '<a href="javascript:alert(2)">bad</a> <a href="https://docs.example.com/a">good</a>'
    '<iframe src="https://evil.example/frame"></iframe><script>alert(3)</script>'
    '<style>p{background:url(http://evil.example/css.png)}</style></p>'
)


class _UrlSink(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_remote_image_becomes_text_and_no_script(qtbot: Any, offline_appctx: AppContext) -> None:
    view = SafeHtmlView(offline_appctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.images_settled):
        view.set_html(HOSTILE)
    view.resize(400, 300)
    view.grab()  # forces layout and every image lookup
    html = view.toHtml()
    assert "evil.example/t.png" not in html and "<img" not in html  # never Qt's broken-image icon
    assert "[image]" in view.toPlainText()
    assert view.refused_urls == []  # nothing was even asked for
    assert "alert" not in html and "script" not in html.lower()
    assert "evil.example/frame" not in html and "css.png" not in html
    assert "good" in view.toPlainText()
    assert offline_appctx.runner.active_count == 0


def test_load_resource_refuses_anything_but_attachments(qtbot: Any, offline_appctx: AppContext) -> None:
    view = SafeHtmlView(offline_appctx)
    qtbot.addWidget(view)
    kind = QTextDocument.ResourceType.ImageResource.value
    for url in ("http://evil.example/x.png", "/svc/api/v2/notice/attachments/a1", "file:///etc/passwd"):
        image = view.loadResource(kind, QUrl(url))
        assert isinstance(image, QImage) and image.isNull()
    style = view.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl("https://x/s.css"))
    assert isinstance(style, QImage) and style.isNull()
    assert view.refused_urls == [
        "http://evil.example/x.png", "/svc/api/v2/notice/attachments/a1", "file:///etc/passwd",
        "https://x/s.css",
    ]  # fmt: skip  (no connection: not even an attachment URL loads)


def test_links_open_only_on_click_and_only_safe_schemes(qtbot: Any, offline_appctx: AppContext) -> None:
    sink = _UrlSink()
    for scheme in ("https", "http", "mailto", "file", "javascript"):
        QDesktopServices.setUrlHandler(scheme, sink, "open")
    try:
        view = SafeHtmlView(offline_appctx)
        qtbot.addWidget(view)
        view.set_html('<a href="https://docs.example.com/a">good</a>')
        assert sink.urls == []  # nothing opens by itself
        with qtbot.waitSignal(view.link_clicked) as blocker:
            view.anchorClicked.emit(QUrl("https://docs.example.com/a"))
        assert blocker.args[0] == QUrl("https://docs.example.com/a")
        view.anchorClicked.emit(QUrl("file:///etc/passwd"))
        view.anchorClicked.emit(QUrl("javascript:alert(1)"))
        assert [u.toString() for u in sink.urls] == ["https://docs.example.com/a"]
    finally:
        for scheme in ("https", "http", "mailto", "file", "javascript"):
            QDesktopServices.unsetUrlHandler(scheme)


def test_plain_text_is_escaped(qtbot: Any, offline_appctx: AppContext) -> None:
    view = SafeHtmlView(offline_appctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.rendered):
        view.set_plain_text("<b>not bold</b>\nline 2")
    assert view.toPlainText() == "<b>not bold</b>\nline 2"
    view.clear_content()
    assert view.toPlainText() == ""
