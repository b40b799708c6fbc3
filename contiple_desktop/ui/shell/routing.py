"""Requests for a work area that may not be built yet: bus requests and "Insert into ticket".

The first bus request (``show_customer``, ``show_ticket``, ``new_ticket_for``) for an area that
is built because of it is handed to the new panel here: a slot connected while a signal is
emitted does not receive that emission.

"Insert into ticket": which editor takes the text, and handing it over.

Exactly one editor takes it: the new-ticket form when it was the last-used editor (or a ticket
is in progress there), else the follow-up composer when a ticket is open in the history; with
neither in use the agent is starting from an answer, so a new ticket takes it — built first if
the area does not exist yet (the form always accepts). When no editor can take the text the
Help Center copies it to the clipboard instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from contiple_desktop.ui.history.panel import HistoryPanel
    from contiple_desktop.ui.shell.main_window import MainWindow
    from contiple_desktop.ui.ticket.panel import NewTicketPanel


def show_customer(window: MainWindow, usercode: str) -> None:
    if window.areas.panel("history") is None:
        window.areas.when_built("history", lambda panel: cast("HistoryPanel", panel).show_customer(usercode))
    window.go("history")


def show_ticket(window: MainWindow, usercode: str, ticket_id: str) -> None:
    if window.areas.panel("history") is None:
        window.areas.when_built(
            "history", lambda panel: cast("HistoryPanel", panel).show_ticket(usercode, ticket_id)
        )
    window.go("history")


def new_ticket_for(window: MainWindow, data: dict[str, Any]) -> None:
    if window.areas.panel("ticket") is None:
        window.areas.when_built("ticket", lambda panel: cast("NewTicketPanel", panel).prefill_caller(data))
    window.go("ticket")


def insert_target(window: MainWindow) -> str:
    """The area whose editor takes "Insert into ticket" now (areas not built are not in use)."""
    ticket = cast("NewTicketPanel | None", window.areas.panel("ticket"))
    history = cast("HistoryPanel | None", window.areas.panel("history"))
    last = window.last_editor
    ticket_ok = last == "ticket" or (ticket is not None and ticket.in_progress())
    order = ("ticket", "history") if last != "history" else ("history", "ticket")
    for area in order:
        if area == "ticket" and ticket_ok:
            return area
        if area == "history" and history is not None and history.can_insert():
            return area
    return "ticket"


def route_insert(window: MainWindow, text: str) -> bool:
    """Give ``text`` to the one editor and show its area; False when it did not take it."""
    area = insert_target(window)
    if not area:
        return False
    if window.areas.panel(area) is None:
        window.areas.when_built(area, lambda panel: cast("NewTicketPanel", panel).insert_text(text))
        window.go(area)
        return True
    panel = cast("NewTicketPanel | HistoryPanel", window.areas.get(area))
    previous = window.current_area
    window.go(area)  # first, so the editor is shown and can take the keyboard focus
    if panel.insert_text(text):
        return True
    window.go(previous)
    return False
