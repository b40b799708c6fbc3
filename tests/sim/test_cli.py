"""The ``python -m contiple_desktop.sim`` command line."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import requests

from contiple_desktop.sim.__main__ import build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "contiple_desktop.sim", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    for option in (
        "--port",
        "--seed",
        "--latency",
        "--spam-blocking",
        "--log",
        "--api-key",
        "--caller-lookup-key",
    ):
        assert option in result.stdout


def test_parser_defaults() -> None:
    args = build_parser().parse_args([])
    assert (args.port, args.seed, args.latency, args.spam_blocking, args.log, args.api_key) == (
        0,
        1,
        0.0,
        False,
        None,
        None,
    )


def test_start_serve_and_stop(tmp_path: Path) -> None:
    log_path = tmp_path / "requests.jsonl"
    command = [
        sys.executable,
        "-m",
        "contiple_desktop.sim",
        "--port",
        "0",
        "--seed",
        "3",
        "--log",
        str(log_path),
        "--api-key",
        "k" * 32,
        "--spam-blocking",
    ]
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        try:
            facts: dict[str, str] = {}
            for line in proc.stdout:
                if ":" in line and line.startswith("  "):
                    key, _, value = line.strip().partition(":")
                    facts[key] = value.strip()
                if line.startswith("Press Ctrl-C"):
                    break
            assert facts["API key"] == "k" * 32 and facts["service ID"] == "ContipleDemo"
            assert len(facts["organization ID"]) == 16
            assert facts["caller lookup"] == f"POST {facts['base URL']}/_demo/customer-info"
            assert facts["lookup key"].startswith("(none")
            url = f"{facts['base URL']}/{facts['service ID']}/api/v2/service.json"
            with requests.Session() as session:
                assert session.get(url, timeout=10).json()["result"]["content"]["serviceId"] == "ContipleDemo"
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=20)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    assert proc.returncode == 0, err
    assert "Simulator stopped." in out
    assert json.loads(log_path.read_text(encoding="utf-8").splitlines()[0])["path"].endswith("/service.json")


def test_random_key_per_start() -> None:
    from contiple_desktop.sim import SimServer

    first, second = SimServer(), SimServer()
    assert first.api_key != second.api_key and len(first.api_key) == 32
