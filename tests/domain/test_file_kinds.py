"""Files on disk: only a regular file (or a link to one) passes; nothing else is ever opened."""

from __future__ import annotations

import os
import socket
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from contiple_desktop.domain import files
from contiple_desktop.domain.files import FileKind, NotAFileError
from contiple_desktop.errors import FileRule, LocalFileError
from tests.ui.ticket.helpers import SAMPLES

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and devices are POSIX")


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every path ``files`` opens, in order."""
    calls: list[str] = []
    real_open = os.open

    def spy(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        calls.append(os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(files.os, "open", spy)
    yield calls


def bounded(fn: Callable[[], object], unblock: Path | None = None) -> object:
    """Run ``fn`` in a thread; a call that blocks fails the test instead of hanging it."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(fn())
        except BaseException as exc:  # handed back to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    if worker.is_alive():
        if unblock is not None:  # a writer releases the reader stuck in open()
            os.close(os.open(unblock, os.O_WRONLY | os.O_NONBLOCK))
        worker.join(5)
        pytest.fail("the check blocked on a file that is not a regular file")
    return outcome[0]


def refused(path: Path) -> NotAFileError:
    result = bounded(lambda: files.inspect(path), unblock=path if path.exists() else None)
    assert isinstance(result, NotAFileError), result
    assert result.rule is FileRule.UNREADABLE and result.file_name == path.name
    return result


def test_a_plain_file_has_no_target(tmp_path: Path) -> None:
    p = tmp_path / "memo.txt"
    p.write_bytes(SAMPLES["txt"])
    assert files.inspect(p) == files.LocalFile(p, len(SAMPLES["txt"]), None)


def test_a_link_to_a_regular_file_is_accepted_under_its_own_name(tmp_path: Path) -> None:
    real = tmp_path / "deep" / "real-name.pdf"
    real.parent.mkdir()
    real.write_bytes(SAMPLES["pdf"])
    link = tmp_path / "report.pdf"
    link.symlink_to(real)
    checked, data = files.read_for_upload(link)
    assert checked.name == "report.pdf" and checked.target == real.resolve()
    assert data == SAMPLES["pdf"] and checked.size == len(data)
    chain = tmp_path / "again.pdf"
    chain.symlink_to(link)  # a link to a link: the final file is named
    assert files.inspect(chain).target == real.resolve()


def test_a_fifo_is_refused_without_being_opened(tmp_path: Path, opened: list[str]) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert refused(fifo).kind is FileKind.FIFO
    link = tmp_path / "looks-fine.txt"
    link.symlink_to(fifo)
    exc = refused(link)
    assert exc.kind is FileKind.FIFO and exc.link
    assert opened == []


def test_a_socket_is_refused_without_being_opened(tmp_path: Path, opened: list[str]) -> None:
    path = tmp_path / "s.txt"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        assert refused(path).kind is FileKind.SOCKET
    finally:
        server.close()
    assert opened == []


def _first_device(kind: int) -> Path | None:
    for name in ("/dev/null", "/dev/zero", "/dev/loop0", "/dev/sda", "/dev/vda", "/dev/nvme0n1"):
        try:
            if stat.S_IFMT(os.stat(name).st_mode) == kind:
                return Path(name)
        except OSError:
            continue
    return None


@pytest.mark.parametrize(
    ("mode", "kind"), [(stat.S_IFCHR, FileKind.CHAR_DEVICE), (stat.S_IFBLK, FileKind.BLOCK_DEVICE)]
)
def test_devices_are_refused_without_being_opened(
    tmp_path: Path, opened: list[str], mode: int, kind: FileKind
) -> None:
    device = _first_device(mode)
    if device is None:
        pytest.skip(f"no {kind.value} on this machine")
    assert refused(device).kind is kind
    link = tmp_path / "disk.png"
    link.symlink_to(device)
    assert refused(link).kind is kind
    assert opened == []


def test_folders_and_broken_links(tmp_path: Path, opened: list[str]) -> None:
    folder = tmp_path / "photos.png"
    folder.mkdir()
    assert refused(folder).kind is FileKind.DIRECTORY
    to_folder = tmp_path / "album.png"
    to_folder.symlink_to(folder)
    exc = refused(to_folder)
    assert exc.kind is FileKind.DIRECTORY and exc.link
    broken = tmp_path / "gone.pdf"
    broken.symlink_to(tmp_path / "deleted.pdf")
    assert refused(broken).kind is FileKind.BROKEN_LINK
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    assert refused(loop).kind is FileKind.BROKEN_LINK
    assert opened == []


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(LocalFileError) as info:
        files.inspect(tmp_path / "missing.png")
    assert info.value.rule is FileRule.UNREADABLE and not isinstance(info.value, NotAFileError)


def test_a_file_swapped_for_a_fifo_after_the_check_never_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "swap.txt"
    path.write_bytes(SAMPLES["txt"])
    real_open = os.open

    def swap_then_open(target: Any, flags: int, *args: Any) -> int:
        os.unlink(target)
        os.mkfifo(target)  # the attacker's (or the OS's) timing: right between stat and open
        return real_open(target, flags, *args)

    monkeypatch.setattr(files.os, "open", swap_then_open)
    result = bounded(lambda: files.read_for_upload(path), unblock=path)
    assert isinstance(result, NotAFileError) and result.kind is FileKind.FIFO


def test_a_file_replaced_by_another_after_the_check_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SAMPLES["txt"])
    other = tmp_path / "other.txt"
    other.write_bytes(SAMPLES["txt"])
    real_open = os.open

    def replace_then_open(target: Any, flags: int, *args: Any) -> int:
        os.replace(other, target)
        return real_open(target, flags, *args)

    monkeypatch.setattr(files.os, "open", replace_then_open)
    with pytest.raises(LocalFileError) as info:
        files.inspect(path)
    assert info.value.rule is FileRule.UNREADABLE and "replaced" in str(info.value)


def test_the_upload_reads_what_it_checks(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (files.MAX_FILE_BYTES - 1))
    checked, data = files.read_for_upload(big)
    assert checked.size == len(data) == files.MAX_FILE_BYTES - 1
    with big.open("ab") as fh:
        fh.write(b"b")  # now exactly 10 MB: too large
    with pytest.raises(LocalFileError) as info:
        files.read_for_upload(big)
    assert info.value.rule is FileRule.TOO_LARGE
    fake = tmp_path / "fake.png"
    fake.write_bytes(SAMPLES["pdf"])
    with pytest.raises(LocalFileError) as info:
        files.read_for_upload(fake)
    assert info.value.rule is FileRule.CONTENT


def test_reading_can_be_cancelled_between_chunks(tmp_path: Path) -> None:
    p = tmp_path / "memo.txt"
    p.write_bytes(b"x" * (3 * 1024 * 1024))

    class Stop(Exception):
        pass

    def stop() -> None:
        raise Stop

    with pytest.raises(Stop):
        files.read_for_upload(p, stop)
