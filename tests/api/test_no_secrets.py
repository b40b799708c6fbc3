"""No error object keeps the API key or a signature reachable.

The old transport raised ``err from None`` inside the ``except`` block, which keeps
``__context__``: ``NetworkError.__context__.request.headers["Authorization"]`` was the signature.
Here every typed error a signed call can end with is walked with ``gc.get_referents`` (bounded;
classes, modules and functions are not followed), and so is its ``repr``/``str``/``details()``.
"""

from __future__ import annotations

import gc
import threading
import types
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from contiple_desktop.api import ContipleClient, signing
from contiple_desktop.cancel import CancelToken
from contiple_desktop.domain.models import EndUser, NewTicket
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.errors import ContipleError
from contiple_desktop.tasks.runner import TaskRunner
from tests.api.conftest import TEST_KEY, TEST_ORG
from tests.api.hostile import HostileServer, envelope_bytes
from tests.api.stub_server import Reply, StubServer, envelope
from tests.conftest import ExpectLog

pytestmark = pytest.mark.timeout(60)

TICKET = NewTicket(2542, "s", "c", EndUser(email="a@example.com", username="A", usercode="u1"))
_OPAQUE = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.CodeType)


def reachable(root: object, *, frames: bool, limit: int = 200_000) -> Iterator[object]:
    """Everything reachable from ``root``. ``frames``: follow traceback frames into their locals
    (what a crash reporter records); otherwise tracebacks are not followed at all."""
    seen: set[int] = set()
    queue: deque[object] = deque([root])
    while queue and len(seen) < limit:
        obj = queue.popleft()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        yield obj
        if isinstance(obj, (str, bytes, bytearray, *_OPAQUE)):
            continue
        if isinstance(obj, types.TracebackType):
            if frames:
                queue.extend((obj.tb_frame, obj.tb_next))
            continue
        if isinstance(obj, types.FrameType):
            queue.extend(obj.f_locals.values())
            continue
        queue.extend(gc.get_referents(obj))
    assert len(seen) < limit, "walk not finished: raise the limit"


def assert_clean(err: BaseException, secrets: list[str], *, frames: bool = False) -> None:
    texts = [str(err), repr(err), repr(err.details()) if isinstance(err, ContipleError) else ""]
    for secret in secrets:
        assert all(secret not in t for t in texts)
    needles = [(s, s.encode()) for s in secrets]
    for obj in reachable(err, frames=frames):
        if isinstance(obj, str):
            assert not any(s in obj for s, _ in needles), f"secret reachable from {type(err).__name__}"
        elif isinstance(obj, bytes | bytearray):
            assert not any(b in obj for _, b in needles), f"secret reachable from {type(err).__name__}"
    # the raised error carries no chained exceptions and no frames of the failed attempt
    assert err.__context__ is None and err.__cause__ is None
    tb = err.__traceback__
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        assert not module.startswith(("requests", "urllib3", "http.", "socket", "ssl"))
        assert tb.tb_frame.f_code.co_name not in ("_send", "_attempts", "consume")
        tb = tb.tb_next


@pytest.fixture
def signatures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    made: list[str] = []
    real = signing.authorization

    def recording(*args: Any, **kwargs: Any) -> str:
        value = real(*args, **kwargs)
        made.append(value)
        return value

    monkeypatch.setattr(signing, "authorization", recording)
    return made


def _client(url: str, **kwargs: Any) -> ContipleClient:
    kwargs.setdefault("backoff", 0.001)
    profile = ConnectionProfile("t", "svc", TEST_ORG, environment=Environment.CUSTOM, custom_url=url)
    return ContipleClient(profile, TEST_KEY, **kwargs)


HTML = Reply(200, b"<html>x</html>", {"Content-Type": "text/html"})
EXPIRED = Reply(400, envelope(400, "X-TC-Timestamp is expired"))
REFUSED = Reply(400, envelope(400, "Authorization is incorrect"))
UPLOAD = b"x" * 300_000
STUB_CASES: dict[str, tuple[list[Reply], Callable[[ContipleClient], object]]] = {
    "dropped POST": ([Reply(action="drop_after")], lambda c: c.create_ticket(TICKET)),
    "dropped upload": ([Reply(action="drop_before")], lambda c: c.upload_attachment(UPLOAD, file_name="a")),
    "read timeout": ([Reply(action="stall")], lambda c: c.post_comment("u1", "T1", "hi")),
    "HTML answer": ([HTML], lambda c: c.create_ticket(TICKET)),
    "auth refused": ([REFUSED], lambda c: c.ticket("u1", "T1")),
    "clock skew": ([EXPIRED, EXPIRED], lambda c: c.ticket("u1", "T1")),
    "retry later": ([Reply(503, b"busy", {"Retry-After": "3600"})], lambda c: c.customer_tickets("u1")),
    "dropped GET": ([Reply(action="drop_after")] * 3, lambda c: c.customer_tickets("u1")),
    "bad page": ([Reply(body=envelope(result={"contents": 5}))], lambda c: c.customer_tickets("u1")),
}


@pytest.mark.parametrize("case", list(STUB_CASES))
def test_errors_from_the_stub_keep_no_secret(stub: StubServer, signatures: list[str], case: str) -> None:
    replies, call = STUB_CASES[case]
    stub.push(*replies)
    with _client(stub.base_url, read_timeout=0.3) as client:
        with pytest.raises(ContipleError) as info:
            call(client)
    stub.release.set()
    assert signatures
    assert_clean(info.value, [TEST_KEY, *signatures])


def _cut(kind: str, client: ContipleClient, server: HostileServer) -> BaseException:
    token = CancelToken()
    box: list[BaseException] = []

    def run() -> None:
        try:
            client.create_ticket(TICKET, cancel=token)
        except BaseException as exc:
            box.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    if kind != "deadline":
        assert server.answering.wait(10)
        token.cancel() if kind == "cancel" else client.close()
    thread.join(20)
    assert box
    return box[0]


@pytest.mark.parametrize("kind", ["cancel", "close", "deadline"])
def test_errors_of_cut_off_calls_keep_no_secret(signatures: list[str], kind: str) -> None:
    with HostileServer("drip_body", interval=0.05) as server:
        with _client(server.base_url, deadline=0.5 if kind == "deadline" else 60.0) as client:
            err = _cut(kind, client, server)
    assert err.ambiguous  # all of these POSTs were sent
    assert_clean(err, [TEST_KEY, *signatures])


def test_the_implausible_date_error_keeps_no_secret(signatures: list[str], expect_log: ExpectLog) -> None:
    expect_log("implausible server Date")
    body = envelope_bytes(400, "X-TC-Timestamp is expired")
    with HostileServer("reply", status=400, date="Mon, 01 Jan 1900 00:00:00 GMT", body=body) as server:
        with _client(server.base_url) as client:
            with pytest.raises(ContipleError) as info:
                client.create_ticket(TICKET)
    assert_clean(info.value, [TEST_KEY, *signatures])


def test_a_failure_delivered_by_the_runner_carries_no_frames(
    qtbot: Any, stub: StubServer, signatures: list[str]
) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []
    stub.push(Reply(action="drop_after"))
    with _client(stub.base_url) as client:
        runner.submit(
            lambda ctx: client.create_ticket(TICKET, cancel=ctx.cancel), on_failure=failures.append
        )
        qtbot.waitUntil(lambda: bool(failures))
    runner.shutdown(2000)
    err = failures[0]
    assert err.__traceback__ is None  # the worker's frames hold the client, and so the key
    assert_clean(err, [TEST_KEY, *signatures], frames=True)
