"""Start Contiple Desktop from a source checkout: ``python main.py [OPTIONS] [HANDOFF]``.

Same arguments as the installed ``contiple-desktop`` (see ``contiple_desktop.cli``), e.g.
``python main.py --temp-basedir DIR call --phone 010-1001-5007``. A launch that only hands a call
to the running instance ends before the GUI modules are even imported (well within a second).
"""

from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    from contiple_desktop.cli import parse_args
    from contiple_desktop.ui.shell.instance import forward_if_running, instance_scope

    options = parse_args(argv)  # a bad hand-off exits 2 here, before Qt starts
    forwarded = forward_if_running(instance_scope(options), options.handoff)
    if forwarded is not None:
        return forwarded

    from contiple_desktop.app import main
    from contiple_desktop.startup import exit_now

    exit_now(main(argv))


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
