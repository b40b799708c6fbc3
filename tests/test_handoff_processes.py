"""Call hand-off between real processes: a first instance (the real app, ``--demo --debug
--temp-basedir DIR``, offscreen) and second launches through ``main.py``.

* a second launch with DIR exits 0 and its call (URL, ``call --phone``, ``tel:``) or a plain
  "activate" arrives — observed through the first instance's ``--debug`` log lines, which show
  the phone number masked;
* a launch with another DIR never hands off (it runs on its own: the smoke test passes there,
  with its own hand-off delivered once its window is up);
* every bad input form exits 2 with its message, starts nothing and reaches nobody;
* a first instance killed with SIGKILL leaves a stale socket and lock: the next launch takes over;
* afterwards no phone number or e-mail address is in clear in any output, log or file of DIR.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="POSIX signals and Unix sockets"),
]

ROOT = Path(__file__).resolve().parents[1]
MAIN = str(ROOT / "main.py")
PHONE = "010-1001-5007"
EMAIL = "minjun.kim@example.com"
CLEAR = ("1001-5007", "10015007", "1001 5007", "minjun.kim@", "minjun.kim%40")


def clean_env(runtime: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "CONTIPLE", "XDG_"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(runtime), **extra)
    return env


class AppProcess:
    """A running instance; its stderr is read line by line on a helper thread."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, MAIN, *args], env=env, cwd=ROOT, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, name="app-stderr")
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._queue.put(line)
        self._queue.put(None)

    def wait_for(self, pattern: str, timeout: float = 60.0) -> str:
        """The first new stderr line matching ``pattern`` (waits for it; fails at EOF/timeout)."""
        regex = re.compile(pattern)
        while True:
            try:
                line = self._queue.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"no line matching {pattern!r} in {timeout} s:\n{''.join(self.lines)}")
            if line is None:
                pytest.fail(f"the instance exited before {pattern!r}:\n{''.join(self.lines)}")
            self.lines.append(line)
            if regex.search(line):
                return line

    def drain(self) -> None:
        while True:
            try:
                line = self._queue.get_nowait()
            except queue.Empty:
                return
            if line is not None:
                self.lines.append(line)

    def stop(self, sig: int = signal.SIGINT) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        code = self.proc.wait(timeout=60)
        self._reader.join(timeout=30)
        self.drain()
        assert self.proc.stdout is not None
        self.stdout = self.proc.stdout.read()
        self.proc.stdout.close()
        assert self.proc.stderr is not None
        self.proc.stderr.close()
        return code


def launch(args: list[str], env: dict[str, str], timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, MAIN, *args], env=env, cwd=ROOT, capture_output=True, text=True,
        encoding="utf-8", errors="replace", timeout=timeout,
    )


@pytest.fixture
def runtime() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="cd-rt-"))  # short: the socket path must fit ~100 bytes
    path.chmod(0o700)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def assert_no_clear_personal_data(texts: list[str], base: Path) -> None:
    for text in texts:
        for needle in CLEAR:
            assert needle not in text, f"{needle!r} in clear: {text[:2000]}"
    for path in base.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in CLEAR:
                assert needle.encode() not in data, f"{needle!r} in clear in {path}"


BAD_FORMS: list[tuple[list[str | bytes], str]] = [
    (["foo:bar"], "links can be opened"),
    (["contiple-desktop://hangup?phone=010-1001-5007"], "unknown contiple-desktop:// link"),
    (["call"], "has no phone number"),
    (["contiple-desktop://call?name=x"], "has no phone number"),
    (["tel:" + "1" * 10_000], "too long"),
    ([b"tel:\xff\xfe010"], "not valid UTF-8"),
    (["call", "--phone", PHONE, "--bogus", "x"], "unknown option --bogus"),
    (["tel:abc"], "not a valid phone number"),
]


def test_second_launches_hand_off_to_the_first(tmp_path: Path, runtime: Path) -> None:
    base = tmp_path / "base"
    base.mkdir()
    other = tmp_path / "other"
    env = clean_env(runtime)
    first = AppProcess(["--demo", "--debug", "--temp-basedir", str(base)], env)
    outputs: list[str] = []
    try:
        first.wait_for(r"single instance: listening")

        link = f"contiple-desktop://call?phone={PHONE}&usercode=cust-001"
        url = launch(["--temp-basedir", str(base), link], env)
        assert url.returncode == 0, url.stderr
        line = first.wait_for(r"hand-off received: CallRequest")
        assert "phone='010-1001-****'" in line and "usercode='cust-001'" in line and "source='url'" in line
        first.wait_for(r"call hand-off: CallRequest\(phone='010-1001-\*\*\*\*'")

        command = launch(["--temp-basedir", str(base), "call", "--phone", PHONE, "--email", EMAIL], env)
        assert command.returncode == 0, command.stderr
        line = first.wait_for(r"hand-off received: CallRequest")
        assert "email='mi***@example.com'" in line and "source='call'" in line

        tel = launch(["--temp-basedir", str(base), f"tel:{PHONE}"], env)
        assert tel.returncode == 0, tel.stderr
        assert "source='tel'" in first.wait_for(r"hand-off received: CallRequest")

        plain = launch(["--temp-basedir", str(base)], env)
        assert plain.returncode == 0, plain.stderr
        first.wait_for(r"hand-off received: 'activate'")
        outputs += [r.stdout + r.stderr for r in (url, command, tel, plain)]

        for argv, message in BAD_FORMS:
            bad = subprocess.run(
                [sys.executable, MAIN, "--temp-basedir", str(other), *argv], env=env, cwd=ROOT,
                capture_output=True, timeout=60,
            )
            err = bad.stderr.decode("utf-8", "replace")
            assert bad.returncode == 2, (argv, err)
            assert err.startswith("contiple-desktop: call hand-off refused: ") and message in err, err
            assert err.count("\n") == 1 and bad.stdout == b""
            outputs.append(err)
        assert not other.exists()  # nothing started: not even the base directory was made

        elsewhere = launch(
            ["--demo", "--smoke-test", "--debug", "--temp-basedir", str(other), f"tel:{PHONE}"], env
        )
        assert elsewhere.returncode == 0, elsewhere.stdout + elsewhere.stderr
        assert "smoke-test OK" in elsewhere.stdout  # it ran on its own ...
        assert "call hand-off: CallRequest(phone='010-1001-****'" in elsewhere.stderr  # ... with its call
        assert other.is_dir()  # a given DIR is kept
        outputs.append(elsewhere.stdout + elsewhere.stderr)
    finally:
        code = first.stop()
    assert code == 0, "".join(first.lines)
    log = "".join(first.lines)
    assert log.count("hand-off received") == 4  # the bad forms and the other DIR never reached it
    assert "refused" not in log
    assert base.is_dir() and (base / "config").is_dir()  # never deleted
    assert not list((runtime / "contiple-desktop").iterdir())  # socket and lock gone at exit
    assert_no_clear_personal_data([*outputs, log, first.stdout], tmp_path)


def test_a_crashed_instance_leaves_a_stale_socket_that_the_next_launch_replaces(
    tmp_path: Path, runtime: Path
) -> None:
    base = tmp_path / "base"
    env = clean_env(runtime)
    first = AppProcess(["--demo", "--debug", "--temp-basedir", str(base)], env)
    try:
        first.wait_for(r"single instance: listening")
    finally:
        first.stop(signal.SIGKILL)
    leftovers = sorted(p.suffix for p in (runtime / "contiple-desktop").iterdir())
    assert leftovers == [".lock", ".sock"]  # what a crash leaves behind

    second = launch(["--demo", "--smoke-test", "--debug", "--temp-basedir", str(base), f"tel:{PHONE}"], env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "single instance: removing a stale socket" in second.stderr
    assert "single instance: listening" in second.stderr and "smoke-test OK" in second.stdout
    assert "call hand-off: CallRequest(phone='010-1001-****'" in second.stderr
    assert not list((runtime / "contiple-desktop").iterdir())
    assert_no_clear_personal_data([second.stdout, second.stderr, "".join(first.lines)], tmp_path)
