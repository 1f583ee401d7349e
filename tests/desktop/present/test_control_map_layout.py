"""The control map's Qt-free parts: the rules' regions by date, the points, and labels that never overlap."""
import itertools
import math
import random

import pytest

from db import api
from desktop.present import control_map_layout as lay
from desktop.present import controls as words


@pytest.fixture
def controls(db_path):
    return api.Library(db_path).controls


def pd_lines(regions):
    return {y for g in regions for r in g.rects for y in r[2:] if 0 < y < lay.INF}


def test_no_region_and_no_rule_before_the_first_rule(controls):
    first = min(r.effective for r in controls.rules() if r.jurisdiction == "US")
    assert first == "2022-10-07"
    regions, listed = lay.map_regions(controls.rules(), "2022-10-06")
    assert regions == [] and not [x for x in listed if x.rule_id.startswith("US")]


def test_the_2022_rule_reads_io_so_it_is_listed_not_drawn(controls):
    regions, listed = lay.map_regions(controls.rules(), "2022-12-01")
    assert regions == []
    assert [x.rule_id for x in listed] == ["US-2022-10-07-3A090"]
    assert "I/O" in listed[0].text


def test_the_2023_rule_draws_its_density_line_from_its_effective_date(controls):
    before, _ = lay.map_regions(controls.rules(), "2023-11-16")
    after, _ = lay.map_regions(controls.rules(), "2023-11-17")
    assert 5.92 not in pd_lines(before)
    assert 5.92 in pd_lines(after)
    a = next(g for g in after if g.test_key == "3A090.a")
    assert (4800.0, lay.INF, 0.0, lay.INF) in a.rects and (1600.0, lay.INF, 5.92, lay.INF) in a.rects
    b = next(g for g in after if g.test_key == "3A090.b")
    assert b.unverified  # the reference marks 3A090.b's bands unverified: drawn dashed


def test_points_keep_chips_without_density_and_ring_the_compared(controls):
    verdicts = controls.all_verdicts("2024-06-01", kind="chip")
    points = lay.map_points(verdicts, ringed=("h20",))
    by_slug = {p.slug: p for p in points}
    assert by_slug["ascend-910c"].pd is None and by_slug["ascend-910c"].status == lay.CONTROLLED
    assert by_slug["h100-sxm"].status == lay.CONTROLLED and by_slug["h20"].status == lay.UNDER
    assert by_slug["h20"].ringed and not by_slug["h100-sxm"].ringed
    assert len(points) == len([v for v in verdicts if v.tpp])
    tip = lay.tooltip(next(v for v in verdicts if v.device_slug == "h20"))
    assert "2,368" in tip and "under" in tip


def _specs(points, width=900.0, height=520.0):
    xs = lay.log_span(p.tpp for p in points)
    ys = lay.log_span(p.pd for p in points if p.pd)
    out = []
    for p in lay.label_order(points):
        y = math.log10(p.pd) if p.pd else ys[0] - 0.1
        out.append(lay.LabelSpec(p.slug, (math.log10(p.tpp) - xs[0]) / (xs[1] - xs[0]) * width,
                                 (ys[1] - y) / (ys[1] - ys[0] + 0.2) * height, 7.0 * len(p.name), 14.0))
    return out


def _assert_apart(specs, placed, marker=10.0):
    for a, b in itertools.combinations(placed, 2):
        assert not a.box.intersects(b.box), (a.key, b.key)
    r = marker / 2
    for label in placed:
        for s in specs:
            assert not label.box.intersects(lay.Box(s.x - r, s.y - r, s.x + r, s.y + r)), (label.key, s.key)


def test_no_two_labels_of_the_seeded_chips_intersect(controls):
    points = lay.map_points(controls.all_verdicts("2024-06-01", kind="chip"))
    specs = _specs(points)
    placed = lay.lay_out_labels(specs, lay.Box(0, 0, 900, 560), obstacles=[lay.Box(0, 0, 200, 16)])
    assert len(placed) >= len(points) // 2
    _assert_apart(specs, placed)
    assert all(not p.box.intersects(lay.Box(0, 0, 200, 16)) for p in placed)


def test_no_two_labels_intersect_in_a_crowd():
    rng = random.Random(7)
    points = [lay.MapPoint(f"c{i}", f"Chip {i}", "US", lay.UNDER, 10 ** rng.uniform(2, 4.6),
                           10 ** rng.uniform(0, 2) if i % 5 else None) for i in range(400)]
    specs = _specs(points)
    placed = lay.lay_out_labels(specs, lay.Box(0, 0, 900, 560))
    assert placed
    _assert_apart(specs, placed)


def test_regions_and_listed_rules_write_their_numbers_in_the_language(controls):
    """A French map groups thousands with a thin space; no '4,800' that reads as a decimal there."""
    import re
    rules = controls.rules()
    days = lay.rule_dates(rules)

    def texts(lang):
        out = []
        for d in days:
            regions, listed = lay.map_regions(rules, d, lang=lang)
            out += [g.condition for g in regions] + [x.text for x in listed]
        return out
    assert any(re.search(r"\d,\d{3}", t) for t in texts("en"))
    french = texts("fr")
    assert not any(re.search(r"\d,\d{3}", t) for t in french)
    assert any(re.search("\\d\u202f\\d{3}", t) for t in french)


def test_every_word_of_a_rule_test_goes_through_the_translation(controls):
    """Test names that are not ECCN paragraphs and yes-or-no thresholds are words of the language too."""
    import re
    marked = lambda context, text: f"«{text}»"  # noqa: E731
    rules = [r for r in controls.rules() if any(t.key and not re.match(r"\d", t.key) for t in r.tests)]
    assert rules
    for rule in rules:
        text = words.rule_tests_text(rule, translate=marked)
        for t in rule.tests:
            if t.key and not re.match(r"\d", t.key):
                assert f"«{words.test_name(t.key)}»" in text, text
        assert not re.search(r"= (yes|no)\b", text), text  # '= «no»' when translated


def test_the_axis_ticks_are_written_in_the_language():
    """'1,000' on a French axis reads as one: the ticks follow the map's numbers ('1 000')."""
    from desktop.present.locale_style import number_style
    english = dict(lay.log_ticks(1.5, 4.8))
    french = dict(lay.log_ticks(1.5, 4.8, number_style("fr")))
    assert english[3.0] == "1,000" and english[math.log10(50_000)] == "50,000"
    assert french[3.0] == "1\u202f000" and french[math.log10(50_000)] == "50\u202f000"
    assert dict(lay.log_ticks(-0.5, 0.5, number_style("fr")))[math.log10(0.5)] == "0,5"
