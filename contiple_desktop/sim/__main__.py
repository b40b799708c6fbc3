"""Command line: run the simulator until Ctrl-C (or SIGTERM).

``python -m contiple_desktop.sim [--port N] [--seed N] [--latency S] [--spam-blocking]
[--log FILE] [--api-key KEY] [--caller-lookup-key KEY] [--demo-activity S]`` prints the base URL, service ID,
organization ID, API key and the demo caller-lookup address.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from contiple_desktop.sim.config import SimConfig
from contiple_desktop.sim.server import SimServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m contiple_desktop.sim",
        description="Run a local simulator of the Contiple Open API with a seeded demo service.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free port)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo data (default 1)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--spam-blocking", action="store_true", help="enforce the 1001/1002 spam limits")
    parser.add_argument("--log", type=Path, default=None, metavar="FILE", help="log file (JSON lines)")
    parser.add_argument("--api-key", default=None, help="service API key (default: a fresh random key)")
    parser.add_argument(
        "--caller-lookup-key", default=None, metavar="KEY",
        help="security key of the demo caller lookup (turns its 'API encryption' on; default off)",
    )
    parser.add_argument(
        "--demo-activity", type=float, default=None, metavar="S",
        help="answer every ticket filed during the run S seconds after it was created (default: never)",
    )
    parser.add_argument("--service-id", default=SimConfig.service_id, help="service ID in every path")
    parser.add_argument("--organization-id", default=SimConfig.organization_id, help="organization ID")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    config = SimConfig(
        host=args.host, port=args.port, seed=args.seed, latency=args.latency,
        spam_blocking=args.spam_blocking, log_path=args.log, api_key=args.api_key, service_id=args.service_id,
        organization_id=args.organization_id, caller_lookup_key=args.caller_lookup_key,
        demo_activity=args.demo_activity,
    )
    done = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        done.set()

    signal.signal(signal.SIGTERM, on_signal)
    sim = SimServer(config).start()
    try:
        print("Contiple simulator running", flush=True)
        print(f"  base URL:        {sim.base_url}")
        print(f"  service ID:      {sim.service_id}")
        print(f"  organization ID: {sim.organization_id}")
        print(f"  API key:         {sim.api_key}")
        print(f"  caller lookup:   POST {sim.caller_lookup_url}")
        print(f"  lookup key:      {config.caller_lookup_key or '(none: API encryption off)'}")
        print("Press Ctrl-C to stop.", flush=True)
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not break the shutdown
        sim.stop()
    print("Simulator stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
