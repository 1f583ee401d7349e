"""RatioChart: the key metrics of A relative to B as log-scaled horizontal bars, three or four devices as a dot
plot: a title line, a legend, the plot (desktop/charts/ratio_plot.py, painted with QPainter from the layout the
exported picture uses too) and a caption. No pyqtgraph and no numpy: the chart is on screen in the first
moments of a start, and those libraries load only with the timeline.

A bar to the right means A's figure is larger; colour and the text at the bar's end say which side is better
(for power, lower is better), so colour never carries meaning alone.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from db.api.compare import NumberStyle
from db.dto import ComparisonDTO
from desktop.charts.ratio_plot import RatioPlot
from desktop.present import comparison as pc
from desktop.present import palette
from desktop.present import ratio_bars as rb
from desktop.present import status as ps
from desktop.present.chart_kind import BARS, DOTS, chart_kind
from desktop.present.comparison import LETTERS
from desktop.views.flow_layout import FlowLayout

# one colour per device (Okabe-Ito): a pair's A and B, and the markers of three or four devices
DEVICE_COLOURS = tuple(QColor(c) for c in palette.DEVICE_SERIES)
A_COLOUR, B_COLOUR = DEVICE_COLOURS[:2]
NEUTRAL = QColor(palette.NEUTRAL)


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


def short_name(device) -> str:
    """'910C' for Huawei Ascend 910C: its shortest alias of three characters or more, else the name
    without the vendor's word."""
    names = [a for a in device.aliases if len(a) >= 3] + [device.name.split(" ", 1)[-1]]
    return min(names, key=len)


class RatioChart(QWidget):
    painted = Signal()  # the plot's first paint is done (the start-up's "chart on screen")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # the title line, then the legend, then the plot: three rows laid out by Qt, so none covers another
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.legend = QWidget(self)
        self.legend.setObjectName("chartLegend")
        self._legend_layout = FlowLayout(self.legend, spacing=10)
        self.plot = RatioPlot(DEVICE_COLOURS, NEUTRAL, self)
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
        self._legend_mode: tuple | None = None
        self._set_legend(None)
        self.plot.painted.connect(self._plot_painted)
        self._painted_once = False
        self._comparison: ComparisonDTO | None = None

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
        return self.plot.drawn_kind()

    def legend_entries(self) -> list[QWidget]:
        """The legend's entries as laid out (a swatch and its words each)."""
        return [self._legend_layout.itemAt(i).widget() for i in range(self._legend_layout.count())]

    def set_comparison(self, comparison: ComparisonDTO | None, numbers: NumberStyle | None = None) -> None:
        """Draw `comparison` (None: nothing to compare); `numbers`: the style its figures are written in (the
        window's, Store.style), for the axis and the tooltips; None keeps the last one."""
        self._comparison = comparison
        if numbers is not None:
            self.plot.numbers = numbers
        self._set_legend(comparison)
        if chart_kind(comparison) == DOTS:
            self.title.hide()  # the box's title and the axis name the baseline: the rows get the height
            self._set_many(comparison)
            return
        first, second = (LETTERS[comparison.other], LETTERS[comparison.baseline]) if comparison else ("A", "B")
        axis = self.tr("ratio %1 ÷ %2 (log scale; 1× = equal)").replace("%1", first).replace("%2", second)
        if comparison is None:
            self.title.hide()
            self.bars, self.outlined = [], []
            self.plot.clear(axis)
            self.caption.setText(self.tr("No comparison."))
            return
        self._set_title(comparison)
        plot = rb.bar_plot(comparison, QApplication.translate)  # the exported picture's bars (desktop/export/compare_chart.py)
        self.plot.show_bars(plot.rows, axis)
        self.bars = [(row.key, row.bars[0].ratio, row.bars[0].side) for row in plot.rows]
        self.outlined = [row.bars[0].outlined for row in plot.rows]
        text = self.tr("Each bar is A's figure divided by B's, for the figures shown in the table (preferred "
                       "source per cell, same unit and basis on both sides); ▲ marks the better side, ⚠ a basis not fully "
                       "stated.")
        if plot.missing:
            text += " " + self.tr("Not comparable or not published: %1.").replace("%1", ", ".join(plot.missing))
        self.caption.setText(self._with_targets(comparison, text))

    def _set_title(self, comparison: ComparisonDTO) -> None:
        a, b = comparison.devices
        fg = self.palette().color(QPalette.ColorRole.WindowText)
        a_colour = A_COLOUR if fg.lightness() > 128 else A_COLOUR.darker(115)  # legible on light and dark
        self.title.setText(self.tr("%1 vs %2").replace(
            "%1", f"<span style='color:{a_colour.name()}'>A: {html.escape(a.name)}</span>").replace(
            "%2", f"<span style='color:{B_COLOUR.darker(130).name()}'>B: {html.escape(b.name)}</span>"))
        self.title.show()

    def _set_many(self, comparison: ComparisonDTO) -> None:
        """Three or four devices: the dot plot of desktop.present (the export draws the same one), one row
        per key metric, one marker per device placed at its ratio to the baseline (shape, colour and letter
        name the device; ▲ the best figure)."""
        base = comparison.baseline
        plot = pc.dot_plot(comparison, QApplication.translate)
        self.bars, self.outlined, tips = [], [], []
        for row in plot.rows:
            for dot in row.dots:
                self.outlined.append(ps.outlined([comparison.devices[dot.device]]))  # a target's: outlined
                ratio = pc.ratio_label(dot.ratio, self.plot.numbers)
                tips.append(f"{row.label}\n{pc.device_label(comparison, dot.device)}: {ratio}")
                if dot.device != base:
                    self.bars.append((row.key, dot.ratio, dot.better))
        self.plot.show_dots(plot, self.tr("÷ %1 (log scale)").replace("%1", pc.letter(base)), self.outlined, tips)
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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._comparison is not None \
                and chart_kind(self._comparison) == BARS:
            self._set_title(self._comparison)  # the title's colours for the new light or dark look

    def _plot_painted(self) -> None:
        if not self._painted_once:
            self._painted_once = True
            QTimer.singleShot(0, self, self.painted.emit)  # after this paint completes; cancelled if the chart goes
