"""The simulated help desk at work: agents answer tickets and change their status.

Tests call ``SimServer.agent_reply`` / ``SimServer.set_status`` to make a ticket change (so the
watch list has something to notice); with ``SimConfig.demo_activity`` set, ``DemoActivity``
answers every ticket filed during the run that many seconds after its creation, so the watch
list can be seen working in the demo. Seeded tickets are never touched. Qt-free.
"""

from __future__ import annotations

import html
import threading

from contiple_desktop.sim.seed_text import STATUS_NAMES
from contiple_desktop.sim.state import Json, SimClock, SimState

DEMO_ANSWERS = {
    "ko": "안녕하세요, 문의 주셔서 감사합니다. 확인해 보니 처리가 끝났습니다. "
    "다시 문제가 생기면 알려 주세요.",
    "en": "Hello, thank you for contacting us. We have looked into it and it is fixed now. "
    "Let us know if it happens again.",
    "ja": "お問い合わせありがとうございます。確認のうえ対応いたしました。再発した場合はお知らせください。",
}
POLL_S = 0.2


def _bump(ticket: Json, clock: SimClock) -> int:
    now = max(clock.now_ms(), int(ticket["updatedDt"]) + 1)
    ticket["updatedDt"] = now
    return now


def agent_reply(
    state: SimState, clock: SimClock, ticket_id: str, text: str, status: str | None = "reply"
) -> Json:
    """Append an agent answer (plain ``text``, stored as ``<p>`` HTML) and set ``status``
    (None keeps it). ``KeyError`` for an unknown ticket. Returns the new thread entry."""
    if status is not None and status not in STATUS_NAMES["ko"]:
        raise ValueError(f"unknown status {status!r}")
    with state.lock:
        ticket = state.tickets[ticket_id]
        content = "<p>" + html.escape(text).replace("\n", "<br>") + "</p>"
        now = _bump(ticket, clock)
        entry: Json = {"type": "reply", "content": content, "createdDt": now, "attachmentIds": []}
        ticket["thread"].append(entry)
        if status is not None:
            ticket["status"] = status
        return dict(entry)


def set_status(state: SimState, clock: SimClock, ticket_id: str, status: str) -> None:
    """Change a ticket's status as an agent would (``updatedDt`` moves too)."""
    if status not in STATUS_NAMES["ko"]:
        raise ValueError(f"unknown status {status!r}")
    with state.lock:
        ticket = state.tickets[ticket_id]
        ticket["status"] = status
        _bump(ticket, clock)


class DemoActivity:
    """A daemon thread answering tickets filed during this run after ``delay_s`` seconds."""

    def __init__(self, state: SimState, clock: SimClock, delay_s: float, stopping: threading.Event) -> None:
        self.state = state
        self.clock = clock
        self.delay_ms = int(delay_s * 1000)
        self.stopping = stopping
        with state.lock:
            self._known = set(state.tickets)  # seeded (and earlier) tickets stay as they are
        self._answered: set[str] = set()
        self._thread = threading.Thread(target=self._run, name="contiple-sim-activity", daemon=True)

    def start(self) -> DemoActivity:
        self._thread.start()
        return self

    def join(self, timeout: float = 5.0) -> None:
        self._thread.join(timeout)

    def _due(self) -> list[Json]:
        now = self.clock.now_ms()
        with self.state.lock:
            return [
                t for tid, t in self.state.tickets.items()
                if tid not in self._known and tid not in self._answered and t.get("usercode")
                and now - int(t["createdDt"]) >= self.delay_ms
            ]  # fmt: skip

    def _run(self) -> None:
        while not self.stopping.wait(POLL_S):
            for ticket in self._due():
                language = ticket.get("language") if ticket.get("language") in DEMO_ANSWERS else "ko"
                agent_reply(self.state, self.clock, ticket["ticketId"], DEMO_ANSWERS[str(language)], "solved")
                self._answered.add(ticket["ticketId"])
