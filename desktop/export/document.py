"""A picture with its frame: background, padding and (optionally) the caption below it."""
from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen

from desktop.export import text as tx
from desktop.export.sources import Caption
from desktop.export.theme import Theme

TITLE = 15
LINE = 12


class Framed:
    """`body` has layout(width) -> height and paint(painter, x, y); sizes are logical pixels."""

    def __init__(self, body, theme: Theme, caption: Caption | None, padding: float = 24.0):
        self.body, self.theme, self.caption, self.padding = body, theme, caption, padding
        self.width = 0
        self.height = 0

    def _caption_height(self, inner: float) -> float:
        if self.caption is None:
            return 0.0
        h = 14 + tx.wrapped_height(self.caption.title, TITLE, inner, bold=True) + 4
        for line in self.caption.lines:
            h += tx.wrapped_height(line, LINE, inner) + 3
        return h

    def layout(self, width: int) -> int:
        inner = width - 2 * self.padding
        self.width = width
        self.body_h = self.body.layout(inner)
        self.caption_h = self._caption_height(inner)
        self.height = math.ceil(self.padding + self.body_h + self.caption_h + self.padding)
        return self.height

    def paint(self, p: QPainter) -> None:
        t, pad = self.theme, self.padding
        p.fillRect(QRectF(0, 0, self.width, self.height), t.background)
        self.body.paint(p, pad, pad)
        if self.caption is None:
            return
        inner = self.width - 2 * pad
        y = pad + self.body_h + 8
        p.setPen(QPen(t.rule, 1.0))
        p.drawLine(QLineF(pad, y, pad + inner, y))
        y += 6
        h = tx.wrapped_height(self.caption.title, TITLE, inner, bold=True)
        tx.draw(p, QRectF(pad, y, inner, h + 2), self.caption.title, TITLE, t.text, bold=True)
        y += h + 4
        for line in self.caption.lines:
            h = tx.wrapped_height(line, LINE, inner)
            tx.draw(p, QRectF(pad, y, inner, h + 2), line, LINE, t.muted if line is not self.caption.lines[0] else t.text)
            y += h + 3
