"""The Call menu and the hand-off, carried out by the main window (a mixin of ``MainWindow``).

* ``start_call(request)`` — ``bus.call_started`` (the window is already in front): the New ticket
  area becomes current with the caller box filled, no dialog; ``new_call()`` (Ctrl+N) the same
  without a hand-off.
* ``next_caller()`` (Ctrl+Shift+N) — ends the call; the New ticket area is ready for the next one.
* ``follow_up_newest()`` (Ctrl+Shift+O) — Customer history with the caller's newest open ticket
  open and the cursor in its follow-up.
* ``insert_call_summary()`` (Ctrl+Shift+I) — ``Call 14:02–14:09 (7 min)`` and the notes into the
  active editor (the ticket's Details or the follow-up), through the same router as "Insert into
  ticket".
* ``focus_call_notes()`` (Ctrl+Shift+M) and ``attach_files()`` (Ctrl+Shift+A: the file picker
  of the current area's editor).

The call card's buttons reach the same methods through ``CallSession.command``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from contiple_desktop.domain.handoff import CallRequest
from contiple_desktop.tasks.call_session import call_session
from contiple_desktop.ui.ticket.call_view import call_summary

if TYPE_CHECKING:
    from contiple_desktop.tasks.context import AppContext
    from contiple_desktop.ui.history.panel import HistoryPanel
    from contiple_desktop.ui.shell.status_bar import ShellStatusBar
    from contiple_desktop.ui.ticket.panel import NewTicketPanel

_MESSAGE_MS = 5000


class CallCommands:
    """Mixin of ``MainWindow`` (see the module docstring). Signals: none."""

    if TYPE_CHECKING:
        ctx: AppContext
        ticket: NewTicketPanel
        history: HistoryPanel
        status: ShellStatusBar

        @property
        def current_area(self) -> str: ...
        def go(self, area: str) -> None: ...
        def route_insert(self, text: str) -> bool: ...

    def connect_calls(self) -> None:
        """Called once by the window: hand-offs and the call card's buttons."""
        self.ctx.bus.call_started.connect(self.start_call)
        call_session(self.ctx).command.connect(self._call_command)

    def _call_command(self, name: str) -> None:
        {"follow_up": self.follow_up_newest, "summary": self.insert_call_summary,
         "next_caller": self.next_caller}.get(name, lambda: None)()  # fmt: skip

    def start_call(self, request: CallRequest | None) -> None:
        """A call handed over (None: "New call"): New ticket, caller box filled, no dialog."""
        self.go("ticket")
        self.ticket.start_call(request)

    def new_call(self) -> None:
        self.start_call(None)

    def next_caller(self) -> None:
        self.go("ticket")
        if self.ticket.next_caller():
            self.ticket.focus_caller()

    def follow_up_newest(self) -> None:
        found = call_session(self.ctx).open
        if found is None or found.newest is None or found.count == 0:
            self._say(
                QCoreApplication.translate("CallCommands", "This caller has no open ticket to follow up.")
            )
            return
        self.ctx.bus.show_ticket.emit(found.usercode, found.newest.ticket_id)
        self.go("history")
        self.history.detail.composer.focus_editor()

    def _say(self, text: str) -> None:
        self.status.showMessage(text, _MESSAGE_MS)

    def _no_call(self) -> None:
        self._say(
            QCoreApplication.translate(
                "CallCommands", "No call in progress: start one with Call \u25b8 New call."
            )
        )

    def insert_call_summary(self) -> None:
        text = call_summary(call_session(self.ctx))
        if not text:
            self._no_call()
            return
        self.route_insert(text + "\n")

    def focus_call_notes(self) -> None:
        if not call_session(self.ctx).active:
            self._no_call()
            return
        self.go("ticket")
        self.ticket.call_card.focus_notes()

    def attach_files(self) -> None:
        """Ctrl+Shift+A: the file picker of the ticket form or of the open ticket's follow-up."""
        if self.current_area == "history":
            composer = self.history.detail.composer
            if composer.isEnabled():
                composer.tray.pick_files()
                return
        elif self.current_area == "ticket" and self.ticket.attach_files():
            return
        self._say(QCoreApplication.translate("CallCommands", "There is nothing to attach files to here."))
