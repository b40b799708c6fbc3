"""Draft saving for editors: debounced, with a maximum wait, written off the GUI thread.

``DraftAutosaver`` keeps one editor's draft on disk. Call ``schedule()`` on every change; the
snapshot is taken on the GUI thread (cheap: plain values) and written by the *disk lane*
(``AppContext.disk``, a one-thread runner of its own, so a write never queues behind stuck
network requests). Writes are debounced (``delay_ms`` after the last change) **with a maximum
wait** (``max_wait_ms`` after the first unsaved change), so however fast the agent types, a
change is on disk within about ``max_wait_ms`` plus one atomic write — under a second.

Operations of the drafts area (``list_drafts``, ``delete_draft``) live here too, so that the ui
never touches ``storage``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from contiple_desktop.domain.drafts import Draft, DraftScan
from contiple_desktop.storage.drafts import DraftStore
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.runner import TaskHandle, TaskRunner

log = logging.getLogger(__name__)

Snapshot = Callable[[], "tuple[dict[str, Any], dict[str, str]] | None"]
DELAY_MS = 250
MAX_WAIT_MS = 600


class DraftAutosaver(QObject):
    """Debounced background saving of one draft.

    ``snapshot()`` returns ``(data, summary)`` or None when there is nothing worth keeping
    (the draft file is then removed).

    Signals:
        saved(): a write of this saver was handed to the disk lane.
        failed(object): a background write failed (the exception; also logged).
    """

    saved = Signal()
    failed = Signal(object)

    def __init__(
        self,
        store: DraftStore,
        runner: TaskRunner,
        kind: str,
        key: str,
        snapshot: Snapshot,
        *,
        delay_ms: int = DELAY_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._runner = runner
        self.kind = kind
        self.key = key
        self._snapshot = snapshot
        self._dirty = False
        self._submitted_seq = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save_now)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(max(delay_ms, max_wait_ms))
        self._deadline.timeout.connect(self._save_now)

    @classmethod
    def for_editor(
        cls, ctx: AppContext, kind: str, key: str, snapshot: Snapshot, *, parent: QObject | None = None
    ) -> DraftAutosaver:
        """The saver an editor uses: the app's draft store, the disk lane, the default timings."""
        return cls(ctx.drafts, ctx.disk, kind, key, snapshot, parent=parent)

    @property
    def pending(self) -> bool:
        """True while a change is waiting for the timers or for its background write."""
        return self._dirty or self._submitted_seq > self.store.applied_seq(self.kind, self.key)

    def set_key(self, key: str) -> None:
        """Switch to another draft (e.g. after restoring one); pending changes go first."""
        if key != self.key:
            self.flush_async()
            self.key = key
            self._submitted_seq = 0  # write sequence numbers are per draft

    @Slot()
    def schedule(self) -> None:
        self._dirty = True
        self._timer.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def flush_async(self) -> None:
        """Submit any pending change now instead of after the debounce delay."""
        if self._dirty:
            self._save_now()

    def _stop_timers(self) -> None:
        self._timer.stop()
        self._deadline.stop()

    @Slot()
    def _save_now(self) -> None:
        self._stop_timers()
        if not self._dirty:
            return
        self._dirty = False
        kind, key, store = self.kind, self.key, self.store
        seq = store.next_seq(kind, key)
        self._submitted_seq = seq
        snap = self._snapshot()
        if snap is None:
            self._runner.submit(lambda _t: store.delete(kind, key, seq=seq), on_failure=self._on_failed)
            return
        draft = Draft(kind, key, snap[0], snap[1], int(time.time() * 1000))
        self._runner.submit(lambda _t: store.save(draft, seq=seq), on_failure=self._on_failed)
        self.saved.emit()

    def flush(self) -> None:
        """Write pending changes synchronously (shutdown: the lanes no longer accept work)."""
        self._stop_timers()
        lost = self._submitted_seq > self.store.applied_seq(self.kind, self.key)
        if not (self._dirty or lost):
            return
        self._dirty = False
        snap = self._snapshot()
        try:
            if snap is None:
                self.store.delete(self.kind, self.key)
            else:
                self.store.save(Draft(self.kind, self.key, snap[0], snap[1]))
        except OSError as exc:
            log.error("could not save draft %s/%s: %s", self.kind, self.key, exc)

    def discard(self) -> None:
        """Forget pending changes and remove the draft file (in the background)."""
        self._stop_timers()
        self._dirty = False
        kind, key, store = self.kind, self.key, self.store
        seq = store.next_seq(kind, key)
        self._submitted_seq = seq
        self._runner.submit(lambda _t: store.delete(kind, key, seq=seq), on_failure=self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        log.error("could not save draft %s/%s: %s", self.kind, self.key, exc)
        self.failed.emit(exc)


# -- operations ------------------------------------------------------------------------------
def scan_drafts(
    ctx: AppContext, kind: str, *, on_success: Callable[[DraftScan], None], key: str | None = None
) -> TaskHandle[DraftScan]:
    """Every readable draft of ``kind`` and every damaged file moved aside (disk lane)."""
    store = ctx.drafts
    return ctx.disk.submit(
        lambda _t: store.scan(kind), on_success=on_success, on_failure=ctx.report_error, key=key
    )


def load_draft(
    ctx: AppContext,
    kind: str,
    draft_key: str,
    *,
    on_success: Callable[[Draft | None], None],
    key: str | None = None,
) -> TaskHandle[Draft | None]:
    """The draft of ``kind``/``draft_key`` or None (a damaged file is moved aside and logged)."""
    store = ctx.drafts
    return ctx.disk.submit(
        lambda _t: store.load(kind, draft_key), on_success=on_success, on_failure=ctx.report_error, key=key
    )


def delete_draft(ctx: AppContext, kind: str, draft_key: str) -> TaskHandle[bool]:
    store = ctx.drafts
    seq = store.next_seq(kind, draft_key)
    return ctx.disk.submit(lambda _t: store.delete(kind, draft_key, seq=seq), on_failure=ctx.report_error)
