"""The loopback Contiple server: routing, auth gate, faults, request log, lifecycle.

``SimServer(SimConfig(...)).start()`` serves on 127.0.0.1 (random port unless configured) from
a daemon thread named ``contiple-sim``; ``stop()`` shuts the server down, closes open
keep-alive connections and joins the thread. Usable as a context manager.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
import socket
import sys
import threading
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

from contiple_desktop.domain.lookup import CallerLookupConfig
from contiple_desktop.sim import activity, auth, routes_customer, routes_help, routes_tickets, seed, uploads
from contiple_desktop.sim.config import RouteContext, SimConfig
from contiple_desktop.sim.faults import FaultPlan
from contiple_desktop.sim.handler import SimHandler
from contiple_desktop.sim.state import SimClock, SimState
from contiple_desktop.sim.wire import SimRequest, SimResponse, envelope
from contiple_desktop.thread_priority import lower_current_thread

log = logging.getLogger(__name__)

Route = tuple[str, re.Pattern[str], Callable[..., SimResponse]]
_SEG = r"([^/]+)"
ROUTES: list[Route] = [
    ("GET", re.compile(r"api/v2/service\.json"), routes_help.service),
    ("GET", re.compile(r"api/v2/notice/categories\.json"), routes_help.notice_categories),
    ("GET", re.compile(r"api/v2/notice/tags\.json"), routes_help.notice_tags),
    ("GET", re.compile(r"api/v2/notice/list\.json"), routes_help.notice_list),
    ("GET", re.compile(rf"api/v2/notice/detail/{_SEG}\.json"), routes_help.notice_detail),
    ("GET", re.compile(rf"api/v2/(?:notice|helpdoc|ticket)/attachments/{_SEG}"), routes_help.attachment),
    ("GET", re.compile(r"api/v2/helpdoc/categories\.json"), routes_help.faq_categories),
    ("GET", re.compile(r"api/v2/helpdoc/list\.json"), routes_help.faq_list),
    ("GET", re.compile(rf"api/v2/helpdoc/detail/{_SEG}\.json"), routes_help.faq_detail),
    ("GET", re.compile(r"api/v2/ticket/categories\.json"), routes_tickets.categories),
    ("GET", re.compile(rf"api/v2/ticket/field/user/{_SEG}\.json"), routes_tickets.fields),
    ("POST", re.compile(r"openapi/v1/ticket/attachments/upload\.json"), routes_tickets.upload),
    ("POST", re.compile(r"openapi/v1/ticket\.json"), routes_tickets.create_ticket),
    ("GET", re.compile(rf"openapi/v1/ticket/enduser/{_SEG}/list\.json"), routes_tickets.ticket_list),
    ("GET", re.compile(rf"openapi/v1/ticket/enduser/{_SEG}/{_SEG}/detail\.json"),
     routes_tickets.ticket_detail),
    ("POST", re.compile(rf"openapi/v1/ticket/enduser/{_SEG}/{_SEG}/comment\.json"),
     routes_tickets.comment),
]
LOGGED_HEADERS = ("X-TC-Timestamp", "OUCODE", "OC-Client-IP", "Content-Type")


class _HttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], sim: SimServer) -> None:
        self.sim = sim
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, SimHandler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        try:
            super().finish_request(request, client_address)
        finally:
            with self._open_lock:
                self._open.discard(request)

    def close_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError):  # the client hung up (a cancel cuts its socket): normal
            log.debug("simulator client %s went away: %s", client_address, type(exc).__name__)
            return
        log.debug("simulator connection error from %s", client_address, exc_info=True)


class SimServer:
    """A running (or ready to run) simulated Contiple service."""

    def __init__(self, config: SimConfig | None = None, *, state: SimState | None = None) -> None:
        self.config = config or SimConfig()
        self.clock = SimClock(self.config.clock_skew_ms, self.config.tz_offset_hours)
        self.api_key = self.config.api_key or secrets.token_hex(16)
        self.state = state or seed.build_state(
            seed=self.config.seed, service_id=self.config.service_id, clock=self.clock,
            faq_category_count=self.config.faq_category_count,
            bulk_ticket_count=self.config.bulk_ticket_count,
        )
        self.faults = FaultPlan()
        self.stopping = threading.Event()
        self._log: list[dict[str, Any]] = []
        self._log_lock = threading.Lock()
        self._httpd: _HttpServer | None = None
        self._thread: threading.Thread | None = None
        self._port: int | None = None
        self._activity: activity.DemoActivity | None = None

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> SimServer:
        if self._httpd is not None:
            return self
        self.stopping.clear()
        self._httpd = _HttpServer((self.config.host, self.config.port), self)
        self._port = int(self._httpd.server_address[1])
        self._thread = threading.Thread(
            target=self._serve, kwargs={"poll_interval": 0.05}, name="contiple-sim", daemon=True
        )
        self._thread.start()
        if self.config.demo_activity is not None:
            self._activity = activity.DemoActivity(
                self.state, self.clock, self.config.demo_activity, self.stopping
            ).start()
        return self

    def _serve(self, poll_interval: float) -> None:
        if self.config.background_threads:  # the request threads it starts inherit it
            lower_current_thread()
        assert self._httpd is not None
        self._httpd.serve_forever(poll_interval=poll_interval)

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self.stopping.set()
        # shutdown() waits for serve_forever's next poll (up to 50 ms); a connection wakes it at once.
        stopper = threading.Thread(target=httpd.shutdown, name="contiple-sim-stop", daemon=True)
        stopper.start()
        address = httpd.server_address[:2]
        for _ in range(20):
            try:
                socket.create_connection(address, timeout=0.5).close()  # type: ignore[arg-type]
            except OSError:
                break
            stopper.join(0.01)
            if not stopper.is_alive():
                break
        stopper.join(5)
        httpd.close_connections()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        if self._activity is not None:
            self._activity.join()
        self._httpd = None
        self._thread = None
        self._activity = None

    def __enter__(self) -> SimServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- facts -------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The bound port (still known after ``stop()``, so tests can hit a stopped server)."""
        if self._port is None:
            raise RuntimeError("simulator not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.config.host}:{self.port}"

    @property
    def service_id(self) -> str:
        return self.config.service_id

    @property
    def organization_id(self) -> str:
        return self.config.organization_id

    @property
    def caller_lookup_url(self) -> str:
        """The demo organization's customer-information API (see ``sim.routes_customer``)."""
        return self.base_url + routes_customer.CUSTOMER_INFO_PATH

    def caller_lookup_config(self) -> CallerLookupConfig:
        """How a profile calls this simulator's caller lookup (encryption on when a key is set)."""
        return CallerLookupConfig(
            url=self.caller_lookup_url,
            phone_field=self.config.caller_lookup_phone_field,
            constant_fields=(("nation", "korea"),),
            usercode_item="id",
            name_item="userName",
            email_item="email",
            phone_item="phone",
            encryption=bool(self.config.caller_lookup_key),
        )

    def set_clock_skew_ms(self, ms: int) -> None:
        """Move the simulated server clock (``Date`` header, timestamp checks, spam windows)."""
        self.clock.skew_ms = ms

    # -- fixtures --------------------------------------------------------------------------------

    def add_tickets(self, usercode: str, count: int) -> None:
        """Give ``usercode`` ``count`` more historic tickets (e.g. for paging tests)."""
        with self.state.lock:
            seed.add_tickets(self.state, usercode, count, self.clock.now_ms(), seed=self.config.seed)

    def add_reply(
        self, ticket_id: str, content: str, *, status: str | None = "solved",
        attachment_ids: tuple[str, ...] = (),
    ) -> None:
        """Append an agent answer (``reply`` entry, HTML ``content``) as the help desk would."""
        with self.state.lock:
            ticket = self.state.tickets[ticket_id]
            now = max(self.clock.now_ms(), ticket["updatedDt"] + 1)
            ticket["thread"].append({"type": "reply", "content": content, "createdDt": now,
                                     "attachmentIds": list(attachment_ids)})
            ticket["updatedDt"] = now
            if status is not None:
                ticket["status"] = status

    def agent_reply(self, ticket_id: str, text: str, *, status: str | None = "reply") -> None:
        """An agent answers ``ticket_id`` with plain ``text`` and sets ``status`` (None keeps it)."""
        activity.agent_reply(self.state, self.clock, ticket_id, text, status)

    def set_status(self, ticket_id: str, status: str) -> None:
        """An agent changes the status of ``ticket_id`` (``updatedDt`` moves)."""
        activity.set_status(self.state, self.clock, ticket_id, status)

    def add_faq_categories(self, count: int) -> None:
        """Add ``count`` generated FAQ categories (five levels deep) to the tree."""
        with self.state.lock:
            seed.add_faq_categories(self.state, count)

    # -- request log ---------------------------------------------------------------------------

    def requests(self) -> list[dict[str, Any]]:
        with self._log_lock:
            return json.loads(json.dumps(self._log))

    def clear_requests(self) -> None:
        with self._log_lock:
            self._log.clear()

    def record(self, req: SimRequest, status: int | None, result_code: int | None, fault: str | None) -> None:
        json_body = None
        if req.body and req.multipart is None:
            try:
                json_body = json.loads(req.body.decode("utf-8"))
            except (UnicodeDecodeError, ValueError):
                json_body = None
        if req.raw_path == routes_customer.CUSTOMER_INFO_PATH:  # a caller's number: never in clear
            json_body = routes_customer.masked(json_body)
        upload = None
        part = req.multipart.get("file") if req.multipart else None
        if part:
            data = part["data"]
            md5 = hashlib.md5(data, usedforsecurity=False).hexdigest()
            upload = {"name": part["filename"], "size": len(data), "md5": md5}
        entry = {
            "time_ms": self.clock.now_ms(), "method": req.method, "path": req.raw_path,
            "query": [list(p) for p in req.query_pairs], "status": status, "result_code": result_code,
            "json_body": json_body, "upload": upload, "fault": fault,
            "headers": {h: req.header(h) for h in LOGGED_HEADERS if req.header(h) is not None},
        }
        with self._log_lock:
            self._log.append(entry)
            if self.config.log_path is not None:
                with open(self.config.log_path, "a", encoding="utf-8") as fh:
                    fh.write(json.dumps(entry, ensure_ascii=False) + "\n")

    # -- dispatch --------------------------------------------------------------------------------

    def parse(
        self, method: str, target: str, headers: dict[str, str], body: bytes, peer_ip: str
    ) -> SimRequest:
        raw_path, _, raw_query = target.partition("?")
        req = SimRequest(method=method, raw_path=raw_path, raw_query=raw_query,
                         query_pairs=parse_qsl(raw_query, keep_blank_values=True), headers=headers,
                         body=body, peer_ip=peer_ip)
        content_type = req.header("Content-Type") or ""
        if content_type.lower().startswith("multipart/"):
            req.multipart = uploads.parse_multipart(content_type, body)
        return req

    def dispatch(self, req: SimRequest) -> SimResponse:
        cfg = self.config
        if req.raw_path == routes_customer.CUSTOMER_INFO_PATH:
            with self.state.lock:
                ctx = RouteContext(cfg, self.state, self.clock, self.api_key, self.base_url)
                return routes_customer.customer_info(ctx, req)
        parts = req.raw_path.split("/", 2)
        if len(parts) < 3 or parts[0] != "" or unquote(parts[1]) != cfg.service_id:
            return envelope(404, "Not Data Found", None, http_errors=cfg.http_errors)
        rest = parts[2]
        ctx = RouteContext(cfg, self.state, self.clock, self.api_key, self.base_url)
        with self.state.lock:
            if rest.startswith("openapi/"):
                try:
                    auth.check(req, organization_id=cfg.organization_id, api_key=self.api_key,
                               open_api_enabled=cfg.open_api_enabled, ip_allow_list=cfg.ip_allow_list,
                               now_ms=self.clock.now_ms())
                except auth.AuthFailure as exc:
                    return envelope(exc.code, exc.message, None, http_errors=cfg.http_errors)
            path_matched = False
            for method, pattern, handler in ROUTES:
                match = pattern.fullmatch(rest)
                if match is None:
                    continue
                path_matched = True
                if method == req.method:
                    return handler(ctx, req, *(unquote(g) for g in match.groups()))
            if path_matched:
                return envelope(405, "Method Not Allowed", None, http_errors=cfg.http_errors)
            return envelope(404, "Not Data Found", None, http_errors=cfg.http_errors)

