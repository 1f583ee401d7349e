"""The timeline's lanes and label layout (desktop/present/timeline_layout.py): no Qt needed."""
from __future__ import annotations

import numpy as np

from desktop.present.timeline_layout import (LABEL_GAP_PX, LaneScale, by_lane, chart_labels, fold_lanes,
                                             present_in_order, spaced, stack_labels)
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
    ys = LaneScale(-(lanes - 1) - 0.6, 0.75, height)
    return per_lane, xs, ys, x, lane, (lambda i: measure_chars(titles[i]))


def test_chart_labels_never_overlap_and_stay_in_view():
    per_lane, xs, ys, x, lane, measure = chart_case()
    labels = chart_labels(per_lane, xs, ys, 14.0, measure)
    assert labels
    for k, (i, (left, top, w, h), text) in enumerate(labels):
        assert left >= -1 and left + w <= xs.width + 1 and top >= 0
        assert xs.x0 - 220 / xs.px_per_second() <= x[i] <= xs.x1 and text == measure(i)[0]
        assert top == ys.to_px(lane[i]) - (15 + 7) / 2 - 1 - 14.0  # above its lane line
        for j, (left2, top2, w2, _h2), _t in labels[k + 1:]:
            if top2 == top:
                assert left2 >= left + w + LABEL_GAP_PX - 2 or left >= left2 + w2 + LABEL_GAP_PX - 2


def test_no_chart_labels_on_thin_lanes_or_without_events():
    per_lane, xs, ys, _x, _lane, measure = chart_case(height=40.0)
    assert chart_labels(per_lane, xs, ys, 14.0, measure) == []
    empty = by_lane(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0), 3)
    assert chart_labels(empty, xs, LaneScale(-2.6, 0.75, 400.0), 14.0, measure) == []


def test_stacked_labels_take_the_first_row_with_room():
    items = [("a", 100.0, "aaaa"), ("b", 110.0, "bbbb"), ("c", 160.0, "cc"), ("d", 112.0, "dddd")]
    out = stack_labels(items, measure_chars, left=0.0, right=1000.0, max_rows=8)
    assert out.placed == {"a": (103.0, 0, "aaaa"), "b": (113.0, 1, "bbbb"), "c": (163.0, 0, "cc"),
                          "d": (115.0, 2, "dddd")}
    assert out.rows == 3 and out.unlabelled == 0
    few = stack_labels(items, measure_chars, left=0.0, right=1000.0, max_rows=2)
    assert set(few.placed) == {"a", "b", "c"} and few.rows == 2 and few.unlabelled == 1


def test_stacked_label_near_the_right_edge_ends_left_of_its_marker():
    out = stack_labels([("z", 990.0, "zzzz")], measure_chars, left=120.0, right=1000.0, max_rows=8)
    x, row, _text = out.placed["z"]
    assert x + 28 <= 990.0 and row == 0
    assert stack_labels([], measure_chars, 0.0, 10.0, 8).rows == 0


def test_spaced_keeps_labels_apart_and_inside():
    assert spaced([(0, 10), (12, 10), (14, 10), (26, 10), (95, 10)], gap=4, right=100) == \
        [True, False, True, False, False]
