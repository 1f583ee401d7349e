"""RatioChart: the key metrics of A relative to B as log-scaled horizontal bars (pyqtgraph).

Imported only after the window has shown its first comparison: pyqtgraph is heavy.
A bar to the right means A's figure is larger; colour and the text at the bar's end say which
side is better (for power, lower is better), so colour never carries meaning alone.
"""
from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from db.dto import ComparisonDTO
from desktop.present import comparison as pc
from desktop.present import palette
from desktop.present import status as ps
from desktop.present.chart_kind import BARS, DOTS, chart_kind
from desktop.present.comparison import LETTERS
from desktop.views.flow_layout import FlowLayout

# one colour per device (Okabe-Ito): a pair's A and B, and the markers of three or four devices
DEVICE_COLOURS = tuple(QColor(c) for c in palette.DEVICE_SERIES)
A_COLOUR, B_COLOUR = DEVICE_COLOURS[:2]
NEUTRAL = QColor(palette.NEUTRAL)
# the shared marker shapes as pyqtgraph symbols
SYMBOLS = {"circle": "o", "square": "s", "triangle-down": "t", "diamond": "d"}


LABEL_GAP_PX = 6  # between a bar's end and its label
TICK_MIN_PX = 44  # tick labels of the ratio axis at least this far apart


def swatch(colour: QColor, marker: str | None, size: int) -> QPixmap:
    """A legend sample: a filled square (a pair's bars) or the device's marker shape (three or four devices)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(colour.darker(140), 1.0))
    p.setBrush(QBrush(colour))
    if marker is None:
        p.drawRect(1, 1, size - 3, size - 3)
    else:
        points = pc.marker_polygon(marker, size / 2, size / 2, size - 2)
        if points:
            p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        else:
            p.drawEllipse(QPointF(size / 2, size / 2), size / 2 - 1, size / 2 - 1)
    p.end()
    return pixmap


def wrapped_name(label: str, limit: int) -> str:
    """A metric's name for the chart's rows: whole, on two lines at a word boundary when longer than `limit`
    characters (and only elided if a half is still too long)."""
    if len(label) <= limit:
        return label
    words = label.split(" ")
    best = min(range(1, len(words)), key=lambda k: abs(len(" ".join(words[:k])) - len(label) / 2), default=None)
    if best is None:
        return label[:limit - 1] + "…"
    lines = [" ".join(words[:best]), " ".join(words[best:])]
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


def short_name(device) -> str:
    """'910C' for Huawei Ascend 910C: its shortest alias of three characters or more, else the name
    without the vendor's word."""
    names = [a for a in device.aliases if len(a) >= 3] + [device.name.split(" ", 1)[-1]]
    return min(names, key=len)


class RatioChart(QWidget):
    painted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        pal = QApplication.palette()
        self._fg = pal.color(QPalette.ColorRole.WindowText)
        # the title line, then the legend, then the plot: three rows laid out by Qt, so none covers another
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend = QWidget(self)
        self.legend.setObjectName("chartLegend")
        self._legend_layout = FlowLayout(self.legend, spacing=10)
        self.plot = pg.GraphicsLayoutWidget(self)
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        self.plot.setAccessibleName(self.tr("Ratio chart"))
        self._plot_item = item = self.plot.addPlot(row=0, col=0)
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.showGrid(x=True, y=False, alpha=0.25)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setTextPen(self._fg)
            axis.setPen(self._fg)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("chartCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        self.bars: list[tuple[str, float, int | None]] = []  # (metric key, ratio, better) as drawn
        self.outlined: list[bool] = []  # per bar or marker as drawn: outlined (a target's figures), else filled
        self._bar_item = pg.BarGraphItem(x0=[], y=[], height=[], width=[])
        item.addItem(self._bar_item)
        self._one_line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(self._fg, width=1, style=Qt.PenStyle.DashLine))
        item.addItem(self._one_line)
        self._labels: list[pg.TextItem] = []
        self._legend_mode: tuple | None = None
        self._dots: pg.ScatterPlotItem | None = None  # three or four devices
        self._set_legend(None)
        self._label_font = QFont()
        self._label_font.setPointSizeF(9)
        self._small_font = QFont()
        self._small_font.setPointSizeF(7.5)
        self.plot.viewport().installEventFilter(self)
        self._painted_once = False
        self._comparison: ComparisonDTO | None = None

    def _label(self, i: int) -> pg.TextItem:
        while len(self._labels) <= i:
            label = pg.TextItem("", color=self._fg)
            label.setFont(self._label_font)
            self._plot_item.addItem(label)
            self._labels.append(label)
        return self._labels[i]

    def _set_legend(self, comparison: ComparisonDTO | None) -> None:
        """Pair: colours say which side is better. Three or four devices: colours name the device."""
        many = chart_kind(comparison) == DOTS
        if many:  # every device, so that switching the baseline does not rebuild the legend
            entries = tuple((DEVICE_COLOURS[i], f"{pc.letter(i)}: {short_name(comparison.devices[i])}")
                            for i in range(len(comparison.devices)))
        else:
            entries = ((A_COLOUR, self.tr("A better")), (B_COLOUR, self.tr("B better")),
                       (NEUTRAL, self.tr("no better side")))
        mode = (many, tuple((c.name(), t) for c, t in entries))
        if mode == self._legend_mode:
            return
        self._legend_mode = mode
        while self._legend_layout.count():
            old = self._legend_layout.takeAt(0).widget()
            old.setParent(None)
            old.deleteLater()
        size = self.fontMetrics().height()
        for colour, text in entries:
            # a marker of its own shape for each device: colour never carries the meaning alone
            marker = pc.MARKERS[LETTERS.index(text[0])] if many else None
            entry = QWidget(self.legend)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(5)
            sample = QLabel(entry)
            sample.setPixmap(swatch(colour, marker, size))
            row.addWidget(sample)
            row.addWidget(QLabel(text, entry))
            entry.setAccessibleName(text)
            self._legend_layout.addWidget(entry)
        self.legend.updateGeometry()

    def drawn_kind(self) -> str | None:
        """What the plot holds: 'dots' (markers), 'bars', or None (nothing drawn)."""
        if self._dots is not None and self._dots.isVisible() and len(self._dots.data):
            return DOTS
        return BARS if len(self._bar_item.opts.get("width") or []) else None

    def legend_entries(self) -> list[QWidget]:
        """The legend's entries as laid out (a swatch and its words each)."""
        return [self._legend_layout.itemAt(i).widget() for i in range(self._legend_layout.count())]

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        self._comparison = comparison
        self._set_legend(comparison)
        if chart_kind(comparison) == DOTS:
            self.title.hide()  # the box's title and the axis name the baseline: the rows get the height
            self._set_many(comparison)
            return
        if self._dots is not None:
            self._dots.setVisible(False)
        first, second = (LETTERS[comparison.other], LETTERS[comparison.baseline]) if comparison else ("A", "B")
        self._plot_item.setLabel("bottom", self.tr("ratio %1 ÷ %2 (log scale; 1× = equal)").replace("%1", first)
                                 .replace("%2", second), color=self._fg.name())
        item = self._plot_item
        self.bars = []
        rows = [r for r in comparison.rows if r.metric.key_metric and r.ratio is not None and r.ratio > 0] \
            if comparison else []
        item.setTitle(None)
        if comparison is None:
            self.title.hide()
        else:
            a, b = comparison.devices
            a_colour = A_COLOUR if self._fg.lightness() > 128 else A_COLOUR.darker(115)  # legible on light and dark
            self.title.setText(f"<span style='color:{a_colour.name()}'>A: {html.escape(a.name)}</span> vs "
                               f"<span style='color:{B_COLOUR.darker(130).name()}'>B: {html.escape(b.name)}</span>")
            self.title.show()
        n = len(rows)
        self.plot.setMinimumHeight(len(rows) * 16 + 50)
        names_max = self._name_limit()
        # two-line names where the rows are tall enough; a short chart (a laptop's screen) keeps one line each
        two_lines = not self.plot.height() or (self.plot.height() - 50) / max(len(rows), 1) >= 2.4 * self.fontMetrics().height()
        hollow = comparison is not None and ps.outlined(comparison.devices)  # a target's figures: outlined bars
        x0, ys, widths, brushes, pens, ticks = [], [], [], [], [], []
        for i, r in enumerate(rows):
            y = n - 1 - i
            v = math.log2(r.ratio)
            colour = A_COLOUR if r.better == 0 else B_COLOUR if r.better == 1 else NEUTRAL
            x0.append(min(0.0, v))
            ys.append(y)
            widths.append(max(abs(v), 0.02))
            brushes.append(pg.mkBrush(None) if hollow else pg.mkBrush(colour))
            pens.append(pg.mkPen(colour.darker(120), width=2) if hollow else pg.mkPen(colour.darker(140)))
            label = self._label(i)
            label.setFont(self._label_font)
            label.setText(pc.pair_ratio_text(r))
            label.setAnchor((0, 0.5) if v >= 0 else (1, 0.5))
            label.setVisible(True)
            ticks.append((y, wrapped_name(r.metric.label, names_max) if two_lines else
                          one_line_name(r.metric.label, names_max + 6)))
            self.bars.append((r.metric.key, r.ratio, r.better))
        self.outlined = [hollow] * n
        for label in self._labels[n:]:
            label.setVisible(False)
        # pyqtgraph 0.14 fails on an empty list of pens: no bars, no per-bar styles
        self._bar_item.setOpts(x0=x0, y=ys, height=[0.6] * n, width=widths, brushes=brushes or None, pens=pens or None)
        item.getAxis("left").setTicks([ticks])
        span, px_per_unit = self._bar_span(ticks, [math.log2(r.ratio) for r in rows],
                                           [self._labels[i].textItem.boundingRect().width() for i in range(n)])
        for i, r in enumerate(rows):  # each label just past its bar's end, in pixels whatever the chart's size
            v = math.log2(r.ratio)
            gap = (max(abs(v), 0.02) if v >= 0 else abs(v)) + LABEL_GAP_PX / px_per_unit
            self._labels[i].setPos(gap if v >= 0 else -gap, n - 1 - i)
        step = next((k for k in pc.TICK_STEPS if k * px_per_unit >= TICK_MIN_PX), 8)
        item.getAxis("bottom").setTicks([[(k, pc.tick_label(k)) for k in range(-8, 9) if k % step == 0
                                          and abs(k) <= span - 0.25]])
        item.setXRange(-span, span, padding=0)
        item.setYRange(-0.8, max(n, 1) - 0.2, padding=0)  # the top and bottom labels whole
        if comparison is None:
            self.caption.setText(self.tr("No comparison."))
            return
        missing = [r.metric.label for r in comparison.rows if r.metric.key_metric and r.ratio is None]
        text = self.tr("Each bar is A's figure divided by B's, for the figures shown in the table (preferred "
                       "source per cell, same unit and basis on both sides); ▲ marks the better side, ⚠ a basis not fully "
                       "stated.")
        if missing:
            text += " " + self.tr("Not comparable or not published: %1.").replace("%1", ", ".join(missing))
        self.caption.setText(self._with_targets(comparison, text))

    def _set_many(self, comparison: ComparisonDTO) -> None:
        """Three or four devices: the dot plot of desktop.present (the export draws the same one), one row
        per key metric, one marker per device placed at its ratio to the baseline (shape, colour and letter
        name the device; ▲ the best figure)."""
        item = self._plot_item
        base = comparison.baseline
        item.setTitle(None)
        item.setLabel("bottom", self.tr("÷ %1 (log scale)").replace("%1", pc.letter(base)), color=self._fg.name())
        self._bar_item.setOpts(x0=[], y=[], height=[], width=[], brushes=None, pens=None)
        if self._dots is None:
            self._dots = pg.ScatterPlotItem(pxMode=True)
            item.addItem(self._dots)
        self._dots.setVisible(True)
        plot = pc.dot_plot(comparison)
        self.bars = []
        # a small chart (a laptop with four devices): shorter row names leave the markers more room, and
        # smaller markers stay apart in short rows
        name_max = self._name_limit()  # row names share a narrow chart
        marker = 11 if self.height() >= 340 or self.height() == 0 else 8
        spots, ticks = [], []
        # names on two lines where the rows are tall enough (a 1440 x 900 screen), else one elided line
        two_lines = bool(self.plot.height()) and (self.plot.height() - 50) / max(len(plot.rows), 1) \
            >= 2.6 * self.fontMetrics().height()
        self.outlined = []
        count = 0
        for row in plot.rows:
            ticks.append((row.y, wrapped_name(row.label, name_max) if two_lines else one_line_name(row.label, name_max)))
            for dot in row.dots:
                colour = DEVICE_COLOURS[dot.device]
                hollow = ps.outlined([comparison.devices[dot.device]])  # a target's figures: an outlined marker
                spots.append({"pos": (dot.x, dot.y), "symbol": SYMBOLS[dot.marker], "size": marker,
                              "brush": pg.mkBrush(None) if hollow else pg.mkBrush(colour),
                              "pen": pg.mkPen(colour.darker(120), width=2) if hollow else pg.mkPen(colour.darker(140))})
                self.outlined.append(hollow)
                label = self._label(count)
                label.setFont(self._small_font)
                label.setText(dot.text)  # the ratios are in the table
                label.setAnchor((0, 0.5))
                label.setPos(dot.x + pc.LETTER_GAP, dot.y)
                label.setVisible(True)
                count += 1
                if dot.device != base:
                    self.bars.append((row.key, dot.ratio, dot.better))
        for label in self._labels[count:]:
            label.setVisible(False)
        self._dots.setData(spots)
        self.plot.setMinimumHeight(len(plot.rows) * 17 + 44)  # four markers a row stay apart on a short screen
        item.getAxis("left").setTicks([ticks])
        plot_px = self._plot_px(ticks)
        item.getAxis("bottom").setTicks([plot.ticks(plot_px / (plot.high - plot.low))])  # labels never touch
        item.setXRange(plot.low, plot.high, padding=0)
        item.setYRange(*plot.y_range, padding=0)
        text = self.tr("Each marker: a device's figure ÷ %1's; ▲ the best.").replace(
            "%1", comparison.devices[base].name)
        if plot.missing:
            text += " " + self.tr("Not comparable or not published: %1.").replace("%1", ", ".join(plot.missing))
        self.caption.setText(self._with_targets(comparison, text))

    def _name_limit(self) -> int:
        """How many characters of a metric's name fit on a line beside the plot: fewer on a narrow chart."""
        return min(max(self.width() // 17, 12), 22) if self.width() else 22

    def _plot_px(self, ticks) -> float:
        """The plot's width once the row names have taken theirs (computed, not read: the layout follows later)."""
        names_px = max([self.fontMetrics().horizontalAdvance(line) for _y, t in ticks for line in t.split("\n")]
                       + [0]) + 24
        return max((self.plot.width() or 400) - names_px - 16, 60)

    def _bar_span(self, ticks, values: list[float], label_px: list[float]) -> tuple[float, float]:
        """The half-width of the x range (log2 units) that leaves every bar's label room inside the plot, and the
        plot's pixels per unit: a bar of |v| units plus its label of L pixels ends within the edge when
        span >= |v| / (1 - 2 (L + gap) / plot_px)."""
        plot_px = self._plot_px(ticks)
        span = 1.5
        for v, w in zip(values, label_px):
            room = 1 - 2 * (w + 2 * LABEL_GAP_PX) / plot_px
            span = max(span, (abs(v) + 0.3) / max(room, 0.25))
        return span, plot_px / (2 * span)

    @staticmethod
    def _with_targets(comparison: ComparisonDTO, text: str) -> str:
        """The caption, led by the legend line of outlined bars or markers when a device is a target."""
        targets = ps.target_legend(comparison, QApplication.translate, names=False)  # the names are above
        return f"{ps.OUTLINE_MARK} {targets[:1].upper()}{targets[1:]}.\n{text}" if targets else text

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._comparison is not None:  # names, label room and tick spacing for the new size (a few rows: ~1 ms)
            self.set_comparison(self._comparison)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot.viewport() and event.type() == QEvent.Type.Paint and not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self, self.painted.emit)  # cancelled if the chart goes first
        return super().eventFilter(watched, event)
