"""Fixtures for the protocol-layer tests: a scriptable stub server and clients pointed at it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator

import pytest

from contiple_desktop.api import ContipleClient
from contiple_desktop.api.clock import Clock
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from tests.api.stub_server import StubServer
from tests.conftest import SIGNING_VECTORS_FILE

VECTORS = json.loads(SIGNING_VECTORS_FILE.read_text(encoding="utf-8"))
TEST_KEY = "0123456789abcdef0123456789abcdef"
TEST_ORG = "AbcdE1fghIj23K4x"


@pytest.fixture
def stub() -> Iterator[StubServer]:
    server = StubServer().start()
    try:
        yield server
    finally:
        server.stop()


def stub_profile(
    stub: StubServer, service_id: str = "svc", org: str = TEST_ORG, **kw: object
) -> ConnectionProfile:
    return ConnectionProfile(
        name="stub",
        service_id=service_id,
        organization_id=org,
        environment=Environment.CUSTOM,
        custom_url=stub.base_url,
        **kw,  # type: ignore[arg-type]
    )


MakeClient = Callable[..., ContipleClient]


@pytest.fixture
def make_client(stub: StubServer) -> Iterator[MakeClient]:
    """``make_client(service_id=..., key=..., clock=..., **client_kwargs)``; all closed afterwards."""
    made: list[ContipleClient] = []

    def make(
        *,
        service_id: str = "svc",
        org: str = TEST_ORG,
        key: str = TEST_KEY,
        clock: Clock | None = None,
        oucode: str = "",
        **kwargs: object,
    ) -> ContipleClient:
        kwargs.setdefault("backoff", 0.001)
        kwargs.setdefault("read_timeout", 5.0)
        client = ContipleClient(
            stub_profile(stub, service_id, org, oucode=oucode), key, clock=clock, **kwargs  # type: ignore[arg-type]
        )
        made.append(client)
        return client

    yield make
    for c in made:
        c.close()


@pytest.fixture
def stub_client(make_client: MakeClient) -> ContipleClient:
    return make_client()
