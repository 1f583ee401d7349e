"""RatioPlot: the plot area of the comparison's ratio chart, painted with QPainter (no pyqtgraph, no numpy).

It draws what desktop.present lays out for the exported picture too: a pair's bars on the log2 axis of
desktop.present.ratio_bars (the same labels, span and ticks), three or four devices as the dot plot of
desktop.present.comparison.dot_plot. The geometry is computed for the widget's size (`lay_out`) and kept as
plain shapes and texts, which the paint event draws, the tooltips hit-test and the tests read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.present import comparison as pc
from desktop.present import ratio_bars as rb
from desktop.present.comparison import DotPlot

NAME_GAP = 8  # between a row's name and the plot
RIGHT_PAD = 12
BAR_HEIGHT = 0.6  # of a row


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


def wrapped_name(label: str, limit: int) -> str:
    """A metric's name for the chart's rows: whole, on two lines when longer than `limit` characters, broken at
    the space (or after the hyphen: 'scale-' / 'up') that leaves the longer line shortest; a line still too long
    is elided."""
    if len(label) <= limit:
        return label
    breaks = [i + 1 for i, ch in enumerate(label[:-1]) if ch in " -" and 0 < i]
    if not breaks:
        return label[:limit - 1] + "…"
    at = min(breaks, key=lambda i: (max(len(label[:i].rstrip()), len(label[i:])), abs(2 * i - len(label))))
    lines = [label[:at].rstrip(), label[at:].lstrip()]
    return "\n".join(line if len(line) <= limit else line[:limit - 1] + "…" for line in lines)


ABBREVIATIONS = (("bandwidth", "BW"), ("Bandwidth", "BW"), ("accelerator", "accel."))  # as analysts write them


def one_line_name(label: str, limit: int) -> str:
    """A metric's name on one line of a short chart: whole if it fits, else with the field's usual abbreviations
    ('Scale-up BW per accelerator'), else elided."""
    for long, short in ABBREVIATIONS:
        if len(label) <= limit:
            break
        label = label.replace(long, short)
    return label if len(label) <= limit else label[:limit - 1].rstrip() + "…"


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
        self.update()

    def drawn_kind(self) -> str | None:
        if self.dots is not None and self.dots.rows:
            return "dots"
        return "bars" if self.bars else None

    # ------------------------------------------------------------------ geometry
    def name_limit(self) -> int:
        """How many characters of a metric's name fit on a line beside the plot: fewer on a narrow chart."""
        return min(max(self.width() // 17, 12), 22) if self.width() else 22

    def lay_out(self) -> Drawing:
        """The drawing for the widget's current size and fonts (computed once per size and content)."""
        key = (self.width(), self.height(), self.font().key())
        if self._laid == key:
            return self.drawing
        self._laid = key
        fm, lf = QFontMetricsF(self.font()), QFontMetricsF(self.label_font)
        rows = self.dots.rows if self.dots is not None else self.bars
        n = len(rows)
        limit = self.name_limit()
        # two-line names where the rows are tall enough; a short chart (a laptop's screen) keeps one line each
        need = 2.6 if self.dots is not None else 2.4
        two_lines = bool(self.height()) and (self.height() - 50) / max(n, 1) >= need * fm.height()
        names = [wrapped_name(r.label, limit) if two_lines else
                 one_line_name(r.label, limit if self.dots is not None else limit + 6) for r in rows]
        names_px = max([fm.horizontalAdvance(line) for s in names for line in s.split("\n")] + [0]) + NAME_GAP + 6
        top = lf.height() / 2 + 4
        bottom = 2 * fm.height() + 12  # the tick labels, then the axis title
        box = QRectF(names_px, top, max(self.width() - names_px - RIGHT_PAD, 60.0), max(self.height() - top - bottom, 20.0))
        d = Drawing(box=box)
        if self.dots is not None:
            y_low, y_high = self.dots.y_range
            d.x_range = (self.dots.low, self.dots.high)
            d.ticks = self.dots.ticks(box.width() / (self.dots.high - self.dots.low))
        else:
            y_low, y_high = -0.8, max(n, 1) - 0.2  # the top and bottom labels whole
            labels = [b for r in rows for b in r.bars[:1]]
            span, _ppu = rb.bar_span([b.x for b in labels], [lf.horizontalAdvance(b.text) for b in labels], box.width())
            d.x_range = (-span, span)
            d.ticks = rb.bar_ticks(span, box.width() / (2 * span))
        row_px = box.height() / (y_high - y_low)

        def to_y(v: float) -> float:
            return box.top() + (y_high - v) * row_px

        for i, (row, name) in enumerate(zip(rows, names)):
            y = to_y(row.y if self.dots is not None else n - 1 - i)
            lines = name.count("\n") + 1
            h = fm.height() * lines + 2
            d.texts.append(Text("name", name, QRectF(0, y - h / 2, box.left() - NAME_GAP, h),
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        if self.dots is not None:
            self._lay_out_dots(d, to_y)
        else:
            self._lay_out_bars(d, to_y, row_px, lf)
        for k, label in d.ticks:
            w = fm.horizontalAdvance(label) + 6
            d.texts.append(Text("tick", label, QRectF(d.px(k) - w / 2, box.bottom() + 3, w, fm.height()),
                                Qt.AlignmentFlag.AlignCenter))
        d.texts.append(Text("axis", self.axis, QRectF(box.left(), box.bottom() + fm.height() + 7, box.width(),
                                                      fm.height() + 2), Qt.AlignmentFlag.AlignCenter))
        self.drawing = d
        return d

    def _lay_out_bars(self, d: Drawing, to_y, row_px: float, lf: QFontMetricsF) -> None:
        n = len(self.bars)
        ppu = d.box.width() / (d.x_range[1] - d.x_range[0])
        for i, row in enumerate(self.bars):
            bar = row.bars[0]
            y = to_y(n - 1 - i)
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

    def _lay_out_dots(self, d: Drawing, to_y) -> None:
        sf = QFontMetricsF(self.small_font)
        size = 11.0 if self.height() >= 240 or not self.height() else 8.0  # smaller markers stay apart in short rows
        count = 0
        for row in self.dots.rows:
            for dot in row.dots:
                cx, cy = d.px(dot.x), to_y(dot.y)
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
            if t.role == "name":  # a row's tick on the left axis
                p.drawLine(QPointF(box.left() - 4, t.rect.center().y()), QPointF(box.left(), t.rect.center().y()))
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
