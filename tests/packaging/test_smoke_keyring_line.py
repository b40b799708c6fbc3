"""The ``--smoke-test`` output line the installer smoke test relies on to prove that the installed
copy still reaches the OS keyring (``scripts/package_smoke.sh`` greps for it)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_test_reports_the_secret_store_before_success(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "CONTIPLE"))}
    env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo", "--smoke-test", "--temp-basedir"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    keyring_lines = [i for i, line in enumerate(lines) if line.startswith("smoke-test keyring: ")]
    ok_lines = [i for i, line in enumerate(lines) if line.startswith("smoke-test OK: ")]
    assert len(keyring_lines) == 1 and len(ok_lines) == 1
    assert keyring_lines[0] < ok_lines[0]
    line = lines[keyring_lines[0]]
    assert re.fullmatch(r"smoke-test keyring: .+ \((available|unavailable)\)", line), line
    if "(available)" in line:  # inside scripts/test.sh's D-Bus session with gnome-keyring
        assert "Secret Service" in line or "Keychain" in line or "Credential Manager" in line
