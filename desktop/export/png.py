"""A small PNG encoder for rendered exports: RGB, 8 bits, no interlace, with pHYs (so a 2× image prints at
its logical size) and text chunks. Qt converts the pixels to packed RGB and zlib compresses the rows (each led
by filter type 0): about twice as fast as Qt's own encoder on a 2× comparison (about 6 Mpixels), which keeps the
export within its time budget, and without numpy (the command line loads no array library to write a picture).
The bytes depend only on the pixels."""
from __future__ import annotations

import struct
import zlib

from PySide6.QtGui import QImage

LEVEL = 4  # zlib level: nearly the size of level 9, at a fraction of its time


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode(image: QImage, dots_per_metre: int, texts: dict[str, str] | None = None) -> bytes:
    img = image if image.format() == QImage.Format.Format_RGB32 else image.convertToFormat(QImage.Format.Format_RGB32)
    img = img.convertToFormat(QImage.Format.Format_RGB888)  # R G B per pixel, rows padded to 4 bytes
    w, h, stride = img.width(), img.height(), img.bytesPerLine()
    pixels = memoryview(img.constBits()).cast("B")
    squeeze = zlib.compressobj(LEVEL)
    parts = []
    for y in range(h):  # a few thousand rows: the per-row work is C (slicing, compressing)
        parts.append(squeeze.compress(b"\x00"))
        parts.append(squeeze.compress(pixels[y * stride: y * stride + w * 3]))
    parts.append(squeeze.flush())
    out = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)),
           _chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1))]
    for key, value in (texts or {}).items():
        out.append(_chunk(b"iTXt", key.encode("latin-1") + b"\x00\x00\x00\x00\x00" + value.encode("utf-8")))
    out.append(_chunk(b"IDAT", b"".join(parts)))
    out.append(_chunk(b"IEND", b""))
    return b"".join(out)
