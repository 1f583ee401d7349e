"""RatioPlot: the plot area of the comparison's ratio chart, painted with QPainter (no pyqtgraph, no numpy).

It draws what desktop.present lays out for the exported picture too: a pair's bars on the log2 axis of
desktop.present.ratio_bars (the same labels, span and ticks), three or four devices as the dot plot of
desktop.present.comparison.dot_plot. The geometry is computed for the widget's size (`lay_out`) and kept as
plain shapes and texts, which the paint event draws, the tooltips hit-test and the tests read.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from db.api.compare import PLAIN
from desktop.present import comparison as pc
from desktop.present import ratio_bars as rb
from desktop.present.comparison import DotPlot

NAME_GAP = 8  # between a row's name and the plot
RIGHT_PAD = 12
BAR_HEIGHT = 0.6  # of a row
NAME_SHARE = 0.45  # names beside the plot take at most this share of the width
ROOM_BESIDE = 0.45  # names beside the plot only while the longest bar keeps this share of the half-plot
ROOM_LEAST = 0.3  # the plot is never narrower than this share leaves (names above its bars)
STACK_LEFT = 6  # names above: the plot's left edge
STACK_GAP = 6  # names above: between a row's bars and the next row's name
DOT_PLOT_MIN = 160.0  # the dot plot's least width
DOT_BAND = 40.0  # names above: the height of a row's markers (four of them ROW_SPREAD apart)


@dataclass
class Shape:
    kind: str  # "bar" or a marker of desktop.present.comparison.MARKERS
    rect: QRectF  # a bar's rectangle, a marker's bounding box
    colour: QColor
    outlined: bool  # a target's figures: drawn outlined, not filled
    tip: str  # the tooltip


@dataclass
class Text:
    role: str  # "name", "label" (beside a bar or marker), "tick", "axis"
    text: str
    rect: QRectF
    align: Qt.AlignmentFlag


@dataclass
class Drawing:
    box: QRectF = field(default_factory=QRectF)  # the plot's frame (axes at its left and bottom)
    x_range: tuple[float, float] = (-1.0, 1.0)  # log2 units at the box's left and right edges
    ticks: list[tuple[float, str]] = field(default_factory=list)  # (log2 position, label)
    shapes: list[Shape] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)

    def px(self, v: float) -> float:
        low, high = self.x_range
        return self.box.left() + (v - low) / (high - low) * self.box.width()

    def of(self, role: str) -> list[str]:
        return [t.text for t in self.texts if t.role == role]


class RatioPlot(QWidget):
    """Bars (a pair) or markers (three or four devices) on a log2 ratio axis, with row names, tick labels and
    the axis title; hover a bar or a marker for its metric and ratio."""

    painted = Signal()

    def __init__(self, colours: tuple[QColor, ...], neutral: QColor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Ratio chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.colours, self.neutral = colours, neutral
        self.numbers = PLAIN  # the window's number style (RatioChart sets Store.style): '0,5×' in French
        self.label_font = QFont(self.font())
        self.label_font.setPointSizeF(9)
        self.small_font = QFont(self.font())
        self.small_font.setPointSizeF(7.5)
        self.bars: tuple[rb.BarRow, ...] = ()
        self.dots: DotPlot | None = None
        self.dot_outlined: list[bool] = []
        self.dot_tips: list[str] = []
        self.axis = ""
        self.drawing = Drawing()
        self._laid: tuple | None = None  # what the drawing was laid out for
        self._narrow: dict[tuple[str, str, int], float] = {}  # (font, name, lines) -> the name's narrowest column
        self.mode = "beside"  # as last laid out: names 'beside' the plot or 'above' each row's bars

    # ------------------------------------------------------------------ what to draw
    def show_bars(self, rows: tuple[rb.BarRow, ...], axis: str) -> None:
        self.bars, self.dots, self.axis = rows, None, axis
        self.dot_outlined, self.dot_tips = [], []
        self._changed()

    def show_dots(self, plot: DotPlot, axis: str, outlined: list[bool], tips: list[str]) -> None:
        self.bars, self.dots, self.axis = (), plot, axis
        self.dot_outlined, self.dot_tips = outlined, tips
        self._changed()

    def clear(self, axis: str) -> None:
        self.show_bars((), axis)

    def _changed(self) -> None:
        self._laid = None
        rows = self.dots.rows if self.dots is not None else self.bars
        self.setAccessibleDescription("; ".join(
            f"{r.label}: " + ", ".join(d.text for d in getattr(r, "dots", ())) if self.dots is not None else
            f"{r.label}: {r.bars[0].text}" for r in rows))
        self._fit_size()
        self.update()

    def drawn_kind(self) -> str | None:
        if self.dots is not None and self.dots.rows:
            return "dots"
        return "bars" if self.bars else None

    # ------------------------------------------------------------------ geometry
    def _label_px(self) -> list[float]:
        lf = QFontMetricsF(self.label_font)
        return [lf.horizontalAdvance(b.text) + 2 for r in self.bars for b in r.bars[:1]]

    def _plot_need(self, room: float) -> float:
        """The plot width the labels need to leave `room` of the half-plot to their bars (the dot plot: its floor)."""
        return DOT_PLOT_MIN if self.dots is not None else max(rb.plot_px_for(self._label_px(), room), 120.0)

    def _bottom(self, width: float, fm: QFontMetricsF) -> tuple[tuple[str, ...], float]:
        """The axis title wrapped to the plot's width, and the height under the plot: tick labels, then the title."""
        axis = rb.wrap_name(self.axis, fm.horizontalAdvance, max(width, 40.0)) if self.axis else ()
        return axis, fm.height() + 7 + len(axis) * fm.height() + 6

    def minimum_width(self) -> int:
        """The least width at which the names-above layout keeps every bar's label beside its bar."""
        return int(math.ceil(self._plot_need(ROOM_LEAST) + STACK_LEFT + RIGHT_PAD))

    def _mode(self, width: float, fm: QFontMetricsF) -> tuple[str, int, float]:
        """('beside', lines, name column) when the names fit beside the plot in one or two lines and leave it the
        width its labels need: first with the bars a generous share of the plot, then with the least share (names
        beside take a row's height, names above two: a short laptop column keeps the whole chart in view); else
        ('above', 0, 0): each name on its own lines above its bars."""
        rows = self.dots.rows if self.dots is not None else self.bars
        for room, lines in ((ROOM_BESIDE, 1), (ROOM_BESIDE, 2), (ROOM_LEAST, 2)):
            column = max([self._narrowest(r.label, lines, fm) for r in rows] + [0.0]) + 2
            if width - column - NAME_GAP - 6 - RIGHT_PAD >= self._plot_need(room) and column <= width * NAME_SHARE:
                return "beside", lines, column
        return "above", 0, 0.0

    def _narrowest(self, label: str, lines: int, fm: QFontMetricsF) -> float:
        """rb.narrowest, kept per font: a name's narrowest column is searched once, not at every switch and resize
        (a search measures the name dozens of times)."""
        key = (self.font().key(), label, lines)
        if (got := self._narrow.get(key)) is None:
            got = self._narrow[key] = rb.narrowest(label, fm.horizontalAdvance, lines)
        return got

    def _band(self) -> float:
        """Names above: the height of a row's bars (a pair) or markers (three or four devices)."""
        if self.dots is not None:
            return DOT_BAND
        return max(QFontMetricsF(self.label_font).height() + 4, 16.0)

    def needed_height(self, width: int | None = None) -> int:
        """The least height at which, at `width`, no name, bar, label or tick touches another."""
        width = float(self.width() if width is None else width)
        fm = QFontMetricsF(self.font())
        rows = self.dots.rows if self.dots is not None else self.bars
        mode, lines, column = self._mode(width, fm)
        top = QFontMetricsF(self.label_font).height() / 2 + 4
        if mode == "beside":
            _axis, bottom = self._bottom(width - column - NAME_GAP - 6 - RIGHT_PAD, fm)
            row = max(lines * fm.height() + 4, 17.0 if self.dots is not None else 16.0)
            return int(math.ceil(top + bottom + (len(rows) + 0.6) * row))
        room = width - STACK_LEFT - RIGHT_PAD
        _axis, bottom = self._bottom(room, fm)
        names = sum(len(rb.wrap_name(r.label, fm.horizontalAdvance, room)) for r in rows)
        return int(math.ceil(top + bottom + names * fm.height() + len(rows) * (self._band() + STACK_GAP + 2)))

    def _fit_size(self) -> None:
        """The plot's least size for its content and width, so that the window's layouts never squeeze it into
        overlapping texts."""
        self.setMinimumWidth(self.minimum_width())
        self.setMinimumHeight(self.needed_height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_size()

    def lay_out(self) -> Drawing:
        """The drawing for the widget's current size and fonts (computed once per size and content)."""
        key = (self.width(), self.height(), self.font().key())
        if self._laid == key:
            return self.drawing
        self._laid = key
        fm = QFontMetricsF(self.font())
        rows = self.dots.rows if self.dots is not None else self.bars
        width, height = float(self.width()), float(self.height())
        mode, lines, column = self._mode(width, fm)
        self.mode = mode
        top = QFontMetricsF(self.label_font).height() / 2 + 4
        left = column + NAME_GAP + 6 if mode == "beside" else STACK_LEFT
        axis, bottom = self._bottom(width - left - RIGHT_PAD, fm)
        box = QRectF(left, top, max(width - left - RIGHT_PAD, 60.0), max(height - top - bottom, 20.0))
        if mode == "beside":
            d, centres, row_px = self._beside(box, rows, lines, column, fm)
        else:
            d, centres, row_px = self._above(box, rows, fm)
        if self.dots is not None:
            d.x_range = (self.dots.low, self.dots.high)
            d.ticks = self.dots.ticks(d.box.width() / (self.dots.high - self.dots.low), self.numbers.point)
            self._lay_out_dots(d, centres, row_px)
        else:
            labels = self._label_px()
            span, ppu = rb.bar_span([r.bars[0].x for r in rows], labels, d.box.width())
            d.x_range = (-span, span)
            d.ticks = rb.bar_ticks(span, ppu, fm.horizontalAdvance, self.numbers.point)
            self._lay_out_bars(d, centres, row_px)
        for k, label in d.ticks:
            w = fm.horizontalAdvance(label) + 6
            d.texts.append(Text("tick", label, QRectF(d.px(k) - w / 2, d.box.bottom() + 3, w, fm.height()),
                                Qt.AlignmentFlag.AlignCenter))
        if axis:
            d.texts.append(Text("axis", "\n".join(axis), QRectF(d.box.left(), d.box.bottom() + fm.height() + 7,
                                                                d.box.width(), len(axis) * fm.height() + 2),
                                Qt.AlignmentFlag.AlignCenter))
        self.drawing = d
        return d

    def _beside(self, box: QRectF, rows, lines: int, column: float, fm: QFontMetricsF):
        """Names right-aligned in a column left of the plot, each whole on `lines` lines at most; the rows share
        the height evenly."""
        d = Drawing(box=box)
        y_low, y_high = self.dots.y_range if self.dots is not None else (-0.8, max(len(rows), 1) - 0.2)
        row_px = box.height() / (y_high - y_low)
        centres = [box.top() + (y_high - (r.y if self.dots is not None else len(rows) - 1 - i)) * row_px
                   for i, r in enumerate(rows)]
        for row, y in zip(rows, centres):
            name = rb.wrap_name(row.label, fm.horizontalAdvance, column)
            h = fm.height() * len(name) + 2
            d.texts.append(Text("name", "\n".join(name), QRectF(0, y - h / 2, box.left() - NAME_GAP, h),
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        return d, centres, row_px

    def _above(self, box: QRectF, rows, fm: QFontMetricsF):
        """Each name on its own lines (whole, wrapped to the plot's width) above its bars or markers; the rows
        spread over the height the plot has."""
        d = Drawing(box=box)
        names = [rb.wrap_name(r.label, fm.horizontalAdvance, box.width()) for r in rows]
        band = self._band()
        used = sum(len(n) * fm.height() + 2 + band + STACK_GAP for n in names)
        extra = min(max(box.height() - used, 0.0) / max(len(rows), 1), 2 * fm.height())
        y = box.top() + extra / 2
        centres = []
        for name in names:
            w = max(fm.horizontalAdvance(line) for line in name) + 4
            h = len(name) * fm.height() + 2
            d.texts.append(Text("name", "\n".join(name), QRectF(box.left() + 2, y, w, h),
                                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
            centres.append(y + h + band / 2)
            y += h + band + STACK_GAP + extra
        return d, centres, (band - 2) / BAR_HEIGHT if self.dots is None else band

    def _lay_out_bars(self, d: Drawing, centres: list[float], row_px: float) -> None:
        lf = QFontMetricsF(self.label_font)
        ppu = d.box.width() / (d.x_range[1] - d.x_range[0])
        for row, y in zip(self.bars, centres):
            bar = row.bars[0]
            h = BAR_HEIGHT * row_px
            x0, x1 = sorted((d.px(0), d.px(bar.x if bar.x < 0 else max(bar.x, rb.MIN_WIDTH))))
            colour = self.neutral if bar.side is None else self.colours[bar.side]
            d.shapes.append(Shape("bar", QRectF(x0, y - h / 2, max(x1 - x0, 1.0), h), colour, bar.outlined,
                                  f"{row.label}: {bar.text}"))
            w = lf.horizontalAdvance(bar.text) + 2
            lx = d.px(rb.label_x(bar, ppu))
            d.texts.append(Text("label", bar.text, QRectF(lx if bar.x >= 0 else lx - w, y - lf.height() / 2, w,
                                                          lf.height()),
                                Qt.AlignmentFlag.AlignVCenter | (Qt.AlignmentFlag.AlignLeft if bar.x >= 0 else
                                                                 Qt.AlignmentFlag.AlignRight)))

    def _lay_out_dots(self, d: Drawing, centres: list[float], row_px: float) -> None:
        """Each marker at its ratio, offset from its row's centre as desktop.present.dot_plot places it."""
        sf = QFontMetricsF(self.small_font)
        size = 11.0 if row_px >= 40 else 8.0  # smaller markers stay apart in short rows
        count = 0
        for row, centre in zip(self.dots.rows, centres):
            for dot in row.dots:
                cx, cy = d.px(dot.x), centre + (row.y - dot.y) * row_px
                outlined = self.dot_outlined[count] if count < len(self.dot_outlined) else False
                tip = self.dot_tips[count] if count < len(self.dot_tips) else dot.text
                d.shapes.append(Shape(dot.marker, QRectF(cx - size / 2, cy - size / 2, size, size),
                                      self.colours[dot.device], outlined, tip))
                w = sf.horizontalAdvance(dot.text) + 2
                d.texts.append(Text("label", dot.text, QRectF(max(d.px(dot.x + pc.LETTER_GAP), cx + size / 2 + 1),
                                                               cy - sf.height() / 2, w, sf.height()),
                                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
                count += 1

    # ------------------------------------------------------------------ painting and hovering
    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        self._paint()
        self.painted.emit()  # (the chart's first paint, without an event filter)

    def _paint(self) -> None:
        d = self.lay_out()
        pal = self.palette()
        fg = pal.color(QPalette.ColorRole.WindowText)
        p = QPainter(self)
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        box = d.box
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # the grid and the axes: crisp, one pixel wide
        grid = QColor(fg)
        grid.setAlphaF(0.25)
        p.setPen(QPen(grid, 1.0))
        for k, _label in d.ticks:
            p.drawLine(QPointF(d.px(k), box.top()), QPointF(d.px(k), box.bottom()))
        if self.drawn_kind() is not None:
            p.setPen(QPen(fg, 1.0, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(d.px(0), box.top()), QPointF(d.px(0), box.bottom()))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for shape in d.shapes:
            self._paint_shape(p, shape)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QPen(fg, 1.0))
        p.drawLine(box.bottomLeft(), box.bottomRight())
        p.drawLine(box.topLeft(), box.bottomLeft())
        for k, _label in d.ticks:
            p.drawLine(QPointF(d.px(k), box.bottom()), QPointF(d.px(k), box.bottom() + 3))
        for t in d.texts:
            if t.role == "name" and self.mode == "beside":  # a row's tick on the left axis
                p.drawLine(QPointF(box.left() - 4, t.rect.center().y()), QPointF(box.left(), t.rect.center().y()))
            elif t.role == "name":  # above its bars: the grid lines pass behind the name, not through it
                p.fillRect(t.rect, pal.color(QPalette.ColorRole.Base))
        for t in d.texts:
            p.setFont(self.label_font if t.role == "label" and self.dots is None else
                      self.small_font if t.role == "label" else self.font())
            p.drawText(t.rect, int(t.align), t.text)
        p.end()

    @staticmethod
    def _paint_shape(p: QPainter, shape: Shape) -> None:
        colour = shape.colour
        p.setPen(QPen(colour.darker(120), 2.0) if shape.outlined else QPen(colour.darker(140), 1.0))
        p.setBrush(Qt.BrushStyle.NoBrush if shape.outlined else QBrush(colour))
        r = shape.rect
        if shape.kind == "bar":
            p.drawRect(r.adjusted(1, 1, -1, -1) if shape.outlined and r.width() > 2 else r)
            return
        points = pc.marker_polygon(shape.kind, r.center().x(), r.center().y(), r.width())
        if points:
            p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        else:
            p.drawEllipse(r.center(), r.width() / 2, r.height() / 2)

    def shape_at(self, pos: QPointF) -> Shape | None:
        """The bar or marker under `pos` (markers a few pixels wider: they are small)."""
        for shape in reversed(self.lay_out().shapes):
            grow = 0.0 if shape.kind == "bar" else 3.0
            if shape.rect.adjusted(-grow, -grow, grow, grow).contains(pos):
                return shape
        return None

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            shape = self.shape_at(QPointF(e.pos()))
            if shape is None:
                QToolTip.hideText()
                e.ignore()
            else:
                QToolTip.showText(e.globalPos(), shape.tip, self)
            return True
        return super().event(e)
