"""Protocol-layer costs: signing per request, and the client's overhead over bare ``requests``.

Run: ``.venv/bin/python benchmarks/bench_api.py``. Everything is measured within one run
against one loopback simulator, so the ratios compare like with like on any machine.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable

import requests

from contiple_desktop.api import ContipleClient, signing
from contiple_desktop.domain.profile import ConnectionProfile, Environment
from contiple_desktop.sim import SimConfig, SimServer

SIGN_ITERATIONS = 20_000
REQUESTS = 300
WARMUP = 20


def bench_signing() -> list[tuple[str, float]]:
    key, org, ts = "0123456789abcdef0123456789abcdef", "AbcdE1fghIj23K4x", "1764031689401"
    body = json.dumps(
        {"categoryId": 2542, "subject": "결제 오류", "content": "전화 문의 " * 200,
         "endUser": {"usercode": "cust-042", "email": "kim@example.com", "username": "김민수"}},
        ensure_ascii=False, separators=(",", ":"),
    ).encode()
    cases: list[tuple[str, Callable[[], str]]] = [
        ("sign GET, 3 query params", lambda: signing.authorization(
            key, org, "/svc/openapi/v1/ticket/enduser/cust-042/list.json", ts,
            query=[("status", "open"), ("language", "ko"), ("page", "1")])),
        (f"sign POST, {len(body)} B JSON body", lambda: signing.authorization(
            key, org, "/svc/openapi/v1/ticket.json", ts, query=[("language", "ko")], body=body)),
        ("md5 of a 1 MiB upload", lambda: signing.md5_hex(b"\x00" * (1 << 20))),
    ]
    out = []
    for name, fn in cases:
        iterations = SIGN_ITERATIONS if "md5" not in name else 200
        start = time.perf_counter()
        for _ in range(iterations):
            fn()
        out.append((name, (time.perf_counter() - start) / iterations * 1e6))
    return out


def _paired_medians(a: Callable[[], object], b: Callable[[], object]) -> tuple[float, float]:
    """Median ms of ``a`` and of ``b``, sampled alternately so both see the same machine load."""
    for _ in range(WARMUP):
        a()
        b()
    samples_a: list[float] = []
    samples_b: list[float] = []
    for _ in range(REQUESTS):
        for fn, samples in ((a, samples_a), (b, samples_b)):
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples_a), statistics.median(samples_b)


def _profile(sim: SimServer) -> ConnectionProfile:
    return ConnectionProfile(
        "bench", sim.service_id, sim.organization_id, environment=Environment.CUSTOM, custom_url=sim.base_url
    )


def bench_overhead() -> list[tuple[str, float, float]]:
    rows = []
    with SimServer(SimConfig()).start() as sim:
        profile = _profile(sim)
        with ContipleClient(profile, sim.api_key) as client, requests.Session() as bare:
            ticket_id = client.customer_tickets("cust-001").items[0].ticket_id
            base = sim.base_url + "/" + sim.service_id

            def bare_categories() -> object:
                return bare.get(base + "/api/v2/notice/categories.json?language=ko", timeout=30).json()

            path = f"/{sim.service_id}/openapi/v1/ticket/enduser/cust-001/{ticket_id}/detail.json"

            def bare_detail() -> object:
                ts = str(int(time.time() * 1000))
                auth = signing.authorization(
                    sim.api_key, sim.organization_id, path, ts, query=[("language", "ko")]
                )
                headers = {"X-TC-Timestamp": ts, "Authorization": auth}
                return bare.get(sim.base_url + path + "?language=ko", headers=headers, timeout=30).json()

            rows.append((
                "notice categories (api/v2)",
                *_paired_medians(lambda: client.notice_categories(language="ko"), bare_categories),
            ))
            rows.append((
                "ticket detail (signed)",
                *_paired_medians(lambda: client.ticket("cust-001", ticket_id, language="ko"), bare_detail),
            ))
    return rows


def main() -> None:
    print("Signing (pure Python, per call)")
    print(f"  {'case':<34} {'µs':>9}")
    for name, us in bench_signing():
        print(f"  {name:<34} {us:>9.1f}")
    print()
    print(f"Per-request cost on the loopback simulator (median of {REQUESTS}, keep-alive)")
    print(f"  {'endpoint':<28} {'client ms':>10} {'bare ms':>9} {'ratio':>7} {'overhead ms':>12}")
    for name, client_ms, bare_ms in bench_overhead():
        print(
            f"  {name:<28} {client_ms:>10.3f} {bare_ms:>9.3f} {client_ms / bare_ms:>7.2f}"
            f" {client_ms - bare_ms:>12.3f}"
        )
    print("  (client = ContipleClient incl. envelope decode and dataclass parsing;"
          " bare = requests.Session().get + .json())")
    print("  (the client resolves proxy/CA settings from the environment once per client; requests'"
          " Session.get re-reads them on every call, hence ratios below 1)")


if __name__ == "__main__":
    main()
