"""The timeline's lanes and label layout (desktop/present/timeline_layout.py): no Qt needed."""
from __future__ import annotations

import numpy as np
import pytest

from desktop.present.timeline_labels import boxes_intersect
from desktop.present.timeline_layout import (LABEL_GAP_PX, LaneScale, by_lane, chart_labels, fold_lanes, lane_bands,
                                             lane_offsets, present_in_order, spaced)
from desktop.present.timeline_scale import DAY, XScale

ORDER = ("US", "CN", "EU", "other")


def measure_chars(text: str) -> tuple[str, float]:
    """7 px a character, cut at 10 characters with an ellipsis."""
    shown = text if len(text) <= 10 else text[:9] + "…"
    return shown, 7.0 * len(shown)


def test_lanes_in_order_with_unknown_keys_after_or_folded_into_other():
    assert present_in_order(["EU", "US", "EU", "ZZ", "AA"], ORDER) == ["US", "EU", "AA", "ZZ"]
    lanes, index = fold_lanes(["EU", "US", "EU"], ORDER)
    assert lanes == ["US", "EU"] and index.tolist() == [1, 0, 1]  # lanes without events are left out
    lanes, index = fold_lanes(["EU", "ZZ"], ORDER)
    assert lanes == ["EU", "other"] and index.tolist() == [0, 1]  # unknown keys go to "other"
    lanes, index = fold_lanes([], ORDER)
    assert lanes == list(ORDER) and len(index) == 0


def test_events_grouped_by_lane_sorted_by_x():
    lane = np.array([1, 0, 1, 1, 0], dtype=np.int32)
    x = np.array([50.0, 10.0, 20.0, 20.0, 5.0])
    shown = np.array([0, 1, 2, 3])  # event 4 is filtered out
    groups = by_lane(shown, lane, x, 3)
    assert [idx.tolist() for _xs, idx in groups] == [[1], [2, 3, 0], []]
    assert groups[1][0].tolist() == [20.0, 20.0, 50.0]
    assert [len(idx) for _x, idx in by_lane(np.zeros(0, dtype=np.int64), lane, x, 2)] == [0, 0]


def chart_case(n=200, width=800.0, height=400.0, lanes=3, seed=3):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(0, 1000 * DAY, n))
    lane = rng.integers(0, lanes, n).astype(np.int32)
    shown = np.arange(n)
    titles = [f"Event {i} " * (i % 4 + 1) for i in range(n)]
    per_lane = by_lane(shown, lane, x, lanes)
    xs = XScale(200 * DAY, 600 * DAY, width)
    ys = LaneScale(-(lanes - 1) - 0.9, 0.3, height)
    return per_lane, xs, ys, x, lane, titles


def width7(text: str) -> float:
    return 7.0 * len(text)


def labels_of(per_lane, xs, ys, titles):
    return chart_labels(per_lane, xs, ys, 14.0, lambda i: titles[i], width7, lambda n: f"{n} events")


@pytest.mark.parametrize("banded", [False, True])
def test_chart_labels_never_overlap_hang_by_their_lane_and_stay_in_view(banded):
    per_lane, xs, ys, x, lane, titles = chart_case()
    if banded:  # lanes sized to their events, labels above and below each line
        offsets = lane_offsets([len(idx) for _x, idx in per_lane])
        ys = LaneScale(-float(offsets[-1]), 0.0, 400.0, tuple(offsets.tolist()))
    labels = labels_of(per_lane, xs, ys, titles)
    assert labels
    bands = lane_bands(3, ys, 17.0)
    above = 0
    for k, label in enumerate(labels):
        left, top, w, h = label.box
        assert left >= 0 and left + w <= xs.width and top >= 0 and top + h <= ys.height
        assert all(xs.x0 <= x[i] <= xs.x1 for i in label.indices)  # only events in view
        line, below, rows, over, rows_over = bands[lane[label.indices[0]]]
        assert {int(lane[i]) for i in label.indices} == {int(lane[label.indices[0]])}
        lx, y0, y1 = label.leader
        if top > line:  # in its own lane's rows, the leader from the marker to the label
            assert below <= top and top + h <= below + rows * 17.0 and line < y0 < top <= y1 <= top + h
        else:
            above += 1
            assert over - rows_over * 17.0 <= top and top + h <= over and top <= y1 <= top + h < y0 < line
        if len(label.indices) == 1:
            title = " ".join(titles[label.indices[0]].split())
            assert label.text == title or (label.text.endswith("…") and title.startswith(label.text[:-1]))
        else:
            assert label.text == f"{len(label.indices)} events"
            px = xs.to_px(x[list(label.indices)])
            assert np.all(np.diff(px) < 12.0)
        for other in labels[k + 1:]:
            assert not boxes_intersect(label.box, other.box)
            a, b = label.box, other.box
            if a[1] == b[1]:
                assert b[0] >= a[0] + a[2] + LABEL_GAP_PX - 0.01 or a[0] >= b[0] + b[2] + LABEL_GAP_PX - 0.01
    assert (above > 0) == banded


def test_no_chart_labels_on_thin_lanes_or_without_events():
    per_lane, xs, ys, _x, _lane, titles = chart_case(height=40.0)
    assert labels_of(per_lane, xs, ys, titles) == []
    empty = by_lane(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0), 3)
    assert labels_of(empty, xs, LaneScale(-2.9, 0.3, 400.0), titles) == []


def test_spaced_keeps_labels_apart_and_inside():
    assert spaced([(0, 10), (12, 10), (14, 10), (26, 10), (95, 10)], gap=4, right=100) == \
        [True, False, True, False, False]


def test_no_chart_label_covers_a_box_to_avoid():
    """The chart's "today" label sits at the bottom of the plot: event titles end before it or are left out."""
    per_lane, xs, ys, _x, _lane, titles = chart_case()
    free = labels_of(per_lane, xs, ys, titles)
    lowest = max(free, key=lambda lb: lb.box[1])  # a label of the bottom row
    left, top, w, h = lowest.box
    avoid = (left + 100.0, top - 2, 40.0, h + 4)  # over the label's end, leaving room for a shortened title
    labels = chart_labels(per_lane, xs, ys, 14.0, lambda i: titles[i], width7, lambda n: f"{n} events",
                          avoid=[avoid])
    assert labels and not any(boxes_intersect(lb.box, avoid) for lb in labels)
    same = [lb for lb in labels if lb.indices == lowest.indices]
    if len(lowest.indices) == 1 and w > 100.0 + LABEL_GAP_PX:
        assert same and same[0].text.endswith("…") and same[0].box[2] <= 100.0 - LABEL_GAP_PX
