"""RatioChart: the key metrics of A relative to B as log-scaled horizontal bars (pyqtgraph).

Imported only after the window has shown its first comparison: pyqtgraph is heavy.
A bar to the right means A's figure is larger; colour and the text at the bar's end say which
side is better (for power, lower is better), so colour never carries meaning alone.
"""
from __future__ import annotations

import html
import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from db.dto import ComparisonDTO
from desktop.present import comparison as pc
from desktop.present import palette
from desktop.present import status as ps
from desktop.present.comparison import LETTERS

# one colour per device (Okabe-Ito): a pair's A and B, and the markers of three or four devices
DEVICE_COLOURS = tuple(QColor(c) for c in palette.DEVICE_SERIES)
A_COLOUR, B_COLOUR = DEVICE_COLOURS[:2]
NEUTRAL = QColor(palette.NEUTRAL)
# the shared marker shapes as pyqtgraph symbols
SYMBOLS = {"circle": "o", "square": "s", "triangle-down": "t", "diamond": "d"}


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
        # a layout of two rows: the legend above the plot, so it never hides a bar
        self.plot = pg.GraphicsLayoutWidget(self)
        self.plot.setBackground(pal.color(QPalette.ColorRole.Base))
        self.plot.setAccessibleName(self.tr("Ratio chart"))
        self._legend = pg.LegendItem(colCount=3, labelTextColor=self._fg, frame=False)
        self.plot.addItem(self._legend, row=0, col=0)
        self._plot_item = item = self.plot.addPlot(row=1, col=0)
        self.plot.ci.layout.setRowStretchFactor(0, 0)
        self.plot.ci.layout.setRowStretchFactor(1, 1)
        self._legend.setMaximumHeight(self.fontMetrics().height() + 10)
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
        many = comparison is not None and len(comparison.devices) > 2
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
        self._legend.clear()
        self._legend.setColumnCount(2 if many else 3)  # four devices: two short rows that fit a laptop's column
        for colour, text in entries:
            if many:  # a marker of its own shape for each device: colour never carries the meaning alone
                symbol = SYMBOLS[pc.MARKERS[LETTERS.index(text[0])]]
                sample = pg.ScatterPlotItem(symbol=symbol, size=11, brush=pg.mkBrush(colour), pen=pg.mkPen(colour.darker(140)))
            else:
                sample = pg.BarGraphItem(x0=[0], y=[0], height=[0], width=[0], brush=colour, pen=colour)
            self._legend.addItem(sample, text)

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
        self._comparison = comparison
        self._set_legend(comparison)
        if comparison is not None and len(comparison.devices) > 2:
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
        if comparison is None:
            item.setTitle("")
        else:
            a, b = comparison.devices
            sep = "<br>vs " if len(a.name) + len(b.name) > 28 else " &nbsp;vs&nbsp; "
            item.setTitle(f"<span style='color:{A_COLOUR.name()}'>A: {html.escape(a.name)}</span>{sep}"
                          f"<span style='color:{B_COLOUR.darker(130).name()}'>B: {html.escape(b.name)}</span>", size="10pt")
        n = len(rows)
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
            label.setPos(v + (0.08 if v >= 0 else -0.08), y)
            label.setVisible(True)
            ticks.append((y, r.metric.label))
            self.bars.append((r.metric.key, r.ratio, r.better))
        self.outlined = [hollow] * n
        for label in self._labels[n:]:
            label.setVisible(False)
        # pyqtgraph 0.14 fails on an empty list of pens: no bars, no per-bar styles
        self._bar_item.setOpts(x0=x0, y=ys, height=[0.6] * n, width=widths, brushes=brushes or None, pens=pens or None)
        item.getAxis("left").setTicks([ticks])
        span = max([abs(math.log2(r.ratio)) for r in rows] + [1.0]) + 1.8  # room for the labels
        step = 1 if span <= 3.5 else 2  # every power of two, or of four when the range is wide
        item.getAxis("bottom").setTicks([[(k, pc.tick_label(k)) for k in range(-8, 9, step) if abs(k) <= span]])
        item.setXRange(-span, span, padding=0)
        item.setYRange(-0.7, max(n, 1) - 0.3, padding=0)
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
        item.setTitle("")  # the box's title and the axis name the baseline: the rows get the height
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
        name_max = min(max(self.width() // 17, 12), 22) if self.width() else 22  # row names share a narrow chart
        marker = 11 if self.height() >= 340 or self.height() == 0 else 8
        spots, ticks = [], []
        self.outlined = []
        count = 0
        for row in plot.rows:
            ticks.append((row.y, row.label if len(row.label) <= name_max else row.label[:name_max - 1] + "…"))
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
        item.getAxis("left").setTicks([ticks])
        # the plot's width once the row names have taken theirs (computed, not read: the layout follows later)
        names_px = max([self.fontMetrics().horizontalAdvance(t) for _y, t in ticks] + [0]) + 24
        plot_px = max((self.plot.width() or 400) - names_px - 16, 60)
        item.getAxis("bottom").setTicks([plot.ticks(plot_px / (plot.high - plot.low))])  # labels never touch
        item.setXRange(plot.low, plot.high, padding=0)
        item.setYRange(*plot.y_range, padding=0)
        text = self.tr("Each marker: a device's figure ÷ %1's; ▲ the best.").replace(
            "%1", comparison.devices[base].name)
        if plot.missing:
            text += " " + self.tr("Not comparable or not published: %1.").replace("%1", ", ".join(plot.missing))
        self.caption.setText(self._with_targets(comparison, text))

    @staticmethod
    def _with_targets(comparison: ComparisonDTO, text: str) -> str:
        """The caption, led by the legend line of outlined bars or markers when a device is a target."""
        targets = ps.target_legend(comparison, QApplication.translate, names=False)  # the names are above
        return f"{ps.OUTLINE_MARK} {targets[:1].upper()}{targets[1:]}.\n{text}" if targets else text

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._comparison is not None and len(self._comparison.devices) > 2:
            self._set_many(self._comparison)  # names, markers and tick spacing for the new size (seven rows: ~1 ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot.viewport() and event.type() == QEvent.Type.Paint and not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(watched, event)
