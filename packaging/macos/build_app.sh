#!/usr/bin/env bash
# macOS: build "Contiple Desktop.app" and a .dmg; sign and notarize when credentials are given.
#   packaging/macos/build_app.sh            (from anywhere; needs Xcode command-line tools)
# Steps: venv with the [package] extra -> compiled translations -> PyInstaller (the spec's BUNDLE
# section: windowed .app, Info.plist keys, .icns) -> optional codesign (hardened runtime) ->
# hdiutil .dmg -> optional notarization + stapling.
# Environment:
#   MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Example Corp (TEAMID)"; unset = unsigned
#   MACOS_NOTARY_PROFILE  a keychain profile made once with
#                         `xcrun notarytool store-credentials <name> --apple-id … --team-id … --password …`;
#                         unset = not notarized (needs MACOS_SIGN_IDENTITY as well)
#   PYTHON                interpreter for the venv (default python3; 3.11 or newer)
# Output: dist/ContipleDesktop-<version>.dmg (and build/bundle/Contiple Desktop.app).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
[ "$(uname -s)" = Darwin ] || { echo "build_app.sh: run this on macOS" >&2; exit 1; }

python_bin="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python_bin" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[package]"
.venv/bin/python -m contiple_desktop.i18n.build
version="$(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("contiple-desktop"))')"

app_name="Contiple Desktop"
app="build/bundle/$app_name.app"
dmg="dist/ContipleDesktop-$version.dmg"
rm -rf build/bundle build/pyinstaller
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath build/bundle --workpath build/pyinstaller packaging/contiple-desktop.spec
[ -d "$app" ] || { echo "build_app.sh: PyInstaller produced no $app" >&2; exit 1; }
"$app/Contents/MacOS/contiple-desktop" --version

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "build_app.sh: signing with $MACOS_SIGN_IDENTITY"
  codesign --deep --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
else
  echo "build_app.sh: MACOS_SIGN_IDENTITY unset: the app is not signed (Gatekeeper will warn)"
fi

mkdir -p dist
rm -f "$dmg"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "$app_name $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
[ -z "${MACOS_SIGN_IDENTITY:-}" ] || codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"

if [ -n "${MACOS_NOTARY_PROFILE:-}" ] && [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  echo "build_app.sh: notarizing with keychain profile $MACOS_NOTARY_PROFILE"
  xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
else
  echo "build_app.sh: MACOS_NOTARY_PROFILE (and a signing identity) unset: not notarized"
fi
echo "build_app.sh: $dmg ($(du -h "$dmg" | cut -f1))"
