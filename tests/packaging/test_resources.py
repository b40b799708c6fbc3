"""Installer resources: the icon in every size and format, the desktop entry, the AppStream metainfo.

Pure file checks (no Qt): PNG sizes from the IHDR chunk, the ``.ico`` directory, the ``.icns``
entries; the desktop entry and metainfo through the distribution's own validators when installed.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest

from contiple_desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / "io.contiple.Desktop.metainfo.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_renders_have_their_pixel_size_and_alpha(size: int) -> None:
    data = (ICONS / f"{APP_ID}-{size}.png").read_bytes()
    assert png_size(data) == (size, size)
    assert data[25] == 6  # colour type 6: RGBA (transparent corners)


def test_svg_source_is_square_and_parses() -> None:
    root = ET.parse(ICONS / f"{APP_ID}.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 512 512"


def test_ico_holds_16_to_256() -> None:
    data = (ICONS / f"{APP_ID}.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _colors, _res, planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        size = w or 256
        assert (w, planes, bpp) == (h, 1, 32)
        blob = data[offset : offset + length]
        assert len(blob) == length
        if blob[:8] == PNG_SIGNATURE:
            assert png_size(blob) == (size, size)
        else:  # BITMAPINFOHEADER: width, doubled height (XOR + AND mask)
            assert struct.unpack("<Iii", blob[:12]) == (40, size, size * 2)
        sizes.append(size)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_entries_are_pngs_of_the_right_size() -> None:
    data = (ICONS / f"{APP_ID}.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = {b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024,
                b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    found: dict[bytes, int] = {}
    pos = 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        found[kind] = png_size(data[pos + 8 : pos + length])[0]
        pos += length
    assert pos == len(data)
    assert found == expected


def read_desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_desktop_entry_matches_the_app() -> None:
    entry = read_desktop()["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == APP_ID == entry["Icon"] == entry["StartupWMClass"]
    assert entry["Terminal"] == "false"
    assert {"Name[ko]", "Name[ja]", "Comment[ko]", "Comment[ja]"} <= set(entry)


def test_desktop_entry_handles_the_call_links() -> None:
    entry = read_desktop()["Desktop Entry"]
    assert entry["Exec"] == f"{APP_ID} %u"  # the link (or nothing) is passed as the hand-off
    schemes = [m for m in entry["MimeType"].split(";") if m]
    assert schemes == ["x-scheme-handler/contiple-desktop", "x-scheme-handler/tel", "x-scheme-handler/callto"]
    assert entry["MimeType"].endswith(";")


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_names_the_desktop_entry_icon_and_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.contiple.Desktop"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("provides/binary") == APP_ID
    versions = [r.get("version") for r in root.iter("release")]
    assert metadata.version("contiple-desktop") in versions  # bump the <release> with the version
    date = root.find("releases/release")
    assert date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date.get("date") or "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
