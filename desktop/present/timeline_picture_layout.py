"""Where everything of the exported timeline goes, without Qt: lanes sized to their labels, one label per
marker, a numbered key for what a label cannot say in full.

Every event in range is named: by its own label (its title, shortened at a word boundary when it is long,
the full title then in the key under the label's number), or, when its marker would sit on another's, in
the key entry of the numbered marker that stands for them all. Up to `budget` events (40 at the default
size) only markers closer than a marker's width are grouped (and a group's numbered badge does not touch
its neighbours); beyond it, neighbours are grouped further apart until at most `budget` markers remain,
and `summarised` says how many events that folded into groups. Labels hang on leader lines in rows under
their lane line, a crowd's alternately above it (timeline_labels.place_lane: no overlap, no leader
crossing a label). Positions are pixels from the top-left of the lanes; x comes from XScale.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from desktop.present.timeline_labels import (alternate_sides, boxes_intersect, group, place_lane, rows_used,
                                             shorten)

LABEL_BUDGET = 40  # events labelled one by one at the default size
MARKER_PX = 11.0
LINE_Y = 16.0  # the lane line, from the lane's top
FIRST_ROW = 11.0  # the first label row, from the lane line
BOTTOM_PAD = 7.0
MIN_LANE = 38.0
TOP_PAD = 4.0  # above the highest label row over a lane line
LABEL_PAD = 3.0  # around a label's text, inside its box
MIN_LABEL_PX = 150.0  # a title is shortened down to this to save a row


@dataclass(frozen=True)
class Mark:
    """One event as the picture places it: its marker's x in px, its lane, its title."""
    key: Hashable
    lane: int
    x: float
    title: str


@dataclass(frozen=True)
class Label:
    """One marker drawn and its label: an event, or a group of events with one numbered marker."""
    keys: tuple[Hashable, ...]  # the events it stands for, by date
    lane: int
    x: float  # where the marker is drawn
    x0: float  # first and last of its events' markers (equal for one event)
    x1: float
    text: str  # shown after the number (a title, maybe shortened, or "3 events")
    number: int | None  # its entry in the key: a group, or a shortened title
    box: tuple[float, float, float, float]  # (left, top, width, height), px from the top of the lanes
    row: int  # counted from the lane line, above or below it
    text_left: float  # where the text starts (after the number)
    above: bool = False  # hangs above the lane line (a crowd's labels alternate above and below)
    line_y: float = 0.0  # its lane line's y

    @property
    def grouped(self) -> bool:
        return len(self.keys) > 1

    @property
    def leader(self) -> tuple[float, float, float]:
        """(x, the lane line's y, the label's middle y): the line from the marker to the label's box."""
        return self.x, self.line_y, self.box[1] + self.box[3] / 2


@dataclass(frozen=True)
class LaneBand:
    top: float
    height: float
    line_y: float  # absolute y of the lane line
    rows: int  # label rows under the line
    rows_above: int = 0  # and above it


@dataclass(frozen=True)
class TimelineLayout:
    labels: tuple[Label, ...]
    lanes: tuple[LaneBand, ...]
    total: int  # events laid out
    summarised: int  # events folded into groups because there were more than `budget`
    budget: int

    @property
    def height(self) -> float:
        return sum(b.height for b in self.lanes)

    def key(self) -> list[Label]:
        """The numbered labels, by number: what the key below the picture lists."""
        return sorted((lb for lb in self.labels if lb.number is not None), key=lambda lb: lb.number or 0)

    def named(self) -> list[Hashable]:
        """Every event the picture names: by its own label, or through its key entry."""
        return [k for lb in self.labels for k in lb.keys]

    def overlaps(self) -> list[tuple[Label, Label]]:
        """Pairs of label boxes that intersect (none, when the layout is right)."""
        out = []
        labels = sorted(self.labels, key=lambda lb: lb.box[0])
        for i, a in enumerate(labels):
            for b in labels[i + 1:]:
                if b.box[0] >= a.box[0] + a.box[2]:
                    break
                if boxes_intersect(a.box, b.box):
                    out.append((a, b))
        return out


@dataclass
class _Item:
    keys: list[Hashable]
    xs: list[float]
    lane: int
    text: str
    numbered: bool
    title: str = ""  # the whole title of a single event

    @property
    def x(self) -> float:
        return (self.xs[0] + self.xs[-1]) / 2


def lay_out(marks: Sequence[Mark], lane_count: int, width_of: Callable[[str], float],
            number_width_of: Callable[[str], float], group_text: Callable[[int], str], left: float, right: float,
            row_height: float, max_label_px: float, budget: int = LABEL_BUDGET,
            marker_px: float = MARKER_PX) -> TimelineLayout:
    """Lay out the markers and labels of `lane_count` lanes between x = `left` and `right`.

    `width_of(text)` measures a label's text, `number_width_of(text)` its number (often bold);
    `group_text(n)` is the label of a group of n events ("3 events")."""
    per_lane: list[list[Mark]] = [[] for _ in range(lane_count)]
    for m in marks:
        per_lane[m.lane].append(m)
    for lane in per_lane:
        lane.sort(key=lambda m: m.x)
    crowded = len(marks) > budget
    grouped = _groups(per_lane, marker_px + 1, budget if crowded else None, badge_px(count_hint=len(marks)))
    items: list[list[_Item]] = []
    for lane, (lane_marks, runs) in enumerate(zip(per_lane, grouped)):
        row: list[_Item] = []
        for a, b in runs:
            run = lane_marks[a:b]
            if len(run) > 1:
                row.append(_Item([m.key for m in run], [m.x for m in run], lane, group_text(len(run)), True))
            else:
                text, cut = shorten(run[0].title, width_of, max_label_px)
                row.append(_Item([run[0].key], [run[0].x], lane, text, cut, run[0].title))
        items.append(row)
    summarised = sum(len(it.keys) for row in items for it in row if len(it.keys) > 1) if crowded else 0
    count = sum(1 for row in items for it in row if it.numbered) or 1
    number_px = number_width_of(str(count)) + width_of(" ")
    sides = [_sides(row, width_of, number_px, right) for row in items]
    placed = []
    for row, above in zip(items, sides):
        spots: list[tuple[float, int, float] | None] = [None] * len(row)
        for side in (False, True):
            part = [k for k in range(len(row)) if above[k] == side]
            for k, spot in zip(part, _place([row[k] for k in part], width_of, number_px, left, right)):
                spots[k] = spot
        placed.append(spots)
    numbers = _numbers(items)
    labels: list[Label] = []
    bands: list[LaneBand] = []
    top = 0.0
    for lane, (row, spots, above) in enumerate(zip(items, placed, sides)):
        rows = rows_used([s for s, up in zip(spots, above) if not up])
        rows_above = rows_used([s for s, up in zip(spots, above) if up])
        line_y = top + max(LINE_Y, TOP_PAD + rows_above * row_height + FIRST_ROW) if rows_above else top + LINE_Y
        for it, spot, up in zip(row, spots, above):
            assert spot is not None
            box_left, r, _room = spot
            number = numbers.get(id(it))
            num_w = number_width_of(str(number)) + width_of(" ") if number is not None else 0.0
            width = num_w + width_of(it.text) + 2 * LABEL_PAD
            y = line_y - FIRST_ROW - (r + 1) * row_height + 2 if up else line_y + FIRST_ROW + r * row_height
            labels.append(Label(tuple(it.keys), lane, it.x, it.xs[0], it.xs[-1], it.text, number,
                                (box_left, y, width, row_height - 2), r, box_left + LABEL_PAD + num_w, up, line_y))
        height = max(MIN_LANE, line_y - top + FIRST_ROW + rows * row_height + BOTTOM_PAD)
        bands.append(LaneBand(top, height, line_y, rows, rows_above))
        top += height
    return TimelineLayout(tuple(labels), tuple(bands), len(marks), summarised, budget)


def badge_px(count_hint: int) -> float:
    """The width of a numbered marker (its number in a rounded badge), about 7 px a digit."""
    return 8.0 + 7.0 * len(str(max(count_hint, 1)))


def _groups(per_lane: list[list[Mark]], distance: float, budget: int | None,
            badge: float) -> list[list[tuple[int, int]]]:
    """Runs of each lane's marks drawn as one marker: marks closer than `distance`; then, while more than
    `budget` markers are left or a numbered marker would touch its neighbour, the two neighbours whose
    union is the narrowest are joined (a coarse pass first, when there are many)."""
    xs = [[m.x for m in lane] for lane in per_lane]
    runs = [group(x, distance) for x in xs]
    if budget is not None:
        while sum(len(r) for r in runs) > 4 * budget:
            distance *= 1.25
            runs = [group(x, distance) for x in xs]
    while True:
        best = None
        for lane, (x, rr) in enumerate(zip(xs, runs)):
            for k in range(len(rr) - 1):
                (a, b), (c, d) = rr[k], rr[k + 1]
                span = x[d - 1] - x[a]
                apart = (x[c] + x[d - 1]) / 2 - (x[a] + x[b - 1]) / 2
                need = ((badge if b - a > 1 else distance) + (badge if d - c > 1 else distance)) / 2 + 2
                touching = (b - a > 1 or d - c > 1) and apart < need
                if (touching or budget is not None) and (best is None or (touching, -span) > (best[0], -best[1])):
                    best = (touching, span, lane, k)
        if best is None or not (best[0] or (budget is not None and sum(len(r) for r in runs) > budget)):
            return runs
        _touching, _span, lane, k = best
        rr = runs[lane]
        rr[k:k + 2] = [(rr[k][0], rr[k + 1][1])]


def _place(row: list[_Item], width_of: Callable[[str], float], number_px: float, left: float,
           right: float) -> list[tuple[float, int, float] | None]:
    """Every label of a lane placed, a title shortened further where that saves a row; else the ones
    without room shortened to their number; else, as a last resort, with leader lines allowed to cross
    labels (boxes still never overlap). The items' texts are updated to the room each label got."""
    widths = [width_of(it.text) + (number_px if it.numbered else 0.0) + 2 * LABEL_PAD for it in row]
    mins = [w if len(it.keys) > 1 else min(w, MIN_LABEL_PX) for it, w in zip(row, widths)]
    anchors = [it.x for it in row]
    spots = place_lane(anchors, widths, left, right, min_widths=mins)
    if any(s is None for s in spots):
        for it, spot, k in zip(row, spots, range(len(row))):
            if spot is None and not it.numbered:
                it.text, it.numbered = "", True
                widths[k] = mins[k] = number_px + 2 * LABEL_PAD
        spots = place_lane(anchors, widths, left, right, min_widths=mins)
    if any(s is None for s in spots):
        spots = place_lane(anchors, widths, left, right, cross=True, min_widths=mins)
    for it, spot, w in zip(row, spots, widths):
        if spot is not None and spot[2] < w - 0.5 and it.title:
            it.text, _cut = shorten(it.title, width_of, spot[2] - number_px - 2 * LABEL_PAD)
            it.numbered = True
    return spots


def _sides(row: list[_Item], width_of: Callable[[str], float], number_px: float, right: float) -> list[bool]:
    widths = [width_of(it.text) + (number_px if it.numbered else 0.0) + 2 * LABEL_PAD for it in row]
    return alternate_sides([it.x for it in row], widths, right)


def _numbers(items: list[list[_Item]]) -> dict[int, int]:
    """Key numbers of the numbered items, in date order (then lane order)."""
    numbered = sorted((it for row in items for it in row if it.numbered), key=lambda it: (it.xs[0], it.lane))
    return {id(it): n for n, it in enumerate(numbered, start=1)}
