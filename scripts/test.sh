#!/usr/bin/env bash
# README command 2: set everything up, then run the whole test suite:
#   ruff, mypy, import-linter contracts, then pytest offscreen inside a private D-Bus session
#   with a real, unlocked gnome-keyring (the keyring tests use the real Secret Service),
#   then the GUI tests again on a real X server (Xvfb).
# Extra arguments go to pytest (e.g. scripts/test.sh -k signing).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
"$here/scripts/bootstrap.sh" --test
py="$here/.venv/bin/python"
bin="$here/.venv/bin"

echo "== ruff";          "$bin/ruff" check contiple_desktop tests main.py
echo "== mypy";          "$bin/mypy"
echo "== import-linter"; "$bin/lint-imports"

echo "== pytest (offscreen, real Secret Service keyring)"
export PYTHONDONTWRITEBYTECODE=1
# The keyring tests must run against the real Secret Service here: fail, never skip, if it is missing.
export CONTIPLE_REQUIRE_KEYRING=1
run_in_keyring_session() {
  # D-Bus without DISPLAY, or an unlock prompt can hang. 'echo ""' (a newline) unlocks the
  # login keyring with an empty password; zero bytes would leave no keyring.
  env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS dbus-run-session -- sh -c \
    'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
}
QT_QPA_PLATFORM=offscreen run_in_keyring_session "$py" -m pytest "$@"

if [ "$#" -eq 0 ]; then
  echo "== pytest (GUI tests on Xvfb)"
  QT_QPA_PLATFORM=xcb run_in_keyring_session xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$py" -m pytest -q -m "not keyring" tests/ui -p no:randomly
fi
