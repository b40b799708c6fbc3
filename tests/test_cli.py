"""The command line: global options, ``--temp-basedir [DIR]`` and every accepted call hand-off form;
a refused hand-off is one clear line on stderr and exit status 2 (in process: ``SystemExit``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from contiple_desktop.cli import Options, handoff_message, parse_args, split_handoff
from contiple_desktop.domain.handoff import CallRequest, HandoffError, HandoffReason, HandoffSource

PHONE = "010-1001-5007"


def refused(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as info:
        parse_args(argv)
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_no_handoff_keeps_the_old_options() -> None:
    opts = parse_args(["--demo", "--lang", "ja", "--debug", "--temp-basedir", "-style", "fusion"])
    assert (opts.demo, opts.lang, opts.debug, opts.temp_basedir) == (True, "ja", True, True)
    assert opts.basedir is None and opts.fresh_basedir and opts.handoff is None
    assert opts.qt_args == ["-style", "fusion"]
    assert parse_args([]) == Options()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["call", "--phone", PHONE], CallRequest(PHONE)),
        (
            ["call", "--phone", PHONE, "--usercode", "cust-001", "--name", "김민준",
             "--email", "minjun.kim@example.com", "--dnis", "1588-1234"],
            CallRequest(PHONE, "cust-001", "김민준", "minjun.kim@example.com", "1588-1234"),
        ),
        (["call", f"--phone={PHONE}", "--usercode=cust-001"], CallRequest(PHONE, "cust-001")),
        (
            [f"contiple-desktop://call?phone={PHONE}&usercode=cust-001&name=%EA%B9%80%EB%AF%BC%EC%A4%80"
             "&email=minjun.kim%40example.com&dnis=1588-1234"],
            CallRequest(
                PHONE, "cust-001", "김민준", "minjun.kim@example.com", "1588-1234", HandoffSource.URL
            ),
        ),
        ([f"tel:{PHONE}"], CallRequest(PHONE, source=HandoffSource.TEL)),
        (["tel:%2B82-10-1001-5007;ext=12"], CallRequest("+82-10-1001-5007", source=HandoffSource.TEL)),
        (["callto://+82 10 1001 5007"], CallRequest("+82 10 1001 5007", source=HandoffSource.CALLTO)),
        (["tel:０１０－１００１－５００７"], CallRequest(PHONE, source=HandoffSource.TEL)),
        (["call", "--phone", "090-1234-5678"], CallRequest("090-1234-5678")),  # Japanese, Korean default
    ],
)
def test_every_accepted_form(argv: list[str], expected: CallRequest) -> None:
    assert parse_args(argv).handoff == expected
    assert parse_args(["--demo", "--temp-basedir", "/tmp/x", *argv]).handoff == expected


def test_japanese_numbers_on_a_japanese_interface() -> None:
    assert parse_args(["--lang", "ja", "tel:03-1234-5678"]).handoff == CallRequest(
        "03-1234-5678", source=HandoffSource.TEL
    )


@pytest.mark.parametrize(
    ("argv", "basedir", "handoff"),
    [
        (["--temp-basedir", "/tmp/dir"], "/tmp/dir", False),
        (["--temp-basedir=/tmp/dir"], "/tmp/dir", False),
        (["--temp-basedir", "/tmp/dir", f"tel:{PHONE}"], "/tmp/dir", True),
        (["--temp-basedir", f"tel:{PHONE}"], None, True),
        (["--temp-basedir", "call", "--phone", PHONE], None, True),
        (["--temp-basedir", f"contiple-desktop://call?phone={PHONE}"], None, True),
        (["--temp-basedir=call"], "call", False),
        (["--temp-basedir", "/tmp/dir", "call", "--phone", PHONE], "/tmp/dir", True),
        (["--temp-basedir", "-platform", "offscreen", f"tel:{PHONE}"], None, True),
    ],
)
def test_temp_basedir_takes_an_optional_dir(argv: list[str], basedir: str | None, handoff: bool) -> None:
    opts = parse_args(argv)
    assert opts.temp_basedir
    assert opts.basedir == (Path(basedir) if basedir else None)
    assert opts.fresh_basedir is (basedir is None)
    assert (opts.handoff is not None) is handoff


def test_qt_options_and_their_values_come_before_the_handoff() -> None:
    opts = parse_args(["-platform", "offscreen", "-reverse", "--demo", "call", "--phone", PHONE])
    assert opts.qt_args == ["-platform", "offscreen", "-reverse"]
    assert opts.demo and opts.handoff == CallRequest(PHONE)
    # Options after the hand-off belong to it: --demo is not a call option.
    assert split_handoff(["call", "--phone", PHONE, "--demo"]) == ([], ["call", "--phone", PHONE, "--demo"])
    assert split_handoff(["--debug", "--", "call"]) == (["--debug"], ["call"])


def test_temp_basedir_must_be_a_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "file"
    plain.write_text("x")
    with pytest.raises(SystemExit) as info:
        parse_args(["--temp-basedir", str(plain)])
    assert info.value.code == 2
    assert "not a directory" in capsys.readouterr().err


BAD = [
    (["foo:bar"], "only contiple-desktop://call?phone=…, tel:… and callto:… links can be opened"),
    (["contiple-desktop://hangup?phone=010-1001-5007"], "unknown contiple-desktop:// link"),
    (["call"], "the call has no phone number"),
    (["contiple-desktop://call?name=x"], "the call has no phone number"),
    (["tel:"], "the call has no phone number"),
    (["call", "--phone", "010-1001-5007", "--bogus", "x"], "unknown option --bogus"),
    (["call", "--phone", "1", "--phone", "2"], "--phone is given twice"),
    (["call", "--phone"], "--phone needs a value"),
    (["tel:abc"], "the phone number is not a valid phone number"),
    (["call", "--phone", "010-1001-5007", "--email", "nope"], "the --email value is not an e-mail address"),
    (["tel:" + "1" * 10_000], "the hand-off is too long"),
    (["tel:\udcff\udcfe"], "the hand-off is not valid UTF-8 text"),
    (["call", "--phone", "010-1001\n5007"], "the hand-off contains control characters"),
    (["hello"], "unexpected argument"),
    (["tel:010-1001-5007", "extra"], "unexpected argument"),
]


@pytest.mark.parametrize(("argv", "message"), BAD)
def test_bad_handoff_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    line = refused(capsys, ["--temp-basedir", "/tmp/never-created", *argv])
    assert line.startswith("contiple-desktop: call hand-off refused: ")
    assert message in line
    for secret in ("1001-5007", "1001\n5007", "nope", "abc", "hangup"):
        assert secret not in line  # the value is never repeated
    assert not Path("/tmp/never-created").exists()


def test_every_reason_has_words() -> None:
    for reason in HandoffReason:
        assert "refused: " in handoff_message(HandoffError(reason))
        assert "refused: " in handoff_message(HandoffError(reason, "email"))


def test_global_options_still_refuse_unknown_flags(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--no-such-flag"], ["--temp"], ["--lang", "fr"]):
        with pytest.raises(SystemExit) as info:
            parse_args(argv)
        assert info.value.code == 2
    capsys.readouterr()
