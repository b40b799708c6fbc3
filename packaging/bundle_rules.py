"""What goes into the PyInstaller bundle, and what is trimmed out of it.

Imported by ``packaging/contiple-desktop.spec`` (and by ``tests/packaging``), so the rules are
plain data plus small pure functions over PyInstaller TOC entries ``(dest_name, src_path, typecode)``.

Trimming happens in four steps, in this order (``trim()``):

1. ``DROP_GLOBS``: Qt plugins and files the app never loads (framebuffer/VNC/EGLFS platforms,
   evdev input, network-information and TLS plugins — HTTP is ``requests``; QtNetwork serves only
   the local socket of the single-instance hand-off —,
   exotic image formats, unused Wayland shells, Qt's software OpenGL on Windows …).
2. Qt's own translations: only ``qtbase_<lang>.qm`` for the languages the app ships (``ko``, ``ja``).
3. Linux, unless ``CONTIPLE_BUNDLE_SYSTEM_LIBS=1``: shared libraries that come from the
   distribution (``/usr/lib``, ``/lib`` …: GTK, X11/xcb, OpenSSL, GLib, fontconfig …) are left to
   the system; the ``.deb`` declares them in ``Depends:`` (``packaging/linux/deb_depends.py``
   computes the list from the bundle). ``libpython`` always stays (the bootloader loads it).
4. Shared libraries that nothing kept still needs (their only user was a dropped plugin) go too.

``CONTIPLE_NO_TRIM=1`` skips all of it (that is how the "before trimming" size is measured).
"""

from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

Entry = tuple[str, str, str]  # (dest name in the bundle, source path, PyInstaller typecode)

APP_LANGUAGES = ("ko", "ja")  # English is the source language: no Qt catalogue needed

# Hidden imports: keyring finds its backends through entry points at run time, and the demo
# workspace (the simulator) is imported lazily from app.py.
HIDDEN_IMPORTS = (
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "secretstorage",
    "jeepney",
    "jeepney.io.blocking",
    "contiple_desktop.sim",
)

# Python packages the bundle never needs (development tools, Tk, tests, unused Qt bindings).
EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "ensurepip",
    "venv", "distutils", "setuptools", "pip", "wheel", "pytest", "_pytest", "pytestqt", "hypothesis",
    "mypy", "ruff", "importlinter", "grimp",
    "PySide6.QtDBus", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtPrintSupport", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtXml", "PySide6.QtConcurrent", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtSvgWidgets",
)

_Q = "PySide6/Qt/plugins"
DROP_GLOBS = (
    # platforms: keep xcb, wayland, offscreen (Linux), cocoa (macOS), windows (+direct2d)
    f"{_Q}/platforms/*eglfs*", f"{_Q}/platforms/*linuxfb*", f"{_Q}/platforms/*minimal*",
    f"{_Q}/platforms/*vkkhrdisplay*", f"{_Q}/platforms/*vnc*",
    f"{_Q}/egldeviceintegrations/*",          # EGLFS only
    f"{_Q}/generic/*",                         # evdev/tuio input for framebuffer setups
    f"{_Q}/networkinformation/*", f"{_Q}/tls/*",  # QtNetwork only for QLocalSocket: no TLS, no reachability
    # imageformats: keep png (built in), jpeg, gif, ico, svg, webp (inline help-doc images)
    f"{_Q}/imageformats/*tga*", f"{_Q}/imageformats/*tiff*", f"{_Q}/imageformats/*wbmp*",
    f"{_Q}/imageformats/*icns*", f"{_Q}/imageformats/*pdf*",
    # Wayland: keep xdg-shell, the EGL/SHM client integrations and both decorations
    f"{_Q}/wayland-shell-integration/*fullscreen-shell*", f"{_Q}/wayland-shell-integration/*ivi-shell*",
    f"{_Q}/wayland-shell-integration/*wl-shell*", f"{_Q}/wayland-shell-integration/*qt-shell*",
    f"{_Q}/wayland-graphics-integration-client/*vulkan-server*",
    f"{_Q}/wayland-graphics-integration-client/*drm-egl-server*",
    f"{_Q}/wayland-graphics-integration-client/*dmabuf-server*",
    # Windows: Mesa software OpenGL (≈20 MB) is for QML/OpenGL apps; widgets draw without it
    "PySide6/opengl32sw.dll", "opengl32sw.dll",
)

SYSTEM_LIB_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def _norm(dest: str) -> str:
    return str(PurePosixPath(dest.replace("\\", "/")))


def dropped_by_glob(dest: str) -> bool:
    name = _norm(dest)
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in DROP_GLOBS)


def is_unshipped_qt_translation(dest: str) -> bool:
    """Qt's own .qm files other than ``qtbase_<lang>.qm`` for the languages the app ships."""
    name = _norm(dest)
    if not name.startswith("PySide6/Qt/translations/"):
        return False
    keep = {f"qtbase_{lang}.qm" for lang in APP_LANGUAGES}
    return PurePosixPath(name).name not in keep


def is_system_library(entry: Entry) -> bool:
    """A distribution shared library (left to the system on Linux; libpython always bundled)."""
    dest, src, typecode = entry
    if typecode != "BINARY" or not sys.platform.startswith("linux"):
        return False
    base = PurePosixPath(_norm(dest)).name
    if base.startswith("libpython"):
        return False
    real = os.path.realpath(src) if src else ""
    if "/python3" in real:  # the interpreter's own extension modules/stdlib
        return False
    return any(real.startswith(d) or src.startswith(d) for d in SYSTEM_LIB_DIRS)


def _is_plugin(dest: str) -> bool:
    return "/plugins/" in "/" + _norm(dest)


def prune_unreachable(binaries: list[Entry], imports: Callable[[str], Iterable[str]]) -> list[Entry]:
    """Drop shared libraries that no kept extension module, plugin or libpython still links to.

    ``imports(src)`` returns the (transitive, e.g. ``ldd``) names a binary links against.
    """
    roots = [e for e in binaries if e[2] == "EXTENSION" or _is_plugin(e[0])
             or PurePosixPath(_norm(e[0])).name.startswith(("libpython", "python3"))]
    needed: set[str] = set()
    for _dest, src, _type in roots:
        needed.update(PurePosixPath(n).name for n in imports(src))
    kept: list[Entry] = []
    for entry in binaries:
        base = PurePosixPath(_norm(entry[0])).name
        if entry in roots or entry[2] != "BINARY" or base in needed:
            kept.append(entry)
    return kept


def drop_dangling_symlinks(entries: list[Entry], others: list[Entry]) -> list[Entry]:
    """Remove ``SYMLINK`` entries whose target (relative to the link) is no longer in the bundle."""
    present = {_norm(e[0]) for e in (*entries, *others) if e[2] != "SYMLINK"}
    kept: list[Entry] = []
    for entry in entries:
        if entry[2] == "SYMLINK":
            dest, target = _norm(entry[0]), entry[1].replace("\\", "/")
            resolved = os.path.normpath(os.path.join(os.path.dirname(dest), target))
            if resolved not in present:
                continue
        kept.append(entry)
    return kept


def trim(
    binaries: list[Entry],
    datas: list[Entry],
    *,
    imports: Callable[[str], Iterable[str]] | None = None,
    environ: dict[str, str] | os._Environ[str] = os.environ,
) -> tuple[list[Entry], list[Entry], list[str]]:
    """Apply the rules; returns ``(binaries, datas, dropped dest names)``."""
    if environ.get("CONTIPLE_NO_TRIM") == "1":
        return list(binaries), list(datas), []
    system = environ.get("CONTIPLE_BUNDLE_SYSTEM_LIBS") != "1"

    def keep(entry: Entry) -> bool:
        dest = entry[0]
        if dropped_by_glob(dest) or is_unshipped_qt_translation(dest):
            return False
        return not (system and is_system_library(entry))

    new_bins = [e for e in binaries if keep(e)]
    new_datas = [e for e in datas if keep(e)]
    if imports is not None and sys.platform.startswith("linux"):
        new_bins = prune_unreachable(new_bins, imports)
    new_bins = drop_dangling_symlinks(new_bins, new_datas)
    new_datas = drop_dangling_symlinks(new_datas, new_bins)
    kept = {e[0] for e in new_bins} | {e[0] for e in new_datas}
    dropped = sorted({e[0] for e in (*binaries, *datas)} - kept)
    return new_bins, new_datas, dropped
