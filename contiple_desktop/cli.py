"""Command-line arguments: ``--demo --temp-basedir --smoke-test --lang --debug --version``.

``parse_args`` returns a frozen ``Options``; nothing else in the app reads ``sys.argv``. Qt's own
arguments (``-platform``, ``-style`` …) are passed through to QApplication untouched.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field

from contiple_desktop import APP_NAME, __version__

LANGUAGES = ("ko", "en", "ja")
SMOKE_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class Options:
    """Parsed command line. ``qt_args`` are the leftovers handed to QApplication."""

    demo: bool = False
    temp_basedir: bool = False
    smoke_test: bool = False
    lang: str | None = None
    debug: bool = False
    smoke_timeout: float = SMOKE_TIMEOUT_S
    qt_args: list[str] = field(default_factory=list)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contiple-desktop",
        description=f"{APP_NAME}: Help Center, tickets on behalf of callers and customer history "
        "for help-desk agents on NHN Cloud Contiple.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo workspace on an embedded, simulated Contiple service (nothing is sent anywhere)",
    )
    parser.add_argument(
        "--temp-basedir",
        action="store_true",
        help="keep settings, drafts and logs in a throw-away directory (your real settings are untouched)",
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


def parse_args(argv: Sequence[str]) -> Options:
    """Parse ``argv`` (without the program name). Exits with status 2 on bad arguments."""
    parser = build_parser()
    ns, rest = parser.parse_known_args(list(argv))
    unknown = [a for a in rest if a.startswith("--")]
    if unknown:
        parser.error("unrecognized arguments: " + " ".join(unknown))
    return Options(
        demo=ns.demo,
        temp_basedir=ns.temp_basedir,
        smoke_test=ns.smoke_test,
        lang=ns.lang,
        debug=ns.debug,
        smoke_timeout=max(1.0, ns.smoke_timeout),
        qt_args=list(rest),
    )
