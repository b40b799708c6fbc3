#!/usr/bin/env bash
# Installer smoke test (CI runs it after the test suite; run as root or with sudo; Debian/Ubuntu):
#   build the .deb (scripts/package.sh), `apt-get install ./dist/….deb` (apt pulls the Depends),
#   check the installed files, check every bundled library resolves (ldd), start the *installed*
#   app with --demo --smoke-test offscreen inside a private D-Bus session with an unlocked
#   gnome-keyring (and again on Xvfb when xvfb-run exists), assert it reached the demo service and
#   that its API-key store is the OS keyring (Secret Service), then `apt-get remove` and check
#   that /opt/contiple-desktop is gone. Any problem: a message starting "package-smoke: FAIL" and exit 1.
# Environment: SKIP_BUILD=1 reuses dist/contiple-desktop_<version>_<arch>.deb.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

app=contiple-desktop
start=$(date +%s)
say() { echo "package-smoke: $*"; }
fail() { echo "package-smoke: FAIL: $*" >&2; exit 1; }

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || fail "must run as root (or with sudo): it installs a .deb"
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive

scripts/bootstrap.sh --test --package
version="$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("contiple-desktop"))')"
deb="dist/${app}_${version}_$(dpkg --print-architecture).deb"
if [ "${SKIP_BUILD:-0}" = 1 ] && [ -f "$deb" ]; then
  say "reusing $deb"
else
  SKIP_BOOTSTRAP=1 scripts/package.sh || fail "scripts/package.sh failed"
fi
[ -f "$deb" ] || fail "$deb was not built"
built=$(date +%s)

work="$(mktemp -d /tmp/contiple-pkg-smoke.XXXXXX)"
installed_by_us=0
cleanup() {
  local rc=$?
  if [ "$installed_by_us" = 1 ] && [ "$rc" != 0 ]; then
    "${sudo_cmd[@]}" apt-get remove -y -qq "$app" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT

# -- install -------------------------------------------------------------------------------------
if dpkg-query -W -f='${Status}' "$app" 2>/dev/null | grep -q "install ok installed"; then
  say "removing a previously installed $app"
  "${sudo_cmd[@]}" apt-get remove -y -qq "$app" >/dev/null
fi
say "apt-get install ./$deb"
"${sudo_cmd[@]}" apt-get install -y -q "./$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get install failed"; }
installed_by_us=1
dpkg-query -W -f='${Status} ${Version}' "$app" | grep -q "install ok installed $version" \
  || fail "dpkg does not list $app $version as installed"
for f in /usr/bin/$app /opt/$app/$app /usr/share/applications/$app.desktop \
         /usr/share/metainfo/io.contiple.Desktop.metainfo.xml /usr/share/icons/hicolor/scalable/apps/$app.svg \
         /usr/share/icons/hicolor/48x48/apps/$app.png /usr/share/icons/hicolor/512x512/apps/$app.png \
         /opt/$app/_internal/resources/i18n/contiple_desktop_ko.qm; do
  [ -e "$f" ] || fail "installed package lacks $f"
done
[ "$(command -v $app)" = /usr/bin/$app ] || fail "$app is not on PATH as /usr/bin/$app"

# Every ELF in the installed copy must resolve its libraries (the plugins are not all loaded
# by an offscreen run: xcb, wayland, gtk3 theme, image formats ...).
missing=""
while IFS= read -r -d '' f; do
  if head -c4 "$f" | grep -q "ELF"; then
    nf="$(ldd "$f" 2>/dev/null | grep "not found" || true)"
    [ -z "$nf" ] || missing+="${f}: ${nf//$'\n'/ }"$'\n'
  fi
done < <(find /opt/$app -type f \( -name "*.so*" -o -name "$app" \) -print0)
[ -z "$missing" ] || fail "unresolved libraries in the installed copy:"$'\n'"$missing"

# -- run the installed app -------------------------------------------------------------------------
run_installed() {  # $1 = log name; rest = command prefix (e.g. xvfb-run ...); runs in a clean env
  local name="$1"; shift
  (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 "$@" \
    timeout 120 dbus-run-session -- sh -c \
      'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh \
      /usr/bin/$app --demo --smoke-test --temp-basedir) >"$work/$name.out" 2>"$work/$name.err"
}
check_run() {  # $1 = log name, $2 = exit status
  local name="$1" rc="$2" out="$work/$1.out" err="$work/$1.err"
  show() { echo "--- stdout ($name)"; cat "$out"; echo "--- stderr ($name)"; tail -n 40 "$err"; } >&2
  [ "$rc" = 0 ] || { show; fail "installed app exited with $rc ($name)"; }
  grep -q "^smoke-test OK: service 'ContipleDemo'" "$out" || { show; fail "no 'smoke-test OK' line ($name)"; }
  grep -q "^CONTIPLE_DESKTOP_WINDOW_EXPOSED " "$out" || { show; fail "the main window was never exposed ($name)"; }
  # The API key path: the bundled keyring library must find the Secret Service (gnome-keyring).
  grep -q "^smoke-test keyring: GNOME Keyring (Secret Service) (available)$" "$out" \
    || { show; fail "the installed copy does not reach the OS keyring ($name)"; }
  if grep -qE "Traceback|ModuleNotFoundError|Cannot load library|Could not load the Qt platform plugin" "$err"; then
    show; fail "errors on stderr ($name)"
  fi
  say "$name: $(grep '^smoke-test keyring' "$out")"
  say "$name: $(grep '^smoke-test OK' "$out")"
}
mkdir -p "$work/home"
rc=0; run_installed offscreen QT_QPA_PLATFORM=offscreen || rc=$?
check_run offscreen "$rc"
if command -v xvfb-run >/dev/null 2>&1; then
  rc=0; run_installed xcb QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" || rc=$?
  check_run xcb "$rc"
fi

# -- uninstall ---------------------------------------------------------------------------------------
"${sudo_cmd[@]}" apt-get remove -y -qq "$app" >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "apt-get remove failed"; }
installed_by_us=0
[ ! -e /opt/$app ] || fail "/opt/$app still exists after apt-get remove"
[ ! -e /usr/bin/$app ] || fail "/usr/bin/$app still exists after apt-get remove"
[ ! -e /usr/share/applications/$app.desktop ] || fail "the desktop entry survived apt-get remove"
if dpkg-query -W -f='${Status}' "$app" 2>/dev/null | grep -q "install ok installed"; then
  fail "dpkg still lists $app as installed"
fi
end=$(date +%s)
say "OK: $deb ($(du -m "$deb" | cut -f1) MB) built in $((built - start)) s; install, run, remove in $((end - built)) s"
