"""Hostile loopback servers for the protocol layer's tests and ``benchmarks/stress_network.py``.

A raw-socket server (no http.server: it must be able to misbehave in the middle of a response):

* ``drip_headers`` — reads the request, then sends the status line and one endless header line
  one byte per ``interval`` seconds.
* ``drip_body`` — sends complete headers (``Content-Length: 100000``), then the body one byte per
  ``interval``.
* ``slow_reader`` — reads the request headers, then the body one byte per ``interval`` (an upload
  stalls once the socket buffers are full); never answers.
* ``silent`` — reads the request and never answers.
* ``no_accept`` — never accepts: the listen backlog is kept full, so ``connect()`` itself hangs.
* ``reply`` — answers every request with ``status``, ``headers`` and ``body`` (bytes, or a callable
  returning an iterable of chunks, so 50 MB need not sit in memory); keep-alive unless ``close``.

``requests_seen`` counts requests whose headers were read; ``wait_for_requests(n)`` waits for them
and ``answering`` is set once a response (or its drip) has started. Everything runs on daemon
threads; ``stop()`` closes every socket.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterable
from email.utils import formatdate

from urllib3.util.wait import wait_for_write

Body = bytes | Callable[[], Iterable[bytes]]

MODES = ("drip_headers", "drip_body", "slow_reader", "silent", "no_accept", "reply")


def envelope_bytes(code: int = 200, message: str = "", result: object = None) -> bytes:
    header = {"resultCode": code, "resultMessage": message, "isSuccessful": code == 200}
    return json.dumps({"header": header, "result": result}).encode()


class HostileServer:
    def __init__(
        self,
        mode: str,
        *,
        interval: float = 1.0,
        status: int = 200,
        headers: dict[str, str] | None = None,
        body: Body = b"",
        close: bool = False,
        date: str | None = "now",
    ) -> None:
        if mode not in MODES:
            raise ValueError(mode)
        self.mode = mode
        self.interval = interval
        self.status = status
        self.headers = dict(headers or {})
        self.body = body
        self.close_after = close
        self.date = date
        self.requests_seen = 0
        self.answering = threading.Event()
        self._stop = threading.Event()
        self._cond = threading.Condition()
        self._socks: list[socket.socket] = []
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if mode == "slow_reader":  # a small window, so the sender blocks early
            self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self._listener.bind(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self.base_url = f"http://127.0.0.1:{self.port}"
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> HostileServer:
        if self.mode == "no_accept":
            self._listener.listen(0)
            for _ in range(4):  # fill the accept queue and the SYN backlog
                filler = socket.socket()
                filler.setblocking(False)
                filler.connect_ex(("127.0.0.1", self.port))
                wait_for_write(filler, timeout=0.2)
                self._socks.append(filler)
            return self
        self._listener.listen(16)
        self._thread = threading.Thread(target=self._accept_loop, name="hostile-accept", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        for sock in [self._listener, *self._socks]:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> HostileServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_for_requests(self, count: int = 1, timeout: float = 10.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self.requests_seen >= count, timeout)

    # -- serving ----------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _addr = self._listener.accept()
            except OSError:
                return
            self._socks.append(conn)
            threading.Thread(target=self._serve, args=(conn,), name="hostile-conn", daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        try:
            while not self._stop.is_set():
                if not self._read_request(conn):
                    return
                if self.mode == "reply":
                    self._reply(conn)
                    if self.close_after:
                        return
                    continue
                self._misbehave(conn)
                return
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass

    def _read_request(self, conn: socket.socket) -> bool:
        data = b""
        while b"\r\n\r\n" not in data:
            block = conn.recv(65536)
            if not block:
                return False
            data += block
        head, _, rest = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or 0)
        with self._cond:
            self.requests_seen += 1
            self._cond.notify_all()
        if self.mode == "slow_reader":
            return True
        remaining = length - len(rest)
        while remaining > 0:
            block = conn.recv(min(65536, remaining))
            if not block:
                return False
            remaining -= len(block)
        return True

    def _head(self, content_length: int | None) -> bytes:
        lines = [f"HTTP/1.1 {self.status} X"]
        if self.date == "now":
            lines.append(f"Date: {formatdate(usegmt=True)}")
        elif self.date:
            lines.append(f"Date: {self.date}")
        headers = {"Content-Type": "application/json;charset=UTF-8", **self.headers}
        if content_length is not None:
            headers.setdefault("Content-Length", str(content_length))
        if self.close_after or content_length is None:
            headers["Connection"] = "close"
        lines += [f"{k}: {v}" for k, v in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()

    def _reply(self, conn: socket.socket) -> None:
        self.answering.set()
        if isinstance(self.body, bytes):
            conn.sendall(self._head(len(self.body)) + self.body)
            return
        conn.sendall(self._head(None))  # no length: the body ends when the connection closes
        for chunk in self.body():
            conn.sendall(chunk)
        self.close_after = True

    def _drip(self, conn: socket.socket, data: bytes) -> None:
        for i in range(len(data)):
            if self._stop.wait(self.interval):
                return
            conn.sendall(data[i : i + 1])

    def _misbehave(self, conn: socket.socket) -> None:
        if self.mode == "drip_headers":
            self.answering.set()
            status, _, _ = self._head(10).partition(b"\r\n")
            self._drip(conn, status + b"\r\nX-Drip: " + b"a" * 60_000)  # one header line, never ending
        elif self.mode == "drip_body":
            conn.sendall(self._head(100_000))
            self.answering.set()
            self._drip(conn, b" " * 100_000)
        elif self.mode == "slow_reader":
            self.answering.set()
            while not self._stop.wait(self.interval):
                if not conn.recv(1):
                    return
        elif self.mode == "silent":
            self.answering.set()
            while not self._stop.wait(0.5):
                pass
