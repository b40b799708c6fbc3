"""``ItemWriter``: the outbox engine's writes, in order, on the disk lane (used by ``tasks.outbox``).

Every write of an item carries a per-item sequence number from the store, so a queued
background write can never overwrite a newer one (the shutdown ``flush`` writes synchronously
whatever the disk lane has not applied yet). A queued ticket is first *added* (attachments
copied, then the item written); until that is done, later changes stay in memory and the add's
completion writes them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from contiple_desktop.domain.outbox import OutboxItem
from contiple_desktop.storage.outbox import OutboxStore
from contiple_desktop.tasks.runner import TaskRunner

log = logging.getLogger(__name__)


class ItemWriter:
    """Writes outbox items of one store through ``disk`` (a one-thread runner). Signals: none."""

    def __init__(self, store: OutboxStore, disk: TaskRunner) -> None:
        self.store = store
        self.disk = disk
        self.sources: dict[str, list[Path]] = {}  # added, copies not yet on disk
        self._last_seq: dict[str, int] = {}
        self._deleted: set[str] = set()
        self.closed = False

    def adding(self, item_id: str) -> bool:
        return item_id in self.sources

    def add(
        self,
        item: OutboxItem,
        sources: Sequence[Path],
        on_success: Callable[[OutboxItem], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        store, paths = self.store, list(sources)
        self.sources[item.item_id] = paths
        seq = self._last_seq[item.item_id] = store.next_seq(item.item_id)

        def done(stored: OutboxItem) -> None:
            self.sources.pop(stored.item_id, None)
            if not self.closed:
                on_success(stored)

        def failed(exc: BaseException) -> None:
            self.sources.pop(item.item_id, None)
            if not self.closed:
                on_failure(exc)

        self.disk.submit(lambda _t: store.add(item, paths, seq=seq), on_success=done, on_failure=failed)

    def save(
        self,
        item: OutboxItem,
        *,
        then: Callable[[], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Write ``item``; ``then`` runs once it is on disk. Skipped while it is being added."""
        if self.adding(item.item_id):
            return
        store = self.store
        seq = self._last_seq[item.item_id] = store.next_seq(item.item_id)

        def written(_applied: bool) -> None:
            if then is not None and not self.closed:
                then()

        def failed(exc: BaseException) -> None:
            log.error("could not save outbox item %s: %s", item.item_id, exc)
            if on_failure is not None and not self.closed:
                on_failure(exc)

        self.disk.submit(lambda _t: store.save(item, seq=seq), on_success=written, on_failure=failed)

    def delete(self, item_id: str) -> None:
        store = self.store
        self.sources.pop(item_id, None)
        seq = self._last_seq[item_id] = store.next_seq(item_id)
        self._deleted.add(item_id)
        self.disk.submit(lambda _t: store.delete(item_id, seq=seq), on_failure=self._failed)

    def remove_files(self, item_id: str) -> None:
        store = self.store
        self.disk.submit(lambda _t: store.remove_files(item_id), on_failure=self._failed)

    def flush(self, items: Iterable[OutboxItem]) -> None:
        """Synchronously write every change the disk lane has not applied yet (GUI thread)."""
        store = self.store
        current = {i.item_id: i for i in items}
        for item_id, item in current.items():
            if self._last_seq.get(item_id, 0) <= store.applied_seq(item_id):
                continue
            try:
                if item_id in self.sources:
                    store.add(item, self.sources[item_id])
                else:
                    store.save(item)
            except OSError as exc:
                log.error("could not save outbox item %s: %s", item_id, exc)
        for item_id in self._deleted - set(current):
            if self._last_seq.get(item_id, 0) > store.applied_seq(item_id):
                try:
                    store.delete(item_id)
                except OSError as exc:
                    log.error("could not remove outbox item %s: %s", item_id, exc)

    def _failed(self, exc: BaseException) -> None:
        log.error("outbox: %s", exc)
