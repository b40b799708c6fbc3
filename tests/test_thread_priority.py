"""``thread_priority``: a worker lowers itself once; the embedded simulator's threads do too."""

from __future__ import annotations

import sys
import threading

import pytest
import requests

from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.thread_priority import NICE, current_thread_nice, lower_current_thread

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="per-thread nice is Linux's")


def _in_thread(fn: object) -> list[object]:
    out: list[object] = []
    thread = threading.Thread(target=lambda: out.append(fn()))  # type: ignore[operator]
    thread.start()
    thread.join(10)
    return out


def test_lowering_twice_lowers_once() -> None:
    base = current_thread_nice()
    assert base is not None

    def twice() -> tuple[bool, bool, int | None]:
        return lower_current_thread(), lower_current_thread(), current_thread_nice()

    assert _in_thread(twice) == [(True, True, min(19, base + NICE))]
    assert current_thread_nice() == base


@pytest.mark.parametrize("background", [True, False])
def test_the_simulator_serves_from_lowered_threads_only_when_asked(background: bool) -> None:
    seen: list[int | None] = []
    served = threading.Event()
    sim = SimServer(SimConfig(background_threads=background)).start()
    original = sim._httpd.finish_request  # type: ignore[union-attr]

    def spy(request: object, address: object) -> None:  # on the thread that served the request
        original(request, address)
        seen.append(current_thread_nice())
        served.set()

    sim._httpd.finish_request = spy  # type: ignore[union-attr, method-assign]
    try:
        requests.get(sim.base_url + "/nowhere", timeout=10)
        assert served.wait(10)
    finally:
        sim.stop()
    base = current_thread_nice()
    assert base is not None
    assert seen == [min(19, base + NICE) if background else base]
