"""Text measured and drawn the same way everywhere in the exports (logical pixels, word-wrapped)."""
from __future__ import annotations

import threading

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from desktop.export.fonts import export_font

WRAP = int(Qt.TextFlag.TextWordWrap)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


_local = threading.local()  # Qt's font engines are per thread: so are these caches (exports run on a worker)


def _cache() -> dict:
    cache = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = {}
    return cache


def font(size: int, bold: bool = False, italic: bool = False) -> QFont:
    key = ("font", size, bold, italic)
    cache = _cache()
    if key not in cache:
        cache[key] = export_font(size, bold, italic)
    return cache[key]


def metrics(size: int, bold: bool = False, italic: bool = False) -> QFontMetricsF:
    key = ("metrics", size, bold, italic)
    cache = _cache()
    if key not in cache:
        cache[key] = QFontMetricsF(font(size, bold, italic))
    return cache[key]


def text_width(text: str, size: int, bold: bool = False) -> float:
    return metrics(size, bold).horizontalAdvance(text)


def line_height(size: int, bold: bool = False) -> float:
    return metrics(size, bold).lineSpacing()


ZWSP = "\u200b"


def _too_long(text: str, size: int, width: float, bold: bool) -> bool:
    return any(text_width(word, size, bold) > width for word in text.split())


def _fit(text: str, size: int, width: float, bold: bool) -> tuple[str, int]:
    """The text and wrap flags: words wrap at spaces; a word wider than `width` may also break after a slash or
    a hyphen ('910B/910C/910D', 'US-2026-01-15-H200-case-by-case'), and only if that is not enough, anywhere: one
    long word never breaks the other words of the text mid-word. Texts that fit are left exactly as they are (an
    invisible break is never added to text that does not need it: it would stay in SVG and PDF text)."""
    if not _too_long(text, size, width, bold):
        return text, WRAP
    slashed = " ".join(w.replace("/", "/" + ZWSP).replace("-", "-" + ZWSP) if text_width(w, size, bold) > width
                       else w for w in text.split(" "))
    if not any(text_width(part, size, bold) > width for word in slashed.split() for part in word.split(ZWSP)):
        return slashed, WRAP
    return text, WRAP | int(Qt.TextFlag.TextWrapAnywhere)


def wrapped_height(text: str, size: int, width: float, bold: bool = False, italic: bool = False) -> float:
    """Height of `text` word-wrapped to `width`."""
    if not text:
        return 0.0
    text, flags = _fit(text, size, max(width, 1.0), bold)
    return metrics(size, bold, italic).boundingRect(QRectF(0, 0, max(width, 1.0), 1e7), LEFT | flags, text).height()


def draw(p: QPainter, rect: QRectF, text: str, size: int, colour, align: int = LEFT, bold: bool = False,
         italic: bool = False) -> None:
    if not text:
        return
    p.setFont(font(size, bold, italic))
    p.setPen(colour)
    text, flags = _fit(text, size, max(rect.width(), 1.0), bold)
    p.drawText(rect, align | flags, text)


def elide(text: str, size: int, width: float, bold: bool = False) -> str:
    return metrics(size, bold).elidedText(text, Qt.TextElideMode.ElideRight, width)


def legend_rows(entries, width: float, swatch: float, size: int = 11) -> tuple[list[tuple], int]:
    """Legend entries (key, text) laid out left to right, wrapping at `width`: [(key, text, x, line)] and the
    number of lines. Each entry takes its swatch, its text and a gap."""
    x, lines, placed = 0.0, 1, []
    for key, text in entries:
        w = swatch + text_width(text, size) + 16
        if x > 0 and x + w > width:
            x, lines = 0.0, lines + 1
        placed.append((key, text, x, lines - 1))
        x += w
    return placed, lines
