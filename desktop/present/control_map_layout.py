"""The control map without Qt: points, the rules' regions and label placement, shared by the tab and the export.

Every chip is a point at TPP (x) × performance density (y), both on log scales; a chip with no published density
sits in a strip below the plot. A rule's region comes from its conditions as data: a test whose leaves are all
thresholds on TPP or performance density becomes a union of rectangles (`any_of` adds, `all_of` intersects); a
rule in force whose tests read other figures (I/O, DRAM bandwidth) or that has no chip test is listed beside the
map instead of drawn. Labels are placed greedily around their point (eight spots, then further out on a leader
line), never over another label or another point; a label with no free spot is left off (its point keeps its
tooltip). Sizes are in pixels, measured by the caller.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from db.api.compare import PLAIN, NumberStyle, format_number
from db.api.controls import (DEPENDS, MEETS, MEETS_REGARDLESS, NAMED, UNDECIDED, ConditionDTO, DeviceVerdictDTO,
                             RuleDTO)
from desktop.present import controls as words
from desktop.present import dates
from desktop.present.locale_style import number_style
from desktop.present.palette import OKABE_ITO
from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english, fill

CONTEXT = "Controls"
TPP, PD = "tpp", "performance_density"  # the engine's metric keys the map plots
INF = math.inf
# status of a point on the day shown: the marker's shape says it (not colour alone: colour is the country)
CONTROLLED, LICENCE, UNDER, UNKNOWN = "controlled", "licence", "under", "unknown"
SYMBOLS = {CONTROLLED: "s", LICENCE: "t", UNDER: "o", UNKNOWN: "d"}  # pyqtgraph's symbol names
SHAPE_MARKS = {"s": "■", "t": "▼", "o": "●", "d": "◆"}  # the same shapes in a text key
STATUS_NAMES = {
    CONTROLLED: QT_TRANSLATE_NOOP("Controls", "meets a threshold rule"),
    LICENCE: QT_TRANSLATE_NOOP("Controls", "named by a licence policy"),
    UNDER: QT_TRANSLATE_NOOP("Controls", "under every line"),
    UNKNOWN: QT_TRANSLATE_NOOP("Controls", "cannot be decided"),
}
COUNTRY_COLOURS = {"US": OKABE_ITO["blue"], "CN": OKABE_ITO["vermillion"]}
OTHER_COUNTRY = OKABE_ITO["grey"]
REGION_COLOURS = (OKABE_ITO["orange"], OKABE_ITO["purple"], OKABE_ITO["sky"], OKABE_ITO["green"])
NO_DENSITY = QT_TRANSLATE_NOOP("Controls", "density not published")
MAP_METRICS = (TPP, PD)
Rect = tuple[float, float, float, float]  # x_lo, x_hi, y_lo, y_hi in data units (0 and INF for open sides)


def country_colour(country: str | None) -> str:
    return COUNTRY_COLOURS.get(country or "", OTHER_COUNTRY)


# ---- points ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class MapPoint:
    slug: str
    name: str
    country: str | None
    status: str  # CONTROLLED / LICENCE / UNDER / UNKNOWN
    tpp: float
    pd: float | None  # None: in the strip below the plot
    ringed: bool = False


def point_status(v: DeviceVerdictDTO) -> str:
    """What the rules in force that day make of the chip, most severe first."""
    live = [r for r in v.rules if r.in_force]
    if any(r.status in (MEETS, MEETS_REGARDLESS) and r.effect == "controlled" for r in live):
        return CONTROLLED
    if any(r.status == NAMED and r.kind == "licence-policy" for r in live):
        return LICENCE
    if any(r.status in (UNDECIDED, DEPENDS) and r.kind == "threshold-rule" for r in live):
        return UNKNOWN
    return UNDER


def map_points(verdicts: Iterable[DeviceVerdictDTO], ringed: Iterable[str] = ()) -> list[MapPoint]:
    """Every chip with a TPP, as a point (systems are judged through their chips, so they are left off)."""
    ring = set(ringed)
    return [MapPoint(v.device_slug, v.device_name, v.country, point_status(v), v.tpp, v.performance_density,
                     v.device_slug in ring) for v in verdicts if v.kind == "chip" and v.tpp]


def tooltip(v: DeviceVerdictDTO, translate: Translate = _english, style: NumberStyle = PLAIN) -> str:
    """A point's figures and sources, and each rule in force, worded by desktop.present.controls; numbers in
    `style` (the window's: '4 800' in French)."""
    lines = [words.device_heading(v, translate),
             f"{words.metric_name(TPP, translate)}: {words.tpp_text(v, style, translate)}",
             f"{words.metric_name(PD, translate)}: {words.pd_text(v, style, translate)}"]
    if v.tpp_sources:
        lines.append(fill(translate("Controls", "TPP source: %1"), "; ".join(v.tpp_sources)))
    for r in v.rules:
        if r.in_force and r.status not in ("not_assessed", "not_named"):
            detail = words.margin(r, style, translate) or words.why(r, v.on, style, translate)
            lines.append(f"{r.name}: {words.status_text(r, translate)} ({detail})")
    return "\n".join(lines)


# ---- regions ------------------------------------------------------------------------------------------------
def _leaf_rects(c: ConditionDTO) -> list[Rect] | None:
    if c.metric not in MAP_METRICS or isinstance(c.value, bool) or c.value is None:
        return None
    v = float(c.value)
    lo_hi = (v, INF) if c.op in (">=", ">") else (0.0, v) if c.op in ("<", "<=") else None
    if lo_hi is None:
        return None
    return [(*lo_hi, 0.0, INF)] if c.metric == TPP else [(0.0, INF, *lo_hi)]


def _meet(a: Rect, b: Rect) -> Rect | None:
    r = (max(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), min(a[3], b[3]))
    return r if r[0] < r[1] and r[2] < r[3] else None


def condition_rects(c: ConditionDTO) -> list[Rect] | None:
    """The condition as rectangles on the TPP × density plane, or None when it reads another figure."""
    if c.op not in ("any_of", "all_of"):
        return _leaf_rects(c)
    parts = [condition_rects(k) for k in c.children]
    if any(p is None for p in parts):
        return None
    if c.op == "any_of":
        return [r for p in parts for r in p or []]
    out: list[Rect] = [(0.0, INF, 0.0, INF)]
    for p in parts:
        out = [m for a in out for b in p or [] if (m := _meet(a, b)) is not None]
    return out


@dataclass(frozen=True)
class Region:
    rule_id: str
    test_key: str
    label: str  # "3A090.a · Oct 2023 rule"
    condition: str  # "TPP ≥ 4,800 or (TPP ≥ 1,600 and PD ≥ 5.92)"
    rects: tuple[Rect, ...]
    colour: str
    unverified: bool = False


@dataclass(frozen=True)
class Listed:
    """A rule in force that the map cannot draw, and why."""

    rule_id: str
    name: str
    text: str


def map_regions(rules: Sequence[RuleDTO], on: str, translate: Translate = _english,
                lang: str | None = None, style: NumberStyle | None = None) -> tuple[list[Region], list[Listed]]:
    """The regions of the threshold rules in force on `on`, and the other rules in force, listed; dates in `lang`
    (None: the window's language), numbers in `style` (the window passes its own; None: `lang`'s)."""
    regions: list[Region] = []
    listed: list[Listed] = []
    style = style or number_style(dates.language(lang))  # '1 600', '600 Go/s' in French
    for rule in rules:
        if not rule.in_force(on):
            continue
        drawn = False
        for t in rule.tests:
            if t.effect != "controlled":
                continue
            rects = condition_rects(t.condition)
            if not rects:
                continue
            label = fill(translate("Controls", "%1 (from %2)"), words.test_name(t.key, translate) or rule.id,
                         dates.day(rule.effective, lang))
            regions.append(Region(rule.id, t.key, label, words.condition_text(t.condition, style, translate),
                                  tuple(rects), REGION_COLOURS[len(regions) % len(REGION_COLOURS)],
                                  t.verified is False))
            drawn = True
        if not drawn:
            text = words.rule_tests_text(rule, style, translate) or words.kind_text(rule.kind, translate)
            listed.append(Listed(rule.id, rule.name, text))
    return regions, listed


def rule_dates(rules: Iterable[RuleDTO]) -> list[str]:
    """The days the map changes: each rule's effective and end date, in order."""
    return sorted({d for r in rules for d in (r.effective, r.ends) if d})


# ---- labels -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def intersects(self, o: Box) -> bool:
        return self.x0 < o.x1 and o.x0 < self.x1 and self.y0 < o.y1 and o.y0 < self.y1


@dataclass(frozen=True)
class LabelSpec:
    key: str
    x: float  # the point, in pixels (y down)
    y: float
    w: float  # the label's size, in pixels
    h: float
    marker: float = 0.0  # the point's own size when larger than the common one (a ring)


@dataclass(frozen=True)
class PlacedLabel:
    key: str
    box: Box
    leader: bool  # placed away from its point: draw a line to it


class _Grid:
    def __init__(self, cell: float) -> None:
        self.cell, self.cells = cell, {}  # type: dict[tuple[int, int], list[Box]]

    def _keys(self, b: Box) -> Iterable[tuple[int, int]]:
        c = self.cell
        for i in range(int(b.x0 // c), int(b.x1 // c) + 1):
            for j in range(int(b.y0 // c), int(b.y1 // c) + 1):
                yield i, j

    def add(self, b: Box) -> None:
        for k in self._keys(b):
            self.cells.setdefault(k, []).append(b)

    def hits(self, b: Box) -> bool:
        return any(o.intersects(b) for k in self._keys(b) for o in self.cells.get(k, ()))


def lay_out_labels(specs: Sequence[LabelSpec], bounds: Box, marker: float = 10.0,
                   max_labels: int | None = None, obstacles: Sequence[Box] = ()) -> list[PlacedLabel]:
    """Place each label (in the order given: put the important ones first) beside its point, or further out on a
    leader line, inside `bounds`, over no other label, no point and no obstacle (the regions' own labels); a label
    with no free spot is left off."""
    grid = _Grid(max(24.0, marker * 3))
    r = marker / 2 + 1
    for b in obstacles:
        grid.add(b)
    for s in specs:
        q = max(r, s.marker / 2 + 1)
        grid.add(Box(s.x - q, s.y - q, s.x + q, s.y + q))
    placed: list[PlacedLabel] = []
    misses = 0
    for s in specs:
        if max_labels is not None and (len(placed) >= max_labels or misses >= 2 * max_labels):
            break  # the map is full: the rest keep their tooltips
        misses += 1
        q = max(r, s.marker / 2 + 1)
        for reach, leader in ((q + 2, False), (q + 14, True), (q + 30, True)):
            spots = ((s.x + reach, s.y - s.h / 2), (s.x - reach - s.w, s.y - s.h / 2),
                     (s.x - s.w / 2, s.y - reach - s.h), (s.x - s.w / 2, s.y + reach),
                     (s.x + reach * 0.7, s.y - reach * 0.7 - s.h), (s.x + reach * 0.7, s.y + reach * 0.7),
                     (s.x - reach * 0.7 - s.w, s.y - reach * 0.7 - s.h), (s.x - reach * 0.7 - s.w, s.y + reach * 0.7))
            box = next((b for x, y in spots if (b := Box(x, y, x + s.w, y + s.h)).x0 >= bounds.x0
                        and b.y0 >= bounds.y0 and b.x1 <= bounds.x1 and b.y1 <= bounds.y1 and not grid.hits(b)), None)
            if box is not None:
                grid.add(box)
                placed.append(PlacedLabel(s.key, box, leader))
                misses -= 1
                break
    return placed


def label_order(points: Sequence[MapPoint]) -> list[MapPoint]:
    """Ringed (compared) chips first, then the highest TPP: the chips an analyst looks for."""
    return sorted(points, key=lambda p: (not p.ringed, -p.tpp, p.name))


def log_span(values: Iterable[float], pad: float = 0.12) -> tuple[float, float]:
    """A log10 range covering the values and the lines, padded."""
    logs = [math.log10(v) for v in values if v and v > 0 and v != INF]
    if not logs:
        return 0.0, 1.0
    lo, hi = min(logs), max(logs)
    span = max(hi - lo, 0.5)
    return lo - span * pad, hi + span * pad


def region_lines(regions: Iterable[Region]) -> tuple[list[float], list[float]]:
    """The finite TPP and density lines of the regions (to keep them in view)."""
    xs = {v for g in regions for r in g.rects for v in r[:2] if 0 < v < INF}
    ys = {v for g in regions for r in g.rects for v in r[2:] if 0 < v < INF}
    return sorted(xs), sorted(ys)


def no_density_label(translate: Translate = _english) -> str:
    return translate(CONTEXT, NO_DENSITY)


def status_name(status: str, translate: Translate = _english) -> str:
    return translate(CONTEXT, STATUS_NAMES[status])


def legend_items(translate: Translate = _english) -> list[tuple[str, str, str]]:
    """(kind, key, text) of the map's key: a colour per country, a shape per status."""
    countries = [("colour", COUNTRY_COLOURS["US"], translate("Controls", "US")),
                 ("colour", COUNTRY_COLOURS["CN"], translate("Controls", "China")),
                 ("colour", OTHER_COUNTRY, translate("Controls", "other"))]
    return countries + [("shape", SHAPE_MARKS[SYMBOLS[s]], status_name(s, translate))
                        for s in (CONTROLLED, LICENCE, UNDER, UNKNOWN)]


def log_ticks(lo: float, hi: float, style: NumberStyle = PLAIN) -> list[tuple[float, str]]:
    """Ticks at 1, 2, 5 × 10^k between two log10 bounds: (log10 value, text), written in `style` ('1,000';
    '1 000' in French, where '1,000' would read as one)."""
    out = []
    for k in range(math.floor(lo) - 1, math.ceil(hi) + 1):
        for m in (1, 2, 5):
            v = m * 10.0 ** k
            if lo <= math.log10(v) <= hi:
                out.append((math.log10(v), format_number(v, style)))
    return out


# ---- a rule's timeline event ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleCatch:
    """What a rule linked to a timeline event made of the chips on a day: thresholds, caught, missed."""

    rule: RuleDTO
    role: str  # enacted | amended | suspended | rescinded | related
    day: str
    thresholds: str  # "3A090.a: TPP ≥ 4,800 or (…)"
    caught: tuple[tuple[str, str], ...]  # (slug, name)
    missed: tuple[tuple[str, str], ...]
    undecided: tuple[tuple[str, str], ...]


def rules_of_event(rules: Iterable[RuleDTO], uid: str) -> list[tuple[RuleDTO, str]]:
    return [(r, e.role) for r in rules for e in r.events if e.uid == uid]


def event_day(rule: RuleDTO, event_date: str) -> str:
    """The day to judge on: the event's, or the rule's first day in force when the event came before it."""
    day = event_date if len(event_date) == 10 else rule.effective
    return max(day, rule.effective) if not rule.ends or day < rule.ends else day


def rule_catch(rule: RuleDTO, role: str, day: str, verdicts: Iterable[DeviceVerdictDTO],
               translate: Translate = _english, lang: str | None = None, style: NumberStyle | None = None) -> RuleCatch:
    """Which chips the rule caught on `day`, missed, or could not decide; its tests in `style`'s numbers (the window
    passes its own; None: `lang`'s, the window's language without one)."""
    caught, missed, undecided = [], [], []
    for v in verdicts:
        r = next((x for x in v.rules if x.rule_id == rule.id), None)
        if r is None or v.kind != "chip":
            continue
        where = caught if r.status in (MEETS, MEETS_REGARDLESS, NAMED) else \
            undecided if r.status in (UNDECIDED, DEPENDS) else missed if r.status in ("misses", "misses_regardless") \
            else None
        if where is not None:
            where.append((v.device_slug, v.device_name))
    tests = words.rule_tests_text(rule, style or number_style(dates.language(lang)), translate)
    return RuleCatch(rule, role, day, tests, tuple(caught), tuple(missed),
                     tuple(undecided))
