"""The timeline's lanes and label layout, without Qt: which lanes there are, where each title goes and
which titles are left out so that none overlaps another. The chart and the exported picture both read it.

Text is measured by the caller (`measure(title) -> (shown text, width in px)`, eliding as it likes), so
this module never needs a font. Positions are pixels; x comes from timeline_scale.XScale.

- The chart puts one row of labels above each lane line and lays them out greedily, left to right, only
  for the events in view: a label that would overlap the previous one, or leave the plot, is skipped.
- The picture stacks labels in up to `max_rows` rows under each lane line (first row with room) and
  counts the titles it had no room for.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop.present.timeline_scale import XScale

# the character that stands for each chart marker symbol in text (an event's details, a legend in words)
SYMBOL_GLYPHS = {"t1": "▲", "x": "✕", "d": "◆", "s": "■", "star": "★", "h": "⬢", "p": "⬟", "o": "●", "t": "▼",
                 "+": "✚", "t2": "▶", "t3": "◀"}

Measure = Callable[[str], tuple[str, float]]

# the chart's markers and labels, in pixels
MARKER_SIZE = 11
HIGHLIGHT_SIZE = 15
LABEL_MAX_PX = 220
LABEL_GAP_PX = 8
LABEL_RISE_PX = (HIGHLIGHT_SIZE + 7) / 2 + 1  # labels sit above the lane line, clear of the markers' rings
LABEL_OFFSET_PX = MARKER_SIZE / 2 + 3  # from the marker's centre to the label's left edge
BAR_HALF_HEIGHT = 0.16  # month / quarter / year bars, in lane units


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


@dataclass(frozen=True)
class LaneScale:
    """Lanes along y: lane k sits at data y = -k; the view shows data y from y0 (bottom) to y1 (top)."""
    y0: float
    y1: float
    height: float

    @property
    def lane_px(self) -> float:
        return self.height / (self.y1 - self.y0) if self.y1 > self.y0 else 0.0

    def to_px(self, lane):
        """The pixel y of lane lines (a lane index or an array of them)."""
        return (self.y1 + lane) * self.lane_px


# the chart's labels -----------------------------------------------------------------------------------
def chart_labels(per_lane: Sequence[tuple[np.ndarray, np.ndarray]], xs: XScale, ys: LaneScale, text_height: float,
                 measure: Callable[[int], tuple[str, float]]) -> list[tuple[int, tuple[float, float, float, float], str]]:
    """(event index, (left, top, width, height), text) of every label the chart draws, in pixels.

    `per_lane` is by_lane()'s answer (marker xs in epoch seconds); `measure(index)` gives the shown text
    of an event and its width. Lanes too thin for a label above their markers get none."""
    labels: list[tuple[int, tuple[float, float, float, float], str]] = []
    th = text_height
    w = xs.width
    if w <= 0 or ys.lane_px < th + LABEL_RISE_PX + MARKER_SIZE or not any(len(idx) for _x, idx in per_lane):
        return labels
    sx = xs.px_per_second()
    offset = LABEL_OFFSET_PX
    for lane, (x, idx) in enumerate(per_lane):
        if not len(idx):
            continue
        lo = int(np.searchsorted(x, xs.x0 - (LABEL_MAX_PX / sx), side="left"))
        hi = int(np.searchsorted(x, xs.x1, side="right"))
        if lo >= hi:
            continue
        top = ys.to_px(lane) - LABEL_RISE_PX - th
        if top < 0:
            continue
        px = xs.to_px(x[lo:hi])  # marker pixels, sorted
        last_right = -1e9
        pos = 0
        count = hi - lo
        while pos < count:
            left = px[pos] + offset
            if left < 0 or left < last_right + LABEL_GAP_PX:
                pos = max(pos + 1, int(np.searchsorted(px, max(-offset, last_right + LABEL_GAP_PX - offset),
                                                       side="left")))
                continue
            i = int(idx[lo + pos])
            text, tw = measure(i)
            if left + tw + 1 > w:
                break
            labels.append((i, (left - 1, top, tw + 2, th), text))
            last_right = left + tw + 1
            pos = max(pos + 1, int(np.searchsorted(px, last_right + LABEL_GAP_PX - offset, side="left")))
    return labels


# the picture's labels ---------------------------------------------------------------------------------
@dataclass
class StackedLabels:
    placed: dict[Hashable, tuple[float, int, str]]  # key -> (left, row, text)
    rows: int  # rows used (0 when nothing is placed)
    unlabelled: int  # titles left out for lack of room


def stack_labels(items: Iterable[tuple[Hashable, float, str]], measure: Measure, left: float, right: float,
                 max_rows: int, gap: float = 6.0, lead: float = 3.0) -> StackedLabels:
    """Labels of one lane in rows, each in the first row with room, in the order given.

    `items` are (key, marker x in px, title). A label starts `lead` px right of its marker; near the right
    edge it ends `gap` px left of the marker instead. Labels in a row keep `gap` px apart."""
    rows_end: list[float] = []
    placed: dict[Hashable, tuple[float, int, str]] = {}
    unlabelled = 0
    for key, marker_x, title in items:
        x = marker_x + lead
        text, w = measure(title)
        if x + w > right:  # near the right edge: end the label at the leader
            x = max(left, x - gap - w)
        row = next((r for r, end in enumerate(rows_end) if end + gap <= x), None)
        if row is None and len(rows_end) < max_rows:
            rows_end.append(-1e9)
            row = len(rows_end) - 1
        if row is None:
            unlabelled += 1
            continue
        rows_end[row] = x + w
        placed[key] = (x, row, text)
    return StackedLabels(placed, len(rows_end), unlabelled)


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
