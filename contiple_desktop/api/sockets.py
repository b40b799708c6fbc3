"""Sockets that a :class:`~contiple_desktop.api.flight.Flight` can cut: connecting and urllib3 glue.

* :func:`open_socket` replaces ``urllib3.util.connection.create_connection``: a non-blocking
  ``connect`` polled against the flight, and a name lookup on a daemon thread unless the host is
  an IP address, so neither outlives a cut by more than a poll (50 ms).
* :class:`Tracked` connections keep a ``dup()`` of their socket for their whole life, attach to
  the current flight while a request uses them and are released when the pool takes them back.
* :class:`TrackingAdapter` is the ``requests`` adapter whose pools make such connections.

See ``api/flight.py`` for why sockets are shut down rather than closed from another thread.
"""

from __future__ import annotations

import errno
import socket
import sys
import threading
import time
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.util.connection import allowed_gai_family
from urllib3.util.wait import wait_for_write

from contiple_desktop.api.flight import Flight, current

_POLL_S = 0.05
_IN_PROGRESS = {errno.EINPROGRESS, errno.EALREADY, errno.EWOULDBLOCK, 10035, 10036, 10037}  # + WSA*


def _resolve(host: str, port: int, family: int, flight: Flight, timeout: float | None) -> list[Any]:
    try:  # an IP address needs no lookup
        return socket.getaddrinfo(host, port, family, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
    except socket.gaierror:
        pass
    box: dict[str, Any] = {}
    done = threading.Event()

    def lookup() -> None:
        try:
            box["infos"] = socket.getaddrinfo(host, port, family, socket.SOCK_STREAM)
        except OSError as exc:
            box["error"] = exc
        done.set()

    threading.Thread(target=lookup, name="contiple-dns", daemon=True).start()
    end = time.monotonic() + (timeout if timeout is not None else 3600.0)
    while not done.wait(_POLL_S):
        if flight.reason is not None:
            raise ConnectionAbortedError(f"cut off while resolving ({flight.reason.value})")
        if time.monotonic() >= end:
            raise TimeoutError("timed out resolving the host name")
    if "error" in box:
        raise box["error"]
    return list(box["infos"])


def _connect(sock: socket.socket, address: Any, timeout: float | None, flight: Flight) -> None:
    sock.setblocking(False)
    code = sock.connect_ex(address)
    end = time.monotonic() + (timeout if timeout is not None else 3600.0)
    while code in _IN_PROGRESS:
        if flight.reason is not None:
            raise ConnectionAbortedError(f"cut off while connecting ({flight.reason.value})")
        left = end - time.monotonic()
        if left <= 0:
            raise TimeoutError("timed out")
        if wait_for_write(sock, timeout=min(_POLL_S, left)):
            code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if code:
        raise OSError(code, f"connect failed (error {code})")
    if flight.reason is not None:
        raise ConnectionAbortedError(f"cut off while connecting ({flight.reason.value})")


def open_socket(conn: Tracked, flight: Flight) -> socket.socket:
    """``urllib3.util.connection.create_connection``, interruptible by the flight."""
    host = conn._dns_host.strip("[]")
    timeout = conn.timeout if isinstance(conn.timeout, int | float) else None
    error: OSError | None = None
    infos = _resolve(host, conn.port or 0, allowed_gai_family(), flight, timeout)
    for family, kind, proto, _name, address in infos:
        sock = socket.socket(family, kind, proto)
        try:
            for level, option, value in conn.socket_options or ():
                sock.setsockopt(level, option, value)
            if conn.source_address:
                sock.bind(conn.source_address)
            conn.keep_dup(sock)
            flight.attach(conn)
            _connect(sock, address, timeout, flight)
            sock.settimeout(flight.send_timeout(timeout))
            return sock
        except OSError as exc:
            error = exc
            sock.close()
            conn.drop_dup()
            if flight.reason is not None:
                break
    raise error or OSError("getaddrinfo returned no addresses")


# ------------------------------------------------------------------ urllib3 / requests classes


class Tracked(HTTPConnection):
    """Mixin behaviour: keep a dup of the socket; attach to the current flight while in use."""

    flight: Flight | None = None
    _dup: socket.socket | None = None

    def keep_dup(self, sock: socket.socket) -> None:
        self.drop_dup()
        self._dup = sock.dup()

    def drop_dup(self) -> None:
        dup, self._dup = self._dup, None
        if dup is not None:
            dup.close()

    def shutdown_socket(self) -> None:
        dup = self._dup
        if dup is not None:
            try:
                dup.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # not connected yet, or already closed

    def _new_conn(self) -> socket.socket:
        flight = current()
        if flight is None:
            sock = super()._new_conn()
            self.keep_dup(sock)
            return sock
        try:
            sock = open_socket(self, flight)
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc
        except TimeoutError as exc:
            raise ConnectTimeoutError(
                self, f"Connection to {self.host} timed out. (connect timeout={self.timeout})"
            ) from exc
        except OSError as exc:
            raise NewConnectionError(self, f"Failed to establish a new connection: {exc}") from exc
        sys.audit("http.client.connect", self, self.host, self.port)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        flight = current()
        if flight is not None:
            self.timeout = flight.send_timeout(self.timeout)  # type: ignore[assignment]
            if self.sock is not None:
                flight.attach(self)
        super().request(*args, **kwargs)
        if flight is not None:
            flight.sent = True  # every byte is with the kernel: the server may act on it

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.drop_dup()


class _TrackedHTTPConnection(Tracked):
    pass


class _TrackedHTTPSConnection(Tracked, HTTPSConnection):
    pass


def _release(conn: object) -> None:
    if isinstance(conn, Tracked):
        flight = conn.flight
        if flight is not None:
            flight.release(conn)


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _TrackedHTTPConnection

    def _put_conn(self, conn: Any) -> None:
        _release(conn)
        super()._put_conn(conn)


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _TrackedHTTPSConnection

    def _put_conn(self, conn: Any) -> None:
        _release(conn)
        super()._put_conn(conn)


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


class TrackingAdapter(HTTPAdapter):
    """A ``requests`` adapter whose connections attach to the current :class:`Flight`."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager
