"""The bars of the comparison's ratio chart, once for the window's chart (desktop/charts/ratio_plot.py) and the
exported picture (desktop/export/compare_chart.py): which key metrics get a bar, each bar's label
('0.76×  ▲B  ⚠'), which side it favours, whether it is outlined (a target's figures), which metrics are left
out ("not comparable or not published"), and the log2 axis the bars sit on: its half-width (every bar's
label inside the plot) and its ticks.

No Qt here (an import-linter contract): label widths are measured by the caller, in its own pixels.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from db.dto import ComparisonDTO
from desktop.present import status as ps
from desktop.present.catalog_words import catalog_word
from desktop.present.comparison import BETTER_MARK, LETTERS, SEP, TICK_STEPS, tick_label, warning_suffix
from desktop.present.reasons import Translate, _english

LABEL_GAP_PX = 6  # between a bar's end and its label
TICK_MIN_PX = 44  # tick labels of the ratio axis at least this far apart
MIN_SPAN = 1.5  # the axis shows at least 0.35× to 2.8×
MIN_WIDTH = 0.02  # a ratio of 1× still shows as a sliver (log2 units)


@dataclass(frozen=True)
class Bar:
    device: int  # the non-baseline device this bar is about
    ratio: float
    text: str  # '0.76×  ▲B  ⚠' beside the bar (three or four devices: 'C: 0.76×  ▲C')
    side: int | None  # the better side's device index, None: no better side
    outlined: bool = False  # its figures include a roadmap or announced device's targets

    @property
    def x(self) -> float:
        """The bar's end on the log2 axis (its start is 0, the 1× line)."""
        return math.log2(self.ratio)


@dataclass(frozen=True)
class BarRow:
    key: str  # the metric's key
    label: str  # the metric's name, whole (each renderer wraps or elides it for its room)
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class BarPlot:
    rows: tuple[BarRow, ...]  # key metrics with a comparable ratio, in the table's order
    missing: tuple[str, ...]  # key metrics without one: "not comparable or not published"


def bar_plot(comparison: ComparisonDTO, translate: Translate = _english) -> BarPlot:
    """One row per key metric with a ratio, one bar per non-baseline device (a pair: one bar a row); the metrics'
    names in the language of `translate`."""
    base = comparison.baseline
    pair = len(comparison.devices) == 2
    rows, missing = [], []
    for row in comparison.rows:
        if not row.metric.key_metric:
            continue
        bars = []
        for i, cell in enumerate(row.cells):
            if i == base or cell.ratio is None or cell.ratio <= 0:
                continue
            side = None if cell.better is None else (i if cell.better else base)
            label = cell.ratio_display + (f"{SEP}{BETTER_MARK}{LETTERS[side]}" if side is not None else "") \
                + warning_suffix(cell.ratio_warnings)
            bars.append(Bar(i, cell.ratio, label if pair else f"{LETTERS[i]}: {label}", side,
                            ps.outlined((comparison.devices[i], comparison.devices[base]))))
        if bars:
            rows.append(BarRow(row.metric.key, catalog_word(row.metric.label, translate), tuple(bars)))
        else:
            missing.append(catalog_word(row.metric.label, translate))
    return BarPlot(tuple(rows), tuple(missing))


def bar_span(values: Sequence[float], label_px: Sequence[float], plot_px: float) -> tuple[float, float]:
    """The half-width of the x range (log2 units, 1× in the middle) that leaves every bar's label room inside
    the plot, and the plot's pixels per unit: a bar of |v| units plus its label of L pixels ends within the
    edge when span >= |v| / (1 - 2 (L + gap) / plot_px)."""
    plot_px = max(plot_px, 60.0)
    span = MIN_SPAN
    for v, w in zip(values, label_px):
        room = 1 - 2 * (w + 2 * LABEL_GAP_PX) / plot_px
        span = max(span, (abs(v) + 0.3) / max(room, 0.25))
    return span, plot_px / (2 * span)


def bar_ticks(span: float, px_per_unit: float) -> list[tuple[int, str]]:
    """(log2 position, label) of the ratio axis's ticks: powers of two far enough apart to read, none cut at
    the edges."""
    step = next((k for k in TICK_STEPS if k * px_per_unit >= TICK_MIN_PX), TICK_STEPS[-1])
    return [(k, tick_label(k)) for k in range(-8, 9) if k % step == 0 and abs(k) <= span - 0.25]


def label_x(bar: Bar, px_per_unit: float) -> float:
    """Where a bar's label starts (a bar to the right) or ends (to the left), in log2 units."""
    v = bar.x
    gap = LABEL_GAP_PX / px_per_unit
    return max(v, MIN_WIDTH) + gap if v >= 0 else v - gap
