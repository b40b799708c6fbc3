"""Render the application icon from its SVG source into every format the installers need.

Run from the repository root after editing ``resources/icons/contiple-desktop.svg``::

    .venv/bin/python packaging/render_icons.py

Writes, next to the SVG:

* ``contiple-desktop-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (hicolor theme, window icon);
* ``contiple-desktop.ico`` — Windows, multi-size: 16…128 as 32-bit BMP entries, 256 as a PNG entry
  (the layout the Windows shell and Inno Setup's ``SetupIconFile`` read);
* ``contiple-desktop.icns`` — macOS, written by hand: the ``icns`` header followed by PNG entries
  ``ic07`` (128), ``ic08`` (256), ``ic09`` (512), ``ic10`` (1024, i.e. 512@2x) and the Retina
  ``ic11``…``ic14`` (16@2x … 256@2x).

The renders are committed, so building a package never needs this script; it only needs PySide6 (QtSvg).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICON_DIR = ROOT / "resources" / "icons"
SVG = ICON_DIR / "contiple-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_ENTRIES = (
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """Draw the SVG into a transparent ``size`` x ``size`` straight-alpha ARGB32 image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    """Encode ``image`` as PNG in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def bmp_icon_entry(image: QImage) -> bytes:
    """An ICO image entry as a DIB: BITMAPINFOHEADER, bottom-up BGRA rows, then the 1-bit AND mask."""
    w, h = image.width(), image.height()
    raw = bytes(image.constBits())  # ARGB32 on little-endian memory = B, G, R, A per pixel
    stride = image.bytesPerLine()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, w * h * 4, 0, 0, 0, 0)
    rows = b"".join(raw[y * stride : y * stride + w * 4] for y in range(h - 1, -1, -1))
    mask_stride = ((w + 31) // 32) * 4
    mask = bytearray()
    for y in range(h - 1, -1, -1):
        row = bytearray(mask_stride)
        for x in range(w):
            if raw[y * stride + x * 4 + 3] == 0:  # fully transparent -> masked out
                row[x // 8] |= 0x80 >> (x % 8)
        mask += row
    return header + rows + bytes(mask)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A multi-size ``.ico``: ICONDIR, one ICONDIRENTRY per size, then the entries."""
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= 256 else bmp_icon_entry(images[s]) for s in sizes]
    out = bytearray(struct.pack("<HHH", 0, 1, len(sizes)))
    offset = 6 + 16 * len(sizes)
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    for blob in blobs:
        out += blob
    return bytes(out)


def icns_bytes(entries: list[tuple[bytes, bytes]]) -> bytes:
    """An ``.icns`` file: b'icns' + big-endian total length, then (type, length incl. header, data)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    cache: dict[int, QImage] = {}

    def image(size: int) -> QImage:
        if size not in cache:
            cache[size] = render(renderer, size)
        return cache[size]

    for size in PNG_SIZES:
        path = ICON_DIR / f"contiple-desktop-{size}.png"
        path.write_bytes(png_bytes(image(size)))
        print(f"wrote {path.relative_to(ROOT)}")
    ico = ICON_DIR / "contiple-desktop.ico"
    ico.write_bytes(ico_bytes({s: image(s) for s in ICO_SIZES}))
    print(f"wrote {ico.relative_to(ROOT)}")
    icns = ICON_DIR / "contiple-desktop.icns"
    icns.write_bytes(icns_bytes([(kind, png_bytes(image(size))) for kind, size in ICNS_ENTRIES]))
    print(f"wrote {icns.relative_to(ROOT)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
