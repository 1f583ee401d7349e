"""Render the app icon (resources/icons/chiplens.svg) to the PNG, ICO and ICNS files the builds use.

    python packaging/make_icons.py

Writes resources/icons/chiplens-{16,22,24,32,48,64,128,256,512}.png (the window icon and the
hicolor theme sizes), chiplens.ico (Windows: 16-256 px) and chiplens.icns (macOS: 16-1024 px).
The ICO and ICNS containers are written here (PNG-compressed entries, which both formats
allow), so the script needs only QtSvg, not any image-format plugin.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SVG = ICONS / "chiplens.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (ic11-ic14 are the @2x variants)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buf, "PNG"):
        raise RuntimeError(f"could not encode a {size}px PNG")
    buf.close()
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICO file: header, one directory entry per size, then the PNG data (Vista+ format)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    head = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(head) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return head + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[px])) + pngs[px] for kind, px in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QImage/QPainter need it)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {s: render_png(renderer, s) for s in sorted(set(PNG_SIZES) | set(ICO_SIZES) | {1024})}
    for s in PNG_SIZES:
        (ICONS / f"chiplens-{s}.png").write_bytes(pngs[s])
    (ICONS / "chiplens.ico").write_bytes(ico(pngs))
    (ICONS / "chiplens.icns").write_bytes(icns(pngs))
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs, chiplens.ico and chiplens.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
