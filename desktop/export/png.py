"""A small PNG encoder for rendered exports: RGB, 8 bits, no interlace, with pHYs (so a 2× image prints at
its logical size) and text chunks. numpy + zlib is about twice as fast as Qt's encoder on a 2× comparison
(about 6 Mpixels), which keeps the export within its time budget; the bytes depend only on the pixels."""
from __future__ import annotations

import struct
import zlib

import numpy as np
from PySide6.QtGui import QImage

LEVEL = 4  # zlib level: nearly the size of level 9, at a fraction of its time


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode(image: QImage, dots_per_metre: int, texts: dict[str, str] | None = None) -> bytes:
    img = image if image.format() == QImage.Format.Format_RGB32 else image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = img.width(), img.height()
    bgra = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.sizeInBytes()).reshape(h, img.bytesPerLine())
    bgra = bgra[:, : w * 4].reshape(h, w, 4)
    rows = np.zeros((h, w * 3 + 1), dtype=np.uint8)  # each row: filter type 0, then R G B ...
    rgb = rows[:, 1:].reshape(h, w, 3)
    rgb[..., 0] = bgra[..., 2]
    rgb[..., 1] = bgra[..., 1]
    rgb[..., 2] = bgra[..., 0]
    out = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)),
           _chunk(b"pHYs", struct.pack(">IIB", dots_per_metre, dots_per_metre, 1))]
    for key, value in (texts or {}).items():
        out.append(_chunk(b"iTXt", key.encode("latin-1") + b"\x00\x00\x00\x00\x00" + value.encode("utf-8")))
    out.append(_chunk(b"IDAT", zlib.compress(rows.tobytes(), LEVEL)))
    out.append(_chunk(b"IEND", b""))
    return b"".join(out)
