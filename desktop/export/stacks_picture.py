"""The stacks matrix as a picture (PNG / SVG / PDF): the same cells as the Stacks tab (desktop/present/stacks_matrix),
each the route's kind in words beside a stripe of its colour over a tint of it, a legend of the route kinds above the
matrix, the title and date on top and the sources note under it.

    stacks_document(library, options, jurisdiction="CN")
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from db.api.beyond import StackDTO
from desktop.export import text as tx
from desktop.export.document import Framed
from desktop.export.options import ExportOptions
from desktop.present.lang import ENGLISH, Translate, english
from desktop.export.sources import Caption, as_of_line, footer_line
from desktop.export.theme import Theme
from desktop.export.theme import theme as theme_named
from desktop.present import stacks_matrix as sm
from desktop.present.beyond import ROUTE_KIND_COLOURS, ROUTE_KIND_LABELS, route_label

SIZE = 10  # cell text
HEAD = 10  # column headings
LABEL_W = 132.0  # the row labels' column
STRIPE = 5.0
PAD = 4.0
SWATCH = 12.0
TEXT = QColor("#1a1a1a")


def tint(colour: str, amount: float = 0.72) -> QColor:
    c = QColor(colour)
    return QColor(*(round(v + (255 - v) * amount) for v in (c.red(), c.green(), c.blue())))


class StacksPicture:
    """`layout(width) -> height`, `paint(painter, x, y)`: the body of a Framed picture."""

    def __init__(self, stacks: Sequence[StackDTO], theme: Theme, translate: Translate = english, lang: str = ENGLISH):
        self._translate = translate
        self.stacks, self.theme = list(stacks), theme
        self.cells = sm.matrix(self.stacks, self._translate, lang)  # a latest version's date in the export's language
        self.legend = [(ROUTE_KIND_COLOURS[k], route_label(k, self._translate)) for k in ROUTE_KIND_LABELS]
        self.legend.append((None, route_label(None, self._translate)))
        self.width = self.column = 0.0
        self.legend_rows: list[tuple] = []
        self.legend_h = self.head_h = 0.0
        self.row_h: list[float] = []

    def _headings(self, s: StackDTO) -> list[tuple[str, bool]]:
        return [(sm.short_name(s), True), (s.vendor, False), (sm.jurisdiction_text(s.jurisdiction, self._translate), False)]

    def _text(self, text: str) -> str:
        inner = self.column - STRIPE - 2 * PAD
        return sm.breakable(text, lambda w: tx.text_width(w, SIZE) > inner)

    def _cell_h(self, text: str) -> float:
        return tx.wrapped_height(self._text(text), SIZE, self.column - STRIPE - 2 * PAD) + 2 * PAD

    def layout(self, width: float) -> float:
        self.width = width
        self.column = (width - LABEL_W) / max(len(self.stacks), 1)
        self.legend_rows, lines = tx.legend_rows([(c, t) for c, t in self.legend], width, SWATCH, 11)
        self.legend_h = lines * (tx.line_height(11) + 4) + 8
        inner = self.column - 2 * PAD
        self.head_h = max((sum(tx.wrapped_height(t, HEAD, inner, bold=b) for t, b in self._headings(s))
                           for s in self.stacks), default=0.0) + 2 * PAD
        self.row_h = [max([tx.wrapped_height(sm.row_label(row[0].row, self._translate), SIZE, LABEL_W - 2 * PAD, bold=True)
                           + 2 * PAD, *(self._cell_h(c.text(self._translate)) for c in row)]) for row in self.cells]
        return self.legend_h + self.head_h + sum(self.row_h)

    def paint(self, p: QPainter, x: float, y: float) -> None:
        t = self.theme
        line = tx.line_height(11) + 4
        for colour, text, lx, row in self.legend_rows:
            sy = y + row * line + 2
            box = QRectF(x + lx, sy, SWATCH, SWATCH)
            p.fillRect(box, QColor(colour) if colour else QColor("#ffffff"))
            p.setPen(QPen(t.muted, 0.8))
            p.drawRect(box)
            tx.draw(p, QRectF(x + lx + SWATCH + 4, sy - 2, tx.text_width(text, 11) + 4, line), text, 11, t.text)
        y += self.legend_h
        total_h = self.head_h + sum(self.row_h)
        p.fillRect(QRectF(x, y, self.width, self.head_h), t.header)
        for i, s in enumerate(self.stacks):
            cx, hy = x + LABEL_W + i * self.column + PAD, y + PAD
            for text, bold in self._headings(s):
                h = tx.wrapped_height(text, HEAD, self.column - 2 * PAD, bold=bold)
                tx.draw(p, QRectF(cx, hy, self.column - 2 * PAD, h + 1), text, HEAD, t.text if bold else t.muted,
                        bold=bold)
                hy += h
        ry = y + self.head_h
        for row, h in zip(self.cells, self.row_h):
            p.fillRect(QRectF(x, ry, LABEL_W, h), t.group)
            tx.draw(p, QRectF(x + PAD, ry + PAD, LABEL_W - 2 * PAD, h), sm.row_label(row[0].row, self._translate), SIZE,
                    t.text, bold=True)
            for i, c in enumerate(row):
                cell = QRectF(x + LABEL_W + i * self.column, ry, self.column, h)
                route = c.row in sm.ROUTE_KEYS
                p.fillRect(cell, tint(c.colour) if route and c.kind else QColor(c.colour))
                if route and c.kind:
                    p.fillRect(QRectF(cell.left(), cell.top(), STRIPE, h), QColor(c.colour))
                tx.draw(p, cell.adjusted(STRIPE + PAD, PAD, -PAD, -PAD), self._text(c.text(self._translate)), SIZE, TEXT)
            ry += h
        p.setPen(QPen(t.rule, 1.0))
        for i in range(len(self.stacks) + 1):
            lx = x + LABEL_W + i * self.column
            p.drawLine(QLineF(lx, y, lx, y + total_h))
        ry = y + self.head_h
        p.drawLine(QLineF(x, y, x + self.width, y))
        for h in (0.0, *self.row_h):
            ry += h
            p.drawLine(QLineF(x, ry, x + self.width, ry))


def stacks_caption(stacks: Sequence[StackDTO], jurisdiction: str | None, translate: Translate = english,
                   lang: str = ENGLISH) -> Caption:
    base = translate("Stacks", sm.TITLE)
    title = base if jurisdiction is None else translate("Export", "%1 (%2 stacks only)").replace("%1", base).replace(
        "%2", sm.jurisdiction_text(jurisdiction, translate))
    facts = [f for s in stacks for row in sm.ROWS for f in sm.cell(s, row).facts]
    dates = [d for f in facts for d in (f.source.date, f.source.read_on) if d]
    publishers = dict.fromkeys(f.source.publisher for f in facts if f.source.publisher)
    lines = [translate("Stacks", sm.SOURCES_NOTE),
             translate("Export", "Sources of the cells (%1 facts): %2.").replace("%1", str(len(facts))).replace(
                 "%2", "; ".join(publishers)),
             footer_line(False, translate, lang)]
    return Caption(title, tuple(lines), as_of_line(max(dates) if dates else None, translate, lang))


def stacks_document(library, options: ExportOptions, jurisdiction: str | None = None) -> Framed:
    """The framed picture of the stacks matrix (one side's stacks with `jurisdiction` 'US' or 'CN')."""
    stacks = library.beyond.stacks(jurisdiction)
    caption = stacks_caption(stacks, jurisdiction, options.translate, options.lang) if options.caption else None
    return Framed(StacksPicture(stacks, theme_named(options.theme), options.translate, options.lang),
                  theme_named(options.theme), caption)
