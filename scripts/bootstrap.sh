#!/usr/bin/env bash
# Sets up everything Contiple Desktop needs on a Debian/Ubuntu machine, idempotently:
#   system packages (Qt runtime libraries, CJK fonts; with --test also Xvfb, D-Bus, gnome-keyring),
#   a virtualenv in .venv with the app installed in editable mode (plus test tools with --test).
# Usage: scripts/bootstrap.sh [--test] [--package]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

want_test=0; want_package=0
for a in "$@"; do
  case "$a" in
    --test) want_test=1 ;;
    --package) want_package=1 ;;
    *) echo "bootstrap: unknown option $a" >&2; exit 2 ;;
  esac
done

runtime_pkgs=(libegl1 libgl1 libfontconfig1 libfreetype6 libx11-6 libxkbcommon0 libglib2.0-0
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  fonts-noto-cjk)
test_pkgs=(xvfb xauth dbus dbus-x11 gnome-keyring desktop-file-utils appstream binutils)
package_pkgs=(binutils dpkg-dev desktop-file-utils appstream)

pkgs=("${runtime_pkgs[@]}")
[ "$want_test" = 1 ] && pkgs+=("${test_pkgs[@]}")
[ "$want_package" = 1 ] && pkgs+=("${package_pkgs[@]}")
python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import venv, ensurepip' >/dev/null 2>&1; then pkgs+=(python3-venv); fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bootstrap: installing system packages: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
      echo "bootstrap: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bootstrap: Python 3.11 or newer is required (found $("$python_bin" --version 2>&1))" >&2
  exit 1
fi

[ -x .venv/bin/python ] || "$python_bin" -m venv .venv
extras=()
[ "$want_test" = 1 ] && extras+=(test)
[ "$want_package" = 1 ] && extras+=(package)
spec="."
[ "${#extras[@]}" -gt 0 ] && spec=".[$(IFS=,; echo "${extras[*]}")]"
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-$(echo "$spec" | tr -c 'a-z' _)"
if [ ! -f "$stamp" ]; then
  echo "bootstrap: installing Python dependencies ($spec)"
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi

# Compiled translations (.qm) are build products: make them from the .ts sources.
if [ -f contiple_desktop/i18n/build.py ]; then
  .venv/bin/python -m contiple_desktop.i18n.build || echo "bootstrap: translations not compiled; the app will run in English" >&2
fi
