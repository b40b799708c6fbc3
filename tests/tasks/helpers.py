"""Helpers of the desk-engine tests: a shiftable clock, short timings, tickets, attachments and
request-log counters."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contiple_desktop.domain.backoff import Backoff
from contiple_desktop.domain.models import EndUser, NewTicket, UserFieldValue
from contiple_desktop.sim import SimServer
from contiple_desktop.tasks.context import AppContext
from contiple_desktop.tasks.outbox import ReplaySchedule

if TYPE_CHECKING:
    from contiple_desktop.api.client import ContipleClient

TICKET_POST = "/openapi/v1/ticket.json"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(64)
FAST = ReplaySchedule(probe=Backoff(0.05, 0.3), server=Backoff(0.05, 0.3), pacing_slack_ms=500)


class ShiftClock:
    """Real epoch ms plus an offset the test moves forward (``advance``)."""

    def __init__(self) -> None:
        self.offset_ms = 0

    def __call__(self) -> int:
        return int(time.time() * 1000) + self.offset_ms

    def advance(self, ms: int) -> None:
        self.offset_ms += ms


def ticket(subject: str, usercode: str | None = "cust-005") -> NewTicket:
    return NewTicket(
        category_id=2541,
        subject=subject,
        content="전화로 접수한 문의",
        end_user=EndUser(usercode=usercode, email="kim@example.com", username="김고객"),
        user_fields=(UserFieldValue("personalAgree", "true"),),
        source="api",
    )


def png_file(directory: Path, name: str = "screen.png", extra: bytes = b"") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_bytes(PNG + extra)
    return path


def created(sim: SimServer, subject: str) -> list[dict[str, Any]]:
    with sim.state.lock:
        return [t for t in sim.state.tickets.values() if t.get("subject") == subject]


def create_posts(sim: SimServer) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["method"] == "POST" and r["path"].endswith(TICKET_POST)]


def list_gets(sim: SimServer) -> list[dict[str, Any]]:
    return [r for r in sim.requests() if r["method"] == "GET" and r["path"].endswith("/list.json")]


def live_client(ctx: AppContext) -> ContipleClient:
    """The session's client, for a test that talks to the simulator directly."""
    client = ctx.session.client
    assert client is not None
    return client
