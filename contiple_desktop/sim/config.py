"""Simulator configuration and the context handed to every route."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from contiple_desktop.sim.state import SimClock, SimState


@dataclass
class SimConfig:
    """Settings of one simulator. Fields are read per request, so tests may change them live.

    ``http_errors``: map resultCodes 400/403/404/500 onto the HTTP status line (custom codes
    such as 9005 or 4001 always travel with HTTP 200); False = always HTTP 200 (§5 Q1).
    ``ip_allow_list``: None = every caller allowed; else the peer IPs allowed on ``openapi/v1``.
    ``latency``: seconds added to every request. ``faq_category_count``: total FAQ categories
    (generated beyond the demo tree, for benchmarks). ``bulk_ticket_count``: tickets of
    ``bulk-500``. ``caller_lookup_key``: the security key of the demo caller lookup
    (``POST /_demo/customer-info``; None = "API encryption" off, unsigned requests accepted);
    ``caller_lookup_phone_field``: its request field for the phone number.
    ``demo_activity``: seconds after which the simulated help desk answers a ticket filed during
    this run (status ``solved``, one agent reply); None = the help desk stays silent.
    ``background_threads``: the server's threads run at a lower CPU priority than the process's
    GUI thread (``thread_priority``): the demo's simulator shares the machine and the GIL with the
    app it serves. Benchmarks keep a child-process simulator at normal priority.
    """

    host: str = "127.0.0.1"
    port: int = 0
    seed: int = 1
    service_id: str = "ContipleDemo"
    organization_id: str = "SimDemoOrg7Kq2Xz"
    api_key: str | None = None  # None → a fresh random key per simulator
    open_api_enabled: bool = True
    ip_allow_list: Collection[str] | None = None
    spam_blocking: bool = False
    http_errors: bool = True
    latency: float = 0.0
    clock_skew_ms: int = 0
    tz_offset_hours: int = 9
    log_path: Path | None = None
    faq_category_count: int | None = None
    bulk_ticket_count: int = 500
    caller_lookup_key: str | None = None
    caller_lookup_phone_field: str = "callNum"
    demo_activity: float | None = None
    background_threads: bool = False


@dataclass
class RouteContext:
    config: SimConfig
    state: SimState
    clock: SimClock
    api_key: str
    base_url: str
