"""Application-wide signals that link the work areas without them importing each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    """Cross-panel requests; the shell connects navigation, panels connect behaviour.

    Signals:
        insert_into_ticket(str): plain text to insert into the active ticket/follow-up editor.
        show_customer(str): open the customer history for this user code.
        new_ticket_for(dict): open the new-ticket form pre-filled with caller data
            (keys: usercode, username, email, phone; any may be missing).
        ticket_created(str, str): (usercode, ticket_id) after a successful submit.
        navigate(str): switch to a work area: "helpcenter", "ticket" or "history".
    """

    insert_into_ticket = Signal(str)
    show_customer = Signal(str)
    new_ticket_for = Signal(dict)
    ticket_created = Signal(str, str)
    navigate = Signal(str)
