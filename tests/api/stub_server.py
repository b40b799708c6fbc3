"""A tiny scriptable loopback HTTP server for transport behaviour the simulator may not offer.

Each request pops the next :class:`Reply` from the script (or gets the default success
envelope). Replies can drop the connection before or after reading the request, stall past
the client's read timeout, truncate a body, send any status/headers/bytes, or check the
request timestamp against a skewed server clock the way Contiple does.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


def envelope(code: int = 200, message: str | None = "", result: object = None) -> dict:
    return {
        "header": {"resultCode": code, "resultMessage": message, "isSuccessful": code == 200},
        "result": result,
    }


@dataclass
class Reply:
    status: int = 200
    body: bytes | dict | None = None
    headers: dict[str, str] = field(default_factory=dict)
    action: str = ""  # "", "drop_before", "drop_after", "stall", "truncate", "check_ts"
    send_date: bool = True
    on_request: Callable[[Recorded], None] | None = None


@dataclass
class Recorded:
    method: str
    raw_path: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    complete: bool


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    server: StubHTTPServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def date_time_string(self, timestamp: float | None = None) -> str:
        return formatdate(time.time() + self.server.stub.skew_ms / 1000.0, usegmt=True)

    def _read_body(self) -> tuple[bytes, bool]:
        length = int(self.headers.get("Content-Length") or 0)
        data = b""
        while len(data) < length:
            try:
                block = self.rfile.read(min(65536, length - len(data)))
            except OSError:
                break
            if not block:
                break
            data += block
        return data, len(data) == length

    def _handle(self) -> None:
        stub = self.server.stub
        reply = stub.next_reply()
        parts = urlsplit(self.path)

        def recorded(body: bytes, complete: bool) -> Recorded:
            return Recorded(
                method=self.command,
                raw_path=self.path,
                path=parts.path,
                query=parse_qsl(parts.query, keep_blank_values=True),
                headers=dict(self.headers.items()),
                body=body,
                complete=complete,
            )

        if reply.action == "drop_before":
            stub.record(recorded(b"", False))
            self.close_connection = True
            self.connection.shutdown(2)
            return
        body, complete = self._read_body()
        stub.record(recorded(body, complete))
        if not complete:  # the client gave up mid-body (cancelled upload)
            self.close_connection = True
            return
        if reply.on_request is not None:
            reply.on_request(stub.requests[-1])
        if reply.action == "drop_after":
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if reply.action == "stall":
            stub.release.wait(10)
            self.close_connection = True
            return
        if reply.action == "check_ts":
            server_ms = time.time() * 1000 + stub.skew_ms
            ts = int(self.headers.get("X-TC-Timestamp") or 0)
            if abs(server_ms - ts) > 300_000:
                reply = Reply(400, envelope(400, "X-TC-Timestamp is expired"))
        payload = reply.body if reply.body is not None else envelope(result={"content": {}})
        data = json.dumps(payload).encode() if isinstance(payload, dict) else payload
        if reply.send_date:
            self.send_response(reply.status)
        else:
            self.send_response_only(reply.status)
            self.send_header("Server", "stub")
        headers = {"Content-Type": "application/json;charset=UTF-8", **reply.headers}
        for key, value in headers.items():
            self.send_header(key, value)
        if reply.action == "truncate":
            self.send_header("Content-Length", str(len(data) + 1000))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
            self.close_connection = True
            return
        if "Content-Length" not in headers:
            self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _handle
    do_POST = _handle


class StubHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    stub: StubServer

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients resetting connections (cancel, timeouts) is what these tests provoke


class StubServer:
    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Recorded] = []
        self.skew_ms = 0
        self.release = threading.Event()
        self._lock = threading.Condition()
        self._httpd = StubHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.stub = self
        port = self._httpd.server_address[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="stub-http"
        )

    def start(self) -> StubServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(5)

    def push(self, *replies: Reply) -> None:
        with self._lock:
            self.replies.extend(replies)

    def next_reply(self) -> Reply:
        with self._lock:
            return self.replies.popleft() if self.replies else Reply()

    def record(self, rec: Recorded) -> None:
        with self._lock:
            self.requests.append(rec)
            self._lock.notify_all()

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> bool:
        with self._lock:
            return self._lock.wait_for(lambda: len(self.requests) >= count, timeout)
