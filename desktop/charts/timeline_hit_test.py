"""Which timeline event is under the pointer, without Qt: numpy over every shown event at once.

The nearest marker within HIT_RADIUS_PX wins; else the shortest month / quarter / year bar under the
pointer (the most specific period). Positions are ViewBox pixels, from the chart's XScale and LaneScale.
"""
from __future__ import annotations

import numpy as np

from desktop.present.timeline_layout import BAR_HALF_HEIGHT, LaneScale
from desktop.present.timeline_scale import XScale

HIT_RADIUS_PX = 9
BAR_MIN_HALF_PX = 4  # thin lanes still have a bar this tall to hit


def event_at(px: float, py: float, shown: np.ndarray, mark: np.ndarray, lane: np.ndarray, start: np.ndarray,
             end: np.ndarray, is_span: np.ndarray, xs: XScale, ys: LaneScale) -> int | None:
    """The index of the shown event under (px, py), or None. `shown` holds indices into the other arrays:
    marker x, lane index, period start and end (epoch seconds) and whether the event is drawn as a bar."""
    if not len(shown):
        return None
    mx = xs.to_px(mark[shown])
    my = ys.to_px(lane[shown])
    d2 = (mx - px) ** 2 + (my - py) ** 2
    best = int(np.argmin(d2))
    if d2[best] <= HIT_RADIUS_PX ** 2:
        return int(shown[best])
    inside = (is_span[shown] & (np.abs(my - py) <= max(BAR_HALF_HEIGHT * ys.lane_px, BAR_MIN_HALF_PX))
              & (xs.to_px(start[shown]) <= px) & (xs.to_px(end[shown]) >= px))
    hits = np.flatnonzero(inside)
    if len(hits):
        lengths = end[shown[hits]] - start[shown[hits]]
        return int(shown[hits[int(np.argmin(lengths))]])
    return None
