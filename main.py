"""Start Contiple Desktop from a source checkout: ``python main.py [--demo] [...]``."""

from __future__ import annotations

import sys

from contiple_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
