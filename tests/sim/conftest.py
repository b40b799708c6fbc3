"""Fixtures for the simulator's own tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from contiple_desktop.sim import SimServer
from tests.sim._raw import Raw


@pytest.fixture
def raw(sim: SimServer) -> Iterator[Raw]:
    client = Raw(sim)
    try:
        yield client
    finally:
        client.close()
