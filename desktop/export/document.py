"""A picture with its frame: background, padding, and (optionally) its caption: the title and date above the
picture, where a reader looks first, and the caption's other lines (units, sources, credits) below it."""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen

from desktop.export import text as tx
from desktop.export.sources import Caption
from desktop.export.theme import Theme

TITLE = 16
LINE = 12
HEAD_GAP = 12.0  # between the date line and the picture


@dataclass(frozen=True)
class Band:
    """Where a part of the frame is drawn, in logical pixels from the top (a test reads it; so can a caller)."""

    top: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


class Framed:
    """`body` has layout(width) -> height and paint(painter, x, y); sizes are logical pixels."""

    def __init__(self, body, theme: Theme, caption: Caption | None, padding: float = 24.0):
        self.body, self.theme, self.caption, self.padding = body, theme, caption, padding
        self.width = 0
        self.height = 0
        self.title_band = self.body_band = self.foot_band = Band(0.0, 0.0)

    def _head_height(self, inner: float) -> float:
        if self.caption is None:
            return 0.0
        h = tx.wrapped_height(self.caption.title, TITLE, inner, bold=True) + 2
        if self.caption.date:
            h += tx.wrapped_height(self.caption.date, LINE, inner) + 2
        return h + HEAD_GAP

    def _foot_height(self, inner: float) -> float:
        if self.caption is None or not self.caption.lines:
            return 0.0
        return 14 + sum(tx.wrapped_height(line, LINE, inner) + 3 for line in self.caption.lines)

    def layout(self, width: int) -> int:
        inner = width - 2 * self.padding
        self.width = width
        head = self._head_height(inner)
        body = self.body.layout(inner)
        self.title_band = Band(self.padding, head)
        self.body_band = Band(self.padding + head, body)
        self.foot_band = Band(self.body_band.bottom, self._foot_height(inner))
        self.body_h = body
        self.height = math.ceil(self.foot_band.bottom + self.padding)
        return self.height

    def paint(self, p: QPainter) -> None:
        t, pad = self.theme, self.padding
        p.fillRect(QRectF(0, 0, self.width, self.height), t.background)
        inner = self.width - 2 * pad
        if self.caption is not None:
            y = self.title_band.top
            h = tx.wrapped_height(self.caption.title, TITLE, inner, bold=True)
            tx.draw(p, QRectF(pad, y, inner, h + 2), self.caption.title, TITLE, t.text, bold=True)
            y += h + 2
            if self.caption.date:
                h = tx.wrapped_height(self.caption.date, LINE, inner)
                tx.draw(p, QRectF(pad, y, inner, h + 2), self.caption.date, LINE, t.muted)
        self.body.paint(p, pad, self.body_band.top)
        if self.caption is None or not self.caption.lines:
            return
        y = self.foot_band.top + 8
        p.setPen(QPen(t.rule, 1.0))
        p.drawLine(QLineF(pad, y, pad + inner, y))
        y += 6
        for k, line in enumerate(self.caption.lines):
            h = tx.wrapped_height(line, LINE, inner)
            tx.draw(p, QRectF(pad, y, inner, h + 2), line, LINE, t.text if k == 0 else t.muted)
            y += h + 3
