#!/usr/bin/env bash
# README command 1: set everything up, then start Contiple Desktop.
# With no account configured the app opens the demo workspace on the embedded simulator.
# Extra arguments go to the app (e.g. --lang ko, --debug, --temp-basedir).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/scripts/bootstrap.sh"
exec "$here/.venv/bin/python" "$here/main.py" "$@"
