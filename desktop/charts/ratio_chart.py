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

# Okabe-Ito colour-blind-safe pair
A_COLOUR = QColor(0, 114, 178)
B_COLOUR = QColor(230, 159, 0)
NEUTRAL = QColor(128, 128, 128)


def _tick_label(r: float) -> str:
    return f"{r:g}×" if r >= 1 else f"{r:.3g}×"


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
        item.setLabel("bottom", self.tr("ratio A ÷ B (log scale; 1× = equal)"), color=self._fg.name())
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setObjectName("chartCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        self.bars: list[tuple[str, float, int | None]] = []  # (metric key, ratio, better) as drawn
        self._bar_item = pg.BarGraphItem(x0=[], y=[], height=[], width=[])
        item.addItem(self._bar_item)
        self._one_line = pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(self._fg, width=1, style=Qt.PenStyle.DashLine))
        item.addItem(self._one_line)
        self._labels: list[pg.TextItem] = []
        for colour, text in ((A_COLOUR, self.tr("A better")), (B_COLOUR, self.tr("B better")),
                             (NEUTRAL, self.tr("no better side"))):
            self._legend.addItem(pg.BarGraphItem(x0=[0], y=[0], height=[0], width=[0], brush=colour, pen=colour), text)
        self._label_font = QFont()
        self._label_font.setPointSizeF(9)
        self.plot.viewport().installEventFilter(self)
        self._painted_once = False

    def _label(self, i: int) -> pg.TextItem:
        while len(self._labels) <= i:
            label = pg.TextItem("", color=self._fg)
            label.setFont(self._label_font)
            self._plot_item.addItem(label)
            self._labels.append(label)
        return self._labels[i]

    def set_comparison(self, comparison: ComparisonDTO | None) -> None:
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
        x0, ys, widths, brushes, pens, ticks = [], [], [], [], [], []
        for i, r in enumerate(rows):
            y = n - 1 - i
            v = math.log2(r.ratio)
            colour = A_COLOUR if r.better == 0 else B_COLOUR if r.better == 1 else NEUTRAL
            x0.append(min(0.0, v))
            ys.append(y)
            widths.append(max(abs(v), 0.02))
            brushes.append(pg.mkBrush(colour))
            pens.append(pg.mkPen(colour.darker(140)))
            who = {0: "A", 1: "B"}.get(r.better)
            label = self._label(i)
            label.setText(f"{r.ratio_display}" + (f" ▲{who}" if who else ""))
            label.setAnchor((0, 0.5) if v >= 0 else (1, 0.5))
            label.setPos(v + (0.08 if v >= 0 else -0.08), y)
            label.setVisible(True)
            ticks.append((y, r.metric.label))
            self.bars.append((r.metric.key, r.ratio, r.better))
        for label in self._labels[n:]:
            label.setVisible(False)
        # pyqtgraph 0.14 fails on an empty list of pens: no bars, no per-bar styles
        self._bar_item.setOpts(x0=x0, y=ys, height=[0.6] * n, width=widths, brushes=brushes or None, pens=pens or None)
        item.getAxis("left").setTicks([ticks])
        span = max([abs(math.log2(r.ratio)) for r in rows] + [1.0]) + 1.8  # room for the labels
        step = 1 if span <= 3.5 else 2  # every power of two, or of four when the range is wide
        item.getAxis("bottom").setTicks([[(k, _tick_label(2.0 ** k)) for k in range(-8, 9, step) if abs(k) <= span]])
        item.setXRange(-span, span, padding=0)
        item.setYRange(-0.7, max(n, 1) - 0.3, padding=0)
        if comparison is None:
            self.caption.setText(self.tr("No comparison."))
            return
        missing = [r.metric.label for r in comparison.rows if r.metric.key_metric and r.ratio is None]
        text = self.tr("Each bar is A's figure divided by B's, for the figures shown in the table (preferred "
                       "source per cell, same unit and qualifier on both sides); ▲ marks the better side.")
        if missing:
            text += " " + self.tr("Not comparable or not published: %1.").replace("%1", ", ".join(missing))
        self.caption.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.plot.viewport() and event.type() == QEvent.Type.Paint and not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self.painted.emit)
        return super().eventFilter(watched, event)
