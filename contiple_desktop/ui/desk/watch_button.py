""" "Watch this ticket" / "Stop watching" in the ticket detail of Customer history.

A ticket filed from this desk is watched on its own; any other the agent is looking at can be
pinned (``WatchList.pin``: its detail is the baseline, so only later changes are reported).
Opening a ticket marks its changes as seen (the badge and the note count down); asking for the
ticket already shown (the badge, a notification) or a change to it while it is on screen
reloads it (``reload``). Hidden without the desk engines, and for tickets that cannot be listed
again (no user code).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QPushButton, QWidget

from contiple_desktop.domain.models import TicketDetail
from contiple_desktop.domain.watch import WatchEvent
from contiple_desktop.tasks.context import AppContext


class WatchButton(QPushButton):
    """Toggles watching of the ticket shown. Signals: clicked() (QPushButton's)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, reload: Callable[[], None] = lambda: None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reload = reload
        self.usercode = ""
        self.detail: TicketDetail | None = None
        self.setAutoDefault(False)
        self.clicked.connect(self.toggle_watch)
        self._following = False
        self._follow()
        self._update()

    def _follow(self) -> None:
        """Listen to the watch list (once the engines exist: they may come after this widget)."""
        if self._following or self.ctx.desk is None:
            return
        self._following = True
        self.ctx.desk.watch.watches_changed.connect(self._update)
        self.ctx.desk.watch.changed.connect(self._changed)
        self.ctx.bus.show_ticket.connect(self._asked_for)

    def _shows(self, ticket_id: str) -> bool:
        return self.detail is not None and self.detail.ticket_id == ticket_id

    @Slot(str, str)
    def _asked_for(self, _usercode: str, ticket_id: str) -> None:
        if self._shows(ticket_id):  # the pane would keep what it shows: load the change
            self.reload()

    @Slot(object)
    def _changed(self, event: WatchEvent) -> None:
        if self._shows(event.ticket_id) and self.isVisible():  # the agent is looking at it
            self.reload()

    def show_detail(self, usercode: str, detail: TicketDetail) -> None:
        """The pane shows ``detail`` of ``usercode``: its changes are seen now."""
        self.usercode, self.detail = usercode, detail
        self._follow()
        if self.ctx.desk is not None and any(
            e.ticket_id == detail.ticket_id for e in self.ctx.desk.watch.events()
        ):
            self.ctx.desk.watch.mark_seen(detail.ticket_id)
        self._update()

    def watching(self) -> bool:
        desk = self.ctx.desk
        return desk is not None and self.detail is not None and desk.watch.is_watched(self.detail.ticket_id)

    @Slot()
    def toggle_watch(self) -> None:
        desk = self.ctx.desk
        if desk is None or self.detail is None or not self.usercode:
            return
        if self.watching():
            desk.watch.unwatch(self.detail.ticket_id)
        else:
            desk.watch.pin(self.usercode, self.detail)
        self._update()

    @Slot()
    def _update(self) -> None:
        usable = self.ctx.desk is not None and self.detail is not None and bool(self.usercode)
        closed = self.detail is not None and self.detail.status == "closed"
        self.setVisible(usable and not closed)
        if self.watching():
            self.setText(self.tr("Stop &watching"))
            self.setAccessibleName(self.tr("Stop watching"))
            self.setToolTip(self.tr("You are told when this ticket is answered or its status changes."))
        else:
            self.setText(self.tr("&Watch this ticket"))
            self.setAccessibleName(self.tr("Watch this ticket"))
            self.setToolTip(self.tr("Be told when this ticket is answered or its status changes."))
