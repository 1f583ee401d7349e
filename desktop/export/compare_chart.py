"""The comparison's chart as a picture: key metrics relative to the baseline on a log2 scale, a pair as bars,
three or four devices as the window's dot plot, drawn with QPainter in logical pixels.

Bars are told apart by fill pattern and label as well as colour, so the picture survives greyscale printing;
a bar or marker whose figures are a roadmap or announced device's targets is drawn outlined, not filled, as
in the window (one decision: desktop.present.status.outlined), with a legend line saying so.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QPolygonF

from db.dto import ComparisonDTO
from desktop.export import text as tx
from desktop.export.theme import Theme
from desktop.present import comparison as pc
from desktop.present import ratio_bars as rb
from desktop.present import status as ps
from desktop.present.chart_kind import BARS, chart_kind
from desktop.present.comparison import LETTERS
from desktop.present.lang import Translate, english

SMALL = 10
TARGET = "target"  # the legend key of the outlined style


def hatch(p: QPainter, rect: QRectF, pen: QPen, step: float = 5.0, cross: bool = False) -> None:
    """45° hatching inside `rect`, each line cut to the rectangle by arithmetic (no clip: SVG ignores it)."""
    p.setPen(pen)
    left, right, top, bottom, h = rect.left(), rect.right(), rect.top(), rect.bottom(), rect.height()
    k = left - h
    while k < right:
        x0, x1 = max(left, k), min(right, k + h)
        if x1 > x0:
            p.drawLine(QLineF(x0, bottom - (x0 - k), x1, bottom - (x1 - k)))
            if cross:
                p.drawLine(QLineF(x0, top + (x0 - k), x1, top + (x1 - k)))
        k += step


class ChartPicture:
    """Key metrics relative to the baseline on a log2 scale: a pair as bars (1× in the middle), three or four
    devices as the window's dot plot (desktop.present.dot_plot: one marker per device, shape, colour and
    letter naming it)."""

    ROW = 28
    DOT_ROW = 46  # a row of the dot plot: four markers a little apart
    DOT = 10  # marker width

    def __init__(self, comparison: ComparisonDTO, theme: Theme, translate: Translate = english, point: str = "."):
        self.c = comparison
        self.translate = translate
        self.point = point  # the decimal point of the axis's ticks (French 0,5×), as the figures have theirs
        self.theme = theme
        self.pair = chart_kind(comparison) == BARS  # the window's chart decides the same way
        bars = rb.bar_plot(comparison, translate=translate)  # the window's bars, labels and left-out metrics (desktop.present)
        self.rows: list[rb.BarRow] = list(bars.rows)
        self.missing: list[str] = list(bars.missing)
        keys = {r.key for r in self.rows}
        self.source_rows = [r for r in comparison.rows if r.metric.key in keys]  # the rows drawn, for their sources
        self.drawn: dict[str, list[str]] = {}  # the texts of the plot as last painted: names, bars, ticks, axis
        self.dots = None if self.pair else pc.dot_plot(comparison, translate)
        self.width = 0.0

    def title(self) -> str:
        base = self.c.baseline
        if self.pair:
            return self.translate("Export", "Key metrics, %1 relative to %2 (%1 ÷ %2)").replace("%1", LETTERS[self.c.other]).replace(
                "%2", LETTERS[base])
        return self.translate("Export", "Key metrics relative to %1: %2").replace("%1", LETTERS[base]).replace("%2", self.c.devices[base].name)

    def legend(self) -> list[tuple[int | str | None, str]]:
        targets = ps.target_legend(self.c, self.translate)
        extra = [(TARGET, targets)] if targets else []
        if self.pair:
            return [(0, self.translate("Export", "A better")), (1, self.translate("Export", "B better")), (None, self.translate("Export", "no better side"))] + extra
        return [(i, pc.device_label(self.c, i)) for i in range(len(self.c.devices))] + extra

    def layout(self, width: float) -> float:
        self.width = width
        n_bars = max((len(r.bars) for r in self.rows), default=1)
        self.bar_h = 16.0 if n_bars == 1 else 11.0
        self.row_h = max(self.ROW, n_bars * (self.bar_h + 3) + 8) if self.pair else self.DOT_ROW
        labels = [r.label for r in (self.rows if self.pair else self.dots.rows)] or [""]
        self.label_w = min(max(tx.text_width(s, 12) for s in labels) + 14, width * 0.32)
        self.names = [self.name_lines(s) for s in labels]  # whole, wrapped to the label column as in the window
        self.row_h = max(self.row_h, max(len(n) for n in self.names) * tx.line_height(12) + 8)
        self.title_h = tx.wrapped_height(self.title(), 14, width, bold=True) + 6
        self.legend_h = self._legend_layout(width)
        self.plot_h = max(len(self.rows), 1) * self.row_h + 8
        axis = tx.wrapped_height(self.axis_text(), 11, width - self.label_w - 4)  # a long translation wraps
        self.axis_h = tx.line_height(11) * 2 + 14 + max(0.0, axis - tx.line_height(11))
        self.note = self._note()
        self.note_h = tx.wrapped_height(self.note, SMALL + 1, width) + 6 if self.note else 0.0
        return self.title_h + self.legend_h + self.plot_h + self.axis_h + self.note_h

    def name_lines(self, label: str) -> tuple[str, ...]:
        """A metric's name in the label column: whole, on as many lines as it needs (desktop.present.ratio_bars)."""
        return rb.wrap_name(label, lambda s: tx.text_width(s, 12), self.label_w - 10)

    def tick_width(self, label: str) -> float:
        return tx.text_width(label, 11) + 4

    def _legend_layout(self, width: float) -> float:
        self.legend_pos, lines = tx.legend_rows(self.legend(), width, swatch=22)
        return lines * (tx.line_height(11) + 6) + 4

    def _note(self) -> str:
        if not self.pair:
            text = self.translate("Export", "Each marker is a device's figure divided by %1's, for the figures in the table (same unit "
                      "and basis); ▲ marks the best.").replace("%1", LETTERS[self.c.baseline])
            if self.missing:
                text += " " + self.translate("Export", "Not comparable or not published: %1.").replace("%1", ", ".join(self.missing))
            return text
        text = self.translate("Export", "Each bar is a device's figure divided by %1's, for the figures in the table (same unit and "
                  "basis); ▲ marks the better side, ⚠ a basis not fully stated.").replace("%1", LETTERS[self.c.baseline])
        if self.missing:
            text += " " + self.translate("Export", "Not comparable or not published: %1.").replace("%1", ", ".join(self.missing))
        return text

    def _fill(self, p: QPainter, rect: QRectF, side: int | None, outlined: bool = False) -> None:
        """A bar: filled (with the theme's pattern), or only outlined when its figures are targets."""
        t = self.theme
        colour = t.neutral if side is None else t.series[side]
        if outlined:
            p.setPen(QPen(colour.darker(120), 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
            return
        p.fillRect(rect, colour)
        style = Qt.BrushStyle.SolidPattern if side is None else t.patterns[side]
        if style != Qt.BrushStyle.SolidPattern:
            hatch(p, rect, QPen(colour.darker(190), 1.2), cross=style == Qt.BrushStyle.CrossPattern)
        p.setPen(QPen(colour.darker(150), 0.8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect)

    def _marker(self, p: QPainter, device: int, marker: str, cx: float, cy: float, size: float,
                outlined: bool = False) -> None:
        colour = self.theme.series[device]
        p.setPen(QPen(colour.darker(120), 2.0) if outlined else QPen(colour.darker(140), 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush if outlined else QBrush(colour))
        points = pc.marker_polygon(marker, cx, cy, size)
        if points:
            p.drawPolygon(QPolygonF([QPointF(px, py) for px, py in points]))
        else:
            p.drawEllipse(QPointF(cx, cy), size / 2, size / 2)
        p.setBrush(Qt.BrushStyle.NoBrush)

    def paint(self, p: QPainter, x: float, y: float) -> float:
        t = self.theme
        total = self.title_h + self.legend_h + self.plot_h + self.axis_h
        p.fillRect(QRectF(x, y, self.width, total), t.panel)
        tx.draw(p, QRectF(x, y, self.width, self.title_h), self.title(), 14, t.text, bold=True)
        ly = y + self.title_h
        for side, text, lx, line in self.legend_pos:
            yy = ly + line * (tx.line_height(11) + 6)
            if side == TARGET:  # the outlined style's own line
                p.setPen(QPen(t.text, 1.6))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x + lx + 1, yy + 3, 16, tx.line_height(11) - 4))
            elif self.pair:
                self._fill(p, QRectF(x + lx, yy + 2, 18, tx.line_height(11) - 2), side)
            else:
                self._marker(p, side, pc.MARKERS[side], x + lx + 9, yy + tx.line_height(11) / 2 + 1, self.DOT + 1)
            tx.draw(p, QRectF(x + lx + 22, yy, self.width, tx.line_height(11) + 4), text, 11, t.text)
        top = ly + self.legend_h
        plot = QRectF(x + self.label_w, top, self.width - self.label_w - 4, self.plot_h)
        if not self.pair:
            self._paint_dots(p, x, plot)
        else:
            self._paint_bars(p, x, plot)
        drawn = total
        if self.note:
            tx.draw(p, QRectF(x, y + total, self.width, self.note_h), self.note, SMALL + 1, t.muted)
            drawn += self.note_h
        return drawn

    def axis_text(self) -> str:
        if not self.pair:
            return self.translate("Export", "÷ %1 (log scale)").replace("%1", LETTERS[self.c.baseline])
        return self.translate("Export", "ratio %1 ÷ %2 (log scale; 1× = equal)").replace(
            "%1", LETTERS[self.c.other]).replace("%2", LETTERS[self.c.baseline])

    def _paint_axis(self, p: QPainter, plot: QRectF) -> str:
        axis = self.axis_text()
        h = max(24.0, tx.wrapped_height(axis, 11, plot.width()) + 2)
        tx.draw(p, QRectF(plot.left(), plot.bottom() + tx.line_height(11) + 6, plot.width(), h), axis, 11,
                self.theme.muted, tx.CENTRE)
        return axis

    def _paint_dots(self, p: QPainter, x: float, plot: QRectF) -> None:
        """The window's dot plot (desktop.present.dot_plot), in the picture's own pixels."""
        t, dots = self.theme, self.dots
        low, high = dots.low, dots.high
        y_low, y_high = dots.y_range
        def to_x(v):
            return plot.left() + (v - low) / (high - low) * plot.width()
        def to_y(v):
            return plot.top() + (y_high - v) / (y_high - y_low) * plot.height()
        ticks = dots.ticks(plot.width() / (high - low), self.point)
        p.setPen(QPen(t.rule, 0.8))
        for k, _label in ticks:
            p.drawLine(QLineF(to_x(k), plot.top(), to_x(k), plot.bottom()))
        p.setPen(QPen(t.text, 1.0, Qt.PenStyle.DashLine))
        p.drawLine(QLineF(to_x(0), plot.top(), to_x(0), plot.bottom()))
        names: list[str] = []
        for row in dots.rows:
            ry = to_y(row.y)
            names.append("\n".join(self.name_lines(row.label)))
            nh = (names[-1].count("\n") + 1) * tx.line_height(12)
            tx.draw(p, QRectF(x, ry - nh / 2 - 1, self.label_w - 10, nh + 4), names[-1], 12, t.text, tx.RIGHT)
            for dot in row.dots:
                cx, cy = to_x(dot.x), to_y(dot.y)
                self._marker(p, dot.device, dot.marker, cx, cy, self.DOT, ps.outlined([self.c.devices[dot.device]]))
                gap = (to_x(pc.LETTER_GAP) - to_x(0))
                tw = tx.text_width(dot.text, 10) + 4
                tx.draw(p, QRectF(cx + max(gap, self.DOT / 2 + 2), cy - tx.line_height(10) / 2, tw, 16), dot.text,
                        10, t.text)
        p.setPen(QPen(t.muted, 1.0))
        p.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))
        for k, label in ticks:
            w = tx.text_width(label, 11) + 4
            tx.draw(p, QRectF(to_x(k) - w / 2, plot.bottom() + 3, w, 20), label, 11, t.text, tx.CENTRE)
        axis = self._paint_axis(p, plot)
        self.drawn = {"names": names, "bars": [d.text for row in dots.rows for d in row.dots],
                      "ticks": [label for _k, label in ticks], "axis": [axis]}

    def _paint_bars(self, p: QPainter, x: float, plot: QRectF) -> None:
        """A pair's bars on the window's log2 axis (desktop.present.ratio_bars: the same span, ticks and labels)."""
        t = self.theme
        bars = [b for row in self.rows for b in row.bars]
        span, px_per_unit = rb.bar_span([b.x for b in bars], [tx.text_width(b.text, 11) + 4 for b in bars],
                                        plot.width())
        def to_x(v):
            return plot.center().x() + v * px_per_unit
        ticks = rb.bar_ticks(span, px_per_unit, self.tick_width, self.point)
        names: list[str] = []
        p.setPen(QPen(t.rule, 0.8))
        for k, _label in ticks:
            p.drawLine(QLineF(to_x(k), plot.top(), to_x(k), plot.bottom()))
        for n, row in enumerate(self.rows):
            ry = plot.top() + 4 + n * self.row_h
            names.append("\n".join(self.name_lines(row.label)))
            nh = (names[-1].count("\n") + 1) * tx.line_height(12)
            tx.draw(p, QRectF(x, ry + (self.row_h - nh) / 2 - 1, self.label_w - 10, nh + 4), names[-1], 12, t.text,
                    tx.RIGHT)
            block = len(row.bars) * (self.bar_h + 3) - 3
            by = ry + (self.row_h - block) / 2
            for bar in row.bars:
                x0, x1 = sorted((to_x(0), to_x(bar.x)))
                if x1 - x0 < 2:
                    x0, x1 = to_x(0) - 1, to_x(0) + 1
                self._fill(p, QRectF(x0, by, x1 - x0, self.bar_h), bar.side, bar.outlined)
                tw = tx.text_width(bar.text, 11) + 4
                lx = to_x(rb.label_x(bar, px_per_unit))
                tx.draw(p, QRectF(lx if bar.x >= 0 else lx - tw, by + (self.bar_h - tx.line_height(11)) / 2, tw,
                                  self.bar_h + 6), bar.text, 11, t.text, tx.LEFT if bar.x >= 0 else tx.RIGHT)
                by += self.bar_h + 3
        one = QPen(t.text, 1.0, Qt.PenStyle.DashLine)
        p.setPen(one)
        p.drawLine(QLineF(to_x(0), plot.top(), to_x(0), plot.bottom()))
        p.setPen(QPen(t.muted, 1.0))
        p.drawLine(QLineF(plot.left(), plot.bottom(), plot.right(), plot.bottom()))
        for k, label in ticks:
            w = tx.text_width(label, 11) + 4
            tx.draw(p, QRectF(to_x(k) - w / 2, plot.bottom() + 3, w, 20), label, 11, t.text, tx.CENTRE)
        axis = self._paint_axis(p, plot)
        self.drawn = {"names": names, "bars": [b.text for b in bars], "ticks": [label for _k, label in ticks],
                      "axis": [axis]}
