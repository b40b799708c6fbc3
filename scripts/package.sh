#!/usr/bin/env bash
# Build the Linux installer: dist/contiple-desktop_<version>_<arch>.deb (`make package` runs this).
#   1. scripts/bootstrap.sh --package (PyInstaller, dpkg-dev, binutils, desktop-file-utils, appstream;
#      compiles the translations)
#   2. PyInstaller one-folder bundle from packaging/contiple-desktop.spec -> build/bundle/contiple-desktop
#   3. a package root: /opt/contiple-desktop, /usr/bin/contiple-desktop, desktop entry, hicolor icons,
#      AppStream metainfo, DEBIAN/control (Version from the package metadata, Depends computed from
#      the bundle by packaging/linux/deb_depends.py)
#   4. dpkg-deb --build --root-owner-group
# Environment: SKIP_BOOTSTRAP=1 (tools already there), CONTIPLE_NO_TRIM=1 (measure the untrimmed bundle).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
umask 022
export PATH="$PATH:/usr/sbin:/sbin"  # ldconfig, for non-root users

say() { echo "package: $*"; }
die() { echo "package: ERROR: $*" >&2; exit 1; }

[ "${SKIP_BOOTSTRAP:-0}" = 1 ] || scripts/bootstrap.sh --package
py="$here/.venv/bin/python"
for tool in dpkg-deb objdump ldconfig dpkg desktop-file-validate; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool not found (scripts/bootstrap.sh --package installs it)"
done
[ -x .venv/bin/pyinstaller ] || die "PyInstaller missing in .venv (scripts/bootstrap.sh --package)"
ls resources/i18n/*.qm >/dev/null 2>&1 || die "no compiled translations in resources/i18n"

# PyInstaller embeds the interpreter as a shared library. Debian's python3.11 is linked statically;
# its libpython3.11.so.1.0 comes from the separate package libpython3.11.
pyver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
libdir="$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("LIBDIR") or "")')"
if [ ! -e "$libdir/libpython$pyver.so.1.0" ] && ! ldconfig -p | grep -q "libpython$pyver.so.1.0 "; then
  say "libpython$pyver.so.1.0 missing: installing libpython$pyver"
  sudo_cmd=()
  [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "libpython$pyver" >/dev/null \
    || die "PyInstaller needs libpython$pyver.so.1.0 (apt-get install libpython$pyver)"
fi

app=contiple-desktop
appstream_id=io.contiple.Desktop
version="$("$py" -c 'import importlib.metadata as m; print(m.version("contiple-desktop"))')"
arch="$(dpkg --print-architecture)"
bundle_root="build/bundle"
bundle="$bundle_root/$app"
pkgroot="build/deb/${app}_${version}_${arch}"
deb="dist/${app}_${version}_${arch}.deb"
say "version $version ($arch)"

# -- 1. bundle ----------------------------------------------------------------------------------
rm -rf "$bundle_root" build/pyinstaller
t0=$(date +%s)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$bundle_root" --workpath build/pyinstaller packaging/contiple-desktop.spec
t1=$(date +%s)
[ -x "$bundle/$app" ] || die "PyInstaller produced no $bundle/$app"
bundle_mb="$(du -sm "$bundle" | cut -f1)"
say "bundle built in $((t1 - t0)) s: $bundle (${bundle_mb} MB)"
got="$("$bundle/$app" --version)" || die "the bundle does not start: $bundle/$app --version failed"
[ "$got" = "Contiple Desktop $version" ] || die "bundle reports '$got', expected 'Contiple Desktop $version'"

# -- 2. package root ----------------------------------------------------------------------------
rm -rf "$pkgroot"
mkdir -p "$pkgroot/DEBIAN" "$pkgroot/opt" "$pkgroot/usr/bin" "$pkgroot/usr/share/applications" \
  "$pkgroot/usr/share/metainfo" "$pkgroot/usr/share/doc/$app" "$pkgroot/usr/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$pkgroot/opt/$app"
ln -s "/opt/$app/$app" "$pkgroot/usr/bin/$app"
install -m 0644 "resources/linux/$app.desktop" "$pkgroot/usr/share/applications/$app.desktop"
install -m 0644 "resources/linux/$appstream_id.metainfo.xml" "$pkgroot/usr/share/metainfo/$appstream_id.metainfo.xml"
install -m 0644 "resources/icons/$app.svg" "$pkgroot/usr/share/icons/hicolor/scalable/apps/$app.svg"
for size in 16 24 32 48 64 128 256 512; do
  dir="$pkgroot/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  install -m 0644 "resources/icons/$app-$size.png" "$dir/$app.png"
done
cat > "$pkgroot/usr/share/doc/$app/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Contiple Desktop
Comment: The bundle in /opt/$app carries Python, Qt (PySide6, LGPL-3.0) and the Python
 packages listed in /opt/$app/_internal/*.dist-info, each under its own license.

Files: *
Copyright: Contiple Desktop developers
License: proprietary
EOF
chmod -R u+rwX,go+rX,go-w "$pkgroot"

depends="$(python3 packaging/linux/deb_depends.py "$pkgroot/opt/$app")" || die "could not compute Depends"
installed_kb="$(du -sk --exclude=DEBIAN "$pkgroot" | cut -f1)"
cat > "$pkgroot/DEBIAN/control" <<EOF
Package: $app
Version: $version
Architecture: $arch
Maintainer: Contiple Desktop developers <contiple-desktop@localhost>
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: $depends
Recommends: gnome-keyring | keepassxc | kwalletmanager, default-dbus-session-bus | dbus-session-bus, fonts-noto-cjk
Homepage: https://www.nhncloud.com/kr/service/application-service/contiple
Description: Help desk workstation for services on NHN Cloud Contiple
 Contiple Desktop lets help-desk agents search the Help Center (FAQ and
 notices), file tickets on a caller's behalf and look up the caller's ticket
 history, over the Contiple Open API. The service API key is kept only in the
 system keyring (Secret Service: GNOME Keyring, KeePassXC or KDE Wallet).
 .
 Installed in /opt/$app; start it with "$app" (or "$app --demo" for the
 demo workspace that needs no account).
EOF

# -- 3. checks, build ---------------------------------------------------------------------------
desktop-file-validate "$pkgroot/usr/share/applications/$app.desktop" || die "desktop entry does not validate"
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net --explain "$pkgroot/usr/share/metainfo/$appstream_id.metainfo.xml" >/dev/null \
    || die "AppStream metainfo does not validate (appstreamcli validate --no-net)"
fi
mkdir -p dist
rm -f "$deb"
t2=$(date +%s)
dpkg-deb --build --root-owner-group "$pkgroot" "$deb" >/dev/null
t3=$(date +%s)
dpkg-deb --info "$deb" >/dev/null || die "$deb is not a valid package"
deb_mb="$(du -m "$deb" | cut -f1)"
say "Depends: $depends"
say "built $deb (${deb_mb} MB; installed ${installed_kb} KB) — bundle $((t1 - t0)) s, dpkg-deb $((t3 - t2)) s"
echo "$deb"
