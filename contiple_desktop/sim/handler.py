"""The HTTP request handler: reads the raw request, applies faults, writes the response."""

from __future__ import annotations

import logging
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from contiple_desktop.sim.wire import SimResponse, envelope

if TYPE_CHECKING:
    from contiple_desktop.sim.server import SimServer

log = logging.getLogger(__name__)

_HTML_ERROR = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} {reason}</h1>"
    "</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
_REASONS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Temporarily Unavailable",
            504: "Gateway Time-out"}


class SimHandler(BaseHTTPRequestHandler):
    """One connection; HTTP/1.1 keep-alive, every response carries Content-Length."""

    protocol_version = "HTTP/1.1"
    server_version = "ContipleSim/1.0"
    sys_version = ""
    timeout = 60
    # Headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm plus the
    # client's delayed ACK adds ~40 ms to every small keep-alive response on loopback.
    disable_nagle_algorithm = True

    @property
    def sim(self) -> SimServer:
        return self.server.sim  # type: ignore[attr-defined, no-any-return]

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("sim %s " + format, self.client_address[0], *args)

    def version_string(self) -> str:
        return self.server_version

    def date_time_string(self, timestamp: float | None = None) -> str:
        return self.sim.clock.http_date()

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size_line = self.rfile.readline(65537)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline(65537)
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _handle(self) -> None:
        sim = self.sim
        body = self._read_body()
        headers = {k.lower(): v for k, v in self.headers.items()}
        req = sim.parse(self.command, self.path, headers, body, self.client_address[0])
        delay, fault = sim.faults.take(req.method, req.raw_path)
        delay += sim.config.latency
        if delay > 0 and sim.stopping.wait(delay):
            self.close_connection = True
            sim.record(req, None, None, "stopped")
            return
        kind = fault.kind if fault else None
        if kind == "drop_before":
            sim.record(req, None, None, kind)
            self._drop()
            return
        if fault is not None and kind == "http_500":
            response = envelope(500, "Server Error", None)
        elif fault is not None and kind == "unavailable":
            response = envelope(503, "Service Unavailable", None)
            response.status = 503
            response.headers["Retry-After"] = str(fault.retry_after)
        elif fault is not None and kind == "html_error":
            status = fault.status
            page = _HTML_ERROR.format(status=status, reason=_REASONS.get(status, "Error")).encode("ascii")
            response = SimResponse(status=status, body=page, content_type="text/html")
        else:
            try:
                response = sim.dispatch(req)
            except Exception:  # a simulator bug: answer like the real server would, and say so
                log.exception("simulator route failed for %s %s", req.method, req.raw_path)
                response = envelope(500, "Server Error", None)
            if kind == "drop_after":
                sim.record(req, None, response.result_code, kind)
                self._drop()
                return
            if kind == "malformed_json":
                response.body = response.body[: max(1, len(response.body) // 2)]
        # Record first: a test reading sim.requests() right after its call must see this entry.
        sim.record(req, response.status, response.result_code, kind)
        self._write(response)

    def _drop(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
        except OSError:
            pass

    def _write(self, response: SimResponse) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

