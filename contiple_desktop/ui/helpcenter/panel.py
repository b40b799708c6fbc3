"""Help Center work area: FAQ and notices, read safely, shared into tickets.

Layout: a top bar (content language, Refresh, busy indicator, transient status text) above two
tabs, FAQ and Notices, each "filters | search + paged list | detail" (see ``BrowseTab``).

* Data loads lazily on first show and again after a connection change (``session.changed``),
  and only for the tab that is shown: the Notices tab is built and loads when first opened. The
  service detail and the categories come from the shared per-connection cache (``tasks.cache``,
  one request however many areas ask); lists and documents are cached per (connection
  generation, language) in the panel's ``HelpCenterCache``. Refresh (F5) clears both. Loads are
  newest-wins, the panel stays usable while loading.
* The content language follows ``session.content_language``; the combo offers the languages of
  ``service()`` and switching it changes the session's language (other panels follow).
* Keys: Ctrl+F search and F5 refresh come from the shell's actions table, which calls
  ``focus_search`` / ``refresh`` on the current panel (on its own the panel still answers them
  through ``keyPressEvent``); arrows through tree and list, Enter opens, Backspace / Alt+Left back.
* A connection that arrives after the panel is shown (keyring read on a worker) clears the
  "Not connected" status and loads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.models import ServiceInfo
from contiple_desktop.tasks import helpcenter_ops as ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.helpcenter_ops import HelpCenterCache
from contiple_desktop.ui.helpcenter.browse_tab import BrowseTab
from contiple_desktop.ui.helpcenter.faq_tab import FaqTab
from contiple_desktop.ui.helpcenter.notice_tab import NoticeTab
from contiple_desktop.ui.html_view import SafeHtmlView

STATUS_TIMEOUT_MS = 5000
FALLBACK_LANGUAGES = (("ko", "한국어"), ("en", "English"), ("ja", "日本語"))


class HelpCenterPanel(QWidget):
    """Help Center work area.

    Signals:
        service_loaded(): the service's languages arrived and the language combo was filled.
    """

    service_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cache = HelpCenterCache()
        self._loaded_generation: int | None = None
        self._service_busy = False
        self._refreshing = False
        self._connecting = ""
        self.setObjectName("helpcenter-panel")
        self.setAccessibleName(self.tr("Help Center"))

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Content language"))
        self.language_combo.setToolTip(self.tr("Language of the Help Center content"))
        language_label = QLabel(self.tr("Content &language"), self)
        language_label.setBuddy(self.language_combo)
        self.refresh_button = QToolButton(self)
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Reload from the server (F5)"))
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.busy = QProgressBar(self)
        self.busy.setAccessibleName(self.tr("Loading"))
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumSize(90, 12)
        self.busy.setVisible(False)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        top.addWidget(self.refresh_button)
        top.addWidget(self.busy)
        top.addWidget(self.status, 1)

        self.faq = FaqTab(ctx, self.cache, self)
        self._notices: NoticeTab | None = None  # built when first shown or asked for
        self._notices_page = QWidget(self)  # stands in for it in the tab bar until then
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Help Center sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Help Center sections"))
        self.tabs.addTab(self.faq, self.tr("&FAQ"))
        self.tabs.addTab(self._notices_page, self.tr("&Notices"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_TIMEOUT_MS)
        self._status_timer.timeout.connect(self.status.clear)
        self._wire_tab(self.faq)
        self.refresh_button.clicked.connect(self.refresh)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.language_combo.activated.connect(self._language_chosen)
        ctx.session.changed.connect(self._connection_changed)
        ctx.session.language_changed.connect(self._language_changed)
        self._not_connected = False
        self._fill_languages(None)

    # -- public ----------------------------------------------------------------------------------
    @property
    def notices(self) -> NoticeTab:
        """The Notices tab, built the first time it is shown or asked for."""
        if self._notices is None:
            tab = NoticeTab(self.ctx, self.cache, self)
            self._notices = tab
            self._wire_tab(tab)
            index = self.tabs.indexOf(self._notices_page)
            shown = self.tabs.currentIndex() == index
            self.tabs.blockSignals(True)
            try:
                self.tabs.insertTab(index, tab, self.tabs.tabText(index))
                self.tabs.removeTab(index + 1)
                if shown:
                    self.tabs.setCurrentIndex(index)
            finally:
                self.tabs.blockSignals(False)
            self._notices_page.deleteLater()
        return self._notices

    @property
    def browse_tabs(self) -> tuple[BrowseTab, ...]:
        """The tabs built so far (the Notices tab is built when first shown)."""
        return (self.faq,) if self._notices is None else (self.faq, self._notices)

    def current_tab(self) -> BrowseTab:
        widget = self.tabs.currentWidget()
        if self._notices is None and widget is self._notices_page:
            return self.notices
        return widget if isinstance(widget, BrowseTab) else self.faq

    def _wire_tab(self, tab: BrowseTab) -> None:
        tab.status_message.connect(self.show_status)
        tab.busy_changed.connect(lambda _b: self._update_busy())

    def load(self) -> None:
        """Load languages, and the shown tab's categories and first page (idempotent per
        connection and language; a hidden tab loads when it is shown)."""
        if self.ctx.session.client is None:
            self._not_connected = True
            if self._connecting:
                self.show_status(self._connecting, sticky=True)
            else:
                self.show_status(self.tr("Not connected to a Contiple service."), sticky=True)
            return
        if self._not_connected:
            self._not_connected = False
            self.status.clear()
        self._loaded_generation = self.ctx.session.generation
        self._load_service()
        self.current_tab().ensure_loaded()

    def _load_service(self) -> None:
        self._service_busy = True
        self._update_busy()
        ops.load_service(self.ctx, on_success=self._service_arrived, on_failure=self._service_failed)

    def set_connecting(self, text: str) -> None:
        """While the app connects: say so instead of "Not connected" ("" when done)."""
        self._connecting = text
        self._update_busy()
        if self._not_connected and self.ctx.session.client is None:
            if text:
                self.show_status(text, sticky=True)
            else:
                self.show_status(self.tr("Not connected to a Contiple service."), sticky=True)

    @Slot()
    def refresh(self) -> None:
        """Drop every cached answer and reload what is shown (F5); hidden tabs reload when shown.

        The status says "Refreshing…" and then "Refreshed." only once everything shown arrived;
        a failure is shown by the tab's inline error instead (never a dialog)."""
        ops.refresh(self.ctx, self.cache)
        SafeHtmlView.clear_cache()
        for tab in self.browse_tabs:
            tab.keep_page_on_reload()
            tab.mark_stale(reopen=True)
        self._refreshing = self.ctx.session.client is not None
        if self._refreshing:
            self.show_status(self.tr("Refreshing\u2026"), sticky=True)
        self.load()
        self._update_busy()

    @Slot()
    def focus_search(self) -> None:
        self.current_tab().focus_search()

    @Slot(str)
    def show_status(self, text: str, sticky: bool = False) -> None:
        self.status.setText(text)
        if sticky:
            self._status_timer.stop()
        else:
            self._status_timer.start()

    # -- events ----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys that reached the panel unhandled (inside the shell the actions table has them).
        if event.matches(QKeySequence.StandardKey.Find):
            self.focus_search()
        elif event.key() == Qt.Key.Key_F5 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.refresh()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._loaded_generation != self.ctx.session.generation:
            for tab in self.browse_tabs:
                tab.mark_stale()
            self.load()
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.current_tab().search.setFocus(Qt.FocusReason.OtherFocusReason)  # type to search at once

    @Slot()
    def _connection_changed(self) -> None:
        self.cache.clear()
        if self.ctx.session.client is not None:
            self._connecting = ""
        for tab in self.browse_tabs:
            tab.mark_stale()
            tab.detail.show_placeholder(
                QCoreApplication.translate("DetailPane", "Select an item to read it here.")
            )
        self._loaded_generation = None
        if self.isVisible():
            self.load()

    @Slot(str)
    def _language_changed(self, language: str) -> None:
        self._select_language(language)
        for tab in self.browse_tabs:
            tab.mark_stale(reopen=True)
        if self._loaded_generation is not None:
            self.current_tab().ensure_loaded()

    @Slot(int)
    def _tab_changed(self, _index: int) -> None:
        if self._loaded_generation == self.ctx.session.generation:
            self.current_tab().ensure_loaded()

    @Slot(int)
    def _language_chosen(self, row: int) -> None:
        code = self.language_combo.itemData(row)
        if isinstance(code, str):
            self.ctx.session.set_content_language(code)

    # -- service languages -----------------------------------------------------------------------
    def _service_arrived(self, info: ServiceInfo) -> None:
        self._service_busy = False
        for tab in self.browse_tabs:
            tab.recovered("service")
        self._update_busy()
        self._fill_languages(info)
        offered = [lang.code for lang in info.languages]
        if offered and self.ctx.session.content_language not in offered:
            self.ctx.session.set_content_language(info.default_language or offered[0])
        self.service_loaded.emit()

    def _service_failed(self, exc: BaseException) -> None:
        # Inline in the shown tab, with the list's Retry (never a dialog: a background load).
        self._service_busy = False
        self.current_tab().add_failure("service", exc, self._load_service)
        self._update_busy()

    def _fill_languages(self, info: ServiceInfo | None) -> None:
        self.language_combo.clear()
        if info is not None and info.languages:
            ordered = sorted(info.languages, key=lambda x: x.order)
            pairs = [(lang.code, lang.name or lang.code) for lang in ordered]
        else:
            pairs = list(FALLBACK_LANGUAGES)
        for code, name in pairs:
            self.language_combo.addItem(f"{name} ({code})", code)
        self._select_language(self.ctx.session.content_language)

    def _select_language(self, language: str) -> None:
        row = self.language_combo.findData(language)
        if row < 0:
            self.language_combo.addItem(language, language)
            row = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(row)

    def _update_busy(self) -> None:
        busy = bool(self._connecting) or self._service_busy or any(tab.busy for tab in self.browse_tabs)
        self.busy.setVisible(busy)
        if self._refreshing and not busy:
            self._refreshing = False
            if any(tab.failed for tab in self.browse_tabs):
                self.show_status("")
            else:
                self.show_status(self.tr("Refreshed."))
