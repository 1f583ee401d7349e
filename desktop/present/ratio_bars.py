"""The bars of the comparison's ratio chart, once for the window's chart (desktop/charts/ratio_plot.py) and the
exported picture (desktop/export/compare_chart.py): which key metrics get a bar, each bar's label
('0.76×  ▲B  ⚠'), which side it favours, whether it is outlined (a target's figures), which metrics are left
out ("not comparable or not published"), and the log2 axis the bars sit on: its half-width (every bar's
label inside the plot) and its ticks, and how a metric's name wraps, whole, to the room a renderer has.

No Qt here (an import-linter contract): texts are measured by the caller (`width_of(text) -> px`), in its own
pixels.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
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
ROOM_FLOOR = 0.25  # the least share of the half-plot the longest bar keeps beside its label
TICK_GAP_PX = 8  # between two tick labels

WidthOf = Callable[[str], float]


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
        span = max(span, (abs(v) + 0.3) / max(label_room([w], plot_px), ROOM_FLOOR))
    return span, plot_px / (2 * span)


def label_room(label_px: Sequence[float], plot_px: float) -> float:
    """The share of the plot's half-width the longest label leaves to its bar: 1 - 2 (L + 2 gaps) / plot_px (at
    or under ROOM_FLOOR the labels no longer fit beside their bars)."""
    return 1 - 2 * (max(label_px, default=0.0) + 2 * LABEL_GAP_PX) / max(plot_px, 1.0)


def plot_px_for(label_px: Sequence[float], room: float) -> float:
    """The plot width at which the labels leave `room` of the half-width to their bars (label_room's inverse)."""
    return 2 * (max(label_px, default=0.0) + 2 * LABEL_GAP_PX) / (1 - room)


def bar_ticks(span: float, px_per_unit: float, width_of: WidthOf | None = None,
              point: str = ".") -> list[tuple[int, str]]:
    """(log2 position, label) of the ratio axis's ticks: powers of two far enough apart to read, none cut at
    the edges, with the figures' decimal `point`. With `width_of` (the caller's measure of a tick's label) no two
    labels touch and none reaches past the plot's edge; when even every 8th power is too crowded, 1× alone."""
    def half(k: int) -> float:
        return width_of(tick_label(k, point)) / 2 if width_of is not None else 0.0

    def inside(k: int) -> bool:
        return abs(k) <= span - 0.25 and abs(k) * px_per_unit + half(k) <= span * px_per_unit

    def apart(ks: list[int]) -> bool:
        return all((b - a) * px_per_unit >= half(a) + half(b) + (TICK_GAP_PX if width_of else 0)
                   for a, b in zip(ks, ks[1:]))

    candidates = [k for k in range(-8, 9) if inside(k)]
    for step in TICK_STEPS:
        ks = [k for k in candidates if k % step == 0]
        if step * px_per_unit >= TICK_MIN_PX and apart(ks):
            return [(k, tick_label(k, point)) for k in ks]
    if width_of is None:
        return [(k, tick_label(k, point)) for k in candidates if k % TICK_STEPS[-1] == 0]
    return [(0, tick_label(0, point))]


def label_x(bar: Bar, px_per_unit: float) -> float:
    """Where a bar's label starts (a bar to the right) or ends (to the left), in log2 units."""
    v = bar.x
    gap = LABEL_GAP_PX / px_per_unit
    return max(v, MIN_WIDTH) + gap if v >= 0 else v - gap


def _pieces(label: str, hyphens: bool = True) -> list[str]:
    """A name's unbreakable pieces, each with what follows it: 'scale-up par' -> ['scale-', 'up ', 'par'] (a line
    may end after a space, which it drops, or, with `hyphens`, after a hyphen, which it keeps)."""
    pieces = []
    for word in label.split(" "):
        parts = [part for part in (word.replace("-", "-\n") if hyphens else word).split("\n") if part]
        pieces += parts[:-1] + [parts[-1] + " "] if parts else []
    if pieces:
        pieces[-1] = pieces[-1].rstrip(" ")
    return pieces


def _cut(piece: str, width_of: WidthOf, max_px: float) -> list[str]:
    """A single word wider than the room, cut where it must (a name is never shortened)."""
    out = []
    while len(piece) > 1 and width_of(piece.rstrip()) > max_px:
        n = max(1, max((k for k in range(1, len(piece)) if width_of(piece[:k]) <= max_px), default=1))
        out.append(piece[:n])
        piece = piece[n:]
    return out + [piece]


def wrap_name(label: str, width_of: WidthOf, max_px: float) -> tuple[str, ...]:
    """A metric's name in lines no wider than `max_px`, every word kept: broken at spaces, after hyphens
    ('scale-' / 'up') only when a word is wider than the room, and inside a word only when even its parts are."""
    pieces = _pieces(label, hyphens=False)
    if any(width_of(p.rstrip()) > max_px for p in pieces):
        pieces = _pieces(label)
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line and width_of((line + piece).rstrip()) > max_px:
            lines.append(line.rstrip())
            line = ""
        if not line:
            *whole, piece = _cut(piece, width_of, max_px)
            lines += whole
        line += piece
    return tuple(lines + [line.rstrip()])


def narrowest(label: str, width_of: WidthOf, lines: int) -> float:
    """The least width at which `label` wraps (wrap_name) to at most `lines` lines."""
    if lines <= 1:  # on one line: the name's own width (no search)
        return width_of(label)
    low, high = max(width_of(p.rstrip()) for p in _pieces(label) or [""]), width_of(label)
    if len(wrap_name(label, width_of, low)) <= lines:
        return low
    while high - low > 0.5:  # wrap_name's line count only falls as the room grows
        mid = (low + high) / 2
        low, high = (low, mid) if len(wrap_name(label, width_of, mid)) <= lines else (mid, high)
    return high
