"""The call view's wiring in the new-ticket area: the call session ↔ the caller box and the card.

``TicketCallBinding`` fills the caller box when a call starts (the hand-off's values at once,
the lookup's when it answers) without ever overwriting what the agent typed, keeps the caller
there until "Next caller" (a submit does not clear it), looks a typed phone number up on Enter,
offers the callers served earlier today (``tasks.caller_memory``) and loads the caller's open
tickets for the card. ``filled`` is what the *call* put into the caller box: a draft that holds
only that (nothing the agent typed) is not worth a file on disk (``panel_drafts``).

Focus: after a hand-off the focus goes to the next thing to do (the inquiry-type filter, or the
first empty required field); Enter in the user code moves to the recent tickets when there are
some, Enter in the phone moves on once the lookup answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QApplication

from contiple_desktop.domain.handoff import CallRequest
from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.domain.phone import normalise_phone_text
from contiple_desktop.tasks.call_session import call_session, merge_identity
from contiple_desktop.tasks.caller_memory import suggest_callers
from contiple_desktop.tasks.caller_ops import CallerLookupResult, LookupOutcome
from contiple_desktop.ui.ticket.caller import USERCODE, identity_values

if TYPE_CHECKING:
    from contiple_desktop.ui.ticket.panel import NewTicketPanel


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isascii() and c.isdigit())


class TicketCallBinding(QObject):
    """Call session ↔ caller box, card and recent tickets of one panel. Signals: none."""

    def __init__(self, panel: NewTicketPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.ctx = panel.ctx
        self.session = call_session(panel.ctx)
        self.card = panel.call_card
        self.filled: dict[str, str] = {}
        self._focus_recent_for = ""  # Enter in the user code: focus its tickets when they arrive
        self._lookup_focus = False  # Enter in the phone: move on when the lookup answers
        caller = panel.caller
        caller.set_suggester(lambda text: suggest_callers(self.ctx, text))
        caller.phone_entered.connect(self.look_up_typed)
        caller.usercode_entered.connect(self._usercode_entered)
        caller.usercode_settled.connect(self._usercode_settled)
        caller.identity_chosen.connect(self._identity_chosen)
        panel.recent.loaded.connect(self._recent_loaded)
        self.session.started.connect(self._on_started)
        self.session.looked_up.connect(self._on_looked_up)
        self.session.ended.connect(self._on_ended)
        self.ctx.bus.ticket_created.connect(self._on_ticket_created)
        self.card.scan_leftovers()  # notes of a call the app did not end (a crash): resume them

    @property
    def active(self) -> bool:
        return self.session.active

    # -- starting and ending -----------------------------------------------------------------
    def start(self, request: CallRequest | None) -> None:
        """A hand-off (``request``) or "New call" (None). A new caller gets a fresh form; what
        the agent wrote for the previous one stays in "Unsent drafts". "New call" with no call
        in progress keeps the ticket on screen: it becomes this call's."""
        panel = self.panel
        if request is not None or self.session.active:
            panel.put_away_ticket(keep=panel.draft_snapshot() is not None)
            self.filled = {}
        self.session.start(request)

    @Slot()
    def _on_started(self) -> None:
        panel = self.panel
        values = identity_values(self.session.identity)
        current = panel.caller.values()
        fill = {k: v for k, v in values.items() if not current[k].strip() or current[k] == self.filled.get(k)}
        self.filled.update(fill)  # first: the box's change is not the agent's
        panel.fill_caller(fill)
        self.session.set_identity(merge_identity(panel.caller.identity(), self.session.identity))
        panel.update_side()
        usercode = panel.caller.usercode()
        if usercode:
            self._show_caller_tickets(usercode)
        panel.focus_next_step()

    @Slot()
    def _on_ended(self) -> None:
        self.filled = {}
        self._focus_recent_for = ""
        self.panel.put_away_ticket(keep=False)
        self.panel.update_side()

    def caller_kept(self) -> None:
        """The form was emptied but the caller stays (after a submit or a discard)."""
        self.filled = self.panel.caller.values()

    # -- lookups -----------------------------------------------------------------------------
    @Slot(str)
    def look_up_typed(self, phone: str) -> None:
        """Enter in the phone box: ask the caller lookup; move on when it answered."""
        if not phone:
            self.panel.focus_next_step(after=self.panel.caller.edits["phone"])
            return
        self._lookup_focus = True
        self.card.show_looking_up()
        self.panel.update_side(notice=True)
        self.session.look_up(phone)

    @Slot(object)
    def _on_looked_up(self, result: CallerLookupResult) -> None:
        panel = self.panel
        identity = result.caller()
        from_memory = False
        if result.outcome in (LookupOutcome.NOT_CONFIGURED, LookupOutcome.FAILED):
            remembered = self._remembered(result.phone)
            if remembered is not None:
                identity, from_memory = remembered.with_phone(result.phone), True
                self.session.identity = merge_identity(self.session.identity, identity)
        current = panel.caller.values()
        fill: dict[str, str] = {}
        for key, value in identity_values(identity).items():
            if not current[key].strip() or current[key] == self.filled.get(key):
                fill[key] = value
        if result.phone and current["phone"] == self.filled.get("phone", current["phone"]):
            fill["phone"] = result.phone  # the number as the caller box shows it (010-1001-5007)
        self.filled.update(fill)  # first: the box's change is not the agent's
        panel.fill_caller(fill)
        if self.session.active:
            self.session.set_identity(panel.caller.identity())
        if from_memory:
            self.card.show_from_memory()
        panel.update_side(notice=True)
        usercode = panel.caller.usercode()
        if usercode:
            self._show_caller_tickets(usercode)
        if self._lookup_focus:
            self._lookup_focus = False
            if QApplication.focusWidget() is panel.caller.edits["phone"]:
                panel.focus_next_step(after=panel.caller.edits["phone"])

    def _remembered(self, phone: str) -> CallerIdentity | None:
        """The one caller served earlier today with this number (when no lookup answers)."""
        digits = _digits(phone)
        if len(digits) < 7:
            return None
        same = [
            i for i in suggest_callers(self.ctx, phone) if i.phone and _digits(i.phone).endswith(digits[-7:])
        ]
        return same[0] if len(same) == 1 else None

    def _show_caller_tickets(self, usercode: str) -> None:
        self.panel.recent.set_usercode(usercode)
        if self.session.active and (self.session.open is None or self.session.open.usercode != usercode):
            self.session.load_open_tickets(usercode)

    @Slot(str)
    def _usercode_settled(self, usercode: str) -> None:
        if usercode and self.session.active:
            self._show_caller_tickets(usercode)
        self.panel.update_side()

    @Slot(str)
    def _usercode_entered(self, usercode: str) -> None:
        """Enter in the user code: show that caller's tickets now, then go to them."""
        panel = self.panel
        if not usercode:
            panel.focus_next_step(after=panel.caller.edits[USERCODE])
            return
        known = [i for i in suggest_callers(self.ctx, usercode) if i.usercode == usercode]
        if known:
            current = panel.caller.values()
            fill = {k: v for k, v in identity_values(known[0]).items() if not current[k].strip()}
            self.filled.update(fill)
            panel.fill_caller(fill)
        recent = panel.recent
        if recent.usercode == usercode and recent.list.count():
            self._focus_recent()
            return
        self._focus_recent_for = usercode
        self._show_caller_tickets(usercode)
        panel.update_side()
        recent.refresh()

    @Slot(int)
    def _recent_loaded(self, _total: int) -> None:
        code, self._focus_recent_for = self._focus_recent_for, ""
        panel = self.panel
        if not code or code != panel.recent.usercode:
            return
        if QApplication.focusWidget() is not panel.caller.edits[USERCODE]:
            return  # the agent moved on meanwhile
        if panel.recent.list.count():
            self._focus_recent()
        else:
            panel.focus_next_step(after=panel.caller.edits[USERCODE])

    def _focus_recent(self) -> None:
        view = self.panel.recent.list
        if view.currentRow() < 0:
            view.setCurrentRow(0)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(object)
    def _identity_chosen(self, identity: CallerIdentity) -> None:
        self.filled.update(identity_values(identity))  # picked from today's callers, not typed
        if self.session.active:
            self.session.set_identity(merge_identity(identity, self.session.identity))
            self.card.show_identity(self.session.identity)
        if identity.usercode:
            self._show_caller_tickets(identity.usercode)
        self.panel.update_side()

    @Slot(str, str)
    def _on_ticket_created(self, usercode: str, _ticket_id: str) -> None:
        if self.session.active and usercode and usercode == self.panel.caller.usercode():
            self.session.load_open_tickets(usercode)

    def is_filled_by_call(self, key: str, value: str) -> bool:
        """Whether ``value`` in caller field ``key`` came from the call (not typed by the agent)."""
        if not value.strip():
            return True
        filled = self.filled.get(key)
        if filled is None:
            return False
        if key == "phone":
            try:
                return normalise_phone_text(filled) == normalise_phone_text(value)
            except ValueError:
                return False
        return filled == value
