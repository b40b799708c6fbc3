"""The active connection: profile, client and content language, as one observable object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from contiple_desktop.domain.profile import ConnectionProfile

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient


class Session(QObject):
    """Holds the one active ``ContipleClient``. Only ``tasks`` code calls the client.

    Signals:
        changed(): the profile/client was replaced (panels reload and drop caches).
        language_changed(str): the content language changed.
        clock_skew_changed(int): the measured server-minus-local clock offset in ms.
    """

    changed = Signal()
    language_changed = Signal(str)
    clock_skew_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._profile: ConnectionProfile | None = None
        self._client: ContipleClient | None = None
        self._language = "ko"
        self._generation = 0
        self._skew_ms = 0

    @property
    def profile(self) -> ConnectionProfile | None:
        return self._profile

    @property
    def client(self) -> ContipleClient | None:
        return self._client

    @property
    def generation(self) -> int:
        """Increments on every connection change; caches keyed by it never mix services."""
        return self._generation

    @property
    def is_demo(self) -> bool:
        return self._profile is not None and self._profile.demo

    @property
    def content_language(self) -> str:
        return self._language

    def set_connection(
        self, profile: ConnectionProfile | None, client: ContipleClient | None
    ) -> None:
        old = self._client
        self._profile = profile
        self._client = client
        self._generation += 1
        self._skew_ms = 0
        if profile is not None:
            self._language = profile.language or self._language
        self.changed.emit()
        if old is not None and old is not client:
            old.close()

    def set_content_language(self, language: str) -> None:
        if language and language != self._language:
            self._language = language
            self.language_changed.emit(language)

    def report_clock_skew(self, skew_ms: int) -> None:
        self._skew_ms = skew_ms
        self.clock_skew_changed.emit(skew_ms)

    def observe_clock_skew(self) -> None:
        """Publish the client's learned clock offset when it changed.

        The transport corrects a wrong PC clock silently (it learns the offset from ``Date`` on
        an "expired" refusal); this makes the correction visible. ``AppContext`` calls it each
        time the task runner goes idle, so it costs one int read on the GUI thread.
        """
        skew = self._client.clock_skew_ms if self._client is not None else 0
        if skew != self._skew_ms:
            self.report_clock_skew(skew)
