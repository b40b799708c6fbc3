"""The receiving side of the call hand-off: a QLocalServer that accepts one message per client.

Protocol: ``instance_protocol`` (one line of JSON each way, one message per connection; the
server answers ``ok`` or ``error <reason> [<option>]`` and closes).

Defensive: a message is read up to ``MAX_MESSAGE`` bytes (larger → ``error too_long``), each
connection has its own deadline (``PEER_TIMEOUT_MS``) and at most ``MAX_PEERS`` are served at
once; everything is event-driven on the GUI thread, so a slow or silent client never blocks
another one nor the window. The request is validated again (``CallRequest.from_json``, with the
receiving profile's region) and delivered *after* the answer was written, through the signal.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from contiple_desktop.domain.handoff import CallRequest, HandoffError, HandoffReason
from contiple_desktop.ui.shell.instance_protocol import (  # re-exported: the codec is Qt-free
    MAX_MESSAGE,
    decode_message,
    encode_message,
)

__all__ = ["MAX_MESSAGE", "InstanceServer", "decode_message", "encode_message"]

log = logging.getLogger(__name__)

PEER_TIMEOUT_MS = 2000
MAX_PEERS = 8


class _Peer(QObject):
    """One client connection: read one line within the deadline, answer, close. Signals: none."""

    def __init__(self, socket: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        self._socket = socket
        self._server = server
        self._buffer = bytearray()
        self._done = False
        socket.setParent(self)
        socket.setReadBufferSize(MAX_MESSAGE + 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._timer.start(PEER_TIMEOUT_MS)
        socket.readyRead.connect(self._read)
        socket.disconnected.connect(self._closed)
        if socket.bytesAvailable() > 0:
            self._read()

    @Slot()
    def _read(self) -> None:
        while not self._done and self._socket.bytesAvailable() > 0:
            chunk = bytes(self._socket.read(MAX_MESSAGE + 1 - len(self._buffer)).data())
            if not chunk:
                break
            self._buffer += chunk
            end = self._buffer.find(b"\n")
            if end >= 0:
                self._handle(bytes(self._buffer[:end]))
            elif len(self._buffer) > MAX_MESSAGE:
                self._refuse(HandoffError(HandoffReason.TOO_LONG))

    def _handle(self, line: bytes) -> None:
        try:
            request, token = decode_message(line, self._server.region())
        except HandoffError as exc:
            self._refuse(exc)
            return
        self._answer(b"ok")
        self._server.deliver(request, token)

    def _refuse(self, error: HandoffError) -> None:
        log.info("hand-off refused: %s", error)  # the reason and field only, never the value
        self._answer(f"error {error.reason.value} {error.option or ''}".strip().encode("ascii"))

    def _answer(self, reply: bytes) -> None:
        self._done = True
        self._buffer.clear()
        if self._socket.state() is QLocalSocket.LocalSocketState.ConnectedState:
            self._socket.write(reply + b"\n")
            self._socket.flush()
            self._socket.disconnectFromServer()  # after the pending bytes are written
        else:
            self.finish()

    @Slot()
    def _timed_out(self) -> None:
        log.info("hand-off client sent no complete message in %d ms; closed", PEER_TIMEOUT_MS)
        self._done = True
        self.finish()

    @Slot()
    def _closed(self) -> None:
        if not self._done:
            self._done = True
            log.info("hand-off client left before sending a complete message")
        self.finish()

    def finish(self) -> None:
        """Drop the connection now (idempotent)."""
        self._timer.stop()
        try:
            self._socket.readyRead.disconnect(self._read)
            self._socket.disconnected.disconnect(self._closed)
        except (RuntimeError, TypeError):  # already disconnected
            pass
        self._socket.abort()
        self._server.forget(self)
        self.deleteLater()


class InstanceServer(QObject):
    """Listens for launches that hand a call (or an "activate") to this instance.

    Signals:
        handoff_received(object): a validated ``CallRequest``, or None (bring to front only);
            emitted on the GUI thread after the client got its answer.
    """

    handoff_received = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._region: Callable[[], str] = lambda: "KR"
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.setMaxPendingConnections(MAX_PEERS)
        self._server.newConnection.connect(self._accept)
        self._peers: list[_Peer] = []

    def set_region(self, region: Callable[[], str]) -> None:
        """Where numbers without a country code are from (the active profile's region)."""
        self._region = region

    def region(self) -> str:
        try:
            return self._region()
        except Exception:  # a provider that fails must not lose the call
            log.warning("hand-off region provider failed", exc_info=True)
            return "KR"

    def listen(self) -> bool:
        """Listen on ``name``, replacing a stale socket a crashed instance left behind (the
        caller holds the instance lock, so no live instance owns it)."""
        if os.name == "posix" and os.path.exists(self.name):
            log.info("single instance: removing a stale socket")
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            log.warning("single instance: cannot listen (%s)", self._server.errorString())
            return False
        log.info("single instance: listening")
        return True

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    @property
    def peer_count(self) -> int:
        return len(self._peers)

    def close(self) -> None:
        for peer in list(self._peers):
            peer.finish()
        if self._server.isListening():
            self._server.close()

    @Slot()
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            if len(self._peers) >= MAX_PEERS:
                log.info("hand-off: too many clients at once; one refused")
                socket.abort()
                socket.deleteLater()
                continue
            self._peers.append(_Peer(socket, self))

    def forget(self, peer: _Peer) -> None:
        if peer in self._peers:
            self._peers.remove(peer)

    def deliver(self, request: CallRequest | None, token: str | None) -> None:
        """Emit ``handoff_received`` from the event loop (the answer is written first)."""
        log.info("hand-off received: %r", request if request is not None else "activate")

        def emit() -> None:
            from PySide6.QtGui import QGuiApplication  # not at import: the launcher never needs it

            if token and QGuiApplication.platformName().startswith("wayland"):
                os.environ["XDG_ACTIVATION_TOKEN"] = token  # Qt's Wayland plugin uses it, then unsets it
            self.handoff_received.emit(request)

        QTimer.singleShot(0, self, emit)
