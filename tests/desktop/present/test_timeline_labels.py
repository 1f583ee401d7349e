"""The timeline's label placement (desktop/present/timeline_labels.py, timeline_picture_layout.py): no Qt."""
from __future__ import annotations

import random

import pytest

from desktop.present.timeline_labels import (ELLIPSIS, LEADER_CLEAR_PX, boxes_intersect, group, place_lane,
                                             shorten)
from desktop.present.timeline_picture_layout import Mark, lay_out


def width7(text: str) -> float:
    """7 px a character."""
    return 7.0 * len(text)


def test_a_title_that_fits_is_left_whole():
    assert shorten("BIS updates rules", width7, 7 * 17) == ("BIS updates rules", False)


def test_a_long_title_is_cut_at_a_word_boundary_with_an_ellipsis():
    title = "BIS updates advanced computing controls; A800, H800, L40S and RTX 4090 caught"
    text, cut = shorten(title, width7, 7 * 33)
    assert cut and text.endswith(ELLIPSIS) and width7(text) <= 7 * 33
    head = text[:-1]
    assert title.startswith(head) and title[len(head)] in " ;,"  # the next character starts a new word
    assert head == "BIS updates advanced computing"  # and as many whole words as fit


def test_a_first_word_wider_than_the_room_is_never_cut_inside():
    text, cut = shorten("Supercalifragilistic expialidocious", width7, 7 * 5)
    assert text == "Supercalifragilistic" + ELLIPSIS and cut
    assert shorten("Unbreakable", width7, 7 * 3) == ("Unbreakable", False)


def test_chinese_text_may_be_cut_between_characters():
    text, cut = shorten("华为发布昇腾910C芯片", width7, 7 * 5)
    assert cut and text == "华为发布" + ELLIPSIS


def test_markers_closer_than_a_marker_width_are_one_group():
    assert group([0.0, 5.0, 30.0, 50.0, 58.0], 11.0) == [(0, 2), (2, 3), (3, 5)]
    assert group([], 11.0) == []
    runs = group([float(x) for x in range(0, 200, 4)], 11.0)  # a long run is split, none wider than 3 markers
    assert sum(b - a for a, b in runs) == 50 and all(4 * (b - a - 1) <= 33 for a, b in runs)


def lane_case(n: int, seed: int, right: float = 800.0):
    rng = random.Random(seed)
    anchors = sorted(rng.uniform(0, right) for _ in range(n))
    widths = [rng.uniform(30, 200) for _ in range(n)]
    return anchors, widths


def check_lane(anchors, widths, spots, leaders_clear: bool) -> None:
    boxes = [(s[0], s[1] * 20.0, s[2], 18.0) for s in spots if s is not None]
    assert all(s[2] == w for s, w in zip(spots, widths) if s is not None)  # no narrowing unless asked
    for i, a in enumerate(boxes):
        assert 0.0 <= a[0] and a[0] + a[2] <= 800.0
        for b in boxes[i + 1:]:
            assert not boxes_intersect(a, b)
    if not leaders_clear:
        return
    placed = [(x, s) for x, s in zip(anchors, spots) if s is not None]
    for x, (_left, row, _w) in placed:  # a leader goes from the lane line down to its own row
        for _x, (left, other_row, w) in placed:
            if other_row < row:
                assert not left - LEADER_CLEAR_PX <= x <= left + w + LEADER_CLEAR_PX


@pytest.mark.parametrize("seed", range(8))
def test_lane_labels_never_overlap_and_leaders_cross_no_label(seed):
    anchors, widths = lane_case(30, seed)
    spots = place_lane(anchors, widths, 0.0, 800.0)
    assert sum(s is not None for s in spots) >= 10  # those without room are told (None), never overlapped
    check_lane(anchors, widths, spots, leaders_clear=True)
    last_resort = place_lane(anchors, widths, 0.0, 800.0, cross=True)
    assert all(s is not None for s in last_resort)
    check_lane(anchors, widths, last_resort, leaders_clear=False)


def test_a_sparse_lane_is_one_row_and_a_crowd_a_staircase():
    assert [s[1] for s in place_lane([0.0, 300.0, 600.0], [100.0] * 3, 0.0, 800.0)] == [0, 0, 0]
    spots = place_lane([100.0, 120.0, 140.0, 160.0], [100.0] * 4, 0.0, 800.0)
    assert [s[1] for s in spots] == [3, 2, 1, 0]  # the rightmost on the first row, each to its left below


def test_a_label_near_the_right_edge_ends_at_its_marker():
    (left, row, width), = place_lane([790.0], [100.0], 0.0, 800.0)
    assert left + 100.0 <= 790.0 and row == 0 and width == 100.0


def test_a_label_is_narrowed_when_that_saves_a_row():
    wide = place_lane([100.0, 160.0], [200.0, 100.0], 0.0, 800.0)
    assert [s[1] for s in wide] == [1, 0]
    narrow = place_lane([100.0, 160.0], [200.0, 100.0], 0.0, 800.0, min_widths=[40.0, 100.0])
    assert [s[1] for s in narrow] == [0, 0] and 40.0 <= narrow[0][2] <= 160.0 - 2 - 103.0


def marks(n: int, lanes: int, right: float, seed: int = 1) -> list[Mark]:
    rng = random.Random(seed)
    return [Mark(f"e{i}", rng.randrange(lanes), rng.uniform(100.0, right),
                 " ".join(rng.choice(["BIS", "export", "rule", "Huawei", "Ascend", "launch", "guidance", "H20"])
                          for _ in range(rng.randint(2, 14)))) for i in range(n)]


def layout(ms, right=900.0, budget=40):
    return lay_out(ms, 3, width7, width7, lambda n: f"{n} events", 100.0, right, 18.0, 180.0, budget)


@pytest.mark.parametrize("n", [1, 12, 40])
def test_up_to_the_budget_every_event_has_a_label_or_shares_a_marker_with_a_close_one(n):
    ms = marks(n, 3, 900.0)
    plan = layout(ms)
    assert sorted(plan.named()) == sorted(m.key for m in ms)  # each event named exactly once
    assert plan.summarised == 0 and not plan.overlaps()
    x = {m.key: m.x for m in ms}
    for label in plan.labels:
        if label.grouped:  # only markers that would touch are grouped
            xs = sorted(x[k] for k in label.keys)
            assert all(b - a < 25 for a, b in zip(xs, xs[1:]))
        if label.number is None:  # no number: the label is the whole title
            assert not label.grouped and label.text == next(m.title for m in ms if m.key == label.keys[0])


def test_beyond_the_budget_events_are_summarised_in_numbered_groups_and_still_named():
    ms = marks(120, 3, 900.0, seed=4)
    plan = layout(ms)
    assert sorted(plan.named()) == sorted(m.key for m in ms)
    assert len(plan.labels) <= 40 and not plan.overlaps()
    assert plan.summarised == sum(len(lb.keys) for lb in plan.labels if lb.grouped) > 0
    assert [lb.number for lb in plan.key()] == list(range(1, len(plan.key()) + 1))
    assert all(lb.number is not None for lb in plan.labels if lb.grouped)


def test_lanes_are_as_tall_as_their_labels():
    ms = [Mark(f"a{i}", 0, 100.0 + 14 * i, "a long title of several words " * 2) for i in range(8)]
    ms.append(Mark("b", 2, 500.0, "short"))
    plan = layout(ms)
    top, _empty, bottom = plan.lanes
    assert top.rows > 1 and bottom.rows == 1 and _empty.rows == 0
    assert top.height > bottom.height >= _empty.height
    assert plan.height == sum(b.height for b in plan.lanes)
    for label in plan.labels:  # every label inside its own lane
        band = plan.lanes[label.lane]
        assert band.top <= label.box[1] and label.box[1] + label.box[3] <= band.top + band.height
