"""The market-share chart without Qt: China's AI-accelerator market shares by year, one line per source and
subject (db.api.beyond.market_share), shared by the Supply tab and the export (desktop/export/market_share_picture).

Each series keeps its producer (IDC, TrendForce, Bernstein) in its name ("NVIDIA — Bernstein"): two sources'
figures for the same vendor are two lines, never one. Colour tells the lines apart and is never alone: the marker's
shape names the producer, every point is labelled with its value, and the legend names each line and where it was
read. A forecast is drawn hollow. Statements that give no year ('>75 % of early-2025 production', '95 -> 0') are
listed under the chart instead of drawn. Sizes are in pixels, measured by the caller.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from db.api.beyond import ShareSeriesDTO, SupplyFactDTO
from db.api.compare import PLAIN, NumberStyle, format_number
from desktop.present import dates
from desktop.present.beyond import CONFIDENCE_WORDS, source_date, supply_value
from desktop.present.control_map_layout import SHAPE_MARKS as MAP_SHAPE_MARKS
from desktop.present.control_map_layout import Box, LabelSpec, PlacedLabel, lay_out_labels
from desktop.present.locale_style import number_style
from desktop.present.palette import OKABE_ITO
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "MarketShare"
TITLE = QT_TRANSLATE_NOOP("MarketShare", "China's AI-accelerator market: shares by vendor and year, one line per source")
Y_TITLE = QT_TRANSLATE_NOOP("MarketShare", "share of the market, %")
SERIES_NAME = QT_TRANSLATE_NOOP("MarketShare", "%1 — %2")  # subject — producer
READ_ON = QT_TRANSLATE_NOOP("MarketShare", "%1; read on %2, %3 · %4")  # metric; publisher, date · grade
FORECAST = QT_TRANSLATE_NOOP("MarketShare", "hollow marker: a forecast")
SHAPES_KEY = QT_TRANSLATE_NOOP("MarketShare", "marker shape: who made the figures (%1)")
LEFT_OUT = QT_TRANSLATE_NOOP("MarketShare", "Not charted (no year to place them on): %1.")
NOTHING = QT_TRANSLATE_NOOP("MarketShare", "No source gives China's AI-accelerator market share by year.")
# the producer's marker shape (the picture's marker_path names); producers not listed take the next free shape
PRODUCER_SHAPES = {"IDC": "o", "TrendForce": "s", "Bernstein": "d"}
SPARE_SHAPES = ("t", "h", "p", "star")
SHAPE_MARKS = {**MAP_SHAPE_MARKS, "h": "⬢", "p": "⬟", "star": "★"}  # the control map's, and three more
# one colour per line, in an order that keeps neighbours apart (yellow last: faint on white)
COLOURS = tuple(OKABE_ITO[n] for n in ("blue", "vermillion", "green", "orange", "purple", "sky", "grey", "yellow"))
PERCENT_TICKS = (0, 20, 40, 60, 80, 100)
DODGE = 12.0  # px between points of different lines that would sit on one another
CLOSE = 4.0  # percentage points: closer than this in the same year, points are set side by side


def _t(text: str, translate: Translate) -> str:
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class ChartPoint:
    year: int
    value: float
    text: str  # '55%'
    forecast: bool
    uid: str  # the fact it is read from


@dataclass(frozen=True)
class ChartSeries:
    key: str
    name: str  # 'NVIDIA — Bernstein'
    producer: str
    source: str  # 'China AI processor market share; read on gokawiil.com (…), 2026-01 · reported'
    colour: str  # hex
    shape: str  # marker_path's name
    points: tuple[ChartPoint, ...]


def percent(value: float, style: NumberStyle = PLAIN) -> str:
    """'42%' ('42 %' in French, '4,5 %' for 4.5)."""
    return style.percent(format_number(value, style))


def _forecast(fact: SupplyFactDTO) -> bool:
    return "forecast" in f"{fact.metric} {fact.period}".lower()


def chart_series(series: Sequence[ShareSeriesDTO], translate: Translate = _english,
                 lang: str | None = None, style: NumberStyle | None = None) -> list[ChartSeries]:
    """One drawn line per series, in the order given, each with its colour, its producer's shape and its source;
    dates in `lang` (None: the window's language), numbers in `style` (the window passes its own; None: `lang`'s)."""
    style = style or number_style(dates.language(lang))
    shapes = dict(PRODUCER_SHAPES)
    out = []
    for n, s in enumerate(series):
        if s.producer not in shapes:
            used = set(shapes.values())
            shapes[s.producer] = next((x for x in SPARE_SHAPES if x not in used), "star")
        first = s.points[0].fact if s.points else None
        when = source_date(first.source, translate, lang) if first else ""
        grade = translate("Beyond", CONFIDENCE_WORDS.get(first.confidence, first.confidence)) if first else ""
        source = fill(_t(READ_ON, translate), s.metric, s.publisher, when, grade)
        points = tuple(ChartPoint(p.year, p.value, percent(p.value, style), _forecast(p.fact), p.fact.uid)
                       for p in s.points)
        out.append(ChartSeries(f"s{n}", fill(_t(SERIES_NAME, translate), s.subject, s.producer), s.producer, source,
                               COLOURS[n % len(COLOURS)], shapes[s.producer], points))
    return out


def shapes_key(series: Sequence[ChartSeries], translate: Translate = _english) -> str:
    """'marker shape: who made the figures (● IDC, ■ TrendForce, ◆ Bernstein)'."""
    seen = dict.fromkeys((s.shape, s.producer) for s in series)
    return fill(_t(SHAPES_KEY, translate), ", ".join(f"{SHAPE_MARKS.get(shape, shape)} {p}" for shape, p in seen))


def forecast_key(translate: Translate = _english) -> str:
    return _t(FORECAST, translate)


def left_out_text(facts: Sequence[SupplyFactDTO], translate: Translate = _english, lang: str | None = None,
                  style: NumberStyle | None = None) -> str:
    """The market-share statements with no year to chart, each with its source: '' when there are none; numbers
    in `style` (None: `lang`'s)."""
    if not facts:
        return ""
    style = style or number_style(dates.language(lang))
    items = [f"{f.subject}, {f.metric}: {supply_value(f, style)} ({f.period}; {f.source.publisher}, "
             f"{source_date(f.source, translate, lang)})" for f in facts]
    return fill(_t(LEFT_OUT, translate), "; ".join(items))


def title(translate: Translate = _english) -> str:
    return _t(TITLE, translate)


def y_title(translate: Translate = _english) -> str:
    return _t(Y_TITLE, translate)


def nothing_text(translate: Translate = _english) -> str:
    return _t(NOTHING, translate)


# ---- geometry -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    """The plot's box in pixels and the years it spans (padded half a year each side); y is 0-100 %."""

    plot: Box
    first: int
    last: int

    def x(self, year: float) -> float:
        lo, hi = self.first - 0.5, self.last + 0.5
        return self.plot.x0 + (year - lo) / (hi - lo) * (self.plot.x1 - self.plot.x0)

    def y(self, value: float) -> float:
        v = min(max(value, 0.0), 100.0)
        return self.plot.y1 - v / 100.0 * (self.plot.y1 - self.plot.y0)


def years(series: Sequence[ChartSeries]) -> tuple[int, int]:
    ys = [p.year for s in series for p in s.points]
    return (min(ys), max(ys)) if ys else (2024, 2026)


def year_ticks(first: int, last: int, width: float, label_width: float) -> list[int]:
    """Every year, or every second, fifth... so that the labels do not touch."""
    span = last - first + 1
    step = next((k for k in (1, 2, 5, 10) if span / k * (label_width + 12) <= width), 10)
    return [y for y in range(first, last + 1) if (y - first) % step == 0]


def point_positions(series: Sequence[ChartSeries], frame: Frame) -> dict[tuple[str, int], tuple[float, float]]:
    """Each point's pixel position; points of different lines that would cover one another (same year, values
    within CLOSE) are set side by side, DODGE apart, so that every marker can be seen."""
    pos: dict[tuple[str, int], tuple[float, float]] = {}
    by_year: dict[int, list[tuple[str, int, float]]] = {}
    for s in series:
        for i, p in enumerate(s.points):
            by_year.setdefault(p.year, []).append((s.key, i, p.value))
    for year, items in by_year.items():
        items.sort(key=lambda t: t[2])
        clusters: list[list[tuple[str, int, float]]] = []
        for item in items:
            if clusters and item[2] - clusters[-1][-1][2] < CLOSE:
                clusters[-1].append(item)
            else:
                clusters.append([item])
        for cluster in clusters:
            for k, (key, i, value) in enumerate(cluster):
                offset = (k - (len(cluster) - 1) / 2) * DODGE
                pos[(key, i)] = (frame.x(year) + offset, frame.y(value))
    return pos


def _line_boxes(a: tuple[float, float], b: tuple[float, float], half: float = 2.0) -> list[Box]:
    """Small boxes along a segment: the value labels keep off the lines."""
    n = max(1, int(math.hypot(b[0] - a[0], b[1] - a[1]) // 6))
    return [Box(a[0] + (b[0] - a[0]) * k / n - half, a[1] + (b[1] - a[1]) * k / n - half,
                a[0] + (b[0] - a[0]) * k / n + half, a[1] + (b[1] - a[1]) * k / n + half) for k in range(1, n)]


def value_labels(series: Sequence[ChartSeries], frame: Frame, pos: dict[tuple[str, int], tuple[float, float]],
                 width_of: Callable[[str], float], height: float, marker: float) -> dict[tuple[str, int], PlacedLabel]:
    """Where each point's value label goes (beside it, or further out on a leader), over no other label, marker or
    line; a label with no room is left off (the legend and the sources still give every figure)."""
    obstacles = [b for s in series for i in range(len(s.points) - 1)
                 for b in _line_boxes(pos[(s.key, i)], pos[(s.key, i + 1)])]
    specs = [LabelSpec(f"{s.key}#{i}", *pos[(s.key, i)], width_of(p.text) + 4, height)
             for s in series for i, p in enumerate(s.points)]
    placed = lay_out_labels(specs, frame.plot, marker, obstacles=obstacles)
    out = {}
    for label in placed:
        key, index = label.key.rsplit("#", 1)
        out[(key, int(index))] = label
    return out
