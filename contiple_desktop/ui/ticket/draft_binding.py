"""The new-ticket form's draft: when it is saved, which drafts are offered, and what was damaged.

``TicketDraftBinding`` owns the form's ``DraftAutosaver`` (debounced, at most ~0.6 s behind the
last change, written on the disk lane), flushes it at shutdown, lists the drafts found on disk
in the ``DraftBanner`` (never the one being edited) and says in plain words when a draft file
could not be read and where it was kept. *What* a draft holds is the panel's business: the
binding calls ``snapshot()`` to save and ``restore(data)`` to apply one.

Signals:
    saved(): a change of this form went to disk.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from contiple_desktop.domain.drafts import KIND_TICKET, DamagedDraft, Draft, DraftScan, new_draft_key
from contiple_desktop.tasks import drafts as draft_ops
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.drafts import DraftAutosaver, Snapshot
from contiple_desktop.tasks.task_scope import TaskScope
from contiple_desktop.ui.ticket.banners import DraftBanner


class TicketDraftBinding(QObject):
    """Keeps one ticket form's draft on disk and offers the others.

    Signals:
        saved(): a write of the current draft was handed to the disk lane.
    """

    saved = Signal()

    def __init__(
        self,
        ctx: AppContext,
        banner: DraftBanner,
        tasks: TaskScope,
        snapshot: Snapshot,
        restore: Callable[[dict[str, Any]], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.banner = banner
        self.tasks = tasks
        self._restore = restore
        self.saver = DraftAutosaver.for_editor(ctx, KIND_TICKET, new_draft_key(), snapshot, parent=self)
        self.saver.saved.connect(self.saved)
        banner.restore_requested.connect(self.restore)
        banner.discard_requested.connect(self._discard_listed)
        ctx.add_flush_hook(parent, self._flush_hook)

    @property
    def key(self) -> str:
        return self.saver.key

    def schedule(self) -> None:
        self.saver.schedule()

    def _flush_hook(self) -> None:
        try:
            self.saver.flush()
        except RuntimeError:  # the panel was already deleted
            pass

    def check(self) -> None:
        """Offer the drafts found on disk (other than the one being edited)."""
        self.tasks.track(
            draft_ops.scan_drafts(
                self.ctx, KIND_TICKET, on_success=self._scanned, key=f"{self.tasks.name}:drafts"
            )
        )

    def _scanned(self, scan: DraftScan) -> None:
        current = self.saver.key
        self.banner.set_drafts([d for d in scan.drafts if d.key != current])
        self.banner.add_damaged(scan.damaged)

    @Slot(object)
    def restore(self, draft: Draft) -> None:
        self.saver.set_key(draft.key)  # pending edits of the current draft are saved first
        self._restore(draft.data)
        self.check()

    @Slot(object)
    def _discard_listed(self, draft: Draft) -> None:
        draft_ops.delete_draft(self.ctx, draft.kind, draft.key)

    def discard(self) -> None:
        """Remove the current draft and start a new one (after a submit, or on "Discard")."""
        self.saver.discard()
        self.saver.set_key(new_draft_key())

    def keep_and_start_new(self) -> None:
        """Keep the current draft on disk (written now if changes are pending) and start a new
        one; the kept draft is offered in "Unsent drafts" (a new caller took over the form)."""
        self.saver.set_key(new_draft_key())  # pending edits of the kept draft are saved first
        self.check()

    def damaged(self) -> list[DamagedDraft]:
        return self.banner.damaged
