"""Application-wide signals that link the work areas without them importing each other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMetaMethod, QObject, Signal

InsertRouter = Callable[[str], bool]
"""Puts text into the one active editor; returns whether an editor took it."""


class Bus(QObject):
    """Cross-panel requests; the shell connects navigation, panels connect behaviour.

    Signals:
        insert_into_ticket(str): plain text for the active ticket/follow-up editor. The shell
            listens and routes it to exactly one editor; senders that need to know whether it
            was taken call ``request_insert`` instead.
        show_customer(str): open the customer history for this user code.
        show_ticket(str, str): open the customer history for (usercode, ticket_id) with that
            ticket's detail shown.
        new_ticket_for(dict): open the new-ticket form pre-filled with caller data
            (keys: usercode, username, email, phone; any may be missing).
        ticket_created(str, str): (usercode, ticket_id) after a successful submit.
        navigate(str): switch to a work area: "helpcenter", "ticket" or "history".
        call_started(object): a call was handed to the app (``domain.handoff.CallRequest``:
            phone as written, optional usercode/name/email/dnis; its ``repr`` is masked). The
            window is already in front; the call view fills the caller box from it.
    """

    insert_into_ticket = Signal(str)
    show_customer = Signal(str)
    show_ticket = Signal(str, str)
    new_ticket_for = Signal(dict)
    ticket_created = Signal(str, str)
    navigate = Signal(str)
    call_started = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._insert_router: InsertRouter | None = None

    def set_insert_router(self, router: InsertRouter | None) -> None:
        """The shell installs the function that knows which editor is active (None removes)."""
        if self._insert_router is not None:
            self.insert_into_ticket.disconnect(self._routed)
        self._insert_router = router
        if router is not None:
            self.insert_into_ticket.connect(self._routed)

    def _routed(self, text: str) -> None:
        if self._insert_router is not None:
            self._insert_router(text)

    def request_insert(self, text: str) -> bool:
        """Insert ``text`` into the active editor; False when no editor can take it (the caller
        then falls back, e.g. to the clipboard). Without a router (a panel on its own) the text
        is emitted on ``insert_into_ticket`` when anyone listens."""
        if self._insert_router is not None:
            return self._insert_router(text)
        if self.isSignalConnected(QMetaMethod.fromSignal(self.insert_into_ticket)):
            self.insert_into_ticket.emit(text)
            return True
        return False
