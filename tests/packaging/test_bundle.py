"""The PyInstaller spec and its trimming rules, the build scripts, and the Depends computation.

Fast: nothing is built here (CI's ``scripts/package_smoke.sh`` builds, installs and runs the .deb).
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "contiple-desktop.spec"
IMAGEFORMATS = "PySide6/Qt/plugins/imageformats"
REQUIRED_HIDDEN = {
    "keyring.backends.SecretService", "keyring.backends.kwallet", "keyring.backends.Windows",
    "keyring.backends.macOS", "secretstorage", "jeepney", "contiple_desktop.sim",
}


def load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rules() -> ModuleType:
    return load(PACKAGING / "bundle_rules.py", "contiple_bundle_rules")


@pytest.fixture(scope="module")
def deb_depends() -> ModuleType:
    return load(PACKAGING / "linux" / "deb_depends.py", "contiple_deb_depends")


def test_spec_parses_and_builds_the_expected_targets() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = {n.func.id for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    text = SPEC.read_text(encoding="utf-8")
    assert 'version("contiple-desktop")' in text and "bundle_rules.trim(" in text
    assert '"resources/i18n"' in text and '"resources/icons"' in text and '"resources/linux"' in text


def test_hidden_imports_cover_keyring_backends_and_the_demo(rules: ModuleType) -> None:
    assert REQUIRED_HIDDEN <= set(rules.HIDDEN_IMPORTS)
    for name in rules.HIDDEN_IMPORTS:
        assert importlib.util.find_spec(name) is not None, name
    assert not set(rules.EXCLUDES) & set(rules.HIDDEN_IMPORTS)
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"}
    assert used.isdisjoint(rules.EXCLUDES)


@pytest.mark.parametrize(
    ("dest", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        *[(f"{IMAGEFORMATS}/libq{f}.so", False) for f in ("jpeg", "gif", "ico", "svg", "webp")],
        *[(f"{IMAGEFORMATS}/libq{f}.so", True) for f in ("tga", "tiff", "wbmp", "icns")],
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", True),
        ("PySide6/opengl32sw.dll", True),
    ],
)
def test_drop_globs(rules: ModuleType, dest: str, dropped: bool) -> None:
    assert rules.dropped_by_glob(dest) is dropped


def test_only_the_shipped_qt_translations_stay(rules: ModuleType) -> None:
    keep = [f"PySide6/Qt/translations/qtbase_{lang}.qm" for lang in ("ko", "ja")]
    drop = ["PySide6/Qt/translations/qtbase_de.qm", "PySide6/Qt/translations/qt_ko.qm",
            "PySide6/Qt/translations/qtdeclarative_ja.qm"]
    assert [rules.is_unshipped_qt_translation(d) for d in keep] == [False, False]
    assert all(rules.is_unshipped_qt_translation(d) for d in drop)
    assert not rules.is_unshipped_qt_translation("resources/i18n/contiple_desktop_ko.qm")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="system libraries are a Linux rule")
def test_system_libraries_are_left_to_the_distribution(rules: ModuleType) -> None:
    assert rules.is_system_library(("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"))
    assert rules.is_system_library(("libgtk-3.so.0", "/lib/x86_64-linux-gnu/libgtk-3.so.0", "BINARY"))
    assert not rules.is_system_library(
        ("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", "BINARY"))
    assert not rules.is_system_library(
        ("python3.11/lib-dynload/_ssl.so", "/usr/lib/python3.11/lib-dynload/_ssl.so", "EXTENSION"))
    assert not rules.is_system_library(
        ("PySide6/Qt/lib/libQt6Core.so.6", "/venv/site-packages/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pruning runs on Linux")
def test_trim_prunes_orphans_and_dangling_symlinks(rules: ModuleType) -> None:
    q = "PySide6/Qt"
    binaries = [
        ("PySide6/QtCore.abi3.so", "/v/QtCore.abi3.so", "EXTENSION"),
        (f"{q}/lib/libQt6Core.so.6", "/v/libQt6Core.so.6", "BINARY"),
        (f"{q}/lib/libQt6EglFSDeviceIntegration.so.6", "/v/libQt6EglFS.so.6", "BINARY"),
        (f"{q}/plugins/platforms/libqeglfs.so", "/v/libqeglfs.so", "BINARY"),
        (f"{q}/plugins/platforms/libqxcb.so", "/v/libqxcb.so", "BINARY"),
        ("libQt6EglFSDeviceIntegration.so.6", f"{q}/lib/libQt6EglFSDeviceIntegration.so.6", "SYMLINK"),
        ("libQt6Core.so.6", f"{q}/lib/libQt6Core.so.6", "SYMLINK"),
        ("libX11.so.6", "/usr/lib/x86_64-linux-gnu/libX11.so.6", "BINARY"),
    ]
    datas = [(f"{q}/translations/qtbase_de.qm", "/v/qtbase_de.qm", "DATA"),
             (f"{q}/translations/qtbase_ko.qm", "/v/qtbase_ko.qm", "DATA")]
    links = {"/v/QtCore.abi3.so": ["libQt6Core.so.6"], "/v/libqxcb.so": ["libQt6Core.so.6", "libX11.so.6"],
             "/v/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"]}
    bins, kept_datas, dropped = rules.trim(
        binaries, datas, imports=lambda src: links.get(src, []), environ={}
    )
    assert [b[0] for b in bins] == [
        "PySide6/QtCore.abi3.so", f"{q}/lib/libQt6Core.so.6", f"{q}/plugins/platforms/libqxcb.so",
        "libQt6Core.so.6"]
    assert [d[0] for d in kept_datas] == [f"{q}/translations/qtbase_ko.qm"]
    assert "libX11.so.6" in dropped and f"{q}/lib/libQt6EglFSDeviceIntegration.so.6" in dropped
    untrimmed = rules.trim(binaries, datas, imports=lambda src: [], environ={"CONTIPLE_NO_TRIM": "1"})
    assert untrimmed == (binaries, datas, [])


SCRIPTS = ["scripts/package.sh", "scripts/package_smoke.sh", "packaging/macos/build_app.sh"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_scripts_are_executable_bash(script: str) -> None:
    path = ROOT / script
    assert path.stat().st_mode & 0o111, f"{script} is not executable"
    assert path.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    result = subprocess.run(["bash", "-n", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "set -euo pipefail" in path.read_text(encoding="utf-8")


def test_package_script_lays_out_the_deb_as_documented() -> None:
    text = (ROOT / "scripts" / "package.sh").read_text(encoding="utf-8")
    for needle in ("/opt/$app", '"$pkgroot/usr/bin/$app"', "usr/share/applications/$app.desktop",
                   "usr/share/icons/hicolor/${size}x${size}/apps", "hicolor/scalable/apps",
                   "usr/share/metainfo/$appstream_id.metainfo.xml", "dpkg-deb --build --root-owner-group",
                   "Version: $version", "Depends: $depends", "Recommends: gnome-keyring"):
        assert needle in text, needle


def test_qtnetwork_stays_for_the_single_instance_socket(rules: ModuleType) -> None:
    assert "PySide6.QtNetwork" not in rules.EXCLUDES  # QLocalServer / QLocalSocket
    assert rules.dropped_by_glob("PySide6/Qt/plugins/tls/libqopensslbackend.so")  # but no TLS plugins


def test_inno_setup_registers_the_call_protocols_per_user() -> None:
    text = (PACKAGING / "windows" / "contiple-desktop.iss").read_text(encoding="utf-8")
    assert "[Registry]" in text and "Root: HKLM" not in text and "Root: HKCR" not in text
    for scheme in ("contiple-desktop", "tel", "callto"):
        assert f'Subkey: "Software\\Classes\\{scheme}"; ValueType: string; ValueName: "URL Protocol"' in text
        assert f'Subkey: "Software\\Classes\\{scheme}\\shell\\open\\command"' in text
        assert f'ValueName: "{scheme}"; ValueData: "ContipleDesktop.PhoneLink"' in text
    assert '"""{app}\\{#AppExe}"" ""%1"""' in text  # the link is the one argument
    assert "RegisteredApplications" in text and "uninsdeletekey" in text


def test_macos_bundle_declares_the_url_schemes() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    bundle = next(n for n in calls if getattr(n.func, "id", "") == "BUNDLE")
    plist = next(kw.value for kw in bundle.keywords if kw.arg == "info_plist")
    assert isinstance(plist, ast.Dict)
    url_types = next(v for k, v in zip(plist.keys, plist.values, strict=True)
                     if isinstance(k, ast.Constant) and k.value == "CFBundleURLTypes")
    schemes = [s for entry in ast.literal_eval(url_types) for s in entry["CFBundleURLSchemes"]]
    assert schemes == ["contiple-desktop", "tel", "callto"]


def test_inno_setup_script_is_per_user_and_versioned() -> None:
    text = (PACKAGING / "windows" / "contiple-desktop.iss").read_text(encoding="utf-8")
    for needle in ("PrivilegesRequired=lowest", r"{localappdata}\Programs\Contiple Desktop",
                   "#ifndef AppVersion", "AppVersion={#AppVersion}", "SetupIconFile=",
                   "[Icons]", "desktopicon", "UninstallDisplayIcon="):
        assert needle in text, needle


@pytest.mark.skipif(shutil.which("objdump") is None or shutil.which("dpkg") is None,
                    reason="needs binutils and dpkg")
def test_deb_depends_maps_needed_libraries_to_packages(tmp_path: Path, deb_depends: ModuleType) -> None:
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    shutil.copy2(shutil.which("ls") or "/bin/ls", bundle / "tool")
    (bundle / "notes.txt").write_text("not an ELF file")
    assert [p.name for p in deb_depends.elf_files(bundle)] == ["tool"]
    assert "libc.so.6" in deb_depends.needed(bundle / "tool")
    packages = deb_depends.depends(bundle)
    assert set(deb_depends.BASE_DEPENDS) <= set(packages) and packages == sorted(packages)
    assert "libc6" in packages
