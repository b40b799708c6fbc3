"""The call card beside the caller box: timer, who is calling, the lookup's notice, the caller's
open tickets, and the private notes pad of the call.

``CallCard`` shows a ``tasks.call_session.CallSession`` and words what happens to it:

* **timer** ("Call timer"): "Call since 14:02 · 3:12", every second while a call lasts;
* **identity** ("Caller identity"): name and user code, the phone number and e-mail *masked*
  (``010-2345-****``, ``mi***@example.com``) — only the caller box shows them whole;
* **notice** ("Caller lookup"): looking up, found, "No customer found for this number", no lookup
  configured, not a usable number, or the lookup's failure — never blocking: the ticket can be
  filed in every case;
* **open tickets** ("Open tickets"): "2 open tickets — follow up on the newest instead?" with one
  button (and one key in the Call menu) that opens that ticket's follow-up composer;
* **notes** ("Call notes"): private, autosaved like drafts (the session's ``DraftAutosaver``),
  restored after a crash (the "notes of an earlier call" offer: Resume / Delete);
* "Insert call summary" and "Next caller" (also in the Call menu).

``call_summary(session)`` is the text "Insert call summary" adds: ``Call 14:02–14:09 (7 min)``
(``통화 14:02–14:09 (7분)`` in Korean) and the notes below it.

Signals (``CallCard``):
    damaged_found(list): draft files found unreadable while looking for notes (``DamagedDraft``).
    leftovers_changed(): the offer of notes kept from earlier calls appeared or went away.
    follow_up_requested(): follow up on the newest open ticket.
    summary_requested(): insert the call summary into the active editor.
    next_caller_requested(): end the call.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contiple_desktop.domain.drafts import Draft, DraftScan
from contiple_desktop.domain.lookup import CallerIdentity
from contiple_desktop.domain.privacy import mask_email, mask_personal, mask_phone
from contiple_desktop.tasks.call_ops import OpenTickets
from contiple_desktop.tasks.call_session import CallSession, identity_from_data
from contiple_desktop.tasks.caller_ops import CallerLookupResult, LookupOutcome
from contiple_desktop.ui import ime
from contiple_desktop.ui.error_text import describe
from contiple_desktop.ui.ticket.text_fit import fit_to_text

_STYLE = (
    "QFrame#call-card { background: #f3f6fb; border: 1px solid #c5d3ea; border-radius: 4px; }"
    "QFrame#open-tickets { background: #fff4e5; border: 1px solid #f0a030; border-radius: 4px; }"
)


def clock(ms: int) -> str:
    """Epoch ms as the local wall-clock time, hours and minutes (14:02)."""
    return QDateTime.fromMSecsSinceEpoch(ms).toString("HH:mm")


def duration(ms: int) -> str:
    seconds = max(0, ms // 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def call_summary(session: CallSession, now_ms: int | None = None) -> str:
    """``Call 14:02–14:09 (7 min)`` and the notes (empty when no call is in progress)."""
    if not session.active:
        return ""
    now = now_ms if now_ms is not None else int(time.time() * 1000)
    minutes = max(1, round(session.elapsed_ms(now) / 60_000))
    line = (
        QCoreApplication.translate("CallCard", "Call %1\u2013%2 (%n min)", "", minutes)
        .replace("%1", clock(session.started_ms))
        .replace("%2", clock(now))
    )
    notes = session.notes.strip()
    return f"{line}\n{notes}" if notes else line


def masked_identity(identity: CallerIdentity) -> str:
    """Name (user code) and the masked phone and e-mail, one line each; "" when unknown."""
    code = f"({identity.usercode})" if identity.usercode else ""
    first = " ".join(p for p in (identity.name or "", code) if p)
    second = " \u00b7 ".join(
        p for p in (mask_phone(identity.phone or ""), mask_email(identity.email or "")) if p
    )
    return "\n".join(p for p in (first, second) if p)


def _label(parent: QWidget, name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setAccessibleName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class CallCard(QFrame):
    """The call in progress, beside the caller box. Signals: see the module docstring."""

    damaged_found = Signal(list)
    leftovers_changed = Signal()
    follow_up_requested = Signal()
    summary_requested = Signal()
    next_caller_requested = Signal()

    def __init__(self, session: CallSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("call-card")
        self.setAccessibleName(self.tr("Call"))
        self.setStyleSheet(_STYLE)
        self._looking_up = False
        self._leftover: list[Draft] = []
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_timer)
        session.started.connect(self._on_started)
        session.looked_up.connect(self._on_looked_up)
        session.open_tickets.connect(self.show_open_tickets)
        session.ended.connect(self._on_ended)
        self.notes.textChanged.connect(lambda: self.session.set_notes(self.notes.toPlainText()))
        self._on_ended()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 6, 8, 8)
        col.setSpacing(4)
        self.timer = _label(self, self.tr("Call timer"), wrap=False)
        font = self.timer.font()
        font.setBold(True)
        self.timer.setFont(font)
        col.addWidget(self.timer)
        self.identity = _label(self, self.tr("Caller identity"))
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        col.addWidget(self.identity)
        self.notice = _label(self, self.tr("Caller lookup"))
        col.addWidget(self.notice)
        self.open_box = QFrame(self)
        self.open_box.setObjectName("open-tickets")
        self.open_box.setAccessibleName(self.tr("Open tickets"))
        box = QVBoxLayout(self.open_box)
        box.setContentsMargins(6, 4, 6, 6)
        self.open_text = _label(self.open_box, self.tr("Open tickets message"))
        box.addWidget(self.open_text)
        self.follow_up_button = QPushButton(self.tr("Follow up on the newest"), self.open_box)
        self.follow_up_button.setAccessibleName(self.tr("Follow up on the newest open ticket"))
        self.follow_up_button.setToolTip(self.tr("Open the newest open ticket's follow-up (Ctrl+Shift+O)"))
        self.follow_up_button.setAutoDefault(False)
        self.follow_up_button.clicked.connect(self.follow_up_requested)
        box.addWidget(self.follow_up_button)
        col.addWidget(self.open_box)
        self.notes_title = QLabel(self.tr("Call notes (private, stay on this PC)"), self)
        self.notes_title.setWordWrap(True)
        col.addWidget(self.notes_title)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Call notes"))
        self.notes.setPlaceholderText(self.tr("Notes for this call (Ctrl+Shift+M)"))
        self.notes.setTabChangesFocus(True)
        fit_to_text(self.notes, min_lines=3, max_lines=7)  # grows with the notes, then scrolls
        self.notes_title.setBuddy(self.notes)
        ime.guard(self.notes)
        col.addWidget(self.notes)
        row = QHBoxLayout()
        self.summary_button = QPushButton(self.tr("Insert call summary"), self)
        self.summary_button.setAccessibleName(self.tr("Insert call summary"))
        self.summary_button.setToolTip(
            self.tr("Insert the call time and the notes into the ticket or the follow-up (Ctrl+Shift+I)")
        )
        self.next_button = QPushButton(self.tr("Next caller"), self)
        self.next_button.setAccessibleName(self.tr("Next caller"))
        self.next_button.setToolTip(self.tr("End this call and start fresh (Ctrl+Shift+N)"))
        for button in (self.summary_button, self.next_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.summary_button.clicked.connect(self.summary_requested)
        self.next_button.clicked.connect(self.next_caller_requested)
        col.addLayout(row)
        self.leftover = QFrame(self)
        self.leftover.setAccessibleName(self.tr("Notes of an earlier call"))
        left = QVBoxLayout(self.leftover)
        left.setContentsMargins(0, 4, 0, 0)
        self.leftover_text = _label(self.leftover, self.tr("Notes of an earlier call message"))
        left.addWidget(self.leftover_text)
        buttons = QHBoxLayout()
        self.resume_button = QPushButton(self.tr("Resume"), self.leftover)
        self.resume_button.setAccessibleName(self.tr("Resume the earlier call"))
        self.delete_button = QPushButton(self.tr("Delete notes"), self.leftover)
        self.delete_button.setAccessibleName(self.tr("Delete the earlier call's notes"))
        for button in (self.resume_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.resume_button.clicked.connect(self._resume_leftover)
        self.delete_button.clicked.connect(self._delete_leftover)
        col.addWidget(self.leftover)
        self.leftover.hide()

    # -- the call ----------------------------------------------------------------------------
    @Slot()
    def _on_started(self) -> None:
        session = self.session
        self.notes.blockSignals(True)
        self.notes.setPlainText(session.notes)
        self.notes.blockSignals(False)
        self.show_identity(session.identity)
        self._looking_up = session.request is not None and bool(session.request.phone)
        self.notice.setText(self.tr("Looking up the caller\u2026") if self._looking_up else "")
        self.notice.setVisible(self._looking_up)
        self.open_box.hide()
        for w in (self.timer, self.identity, self.notes_title, self.notes, self.summary_button):
            w.show()
        self.next_button.setEnabled(True)
        self._show_timer()
        self._tick.start()
        self.scan_leftovers()

    @Slot()
    def _on_ended(self) -> None:
        self._tick.stop()
        self.notes.blockSignals(True)
        self.notes.clear()
        self.notes.blockSignals(False)
        self.identity.clear()
        self.notice.clear()
        self.open_box.hide()
        for w in (self.timer, self.identity, self.notice, self.notes_title, self.notes, self.summary_button):
            w.hide()
        self.next_button.setEnabled(False)

    @Slot()
    def _show_timer(self) -> None:
        session = self.session
        if not session.active:
            return
        self.timer.setText(
            self.tr("Call since %1 \u00b7 %2")
            .replace("%1", clock(session.started_ms))
            .replace("%2", duration(session.elapsed_ms()))
        )

    def show_identity(self, identity: CallerIdentity) -> None:
        text = masked_identity(identity)
        self.identity.setText(text or self.tr("Caller not identified yet"))

    def show_looking_up(self) -> None:
        self._looking_up = True
        self.notice.setText(self.tr("Looking up the caller\u2026"))
        self.notice.show()

    @Slot(object)
    def _on_looked_up(self, result: CallerLookupResult) -> None:
        self._looking_up = False
        self.show_identity(self.session.identity)
        self.notice.setText(self.lookup_text(result))
        self.notice.setVisible(bool(self.notice.text()))

    def lookup_text(self, result: CallerLookupResult) -> str:
        outcome = result.outcome
        if outcome is LookupOutcome.FOUND:
            return self.tr("Customer found by the caller lookup.")
        if outcome is LookupOutcome.NOT_FOUND:
            return self.tr("No customer found for this number")
        if outcome is LookupOutcome.NOT_CONFIGURED:
            return self.tr("No caller lookup is set up for this connection; callers served today are "
                       "suggested as you type.")  # fmt: skip
        if outcome is LookupOutcome.INVALID_PHONE:
            return self.tr("The number is not a usable phone number; the lookup was not asked.")
        error = describe(result.error) if result.error is not None else None
        reason = error.message if error is not None else ""
        text = self.tr("The caller lookup failed: %1 You can still file the ticket.").replace("%1", reason)
        return mask_personal(text)

    def show_from_memory(self) -> None:
        """The identity came from this session's earlier calls (no lookup answered)."""
        self.show_identity(self.session.identity)
        self.notice.setText(self.tr("Filled from a call earlier today."))
        self.notice.show()

    @Slot(object)
    def show_open_tickets(self, found: OpenTickets) -> None:
        if not self.session.active or found.count == 0 or found.newest is None:
            self.open_box.hide()
            return
        text = self.tr("%n open ticket(s) \u2014 follow up on the newest instead?", "", found.count)
        subject = found.newest.subject or found.newest.ticket_id
        newest = self.tr("Newest: %1").replace("%1", subject)
        self.open_text.setText(f"{text}\n{newest}")
        self.open_box.show()

    def newest_open(self) -> tuple[str, str] | None:
        """(usercode, ticket ID) of the newest open ticket on offer, if any."""
        found = self.session.open
        if not self.session.active or found is None or found.newest is None or found.count == 0:
            return None
        return found.usercode, found.newest.ticket_id

    def focus_notes(self) -> None:
        self.notes.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)

    # -- notes of earlier calls --------------------------------------------------------------
    def scan_leftovers(self) -> None:
        self.session.scan_notes(self._scanned)

    def _scanned(self, scan: DraftScan) -> None:
        if scan.damaged:
            self.damaged_found.emit(scan.damaged)
        self._show_leftovers(scan.drafts)

    def has_leftovers(self) -> bool:
        """Whether notes of earlier calls are on offer (the card is shown for them)."""
        return bool(self._leftover)

    def _show_leftovers(self, drafts: list[Draft]) -> None:
        self._leftover = drafts
        self.leftovers_changed.emit()
        if not drafts:
            self.leftover.hide()
            return
        newest = drafts[0]
        started = newest.data.get("started_ms")
        when = clock(started) if isinstance(started, int) and not isinstance(started, bool) else ""
        who = masked_identity(identity_from_data(newest.data.get("identity"))).replace("\n", " \u00b7 ")
        facts = " \u00b7 ".join(p for p in (when, who) if p)
        text = self.tr("Notes of an earlier call (%1) were kept.").replace("%1", facts)
        if len(drafts) > 1:
            text += " " + self.tr("%n more kept.", "", len(drafts) - 1)
        self.leftover_text.setText(text)
        self.resume_button.setText(self.tr("Add to this call") if self.session.active else self.tr("Resume"))
        self.leftover.show()

    def _resume_leftover(self) -> None:
        if not self._leftover:
            return
        draft = self._leftover.pop(0)
        if self.session.active:  # a call is on: its pad takes the earlier notes
            notes = draft.data.get("notes")
            if isinstance(notes, str) and notes.strip():
                current = self.notes.toPlainText().rstrip()
                self.notes.setPlainText(f"{current}\n{notes}".strip())
            self.session.delete_notes(draft)
            self._show_leftovers(self._leftover)
        else:
            self._show_leftovers(self._leftover)  # the others stay on offer
            self.session.resume(draft)

    def _delete_leftover(self) -> None:
        if self._leftover:
            self.session.delete_notes(self._leftover.pop(0))
            self._show_leftovers(self._leftover)
