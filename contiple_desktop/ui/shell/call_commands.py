"""The New ticket area's keys, the Call menu and the hand-off (a mixin of ``MainWindow``).

* ``focus_ticket_caller()`` (Ctrl+Shift+U) / ``focus_ticket_type()`` (Ctrl+Shift+T) — the caller's
  user code / the inquiry-type filter of the New ticket area (it opens the folded picker);

* ``start_call(request)`` — ``bus.call_started`` (the window is already in front): the New ticket
  area becomes current with the caller box filled, no dialog; ``new_call()`` (Ctrl+N) the same
  without a hand-off.
* ``next_caller()`` (Ctrl+Shift+N) — ends the call; the New ticket area is ready for the next one.
* ``follow_up_newest()`` (Ctrl+Shift+O) — Customer history with the caller's newest open ticket
  open and the cursor in its follow-up.
* ``insert_call_summary()`` (Ctrl+Shift+I) — ``Call 14:02–14:09 (7 min)`` and the notes into the
  active editor (the ticket's details or the follow-up), through the same router as "Insert into
  ticket".
* ``focus_call_notes()`` (Ctrl+Shift+M) and ``attach_files()`` (Ctrl+Shift+A: the file picker
  of the current area's editor).

Areas may not be built yet (``areas.py``): every command waits for the area it needs
(``areas.when_built``). The call card's buttons reach the same methods through
``CallSession.command``, connected when the New ticket area is built. Nothing here is imported
before it is used: the window's first frame does not pay for the call view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from contiple_desktop.domain.handoff import CallRequest
    from contiple_desktop.tasks.context import AppContext
    from contiple_desktop.ui.history.panel import HistoryPanel
    from contiple_desktop.ui.shell.areas import WorkAreas
    from contiple_desktop.ui.shell.status_bar import ShellStatusBar
    from contiple_desktop.ui.ticket.panel import NewTicketPanel

_MESSAGE_MS = 5000


def _ticket(panel: QWidget) -> NewTicketPanel:
    return cast("NewTicketPanel", panel)


class CallCommands:
    """Mixin of ``MainWindow`` (see the module docstring). Signals: none."""

    if TYPE_CHECKING:
        ctx: AppContext
        area_built: SignalInstance

        @property
        def areas(self) -> WorkAreas: ...
        @property
        def status(self) -> ShellStatusBar: ...
        @property
        def current_area(self) -> str: ...
        def go(self, area: str) -> None: ...
        def route_insert(self, text: str) -> bool: ...
        def _run(self, area: str, name: str) -> None: ...

    def focus_ticket_caller(self) -> None:
        """Ctrl+Shift+U: the new-ticket form's caller user code."""
        self.go("ticket")
        self._run("ticket", "focus_caller")

    def focus_ticket_type(self) -> None:
        """Ctrl+Shift+T: the new-ticket form's inquiry-type filter."""
        self.go("ticket")
        self._run("ticket", "focus_search")

    def connect_calls(self) -> None:
        """Called once by the window: hand-offs now, the call card's buttons once it exists."""
        self.ctx.bus.call_started.connect(self.start_call)
        self.area_built.connect(self._calls_area_built)

    def _calls_area_built(self, area: str) -> None:
        if area != "ticket" or getattr(self, "_calls_wired", False):
            return
        from contiple_desktop.tasks.call_session import call_session

        self._calls_wired = True
        call_session(self.ctx).command.connect(self._call_command)

    def _call_command(self, name: str) -> None:
        {"follow_up": self.follow_up_newest, "summary": self.insert_call_summary,
         "next_caller": self.next_caller}.get(name, lambda: None)()  # fmt: skip

    def _say(self, text: str) -> None:
        self.status.showMessage(text, _MESSAGE_MS)

    def _no_call(self) -> None:
        self._say(
            QCoreApplication.translate(
                "CallCommands", "No call in progress: start one with Call \u25b8 New call."
            )
        )

    def start_call(self, request: CallRequest | None) -> None:
        """A call handed over (None: "New call"): New ticket, caller box filled, no dialog."""
        self.go("ticket")
        self.areas.when_built("ticket", lambda panel: _ticket(panel).start_call(request))

    def new_call(self) -> None:
        self.start_call(None)

    def next_caller(self) -> None:
        def next_one(panel: QWidget) -> None:
            if _ticket(panel).next_caller():
                _ticket(panel).focus_caller()

        self.go("ticket")
        self.areas.when_built("ticket", next_one)

    def follow_up_newest(self) -> None:
        from contiple_desktop.tasks.call_session import call_session

        found = call_session(self.ctx).open
        if found is None or found.newest is None or found.count == 0:
            self._say(
                QCoreApplication.translate("CallCommands", "This caller has no open ticket to follow up.")
            )
            return
        self.ctx.bus.show_ticket.emit(found.usercode, found.newest.ticket_id)
        self.go("history")
        self.areas.when_built(
            "history", lambda panel: cast("HistoryPanel", panel).detail.composer.focus_editor()
        )

    def insert_call_summary(self) -> None:
        from contiple_desktop.tasks.call_session import call_session
        from contiple_desktop.ui.ticket.call_view import call_summary

        text = call_summary(call_session(self.ctx))
        if not text:
            self._no_call()
            return
        self.route_insert(text + "\n")

    def focus_call_notes(self) -> None:
        from contiple_desktop.tasks.call_session import call_session

        if not call_session(self.ctx).active:
            self._no_call()
            return
        self.go("ticket")
        self.areas.when_built("ticket", lambda panel: _ticket(panel).call_card.focus_notes())

    def attach_files(self) -> None:
        """Ctrl+Shift+A: the file picker of the ticket form or of the open ticket's follow-up."""
        nothing = QCoreApplication.translate("CallCommands", "There is nothing to attach files to here.")
        if self.current_area == "history":
            history = cast("HistoryPanel | None", self.areas.panel("history"))
            if history is not None and history.detail.composer.isEnabled():
                history.detail.composer.tray.pick_files()
            else:
                self._say(nothing)
            return

        def attach(panel: QWidget) -> None:
            if not _ticket(panel).attach_files():
                self._say(nothing)

        if self.current_area == "ticket":
            self.areas.when_built("ticket", attach)
        else:
            self._say(nothing)
