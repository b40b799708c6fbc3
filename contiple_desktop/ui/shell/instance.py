"""One running instance per user and base directory; a second launch hands its call over.

**Scope.** ``instance_scope(options)``: the user's normal base directory, or the DIR of
``--temp-basedir DIR``; a fresh ``--temp-basedir`` (no DIR) has no scope (nobody can reach it,
so it handles its own hand-off). The server name is ``sha256(user id, resolved base dir)``, so
separate users and separate base dirs never meet: on Linux/macOS a Unix socket
``<hash>.sock`` plus the lock ``<hash>.lock`` in ``$XDG_RUNTIME_DIR/contiple-desktop/`` (without
a usable runtime dir: the user's config dir, ``~/.config/contiple-desktop/instances/``), both
0700; on Windows a named pipe ``contiple-desktop-<hash>`` restricted to the user.

**A launch** (``SingleInstance.claim``): connect and send the request (or "activate") →
``ok`` means the running instance has it: exit 0 (well within a second). Nobody listens → take
the lock (``QLockFile``; a lock whose process is gone is stale and taken over): this process is
the instance, and ``listen`` (once the first frame is on screen: ``listen_soon``) removes a
stale socket a crashed instance left and serves. The lock held by a live process that does not
listen yet (starting) → retry until ``CLAIM_WAIT_S``, then give up with a message (exit 1)
rather than run twice. ``forward_if_running`` is the same first step without the lock, for the
launcher before the GUI loads (``main.py``, ``app.main``).

The running instance validates every message again (``instance_server``); the launcher has
already refused bad input before anything was sent (``cli.parse_args``).
"""

from __future__ import annotations

import enum
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal, SignalInstance

from contiple_desktop import APP_ID, APP_NAME
from contiple_desktop.cli import Options, handoff_message
from contiple_desktop.domain.handoff import CallRequest, HandoffError, HandoffReason
from contiple_desktop.ui.shell.instance_protocol import encode_message

if TYPE_CHECKING:
    from contiple_desktop.ui.shell.instance_server import InstanceServer

log = logging.getLogger(__name__)

FORWARD_TIMEOUT_S = 0.8
"""How long a launch waits for the running instance's answer."""
CLAIM_WAIT_S = 3.0
"""How long a launch waits for an instance that holds the lock but does not listen yet."""
_LOCK_POLL_MS = 100
_MAX_SOCKET_PATH = 100  # sun_path holds 104 (macOS) or 108 (Linux) bytes
_REPLY_MAX = 256
NOT_ANSWERING = (
    f"{APP_ID}: {APP_NAME} is already running for these settings but did not answer in time; "
    "if the call does not appear there, try again"
)


@dataclass(frozen=True, slots=True)
class InstanceScope:
    """Where one instance listens. ``server_name``: socket path (Unix) or pipe name (Windows)."""

    key: str
    server_name: str
    lock_path: Path


def _user_id() -> str:
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return str(getuid())
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment: still per-session distinct enough
        return "user"


def _private_dir(path: Path) -> Path | None:
    """``path`` created 0700 and owned by us, or None when that cannot be had."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            info = path.stat()
            if info.st_uid != os.getuid() or info.st_mode & 0o077:  # type: ignore[attr-defined]
                os.chmod(path, 0o700)
                if path.stat().st_uid != os.getuid():  # type: ignore[attr-defined]
                    return None
    except OSError:
        return None
    return path


def runtime_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The per-user directory for the socket and the lock (see the module docstring)."""
    import platformdirs

    candidates: list[Path] = []
    if sys.platform.startswith("win"):
        candidates.append(Path(platformdirs.user_runtime_dir(APP_ID, appauthor=False)))
    elif sys.platform == "darwin":
        candidates.append(Path(platformdirs.user_runtime_dir(APP_ID, appauthor=False)))
    else:
        xdg = environ.get("XDG_RUNTIME_DIR", "")
        if xdg and os.path.isabs(xdg) and os.path.isdir(xdg):
            candidates.append(Path(xdg) / APP_ID)
        config_home = environ.get("XDG_CONFIG_HOME", "")
        base = Path(config_home) if config_home and os.path.isabs(config_home) else Path.home() / ".config"
        candidates.append(base / APP_ID / "instances")
    for candidate in candidates:
        found = _private_dir(candidate)
        if found is not None:
            return found
    return None


def scope_for_basedir(basedir: Path, environ: Mapping[str, str] = os.environ) -> InstanceScope | None:
    """The scope of ``basedir`` for this user; None when no private directory is available."""
    resolved = str(basedir.expanduser().resolve())
    import hashlib  # (OpenSSL) not loaded by a fresh --temp-basedir run, which has no scope

    key = hashlib.sha256(f"{_user_id()}\0{resolved}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
    where = runtime_dir(environ)
    if where is None:
        return None
    if sys.platform.startswith("win"):
        return InstanceScope(key, f"{APP_ID}-{key}", where / f"{key}.lock")
    socket_path = where / f"{key}.sock"
    if len(os.fsencode(socket_path)) > _MAX_SOCKET_PATH:
        short = _private_dir(Path(tempfile.gettempdir()) / f"{APP_ID}-{_user_id()}")
        if short is None:
            return None
        socket_path = short / f"{key}.sock"
    return InstanceScope(key, str(socket_path), where / f"{key}.lock")


def instance_scope(options: Options, environ: Mapping[str, str] = os.environ) -> InstanceScope | None:
    """The scope this run belongs to; None for a fresh ``--temp-basedir`` (its own world)."""
    if options.fresh_basedir:
        return None
    if options.basedir is not None:
        return scope_for_basedir(options.basedir, environ)
    from contiple_desktop.paths import AppPaths

    return scope_for_basedir(AppPaths.for_user().config_dir, environ)


class Delivery(enum.Enum):
    DELIVERED = "delivered"  # the running instance has it
    REFUSED = "refused"  # it answered that the message is not acceptable
    NO_INSTANCE = "no_instance"  # nobody listens
    NO_ANSWER = "no_answer"  # connected, but no (usable) answer in time


@dataclass(frozen=True, slots=True)
class ForwardResult:
    delivery: Delivery
    error: HandoffError | None = None


def _allow_foreground() -> None:
    """Windows: let the running instance take the foreground (we were just started by the user
    or the softphone, so we may grant it)."""
    if sys.platform == "win32":
        import ctypes

        try:
            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        except Exception:  # best effort: the window still gets the request
            pass


def _parse_reply(reply: bytes) -> ForwardResult:
    words = reply.decode("ascii", errors="replace").split()
    if words[:1] == ["ok"]:
        return ForwardResult(Delivery.DELIVERED)
    if words[:1] == ["error"] and len(words) >= 2:
        try:
            reason = HandoffReason(words[1])
        except ValueError:
            reason = HandoffReason.MALFORMED
        return ForwardResult(Delivery.REFUSED, HandoffError(reason, words[2] if len(words) > 2 else None))
    return ForwardResult(Delivery.NO_ANSWER)


def forward(scope: InstanceScope, message: bytes, timeout_s: float = FORWARD_TIMEOUT_S) -> ForwardResult:
    """Send ``message`` (one line) to the instance of ``scope`` and wait for its answer.

    Blocking, bounded by ``timeout_s``; needs no QCoreApplication (a launcher calls it before
    any GUI exists). On Linux and macOS a plain Unix socket (``QLocalServer`` listens on one at
    ``scope.server_name``), so a launch imports no QtNetwork before its window; on Windows a
    ``QLocalSocket`` (a named pipe).
    """
    deadline = time.monotonic() + timeout_s
    if os.name == "posix":
        return _forward_unix(scope.server_name, message, deadline)
    return _forward_qt(scope.server_name, message, deadline)


def _forward_unix(path: str, message: bytes, deadline: float) -> ForwardResult:
    import socket

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        try:
            sock.connect(path)
        except OSError:  # no socket file, nobody listening (a stale file), or no time left
            return ForwardResult(Delivery.NO_INSTANCE)
        _allow_foreground()
        reply = b""
        try:
            sock.sendall(message + b"\n")
            while b"\n" not in reply and len(reply) < _REPLY_MAX:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                sock.settimeout(left)
                chunk = sock.recv(_REPLY_MAX)
                if not chunk:
                    break
                reply += chunk
        except OSError:  # reset, or the answer did not come in time
            pass
        if b"\n" not in reply:
            return ForwardResult(Delivery.NO_ANSWER)
        return _parse_reply(reply.split(b"\n", 1)[0])
    finally:
        sock.close()


def _forward_qt(server_name: str, message: bytes, deadline: float) -> ForwardResult:
    from PySide6.QtNetwork import QLocalSocket

    def left_ms() -> int:
        return max(1, int((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    try:
        socket.connectToServer(server_name)
        if not socket.waitForConnected(left_ms()):
            return ForwardResult(Delivery.NO_INSTANCE)
        _allow_foreground()
        socket.write(message + b"\n")
        if not socket.waitForBytesWritten(left_ms()) and socket.bytesToWrite() > 0:
            return ForwardResult(Delivery.NO_ANSWER)
        reply = b""
        while b"\n" not in reply and len(reply) < _REPLY_MAX and time.monotonic() < deadline:
            if socket.bytesAvailable() <= 0 and not socket.waitForReadyRead(left_ms()):
                break
            reply += bytes(socket.readAll().data())
        if socket.bytesAvailable() > 0:
            reply += bytes(socket.readAll().data())
        if b"\n" not in reply:
            return ForwardResult(Delivery.NO_ANSWER)
        return _parse_reply(reply.split(b"\n", 1)[0])
    finally:
        socket.abort()


def _activation_token() -> str | None:
    return os.environ.get("XDG_ACTIVATION_TOKEN") or None


def _report(result: ForwardResult) -> int | None:
    """The exit status for an answer (None: nobody listens)."""
    if result.delivery is Delivery.DELIVERED:
        log.info("hand-off delivered to the running instance")
        return 0
    if result.delivery is Delivery.REFUSED and result.error is not None:
        print(handoff_message(result.error), file=sys.stderr)
        return 2
    if result.delivery is Delivery.NO_ANSWER:
        print(NOT_ANSWERING, file=sys.stderr)
        return 1
    return None


def forward_if_running(
    scope: InstanceScope | None, request: CallRequest | None, timeout_s: float = FORWARD_TIMEOUT_S
) -> int | None:
    """Hand ``request`` (None: just "come to front") to a running instance: the exit status
    (0 delivered, 2 refused, 1 no answer), or None when no instance listens."""
    if scope is None:
        return None
    return _report(forward(scope, encode_message(request, _activation_token()), timeout_s))


class SingleInstance(QObject):
    """This process's claim on its scope (see the module docstring).

    Signals:
        handoff_received(object): another launch handed over a ``CallRequest``, or None
            (it only asked for the window to come to front).
    """

    handoff_received = Signal(object)

    def __init__(self, scope: InstanceScope, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.server: InstanceServer | None = None  # made by ``listen``: no QtNetwork before the window
        self._lock: QLockFile | None = None

    @property
    def primary(self) -> bool:
        """True once this process is the instance of its scope."""
        return self._lock is not None

    def claim(self, request: CallRequest | None, wait_s: float = CLAIM_WAIT_S) -> int | None:
        """Take the scope (None), or hand ``request`` over: the exit status to end with.

        Blocks for at most about ``wait_s`` (start-up, before the window exists). After None,
        call ``listen`` (or ``listen_soon``) once the event loop runs (a launch that connects
        earlier waits for the lock instead of for an answer that cannot come yet).
        """
        message = encode_message(request, _activation_token())
        lock = QLockFile(str(self.scope.lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        deadline = time.monotonic() + wait_s
        while True:
            code = _report(forward(self.scope, message, min(FORWARD_TIMEOUT_S, wait_s)))
            if code is not None:
                return code
            if lock.tryLock(_LOCK_POLL_MS):
                self._lock = lock
                return None
            if lock.error() is not QLockFile.LockError.LockFailedError:
                problem = lock.error().name
                log.warning("single instance: the instance lock is unusable (%s); running alone", problem)
                return None
            if time.monotonic() >= deadline:
                print(NOT_ANSWERING, file=sys.stderr)
                return 1

    def listen(self, region: Callable[[], str] | None = None) -> bool:
        """Serve hand-offs (after ``claim`` returned None); ``region`` gives the country for
        numbers without a country code. False: running alone (the lock is given up, so the next
        launch does not wait for this one)."""
        if self._lock is None:
            return False
        from contiple_desktop.ui.shell.instance_server import InstanceServer

        if self.server is None:
            self.server = InstanceServer(self.scope.server_name, self)
            self.server.handoff_received.connect(self.handoff_received)
        if region is not None:
            self.server.set_region(region)
        if self.server.listen():
            return True
        self._lock.unlock()
        self._lock = None
        return False

    def listen_soon(
        self, first_frame: SignalInstance, region: Callable[[], str] | None = None, at_latest_ms: int = 1500
    ) -> None:
        """``listen`` once ``first_frame`` fires, or after ``at_latest_ms`` (a window that is never
        exposed): QtNetwork and the socket, ~10 ms, are nothing the first frame needs, and a
        launch meanwhile waits for this instance (``claim``)."""

        def listen() -> None:
            if self.server is None and self._lock is not None:
                self.listen(region)

        first_frame.connect(listen)
        QTimer.singleShot(at_latest_ms, self, listen)

    def release(self) -> None:
        """Stop listening and give the scope up (at the end of the run)."""
        if self.server is not None:
            self.server.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
