"""Single instance, in process: the scope (per user and base dir, under XDG_RUNTIME_DIR), the
local server against good and misbehaving clients (bad JSON, oversized, slow, too many), the
claim over a stale lock and socket, and the window coming to front with the call.

Misbehaving clients are raw Unix sockets, polled without blocking from ``qtbot.waitUntil`` while
the server runs on this thread's event loop; the well-behaved one is the launcher's own
``forward`` in a child process (it blocks, as it does in a second launch).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from contiple_desktop.cli import Options
from contiple_desktop.domain.handoff import CallRequest, HandoffError, HandoffReason, HandoffSource
from contiple_desktop.ui.shell import instance_server
from contiple_desktop.ui.shell.instance import (
    Delivery,
    ForwardResult,
    InstanceScope,
    SingleInstance,
    instance_scope,
    runtime_dir,
    scope_for_basedir,
)
from contiple_desktop.ui.shell.instance_server import InstanceServer, decode_message, encode_message

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix sockets (Windows uses named pipes)")
PHONE = "010-1001-5007"


class Frame(QObject):
    shown = Signal()  # as MainWindow.first_shown


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    runtime = Path(tempfile.mkdtemp(prefix="cd-run-"))  # short: a socket path holds ~100 bytes
    try:
        yield {"XDG_RUNTIME_DIR": str(runtime), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    finally:
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def scope(tmp_path: Path, env: dict[str, str]) -> InstanceScope:
    found = scope_for_basedir(tmp_path / "base", env)
    assert found is not None
    return found


@pytest.fixture
def server(qtbot: QtBot, scope: InstanceScope) -> Iterator[InstanceServer]:
    srv = InstanceServer(scope.server_name)
    assert srv.listen()
    yield srv
    srv.close()
    srv.deleteLater()


class RawClient:
    """A Unix-socket client that does exactly what the test says, never blocking."""

    def __init__(self, path: str) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.sock.setblocking(False)
        self.received = b""
        self.closed = False

    def send(self, data: bytes) -> None:
        self.sock.setblocking(True)
        self.sock.sendall(data)
        self.sock.setblocking(False)

    def poll(self) -> bool:
        """Read what arrived; True once the server closed the connection."""
        while not self.closed:
            try:
                chunk = self.sock.recv(4096)
            except BlockingIOError:
                return False
            except ConnectionResetError:
                self.closed = True
                break
            if not chunk:
                self.closed = True
                break
            self.received += chunk
        return True

    def close(self) -> None:
        self.sock.close()


_FORWARD = """
import json, sys
from pathlib import Path
from contiple_desktop.ui.shell.instance import InstanceScope, forward
result = forward(InstanceScope("k", sys.argv[1], Path(sys.argv[2])), bytes.fromhex(sys.argv[3]), 10.0)
error = result.error
reason, option = (error.reason.value, error.option) if error else (None, None)
print(json.dumps([result.delivery.value, reason, option]))
"""


class Launcher:
    """The launcher's own ``forward`` in a child process (as a second launch runs it: blocking,
    which on this process's thread would keep the server from answering)."""

    def __init__(self, scope: InstanceScope, message: bytes) -> None:
        root = Path(__file__).resolve().parents[3]
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _FORWARD, scope.server_name, str(scope.lock_path), message.hex()],
            stdout=subprocess.PIPE, cwd=root,
        )

    def done(self) -> bool:
        return self.proc.poll() is not None

    def result(self) -> ForwardResult:
        out, _err = self.proc.communicate(timeout=30)
        delivery, reason, option = json.loads(out)
        error = HandoffError(HandoffReason(reason), option) if reason else None
        return ForwardResult(Delivery(delivery), error)


def launch(qtbot: QtBot, scope: InstanceScope, message: bytes) -> ForwardResult:
    launcher = Launcher(scope, message)
    qtbot.waitUntil(launcher.done, timeout=30_000)
    return launcher.result()


# -- scope ---------------------------------------------------------------------------------------
def test_scope_is_per_base_dir_under_the_runtime_dir(tmp_path: Path, env: dict[str, str]) -> None:
    one = scope_for_basedir(tmp_path / "one", env)
    same = scope_for_basedir(tmp_path / "one" / ".." / "one", env)
    other = scope_for_basedir(tmp_path / "two", env)
    assert one is not None and other is not None
    assert one == same and one.key != other.key
    where = Path(env["XDG_RUNTIME_DIR"]) / "contiple-desktop"
    assert Path(one.server_name).parent == where and one.lock_path.parent == where
    assert str(tmp_path) not in one.server_name  # the base dir itself is only hashed
    assert where.stat().st_mode & 0o777 == 0o700


def test_a_socket_path_too_long_moves_to_a_private_temp_dir(tmp_path: Path) -> None:
    deep = tmp_path / ("d" * 80)
    deep.mkdir(mode=0o700)
    found = scope_for_basedir(tmp_path / "base", {"XDG_RUNTIME_DIR": str(deep)})
    assert found is not None and found.lock_path.parent == deep / "contiple-desktop"
    assert len(os.fsencode(found.server_name)) <= 100
    short_dir = Path(found.server_name).parent
    assert short_dir.parent == Path(tempfile.gettempdir()) and short_dir.stat().st_mode & 0o777 == 0o700


def test_scope_falls_back_to_the_config_dir(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}  # no XDG_RUNTIME_DIR
    assert runtime_dir(env) == tmp_path / "cfg" / "contiple-desktop" / "instances"
    found = scope_for_basedir(tmp_path / "base", env)
    assert found is not None and found.lock_path.parent == tmp_path / "cfg" / "contiple-desktop" / "instances"


def test_a_fresh_temp_basedir_has_no_scope(tmp_path: Path, env: dict[str, str]) -> None:
    assert instance_scope(Options(temp_basedir=True), env) is None
    given = instance_scope(Options(temp_basedir=True, basedir=tmp_path / "d"), env)
    assert given == scope_for_basedir(tmp_path / "d", env)
    assert instance_scope(Options(), env) not in (None, given)  # the user's own instance


# -- the protocol ---------------------------------------------------------------------------------
def test_messages_round_trip_and_are_validated_again() -> None:
    request = CallRequest(PHONE, "cust-001", "김민준", "minjun.kim@example.com", source=HandoffSource.URL)
    assert decode_message(encode_message(request, "tok-1"), "KR") == (request, "tok-1")
    assert decode_message(encode_message(None), "KR") == (None, None)
    jp = CallRequest("090-1234-5678")
    assert decode_message(encode_message(jp), "KR")[0] == jp  # valid in another supported region
    assert decode_message(encode_message(request, "bad token\n"), "KR")[1] is None
    for data, reason in (
        (b"{", HandoffReason.MALFORMED),
        (b"[1]", HandoffReason.MALFORMED),
        (b'{"v":2,"activate":true}', HandoffReason.MALFORMED),
        (b"\xff\xfe", HandoffReason.NOT_UTF8),
        (b'{"v":1,"phone":"abc","source":"call"}', HandoffReason.INVALID_PHONE),
        (b"x" * (instance_server.MAX_MESSAGE + 1), HandoffReason.TOO_LONG),
    ):
        with pytest.raises(Exception) as info:
            decode_message(data, "KR")
        assert getattr(info.value, "reason", None) is reason


def test_a_request_is_answered_then_delivered(
    qtbot: QtBot, server: InstanceServer, scope: InstanceScope
) -> None:
    request = CallRequest(PHONE, "cust-001", source=HandoffSource.TEL)
    with qtbot.waitSignal(server.handoff_received, timeout=30_000) as blocker:
        assert launch(qtbot, scope, encode_message(request)) == ForwardResult(Delivery.DELIVERED)
    assert blocker.args == [request]
    with qtbot.waitSignal(server.handoff_received, timeout=30_000) as blocker:
        assert launch(qtbot, scope, encode_message(None)) == ForwardResult(Delivery.DELIVERED)
    assert blocker.args == [None]  # "activate": come to front, no call


def test_a_refused_request_is_answered_with_its_reason(
    qtbot: QtBot, server: InstanceServer, scope: InstanceScope
) -> None:
    got: list[Any] = []
    server.handoff_received.connect(got.append)
    result = launch(qtbot, scope, b'{"v":1,"phone":"abc","source":"tel"}')
    assert result.delivery is Delivery.REFUSED
    assert result.error is not None and result.error.reason is HandoffReason.INVALID_PHONE
    assert result.error.option == "phone"
    assert got == []


@pytest.mark.parametrize(
    ("payload", "reply"),
    [
        (b"this is not json\n", b"error malformed\n"),
        (b'{"v":1,"source":"call"}\n', b"error missing_phone phone\n"),
        (b"\xc3\x28\n", b"error not_utf8\n"),
        (b"x" * (instance_server.MAX_MESSAGE + 100), b"error too_long\n"),
    ],
)
def test_bad_clients_get_an_error_and_nothing_is_delivered(
    qtbot: QtBot, server: InstanceServer, scope: InstanceScope, payload: bytes, reply: bytes
) -> None:
    got: list[Any] = []
    server.handoff_received.connect(got.append)
    client = RawClient(scope.server_name)
    try:
        client.send(payload)
        qtbot.waitUntil(client.poll, timeout=5000)
    finally:
        client.close()
    assert client.received == reply
    qtbot.waitUntil(lambda: server.peer_count == 0, timeout=5000)
    assert got == []


def test_a_slow_client_blocks_nobody_and_is_dropped(
    qtbot: QtBot, server: InstanceServer, scope: InstanceScope, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance_server, "PEER_TIMEOUT_MS", 300)
    slow = RawClient(scope.server_name)
    try:
        slow.send(b'{"v":1,"pho')  # ... and never more
        qtbot.waitUntil(lambda: server.peer_count == 1, timeout=5000)
        request = CallRequest(PHONE)
        with qtbot.waitSignal(server.handoff_received, timeout=30_000) as blocker:
            assert launch(qtbot, scope, encode_message(request)) == ForwardResult(Delivery.DELIVERED)
        assert blocker.args == [request]
        qtbot.waitUntil(slow.poll, timeout=5000)  # its own deadline closed it
        assert slow.received == b""
    finally:
        slow.close()
    qtbot.waitUntil(lambda: server.peer_count == 0, timeout=5000)


def test_too_many_clients_at_once_are_refused(
    qtbot: QtBot, server: InstanceServer, scope: InstanceScope
) -> None:
    idle = [RawClient(scope.server_name) for _ in range(instance_server.MAX_PEERS)]
    extra: RawClient | None = None
    try:
        qtbot.waitUntil(lambda: server.peer_count == instance_server.MAX_PEERS, timeout=5000)
        extra = RawClient(scope.server_name)
        qtbot.waitUntil(extra.poll, timeout=5000)  # closed at once
        assert extra.received == b"" and server.peer_count == instance_server.MAX_PEERS
    finally:
        for client in [*idle, *([extra] if extra else [])]:
            client.close()
    qtbot.waitUntil(lambda: server.peer_count == 0, timeout=5000)


# -- claiming a scope -------------------------------------------------------------------------------
def leave_stale_lock(lock_path: Path) -> None:
    """A lock file whose process is gone (it exits without unlocking, as a crash would)."""
    code = (
        "import os, sys\nfrom PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(lock_path)], check=True, timeout=60)
    assert lock_path.exists()


def leave_stale_socket(path: str) -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    sock.close()  # the file stays, nobody listens
    assert os.path.exists(path)


def test_a_stale_lock_and_socket_are_taken_over(qtbot: QtBot, scope: InstanceScope) -> None:
    leave_stale_lock(scope.lock_path)
    leave_stale_socket(scope.server_name)
    single = SingleInstance(scope)
    try:
        assert single.claim(CallRequest(PHONE)) is None and single.primary
        assert single.listen()
        with qtbot.waitSignal(single.handoff_received, timeout=30_000) as blocker:
            assert launch(qtbot, scope, encode_message(None)) == ForwardResult(Delivery.DELIVERED)
        assert blocker.args == [None]
    finally:
        single.release()
    assert not os.path.exists(scope.server_name) and not scope.lock_path.exists()


def test_a_held_lock_without_a_listener_is_not_run_twice(
    scope: InstanceScope, capsys: pytest.CaptureFixture[str]
) -> None:
    first = SingleInstance(scope)
    second = SingleInstance(scope)
    try:
        assert first.claim(None) is None  # holds the lock, not listening yet (still starting)
        assert second.claim(CallRequest(PHONE), wait_s=0.3) == 1
        assert "already running" in capsys.readouterr().err
        assert not second.primary
    finally:
        first.release()
        second.release()


def assert_a_launch_is_delivered(qtbot: QtBot, scope: InstanceScope, first: SingleInstance) -> None:
    """A second launch's call reaches ``first`` (the launcher's own ``forward``, in a child)."""
    with qtbot.waitSignal(first.handoff_received, timeout=30_000) as blocker:
        result = launch(qtbot, scope, encode_message(CallRequest(PHONE)))
    assert result == ForwardResult(Delivery.DELIVERED)
    assert blocker.args == [CallRequest(PHONE)]


def test_the_second_launch_delivers_to_the_first(qtbot: QtBot, scope: InstanceScope) -> None:
    first = SingleInstance(scope)
    try:
        assert first.claim(None) is None and first.listen()
        assert_a_launch_is_delivered(qtbot, scope, first)
    finally:
        first.release()


def test_listening_waits_for_the_first_frame_then_serves_a_launch(
    qtbot: QtBot, scope: InstanceScope
) -> None:
    first = SingleInstance(scope)
    frame = Frame()
    try:
        assert first.claim(None) is None
        first.listen_soon(frame.shown, at_latest_ms=60_000)
        assert first.server is None and not os.path.exists(scope.server_name)  # nothing before the frame
        frame.shown.emit()
        assert first.server is not None and os.path.exists(scope.server_name)
        frame.shown.emit()  # (listening once)
        assert_a_launch_is_delivered(qtbot, scope, first)
    finally:
        first.release()


def test_a_window_never_exposed_still_listens(qtbot: QtBot, scope: InstanceScope) -> None:
    first = SingleInstance(scope)
    frame = Frame()  # never shown
    try:
        assert first.claim(None) is None
        first.listen_soon(frame.shown, at_latest_ms=50)
        qtbot.waitUntil(lambda: first.server is not None and os.path.exists(scope.server_name), timeout=5000)
    finally:
        first.release()
