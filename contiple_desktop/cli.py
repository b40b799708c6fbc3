"""Command-line arguments: global options, then an optional call hand-off.

``contiple-desktop [--demo] [--temp-basedir [DIR]] [--smoke-test] [--lang L] [--debug] [HANDOFF]``

``HANDOFF`` is one of the forms ``domain.handoff`` accepts, exactly: ``call --phone P
[--usercode U] [--name N] [--email E] [--dnis D]``, a ``contiple-desktop://call?phone=…`` URL, or
``tel:P`` / ``callto:P``. It starts at the first argument that is neither a global option nor an
option's value, and runs to the end (so ``call --phone …`` never collides with the global options).

``--temp-basedir [DIR]``: with DIR, that directory is the base directory (created when missing,
never deleted by the app; launches with the same DIR are one instance scope); without it, a
fresh throw-away directory that is deleted at exit. A value that looks like a hand-off (``call``,
``scheme:…``) is the hand-off, not DIR: ``--temp-basedir tel:010…`` is a fresh temp run with a
hand-off; write ``--temp-basedir=call`` (or ``./call``) for a directory of that name.

``parse_args`` returns a frozen ``Options``; nothing else in the app reads ``sys.argv``. Qt's own
arguments (``-platform``, ``-style`` …) are passed through to QApplication untouched. A bad
hand-off prints one line on stderr (``handoff_message``, English: there is no translator yet)
and exits 2 before Qt starts or anything touches the network.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from contiple_desktop import APP_ID, APP_NAME, __version__
from contiple_desktop.domain.handoff import CallRequest, HandoffError, HandoffReason, parse_handoff
from contiple_desktop.domain.phone import NEAR_REGIONS, region_for_language

LANGUAGES = ("ko", "en", "ja")
SMOKE_TIMEOUT_S = 30.0
HANDOFF_REGIONS = NEAR_REGIONS
"""Regions a hand-off number may be valid in when the sender cannot know the profile's region
(the receiving instance interprets it with its profile's region)."""

_VALUE_OPTIONS = frozenset({"--lang", "--smoke-timeout"})
# Qt's own command-line options that take a value (QGuiApplication / QApplication / xcb).
_QT_VALUE_OPTIONS = frozenset({
    "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qmljsdebugger", "-style",
    "-stylesheet", "-session", "-display", "-geometry", "-title", "-qwindowgeometry", "-qwindowicon",
    "-qwindowtitle", "-name", "-visual", "-ncols", "-cmap", "-im", "-inputstyle", "-fontengine",
    "-dialogs",
})
_HANDOFF_START_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")  # a URL scheme (two letters or more: not C:\)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Options:
    """Parsed command line. ``qt_args`` are the leftovers handed to QApplication.

    ``temp_basedir``: a throw-away base directory; ``basedir``: the DIR given to
    ``--temp-basedir`` (None = a fresh one, deleted at exit). ``handoff``: the call the
    command line hands to the app (validated; None = none).
    """

    demo: bool = False
    temp_basedir: bool = False
    smoke_test: bool = False
    lang: str | None = None
    debug: bool = False
    smoke_timeout: float = SMOKE_TIMEOUT_S
    qt_args: list[str] = field(default_factory=list)
    basedir: Path | None = None
    handoff: CallRequest | None = None

    @property
    def fresh_basedir(self) -> bool:
        """A throw-away base directory made for this run alone (nobody can hand off to it)."""
        return self.temp_basedir and self.basedir is None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        allow_abbrev=False,
        description=f"{APP_NAME}: Help Center, tickets on behalf of callers and customer history "
        "for help-desk agents on NHN Cloud Contiple.",
        epilog="Call hand-off (screen-pop), after the options: 'call --phone NUMBER [--usercode U] "
        "[--name N] [--email E] [--dnis D]', 'contiple-desktop://call?phone=NUMBER&usercode=U…', "
        "or 'tel:NUMBER' / 'callto:NUMBER'. A running instance is brought to front and shown the call.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo workspace on an embedded, simulated Contiple service (nothing is sent anywhere)",
    )
    parser.add_argument(
        "--temp-basedir",
        nargs="?",
        const="",
        default=None,
        metavar="DIR",
        help="keep settings, drafts and logs in a throw-away directory (your real settings are "
        "untouched); with DIR, in that directory (kept at exit; launches with the same DIR share "
        "one instance)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, show the main window, make one real request, print the result and exit (0 = success)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (overrides the setting)")
    parser.add_argument("--debug", action="store_true", help="log everything, also to stderr")
    parser.add_argument(
        "--smoke-timeout",
        type=float,
        default=SMOKE_TIMEOUT_S,
        metavar="SECONDS",
        help=argparse.SUPPRESS,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser


def _starts_handoff(token: str) -> bool:
    return token == "call" or bool(_HANDOFF_START_RE.match(token))


def split_handoff(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """``argv`` → (global options and Qt arguments, hand-off tokens).

    The hand-off starts at the first token that is neither an option nor an option's value
    (``--`` ends the options explicitly).
    """
    args = list(argv)
    i = 0
    while i < len(args):
        token = args[i]
        if token == "--":
            return args[:i], args[i + 1:]
        if token in _VALUE_OPTIONS or token in _QT_VALUE_OPTIONS:
            i += 2
            continue
        if token == "--temp-basedir":
            following = args[i + 1] if i + 1 < len(args) else None
            takes_dir = (
                following is not None and not following.startswith("-") and not _starts_handoff(following)
            )
            i += 2 if takes_dir else 1
            continue
        if token.startswith("-") and token != "-":
            i += 1
            continue
        return args[:i], args[i:]
    return args, []


def handoff_message(error: HandoffError) -> str:
    """One English line for a refused hand-off. Never repeats the value (it may be personal)."""
    reason, option = error.reason, error.option
    opt = f"--{option}" if option and not option.startswith("-") else (option or "")
    texts = {
        HandoffReason.UNKNOWN_SCHEME: "only contiple-desktop://call?phone=…, tel:… and callto:… links "
        "can be opened",
        HandoffReason.UNKNOWN_ACTION: "unknown contiple-desktop:// link; the app opens "
        "contiple-desktop://call?phone=…",
        HandoffReason.UNEXPECTED_ARGUMENT: "unexpected argument; use 'call --phone NUMBER', "
        "'contiple-desktop://call?phone=NUMBER' or 'tel:NUMBER'",
        HandoffReason.UNKNOWN_OPTION: (f"unknown option {opt}" if opt else "unknown option")
        + "; a call accepts --phone, --usercode, --name, --email and --dnis",
        HandoffReason.DUPLICATE_OPTION: f"{opt or 'an option'} is given twice",
        HandoffReason.MISSING_VALUE: f"{opt or 'an option'} needs a value",
        HandoffReason.MISSING_PHONE: "the call has no phone number (give --phone NUMBER, or "
        "phone=NUMBER in the link)",
        HandoffReason.INVALID_PHONE: "the phone number is not a valid phone number",
        HandoffReason.INVALID_VALUE: {
            "email": "the --email value is not an e-mail address",
            "dnis": "the --dnis value is not a dialled number",
        }.get(option or "", f"the {opt or 'option'} value is not valid"),
        HandoffReason.TOO_LONG: f"the {opt} value is too long" if opt
        else "the hand-off is too long (at most 2 kB per argument and 16 arguments)",
        HandoffReason.NOT_UTF8: "the hand-off is not valid UTF-8 text",
        HandoffReason.CONTROL_CHARACTERS: "the hand-off contains control characters",
        HandoffReason.MALFORMED: "the hand-off message is malformed",
    }
    return f"{APP_ID}: call hand-off refused: {texts[reason]}"


def in_any_region(parse: Callable[[str], T], first: str) -> T:
    """``parse(region)`` with ``first``, then the other ``HANDOFF_REGIONS`` when only the number
    was the problem (a Japanese number on a Korean default, or the other way round)."""
    try:
        return parse(first)
    except HandoffError as exc:
        if exc.reason is not HandoffReason.INVALID_PHONE:
            raise
        for region in HANDOFF_REGIONS:
            if region == first:
                continue
            try:
                return parse(region)
            except HandoffError:
                continue
        raise


def parse_call(tokens: Sequence[str], lang: str | None = None) -> CallRequest | None:
    """The hand-off in ``tokens`` (``HandoffError`` when refused); the number must be valid in
    the language's region or another ``HANDOFF_REGIONS`` one."""
    return in_any_region(lambda region: parse_handoff(tokens, region=region), region_for_language(lang))


def parse_args(argv: Sequence[str]) -> Options:
    """Parse ``argv`` (without the program name). Exits with status 2 on bad arguments."""
    parser = build_parser()
    options, handoff_tokens = split_handoff(argv)
    ns, rest = parser.parse_known_args(options)
    unknown = [a for a in rest if a.startswith("--")]
    if unknown:
        parser.error("unrecognized arguments: " + " ".join(unknown))
    try:
        handoff = parse_call(handoff_tokens, ns.lang)
    except HandoffError as exc:
        print(handoff_message(exc), file=sys.stderr)
        raise SystemExit(2) from None
    basedir: Path | None = None
    if ns.temp_basedir:
        basedir = Path(ns.temp_basedir).expanduser()
        if basedir.exists() and not basedir.is_dir():
            parser.error(f"--temp-basedir: not a directory: {ns.temp_basedir}")
    return Options(
        demo=ns.demo,
        temp_basedir=ns.temp_basedir is not None,
        smoke_test=ns.smoke_test,
        lang=ns.lang,
        debug=ns.debug,
        smoke_timeout=max(1.0, ns.smoke_timeout),
        qt_args=list(rest),
        basedir=basedir,
        handoff=handoff,
    )
