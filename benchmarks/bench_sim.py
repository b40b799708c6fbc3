"""Simulator benchmark: seeding cost and request cost, as ratios measured within one run.

Run: ``.venv/bin/python benchmarks/bench_sim.py``
"""

from __future__ import annotations

import base64
import copy
import hashlib
import hmac
import statistics
import time
from collections.abc import Callable

import requests

from contiple_desktop.sim import SimConfig, SimServer
from contiple_desktop.sim.seed import build_state
from contiple_desktop.sim.state import SimClock


def best_ms(fn: Callable[[], object], runs: int = 15) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def signed(sim: SimServer, path: str, query: list[tuple[str, str]]) -> dict[str, str]:
    ts = str(sim.clock.now_ms())
    text = sim.organization_id + path + "&".join(v for _, v in sorted(query)) + ts
    mac = hmac.new(sim.api_key.encode(), text.encode(), hashlib.sha256).digest()
    return {"Authorization": base64.b64encode(mac).decode(), "X-TC-Timestamp": ts}


def main() -> None:
    clock = SimClock()
    demo = build_state(service_id="Bench", clock=clock)
    build = best_ms(lambda: build_state(service_id="Bench", clock=clock))
    deep = best_ms(lambda: copy.deepcopy(demo))
    huge = best_ms(lambda: build_state(service_id="Bench", clock=clock, faq_category_count=10_000), runs=5)
    print(f"seed demo service:            {build:7.2f} ms  (deep copy of it: {deep:.2f} ms, "
          f"build/copy = {build / deep:.2f})")
    print(f"seed with 10,000 FAQ categs:  {huge:7.2f} ms  ({huge / build:.1f}x the demo seed)")

    with SimServer(SimConfig(faq_category_count=10_000)) as big, SimServer() as sim, requests.Session() as s:
        base = f"{sim.base_url}/{sim.service_id}"
        service = best_ms(lambda: s.get(f"{base}/api/v2/service.json", timeout=10), runs=50)
        notices = best_ms(lambda: s.get(f"{base}/api/v2/notice/list.json", timeout=10), runs=50)
        cats = best_ms(lambda: s.get(f"{base}/api/v2/helpdoc/categories.json", timeout=10), runs=30)
        big_url = f"{big.base_url}/{big.service_id}/api/v2/helpdoc/categories.json"
        big_cats = best_ms(lambda: s.get(big_url, timeout=30), runs=5)
        path = f"/{sim.service_id}/openapi/v1/ticket/enduser/bulk-500/list.json"
        query = [("page", "1"), ("pageSize", "200")]
        bulk = best_ms(lambda: s.get(sim.base_url + path, params=query, headers=signed(sim, path, query),
                                     timeout=10), runs=20)
    print(f"GET service.json:             {service:7.2f} ms  (baseline)")
    print(f"GET notice list (10 items):   {notices:7.2f} ms  ({notices / service:.1f}x baseline)")
    print(f"GET FAQ categories (21):      {cats:7.2f} ms  ({cats / service:.1f}x baseline)")
    print(f"GET FAQ categories (10,000):  {big_cats:7.2f} ms  ({big_cats / service:.1f}x baseline)")
    print(f"GET signed bulk-500 page 200: {bulk:7.2f} ms  ({bulk / service:.1f}x baseline)")


if __name__ == "__main__":
    main()
