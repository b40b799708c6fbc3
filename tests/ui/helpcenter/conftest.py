"""Help Center test helpers: a panel factory, a URL sink for QDesktopServices, sim shortcuts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from contiple_desktop.tasks.context import AppContext
from contiple_desktop.ui.helpcenter.panel import HelpCenterPanel
from contiple_desktop.ui.html_view import SafeHtmlView


class UrlSink(QObject):
    """Receives what would go to the system browser / file handler."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


SCHEMES = ("http", "https", "mailto", "file", "javascript", "data")


@pytest.fixture
def opened_urls(qapp: Any) -> Iterator[UrlSink]:
    """Capture ``QDesktopServices.openUrl`` for every scheme the app might open."""
    sink = UrlSink()
    for scheme in SCHEMES:
        QDesktopServices.setUrlHandler(scheme, sink, "open")
    yield sink
    for scheme in SCHEMES:
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(autouse=True)
def _fresh_image_cache() -> Iterator[None]:
    SafeHtmlView.clear_cache()
    yield
    SafeHtmlView.clear_cache()


@pytest.fixture
def make_panel(qtbot: Any, appctx: AppContext) -> Callable[..., HelpCenterPanel]:
    """Build, size and show a panel; waits until the FAQ tab shows its categories and first page
    (they load in parallel; the Notices tab loads when it is first shown)."""

    def make(*, page_size: int = 20, show: bool = True) -> HelpCenterPanel:
        appctx.settings.helpcenter_page_size = page_size
        panel = HelpCenterPanel(appctx)
        qtbot.addWidget(panel)
        panel.resize(1366, 700)
        if show:
            with qtbot.waitSignals([panel.faq.page_shown, panel.faq.categories_shown], timeout=10_000):
                panel.show()
            with qtbot.waitActive(panel):  # keyboard focus and shortcuts need an active window (Xvfb)
                panel.activateWindow()
        return panel

    return make
