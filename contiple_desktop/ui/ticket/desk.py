"""The new-ticket panel's desk part: the outbox offer, the spam warning and the templates.

``NewTicketPanel`` builds one ``TicketDesk`` and asks ``hold(ticket)`` right before it sends;
everything else is wired here from the panel's public parts, so the panel stays small:

* **before a send** (``hold``): when the profile says the service blocks spam and this ticket
  would be the 3rd within a minute or the 10th within 24 hours — or a block from an earlier
  refusal runs — the send is held and ``SpamWarningBanner`` offers "Send anyway" / "Queue it";
* **after a send** (``SendOnce.finished``, after the panel has shown its banner): a network
  failure, a 5xx / busy / garbled answer, or a 1001/1002 refusal (recorded with the spam guard)
  offers "Queue and continue with the next caller"; so does an unclear send, queued as
  ``maybe_sent`` from the moment the send started;
* **queuing**: ``Outbox.queue(ticket, files)``; only when the outbox has it on disk
  (``stored``) are the form and its draft cleared. The caller is left as it is for the agent
  (or a call view) to move on. Editing the form withdraws the offer (a new submit offers again).

Without the engines (``ctx.desk`` is None: panel tests, or the application has not started
them yet) the outbox and spam parts stay hidden; they are read each time, so engines that come
after the panel are used from then on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QBoxLayout, QWidget

from contiple_desktop.domain.models import NewTicket
from contiple_desktop.errors import ServerError, SpamLimitError, TransportError
from contiple_desktop.tasks import ticket_ops
from contiple_desktop.tasks.send_once import Outcome, OutcomeKind
from contiple_desktop.ui.attachments.row import Status
from contiple_desktop.ui.desk.templates import TicketTemplates
from contiple_desktop.ui.desk.words import count_text
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.formatting import fill
from contiple_desktop.ui.ticket.outbox_offer import OfferKind, OutboxOffer
from contiple_desktop.ui.ticket.spam_warning import SpamWarningBanner

if TYPE_CHECKING:
    from contiple_desktop.tasks.desk import DeskEngines
    from contiple_desktop.ui.ticket.panel import NewTicketPanel


def offers_queue(exc: BaseException) -> bool:
    """A definite failure after which the outbox can file the ticket later."""
    return isinstance(exc, TransportError | ServerError | SpamLimitError)


class TicketDesk(QObject):
    """Outbox offer, spam warning and templates of one ``NewTicketPanel``. Signals: none."""

    def __init__(self, panel: NewTicketPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.ctx = panel.ctx
        self._outbox_followed = False
        self.offer = OutboxOffer(panel)
        self.spam_warning = SpamWarningBanner(panel)
        self.templates = TicketTemplates(panel)
        self._place([self.spam_warning, self.offer, self.templates.notice])
        self._ticket: NewTicket | None = None
        self._maybe_sent = False
        self._since_ms: int | None = None
        self._queued = ""
        panel.flow.finished.connect(self._on_outcome)
        panel.caller.changed.connect(self._edited)
        panel.form.changed.connect(self._edited)
        self.offer.queue_requested.connect(self.queue)
        self.spam_warning.queue_requested.connect(self.queue)
        self.spam_warning.send_anyway.connect(self.send_anyway)

    @property
    def engines(self) -> DeskEngines | None:
        return self.ctx.desk

    def _place(self, widgets: list[QWidget]) -> None:
        """Right under the submit result (the top of the panel when the layout changed)."""
        layout = self.panel.layout()
        index = layout.indexOf(self.panel.result) if layout is not None else -1
        if not isinstance(layout, QBoxLayout):
            return
        for offset, widget in enumerate(widgets):
            layout.insertWidget(index + 1 + offset if index >= 0 else offset, widget)

    # -- before a send -----------------------------------------------------------------------
    def hold(self, ticket: NewTicket) -> bool:
        """Called right before the panel sends ``ticket``: True holds the send (a warning is
        shown instead)."""
        self._ticket, self._maybe_sent, self._since_ms = ticket, False, None
        self.offer.retract()
        self.spam_warning.hide()
        if self.engines is None:
            return False
        spam = self.engines.spam
        block, warning = spam.block(), spam.warning()
        if block is None and warning is None:
            return False
        self.spam_warning.warn(warning, block, can_queue=True)
        return True

    @Slot()
    def send_anyway(self) -> None:
        self.spam_warning.hide()
        if self._ticket is not None and not self.panel.flow.busy:
            self.panel.flow.send(ticket_ops.ticket_plan(self._ticket))

    # -- after a send ------------------------------------------------------------------------
    @Slot(object)
    def _on_outcome(self, outcome: Outcome) -> None:
        self.offer.retract()
        if self.engines is None or self._ticket is None:
            return
        if outcome.kind is OutcomeKind.CREATED:
            self._ticket = None
            return
        if outcome.kind is OutcomeKind.FAILED:
            exc = outcome.error
            if isinstance(exc, SpamLimitError):
                self.engines.spam.record_refusal(exc.result_code)
            if exc is None or not offers_queue(exc):
                return
            self._maybe_sent, self._since_ms = False, None
            self.offer.offer(OfferKind.SPAM if isinstance(exc, SpamLimitError) else OfferKind.OFFLINE)
            return
        self._maybe_sent, self._since_ms = True, outcome.started_ms or None
        guest = not self._ticket.end_user.usercode
        self.offer.offer(OfferKind.MAYBE_SENT_GUEST if guest else OfferKind.MAYBE_SENT)

    @Slot()
    def _edited(self) -> None:
        if self._queued:
            return
        self.offer.retract()
        self.spam_warning.hide()

    # -- queuing -----------------------------------------------------------------------------
    def attachment_paths(self) -> list[Path]:
        """The files on screen now (the outbox copies them and uploads the copies)."""
        return [i.path for i in self.panel.tray.items() if i.status is not Status.REJECTED]

    @Slot()
    def queue(self) -> None:
        if self.engines is None or self._ticket is None or self._queued:
            return
        self.spam_warning.hide()
        self.offer.show()
        self.offer.set_busy()
        outbox = self.engines.outbox
        if not self._outbox_followed:
            self._outbox_followed = True
            outbox.stored.connect(self._stored)
            outbox.store_failed.connect(self._store_failed)
        self._queued = outbox.queue(
            self._ticket, self.attachment_paths(), maybe_sent=self._maybe_sent, since_ms=self._since_ms
        )

    @Slot(str)
    def _stored(self, item_id: str) -> None:
        if item_id != self._queued or self.engines is None:
            return
        self.panel.discard_current()  # the form and its draft; the outbox has its own copy now
        self._queued, self._ticket = "", None
        self.offer.retract()
        outbox = self.engines.outbox
        count = count_text(outbox.count_pending, outbox.count_attention)
        self.panel.result.show_info(
            fill(
                self.tr("Kept in the outbox (%1): it is filed on its own. Go on with the next caller."), count
            )
        )
        self.panel.status.setText(self.tr("Queued in the outbox; the draft was removed."))

    @Slot(str, object)
    def _store_failed(self, item_id: str, exc: BaseException) -> None:
        if item_id != self._queued:
            return
        self._queued = ""
        text = describe(exc)
        self.offer.retract()
        self.panel.result.show_error(
            fill(self.tr("Could not keep it in the outbox (%1). The form is kept as it is."), text.message)
        )
