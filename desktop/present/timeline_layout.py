"""The timeline's lanes and the chart's labels, without Qt: which lanes there are, where each title goes
and which titles are left out so that none overlaps another.

Labels are placed by timeline_labels, as in the exported picture (timeline_picture_layout): rows under
each lane line, leader lines, titles shortened at word boundaries, close markers sharing one label. Text is
measured by the caller (`width_of(text) -> px`), so this module never needs a font. Positions are pixels;
x comes from timeline_scale.XScale.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop.present.timeline_labels import alternate_sides, boxes_intersect, group, place_lane, shorten
from desktop.present.timeline_scale import XScale

# the character that stands for each chart marker symbol in text (an event's details, a legend in words)
SYMBOL_GLYPHS = {"t1": "▲", "x": "✕", "d": "◆", "s": "■", "star": "★", "h": "⬢", "p": "⬟", "o": "●", "t": "▼",
                 "+": "✚", "t2": "▶", "t3": "◀", "crosshair": "⊕",
                 "hourglass": "⧗"}
# marker shapes pyqtgraph has no symbol for: a polygon in the unit box centred on (0, 0), as pyqtgraph's own symbols
# are drawn (the chart registers them with pyqtgraph, the exported picture scales them to its marker size)
EXTRA_SYMBOLS: dict[str, tuple[tuple[float, float], ...]] = {
    "hourglass": ((-0.45, -0.5), (0.45, -0.5), (0.07, 0.0), (0.45, 0.5), (-0.45, 0.5), (-0.07, 0.0)),  # ⧗
}


# the chart's markers and labels, in pixels
MARKER_SIZE = 11
HIGHLIGHT_SIZE = 15
LABEL_MAX_PX = 240
LABEL_MIN_PX = 170  # a title is shortened down to this to sit on a higher row
LABEL_LEAST_PX = 80  # and down to this rather than be left out
LABEL_GAP_PX = 8
LABEL_OFFSET_PX = 3  # from the leader line to the label's edge
BAR_HALF_HEIGHT = 0.1  # month / quarter / year bars, in lane units
TODAY_LABEL_AT = 0.02  # where the "today" label sits along its line, from the bottom of the plot


# lanes ------------------------------------------------------------------------------------------------
def present_in_order(keys: Iterable[str], order: Sequence[str]) -> list[str]:
    """The distinct keys in `order`, then the unknown ones alphabetically."""
    rank = {k: i for i, k in enumerate(order)}
    return sorted(set(keys), key=lambda k: (rank.get(k, len(rank)), k))


def fold_lanes(keys: Sequence[str], order: Sequence[str], other: str = "other") -> tuple[list[str], np.ndarray]:
    """(lane keys top to bottom, lane index of each key) with unknown keys folded into `other`.

    Lanes without any key are left out to save room; with no key at all every lane of `order` is kept."""
    lanes = list(order)
    present = set(keys)
    if present:
        lanes = [k for k in lanes if k in present or (k == other and not present.issubset(order))]
    position = {k: i for i, k in enumerate(lanes)}
    fallback = position.get(other, 0)
    return lanes, np.fromiter((position.get(k, fallback) for k in keys), dtype=np.int32, count=len(keys))


def by_lane(shown: np.ndarray, lane: np.ndarray, x: np.ndarray, lane_count: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(xs sorted, indices) of the shown events per lane, by x (ties keep the order of `shown`)."""
    if not len(shown):
        return [(np.zeros(0), shown) for _ in range(lane_count)]
    lanes = lane[shown]
    ordered = shown[np.lexsort((x[shown], lanes))]
    counts = np.bincount(lanes, minlength=lane_count)
    return [(x[idx], idx) for idx in np.split(ordered, np.cumsum(counts)[:-1])]


LINE_AT = 0.45  # where a lane's line sits in its band, from the top: labels hang above it and below it


def lane_offsets(counts: Sequence[int]) -> np.ndarray:
    """The lanes' bands, in lane units down from the top: the edges, one more than the lanes. A lane is as
    tall as its events need, from 1 unit for one event to 4 for a crowd, so a lane of one event leaves no
    empty band and a crowded one has rows for its labels."""
    heights = [1.0 + min(float(np.sqrt(max(c, 0))), 6.0) / 2 for c in counts]
    return np.concatenate([[0.0], np.cumsum(heights)]) if heights else np.zeros(1)


def lane_lines(offsets: np.ndarray) -> np.ndarray:
    """Where each lane's line sits (lane units down from the top), LINE_AT of the way down its band."""
    offsets = np.asarray(offsets, dtype=np.float64)
    return offsets[:-1] + LINE_AT * np.diff(offsets)


@dataclass(frozen=True)
class LaneScale:
    """Lanes along y: lane k's line sits at data y = -lines[k] (-k without them), in the band from
    -offsets[k] to -offsets[k + 1] (from its line to the next without them); the view shows data y from y0
    (bottom) to y1 (top)."""
    y0: float
    y1: float
    height: float
    offsets: tuple[float, ...] | None = None  # lane_offsets(): the bands' edges, one more than the lanes

    @property
    def lane_px(self) -> float:
        return self.height / (self.y1 - self.y0) if self.y1 > self.y0 else 0.0

    def to_px(self, lane):
        """The pixel y of lane lines (a lane index or an array of them)."""
        if self.offsets is None:
            return (self.y1 + lane) * self.lane_px
        lines = lane_lines(np.asarray(self.offsets))
        return (self.y1 + lines[np.asarray(lane, dtype=np.int64)]) * self.lane_px

    def band_px(self, lane: int) -> tuple[float, float]:
        """The pixel y of the top and bottom of a lane's band."""
        if self.offsets is None:
            return float(self.to_px(lane)), float(self.to_px(lane + 1))
        return (self.y1 + self.offsets[lane]) * self.lane_px, (self.y1 + self.offsets[lane + 1]) * self.lane_px


# the chart's labels -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ChartLabel:
    """A label the chart draws, in ViewBox pixels: the events it names (one, or a group of markers closer
    than a marker's width), its box, its text and its leader line (x, from y, to y)."""
    indices: tuple[int, ...]
    box: tuple[float, float, float, float]  # left, top, width, height
    text: str
    leader: tuple[float, float, float]


def lane_bands(lane_count: int, ys: LaneScale, row_height: float) -> list[tuple[float, float, int, float, int]]:
    """(lane line y, first row's top under the line, rows under it, first row's bottom over the line, rows
    over it) of each lane: the label rows of a lane's band, clear of its markers, within the plot."""
    out = []
    clear = HIGHLIGHT_SIZE / 2 + 4
    for lane in range(lane_count):
        line = float(ys.to_px(lane))
        top, bottom = ys.band_px(lane)
        top, bottom = max(top, 0.0) + 2, min(bottom, ys.height) - 2
        below = line + clear
        rows = int((bottom - below) // row_height) if below >= 0 else 0
        over = line - clear
        rows_over = int((over - top) // row_height) if over <= ys.height else 0
        out.append((line, below, max(rows, 0), over, max(rows_over, 0)))
    return out


def chart_labels(per_lane: Sequence[tuple[np.ndarray, np.ndarray]], xs: XScale, ys: LaneScale, text_height: float,
                 title: Callable[[int], str], width_of: Callable[[str], float],
                 group_text: Callable[[int], str],
                 avoid: Sequence[tuple[float, float, float, float]] = ()) -> list[ChartLabel]:
    """Every label the chart draws for the events in view, laid out as the exported picture's are
    (timeline_labels): markers closer than a marker's width share one label ("3 events"), titles are
    shortened at word boundaries, labels hang in rows under their lane line on leader lines, none
    overlapping and no leader crossing a label. Labels without room are left out (the tooltip and the
    list name every event; zooming in makes room).

    `per_lane` is by_lane()'s answer (marker xs in epoch seconds), `title(index)` an event's title and
    `width_of(text)` its width in pixels. `avoid` are boxes (left, top, width, height) no label may cover (the
    chart's "today" label): a title that would run into one is shortened to end before it, or left out."""
    out: list[ChartLabel] = []
    w = xs.width
    if w <= 0 or not any(len(idx) for _x, idx in per_lane):
        return out
    row_h = text_height + 3
    for lane, ((x, idx), band) in enumerate(zip(per_lane, lane_bands(len(per_lane), ys, row_h))):
        line, below, rows, over, rows_over = band
        if not len(idx) or rows + rows_over < 1:
            continue
        lo = int(np.searchsorted(x, xs.x0, side="left"))
        hi = int(np.searchsorted(x, xs.x1, side="right"))
        if lo >= hi:
            continue
        px = xs.to_px(x[lo:hi])
        runs = group(px, MARKER_SIZE + 1.0)
        capacity = (rows + rows_over) * max(int(w // 60), 1)  # more markers than could ever get a label: wait
        if len(runs) > 3 * capacity:
            continue
        texts, widths, mins, least, anchors = [], [], [], [], []
        for a, b in runs:
            if b - a > 1:
                text = group_text(b - a)
                tw = width_of(text)
                texts.append(text), widths.append(tw + 2), mins.append(tw + 2), least.append(tw + 2)
            else:
                text, _cut = shorten(title(int(idx[lo + a])), width_of, LABEL_MAX_PX)
                tw = width_of(text)
                texts.append(text), widths.append(tw + 2), mins.append(min(tw, LABEL_MIN_PX) + 2)
                least.append(min(tw, LABEL_LEAST_PX) + 2)
            anchors.append(float(px[a] + px[b - 1]) / 2)
        sides = alternate_sides(anchors, widths, w, LABEL_GAP_PX) if rows_over else [False] * len(runs)
        for up, max_rows in ((False, rows), (True, rows_over)):
            part = [k for k in range(len(runs)) if sides[k] == up]
            if not part or max_rows < 1:
                continue
            spots = place_lane([anchors[k] for k in part], [widths[k] for k in part], 0.0, w, max_rows=max_rows,
                               gap=LABEL_GAP_PX, lead=LABEL_OFFSET_PX, min_widths=[mins[k] for k in part],
                               least_widths=[least[k] for k in part], variants=(True,))
            for k, spot in zip(part, spots):
                if spot is None:
                    continue
                (a, b), text = runs[k], texts[k]
                left, row, room = spot
                if room < widths[k] - 0.5:
                    text, _cut = shorten(title(int(idx[lo + a])), width_of, room - 2)
                    room = width_of(text) + 2
                box_top = over - (row + 1) * row_h + 3 if up else below + row * row_h
                blocked = [box for box in avoid if boxes_intersect((left, box_top, room, text_height), box)]
                if blocked:
                    room = min(box[0] for box in blocked) - LABEL_GAP_PX - left
                    if b - a > 1 or room < LABEL_LEAST_PX:
                        continue
                    text, _cut = shorten(title(int(idx[lo + a])), width_of, room - 2)
                    room = width_of(text) + 2
                start = line - MARKER_SIZE / 2 - 1 if up else line + MARKER_SIZE / 2 + 1
                out.append(ChartLabel(tuple(idx[lo + a:lo + b].tolist()), (left, box_top, room, text_height),
                                      text, (anchors[k], start, box_top + text_height / 2)))
    return out


def spaced(spans: Iterable[tuple[float, float]], gap: float, right: float) -> list[bool]:
    """Which of the (left, width) spans, in order, are kept so that none overlaps the one kept before it
    (with `gap` px between them) and none ends after `right`."""
    keep = []
    last_right = -1e9
    for left, width in spans:
        ok = not (left < last_right + gap or left + width > right)
        keep.append(ok)
        if ok:
            last_right = left + width
    return keep
