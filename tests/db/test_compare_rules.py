"""Every rule that decides which figure a reader sees, pinned from both sides on small hand-built bundles.

The metrics are the bundled catalog's own (resources/seed/metrics.json); devices, sources and figures are made
here, so that each test changes one thing and says which rule broke when it fails.
"""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

import resources
from db.basis import Basis, BasisRule
from db.compare import Bundle, compare_devices, rank
from db.scale import scale_to_match
from db.dto import ComponentDTO, DeviceDTO, MetricDTO, SourceDTO, ValueDTO
from db.reasons import BASELINE_ZERO, BASIS_DIFFERS, OTHER_ZERO, QUALIFIERS_DIFFER


def catalog() -> list[MetricDTO]:
    doc = json.loads(resources.seed_bytes("metrics.json"))
    return [MetricDTO(m["key"], m["label"], m["group"], m.get("unit", ""), m["kind"], m.get("higher_is_better"),
                      m.get("aggregate"), None, bool(m.get("directional")), bool(m.get("derived")),
                      m.get("formula", ""), tuple(m.get("inputs", ())), bool(m.get("key_metric")),
                      m.get("description", ""), pos, BasisRule.from_json(json.dumps(m.get("basis") or {})))
            for pos, m in enumerate(doc["metrics"])]


METRICS = catalog()
BY_KEY = {m.key: m for m in METRICS}
DENSE = Basis("BF16/FP16", "dense", "package", None, "whole", None)
SPARSE = DENSE.but(sparsity="sparse")
ONE_WAY = Basis(granularity="package", direction="one-way")
BOTH_WAYS = Basis(granularity="package", direction="both-ways")
PACKAGE = Basis(granularity="package")


def source(key: str, date: str | None = None) -> SourceDTO:
    return SourceDTO(key, f"Publisher {key}", "", None, date or "", date, "test")


def device(slug: str, kind: str = "chip", granularity: str | None = None, packages: int | None = None) -> DeviceDTO:
    return DeviceDTO(slug, slug.upper(), kind, "", "shipping", "Vendor", "US",
                     granularity=granularity or ("package" if kind == "chip" else "system"), packages=packages)


_n = iter(range(10**6))


def fig(slug: str, key: str, number: float | None, basis: Basis = DENSE, conf: str = "official", src: str = "S",
        as_of: str | None = None, text: str | None = None, approx: bool = False, qualifier: str | None = None,
        derived: bool = False, carrier: str | None = "primary", producer: str | None = "vendor") -> ValueDTO:
    return ValueDTO(f"v{next(_n)}", slug, key, number, text, qualifier, approx, source(src, as_of), conf, as_of, "",
                    basis=basis, derived=derived, producer=producer, carrier_quality=carrier)


def compare(values: list[ValueDTO], slugs=("a", "b"), devices=None, components=None, choices=None, baseline=None,
            per_package: bool = False):
    devs = {d.slug: d for d in (devices or [device(s) for s in slugs])}
    grouped: dict[tuple[str, str], list[ValueDTO]] = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    return compare_devices(Bundle(METRICS, devs, grouped, components or {}, choices or {}), list(slugs), baseline,
                           per_package=per_package)


def shown(cmp, key: str, side: int = 0) -> float | None:
    v = cmp.row(key).cells[side].value
    return None if v is None else v.value_num


# ------------------------------------------------------------------ which figure a cell shows

@pytest.mark.parametrize("better, worse, rule", [
    (dict(conf="official"), dict(conf="third-party"), "official before third-party"),
    (dict(conf="third-party"), dict(conf="reported"), "third-party before reported"),
    (dict(as_of="2025-06-01"), dict(as_of="2024-01-01"), "newest first"),
    (dict(as_of="2025-06-02"), dict(as_of="2025-06-01"), "newest first, by the day"),
    (dict(), dict(approx=True), "exact before approximate"),
    (dict(basis=DENSE), dict(basis=DENSE.but(scope=None)), "stated basis before unstated"),
    (dict(basis=DENSE), dict(basis=DENSE.but(scope="cube")), "whole chip before Cube units only"),
    (dict(), dict(derived=True), "stored before derived"),
    (dict(carrier="primary"), dict(carrier="reputable-relay"), "the producer's own page before a reputable relay"),
    (dict(carrier="reputable-relay"), dict(carrier="derived"), "a reputable relay before arithmetic"),
    (dict(carrier="derived"), dict(carrier="weak-relay"), "arithmetic before a weak relay"),
    (dict(carrier="weak-relay"), dict(carrier=None), "a weak relay before a carrier not stated"),
    (dict(carrier="primary", conf="third-party"), dict(carrier="weak-relay"), "carrier quality before confidence"),
    (dict(basis=DENSE, carrier="weak-relay"), dict(basis=DENSE.but(scope="cube")),
     "the row's standard kind before carrier quality"),
])
def test_the_preferred_figure_wins_whichever_order_it_comes_in(better, worse, rule):
    for order in ((better, worse), (worse, better)):
        values = [fig("a", "bf16_dense", 100 + i, **kw) for i, kw in enumerate(order)]
        best = values[order.index(better)]
        cmp = compare(values + [fig("b", "bf16_dense", 50)])
        assert cmp.row("bf16_dense").cells[0].value.uid == best.uid, rule


def test_a_number_is_preferred_to_a_text_in_a_numeric_row():
    text = fig("a", "bf16_dense", None, text="about a petaflop", as_of="2026-01-01")
    number = fig("a", "bf16_dense", 900, as_of="2020-01-01")
    for values in ([text, number], [number, text]):
        assert compare(values + [fig("b", "bf16_dense", 450)]).row("bf16_dense").cells[0].value.uid == number.uid


def test_a_dense_row_prefers_a_stated_dense_figure_over_a_sparse_figure_halved():
    stored = fig("a", "bf16_dense", 1000, conf="third-party")
    sparse = fig("a", "bf16_sparse", 2400, basis=SPARSE, conf="third-party")
    cell = compare([sparse, stored, fig("b", "bf16_dense", 10)]).row("bf16_dense").cells[0]
    assert cell.value.uid == stored.uid
    halved = compare([sparse, fig("b", "bf16_dense", 10)]).row("bf16_dense").cells[0].value
    assert halved.value_num == 1200 and halved.basis.sparsity == "dense" and halved.inputs == (sparse,)


def test_the_rank_orders_its_keys_in_the_documented_order():
    m = BY_KEY["bf16_dense"]
    official_old = fig("a", "bf16_dense", 1, as_of="2020-01-01")
    reported_new = fig("a", "bf16_dense", 1, conf="reported", as_of="2026-01-01")
    assert rank(official_old, m) < rank(reported_new, m)  # confidence before date
    primary_third = fig("a", "bf16_dense", 1, conf="third-party")
    weak_official = fig("a", "bf16_dense", 1, carrier="weak-relay")
    assert rank(primary_third, m) < rank(weak_official, m)  # carrier quality before confidence
    approx_official = fig("a", "bf16_dense", 1, approx=True)
    exact_third = fig("a", "bf16_dense", 1, conf="third-party")
    assert rank(approx_official, m) < rank(exact_third, m)  # confidence before exactness


def test_a_users_pick_always_wins():
    official = fig("a", "bf16_dense", 100)
    reported = fig("a", "bf16_dense", 90, conf="reported")
    cmp = compare([official, reported, fig("b", "bf16_dense", 50)], choices={("a", "bf16_dense"): reported.uid})
    cell = cmp.row("bf16_dense").cells[0]
    assert cell.value.uid == reported.uid and cell.user_choice


# ------------------------------------------------------------------ sources disagree

@pytest.mark.parametrize("numbers, flagged", [
    ((100, 104.9), False), ((100, 105.1), True), ((100, 105), False),
    ((100, 102, 104.9), False), ((100, 102, 105.1), True), ((100, 100), False),
])
def test_the_disagreement_flag_is_strictly_above_five_percent(numbers, flagged):
    values = [fig("a", "bf16_dense", n, conf="official", src=f"S{i}") for i, n in enumerate(numbers)]
    cell = compare(values + [fig("b", "bf16_dense", 50)]).row("bf16_dense").cells[0]
    assert bool(cell.disagreement) == flagged, numbers
    if flagged:
        assert cell.disagreement.startswith("100 / ") and cell.disagreement.endswith(" TFLOPS")


def test_figures_of_another_kind_or_derived_never_count_as_a_disagreement():
    a = [fig("a", "bf16_dense", 100), fig("a", "bf16_dense", 300, basis=DENSE.but(scope="cube")),
         fig("a", "bf16_dense", 400, derived=True)]
    assert compare(a + [fig("b", "bf16_dense", 50)]).row("bf16_dense").cells[0].disagreement == ""


# ------------------------------------------------------------------ derived figures: their values

def test_both_ways_is_twice_one_way_and_never_compared_with_it():
    cmp = compare([fig("a", "scaleup_bw", 400, basis=ONE_WAY), fig("b", "scaleup_bw", 900, basis=BOTH_WAYS)])
    a, b = cmp.row("scaleup_bw").cells
    assert a.value.value_num == 800 and a.value.basis.direction == "both-ways" and a.value.derived
    assert cmp.row("scaleup_bw").ratio == pytest.approx(800 / 900)
    same = compare([fig("a", "scaleup_bw", 400, basis=ONE_WAY), fig("b", "scaleup_bw", 450, basis=ONE_WAY)])
    assert same.row("scaleup_bw").ratio == pytest.approx(400 / 450)  # both one way: the stored figures


def test_a_system_total_is_count_times_its_accelerator_and_its_domain_total_count_times_per_accelerator():
    comps = {"sys": [ComponentDTO("Chip", "accelerator", 8, "chip", source("C"))]}
    devs = [device("sys", "system"), device("chip"), device("b")]
    values = [fig("chip", "bf16_dense", 1000), fig("chip", "power", 700, basis=PACKAGE, qualifier="TDP"),
              fig("sys", "scaleup_bw", 450, basis=ONE_WAY), fig("b", "bf16_dense", 2000)]
    cmp = compare(values, ("sys", "b"), devs, comps)
    assert shown(cmp, "bf16_dense") == 8000 and cmp.row("bf16_dense").cells[0].value.formula.startswith("8 × ")
    power = cmp.row("power").cells[0].value
    assert power.value_num == 5600 and power.qualifier == "sum of chip TDPs"
    total = cmp.row("scaleup_bw_total").cells[0]
    assert total.value.value_num == 2 * 8 * 450 and total.value.basis.direction == "both-ways"  # the row's standard
    one_way = next(v for v in total.candidates if v.basis.direction == "one-way")
    assert one_way.value_num == 8 * 450 and one_way.formula.startswith("8 × 450 GB/s")


def test_per_watt_per_tflops_and_tpp_are_computed_from_the_figures_shown():
    values = [fig("a", "bf16_dense", 1000), fig("a", "power", 500, basis=PACKAGE, qualifier="TDP"),
              fig("a", "memory_bandwidth", 4000, basis=PACKAGE),
              fig("b", "bf16_dense", 100), fig("b", "power", 400, basis=PACKAGE, qualifier="TDP"),
              fig("b", "memory_bandwidth", 1000, basis=PACKAGE)]
    cmp = compare(values)
    assert shown(cmp, "bf16_per_watt") == 2 and shown(cmp, "bf16_per_watt", 1) == 0.25
    assert shown(cmp, "membw_per_tflops") == 4 and shown(cmp, "membw_per_tflops", 1) == 10
    assert shown(cmp, "tpp") == 16_000 and shown(cmp, "tpp", 1) == 1_600
    assert cmp.row("tpp").ratio == 10


@pytest.mark.parametrize("basis", [SPARSE, DENSE.but(scope="cube"), DENSE.but(sparsity=None)])
def test_tpp_needs_a_dense_figure_of_the_whole_chip(basis):
    key = "bf16_sparse" if basis.sparsity == "sparse" else "bf16_dense"
    cmp = compare([fig("a", key, 1000, basis=basis), fig("b", "bf16_dense", 10)])
    tpp = cmp.row("tpp").cells[0]
    if basis.sparsity == "sparse":  # the dense row shows the sparse figure halved: TPP from that, never from 1000
        assert tpp.value.value_num == 500 * 16
    else:
        assert tpp.value is None and "dense 16-bit" in tpp.gap_note


def test_a_zero_power_gives_no_efficiency_and_a_zero_baseline_no_ratio():
    values = [fig("a", "bf16_dense", 1000), fig("a", "power", 0, basis=PACKAGE, qualifier="TDP"),
              fig("b", "bf16_dense", 0), fig("b", "power", 100, basis=PACKAGE, qualifier="TDP")]
    cmp = compare(values)
    eff = cmp.row("bf16_per_watt").cells[0]
    assert eff.value is None and "zero" in eff.gap_note
    row = cmp.row("bf16_dense")
    assert row.ratio is None and row.cells[0].ratio_note.code == BASELINE_ZERO
    none = scale_to_match(cmp, "bf16_dense")
    assert none.count is None


def test_power_figures_that_count_different_things_are_not_compared():
    cmp = compare([fig("a", "power", 700, basis=PACKAGE, qualifier="TDP"),
                   fig("b", "power", 145_000, basis=PACKAGE, qualifier="all-in")])
    row = cmp.row("power")
    assert row.ratio is None and row.ratio_note.code == QUALIFIERS_DIFFER and row.ratio_note.data == ("TDP", "all-in")


# ------------------------------------------------------------------ better, best, ties

def test_better_follows_the_metrics_sense_and_equal_figures_have_no_winner():
    cmp = compare([fig("a", "bf16_dense", 200), fig("b", "bf16_dense", 100),
                   fig("a", "power", 200, basis=PACKAGE, qualifier="TDP"),
                   fig("b", "power", 100, basis=PACKAGE, qualifier="TDP")])
    assert cmp.row("bf16_dense").better == 0 and cmp.row("bf16_dense").best == (0,)
    assert cmp.row("power").better == 1 and cmp.row("power").best == (1,)  # lower power is better
    tie = compare([fig("a", "bf16_dense", 100), fig("b", "bf16_dense", 100)]).row("bf16_dense")
    assert tie.ratio == 1 and tie.better is None and tie.best == () and tie.cells[0].better is None


def test_three_devices_mark_every_best_figure_and_ratios_go_to_the_baseline():
    cmp = compare([fig("a", "bf16_dense", 300), fig("b", "bf16_dense", 100), fig("c", "bf16_dense", 300)],
                  ("a", "b", "c"))
    row = cmp.row("bf16_dense")
    assert row.best == (0, 2) and [c.ratio for c in row.cells] == [3, None, 3]
    assert [c.better for c in row.cells] == [True, None, True]


# ------------------------------------------------------------------ boards, superchips and scale-to-match

def test_a_board_is_withheld_against_a_package_and_split_on_request():
    devs = [device("a", granularity="board", packages=2), device("b")]
    values = [fig("a", "bf16_dense", 96, basis=DENSE.but(granularity="board")), fig("b", "bf16_dense", 100)]
    as_published = compare(values, devices=devs).row("bf16_dense")
    assert as_published.ratio is None and as_published.ratio_note.code == BASIS_DIFFERS
    split = compare(values, devices=devs, per_package=True).row("bf16_dense")
    assert split.cells[0].value.value_num == 48 and split.ratio == pytest.approx(0.48)


def test_scale_to_match_counts_devices_and_their_power():
    values = [fig("a", "bf16_dense", 500), fig("a", "power", 400, basis=PACKAGE, qualifier="TDP"),
              fig("b", "bf16_dense", 1000), fig("b", "power", 700, basis=PACKAGE, qualifier="TDP")]
    m = scale_to_match(compare(values), "bf16_dense")
    assert m.count == 2 and m.power_ratio == pytest.approx(800 / 700)
    assert m.text == "2 × A ≈ 1 × B on Dense BF16/FP16, at 1.1× the power"
    assert m.detail == "2 × 400 W (TDP) = 800 W vs 700 W (TDP)"
    other = scale_to_match(compare(values, ("b", "a")), "bf16_dense")
    assert other.text.startswith("1 × B ≈ 2 × A") and other.detail == "700 W (TDP) vs 2 × 400 W (TDP) = 800 W"


# ------------------------------------------------------------------ the rank alone (the other side has no figure)

def alone(values):
    """Device A's cell when B has nothing in that row: the rank alone decides (no matching of kinds or sources)."""
    return compare(values + [fig("b", "fp64", 1, basis=DENSE.but(format="FP64"))])


@pytest.mark.parametrize("key, better, worse", [
    ("bf16_dense", DENSE, DENSE.but(scope="cube")),
    ("bf16_dense", DENSE, DENSE.but(sparsity=None)),
    ("bf16_sparse", SPARSE, SPARSE.but(sparsity=None)),
    ("bf16_dense", DENSE, DENSE.but(granularity="board")),
    ("scaleup_bw", BOTH_WAYS, ONE_WAY.but(direction="one-way")),
    ("memory_capacity", PACKAGE, Basis(granularity="superchip")),
])
def test_the_rows_standard_kind_wins_on_its_own(key, better, worse):
    for order in ((better, worse), (worse, better)):
        values = [fig("a", key, 100 + i, basis=b) for i, b in enumerate(order)]
        best = values[order.index(better)]
        assert alone(values).row(key).cells[0].value.uid == best.uid, (key, worse)


def test_dates_rank_newest_first_whatever_their_precision_and_undated_last():
    for newer, older in (("2025-06", "2025"), ("2025-01-02", "2025-01"), ("2024", None), ("2026", "2025-12-31")):
        values = [fig("a", "bf16_dense", 1, as_of=older), fig("a", "bf16_dense", 2, as_of=newer)]
        for vals in (values, values[::-1]):
            assert alone(vals).row("bf16_dense").cells[0].value.as_of == newer, (newer, older)


def test_a_figure_of_no_known_confidence_ranks_after_reported():
    values = [fig("a", "bf16_dense", 1, conf=None), fig("a", "bf16_dense", 2, conf="reported")]
    for vals in (values, values[::-1]):
        assert alone(vals).row("bf16_dense").cells[0].value.confidence == "reported"


def test_a_systems_own_sparse_figure_halved_comes_before_its_parts_and_a_split_after_both():
    comps = {"sys": [ComponentDTO("Chip", "accelerator", 4, "chip", None)]}
    devs = [device("sys", "system"), device("chip"), device("b")]
    own = fig("sys", "bf16_sparse", 1000, basis=SPARSE.but(granularity="system"))
    cell = compare([own, fig("chip", "bf16_dense", 200), fig("b", "fp64", 1)], ("sys", "b"), devs,
                   comps).row("bf16_dense").cells[0]
    assert cell.value.value_num == 500 and cell.value.inputs == (own,) and len(cell.candidates) == 2
    reported = fig("sys", "bf16_sparse", 1000, basis=SPARSE.but(granularity="system"), conf="reported")
    cell = compare([reported, fig("chip", "bf16_dense", 200), fig("b", "fp64", 1)], ("sys", "b"), devs,
                   comps).row("bf16_dense").cells[0]
    assert cell.value.value_num == 800  # official parts before a reported headline halved


# ------------------------------------------------------------------ matching kinds and sources across devices

def test_whole_systems_of_different_sizes_are_one_kind():
    a1 = fig("a", "memory_capacity", 100, basis=Basis(granularity="rack"))
    a2 = fig("a", "memory_capacity", 50, basis=Basis(granularity="package"), conf="reported")
    row = compare([a1, a2, fig("b", "memory_capacity", 25, basis=Basis(granularity="system"))],
                  devices=[device("a", "system"), device("b", "system")]).row("memory_capacity")
    assert row.cells[0].value.uid == a1.uid and row.ratio == 4  # a rack and a system: the same kind


def test_a_pick_of_a_figure_that_is_gone_falls_back_to_the_automatic_choice():
    v = fig("a", "bf16_dense", 100)
    cell = compare([v, fig("b", "bf16_dense", 50)], choices={("a", "bf16_dense"): "vanished"}).row(
        "bf16_dense").cells[0]
    assert cell.value.uid == v.uid and not cell.user_choice


# ------------------------------------------------------------------ one headline figure per device

def test_a_device_shows_the_same_figure_whatever_it_is_compared_with():
    a = [fig("a", "memory_capacity", 13.4, src="X", basis=PACKAGE), fig("a", "memory_capacity", 13.8, src="Y",
                                                                         basis=PACKAGE)]
    b = [fig("b", "memory_capacity", 49.2, src="Y", basis=PACKAGE)]
    c = [fig("c", "memory_capacity", 0.64, src="Z", basis=PACKAGE)]
    for other, note in ((b, "sources_differ_shared"), (c, "sources_differ")):
        slug = other[0].device_slug
        row = compare(a + other, ("a", slug)).row("memory_capacity")
        assert row.cells[0].value.uid == a[0].uid, f"against {slug}: the device's own headline, not the other's source"
        assert row.provenance_note.code == note
    shared = compare(a + b, ("a", "b")).row("memory_capacity").provenance_note
    assert shared.data == ("Publisher Y",)  # the source that gives both is named
    three = compare(a + b + c, ("a", "b", "c"), baseline=2).row("memory_capacity")
    assert three.cells[0].value.uid == a[0].uid and three.provenance_note.code == "sources_differ"


def test_one_source_on_every_side_needs_no_note():
    row = compare([fig("a", "bf16_dense", 100, src="X"), fig("b", "bf16_dense", 50, src="X")]).row("bf16_dense")
    assert row.provenance_note is None and row.ratio == 2


def test_a_stated_figure_against_a_worked_out_one_says_the_methods_differ():
    stated = fig("a", "bf16_dense", 1000, src="X")
    halved = fig("b", "bf16_sparse", 1000, basis=SPARSE, src="X")  # b's dense figure is its sparse one ÷ 2
    row = compare([stated, halved]).row("bf16_dense")
    assert row.cells[1].value.is_derived and row.ratio == 2
    assert row.provenance_note.code == "methods_differ"


def test_figures_of_different_kinds_keep_each_devices_headline_and_withhold_the_ratio():
    a_whole = fig("a", "bf16_dense", 100)
    a_cube = fig("a", "bf16_dense", 50, basis=DENSE.but(scope="cube"), conf="reported")
    b_cube = fig("b", "bf16_dense", 25, basis=DENSE.but(scope="cube"))
    row = compare([a_whole, a_cube, b_cube]).row("bf16_dense")
    assert row.cells[0].value.uid == a_whole.uid, "the other side's kind must not switch a device's figure"
    assert row.ratio is None and row.ratio_note.code == BASIS_DIFFERS
    assert row.ratio_note.data[:3] == ("scope", "whole", "cube")


def test_a_users_pick_holds_for_that_device_only():
    a_one = fig("a", "scaleup_bw", 400, basis=ONE_WAY, conf="reported")
    a_both = fig("a", "scaleup_bw", 900, basis=BOTH_WAYS)
    b_both = fig("b", "scaleup_bw", 1000, basis=BOTH_WAYS)
    b_one = fig("b", "scaleup_bw", 500, basis=ONE_WAY, conf="reported")
    row = compare([a_one, a_both, b_both, b_one], choices={("a", "scaleup_bw"): a_one.uid}).row("scaleup_bw")
    assert row.cells[0].value.uid == a_one.uid and row.cells[0].user_choice
    assert row.cells[1].value.uid == b_both.uid and not row.cells[1].user_choice  # b keeps its own headline
    assert row.ratio is None and row.ratio_note.data[:3] == ("direction", "one-way", "both-ways")


def test_three_devices_each_show_their_own_figure_and_only_matching_kinds_get_a_ratio():
    values = [fig("a", "scaleup_bw", 400, basis=ONE_WAY),
              fig("b", "scaleup_bw", 900, basis=BOTH_WAYS), fig("b", "scaleup_bw", 450, basis=ONE_WAY, conf="reported"),
              fig("c", "scaleup_bw", 700, basis=Basis(granularity="package", direction=None))]
    row = compare(values, ("a", "b", "c"), baseline=1).row("scaleup_bw")
    assert row.cells[0].value.value_num == 800 and row.cells[0].value.basis.direction == "both-ways"  # doubled
    assert row.cells[1].value.value_num == 900 and row.cells[0].ratio == pytest.approx(800 / 900)
    assert row.cells[2].value.value_num == 700  # direction not stated: shown, with a warning on its ratio
    assert row.cells[2].ratio_warnings


# ------------------------------------------------------------------ what each cell carries

def test_each_cell_carries_its_device_candidates_gap_and_ratio_text():
    from db.units import NumberStyle
    gap = ValueDTO("gap", "c", "bf16_dense", None, None, None, False, None, None, None, "withheld by the vendor")
    values = [fig("a", "bf16_dense", 3000, basis=DENSE.but(scope=None)), fig("a", "bf16_dense", 3100, src="T"),
              fig("b", "bf16_dense", 1000), gap]
    devs = {s: device(s) for s in "abc"}
    grouped: dict = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    cmp = compare_devices(Bundle(METRICS, devs, grouped), ["a", "b", "c"], 1, NumberStyle(group=".", point=","))
    a, b, c = cmp.row("bf16_dense").cells
    assert [x.device_slug for x in (a, b, c)] == ["a", "b", "c"]
    assert a.display == "3,1 PFLOPS" and a.ratio_display == "3,1×" and a.ratio == pytest.approx(3.1)
    assert len(a.candidates) == 2 and b.candidates == (b.value,) and c.candidates == ()
    assert c.value is None and c.display == "not published" and c.gap_note == "withheld by the vendor"
    assert a.gap_note == "" and a.disagreement == ""
    tpp = cmp.row("tpp").cells
    assert tpp[0].candidates == (tpp[0].value,) and tpp[2].candidates == () and tpp[0].ratio_display == "3,1×"
    warned = compare([fig("a", "bf16_dense", 3000, basis=DENSE.but(scope=None)), fig("b", "bf16_dense", 1000),
                      fig("c", "bf16_dense", 2000)], ("a", "b", "c")).row("bf16_dense")
    assert [w.data for w in warned.cells[0].ratio_warnings] == [("A", "scope")] and warned.cells[2].ratio_warnings == ()
    assert [w.data for w in warned.ratio_warnings] == [("A", "scope")]


def test_the_disagreement_reads_in_the_display_unit_and_the_users_style():
    from db.units import NumberStyle
    values = [fig("a", "bf16_dense", 1000, src="P"), fig("a", "bf16_dense", 1100, src="Q"), fig("b", "bf16_dense", 1)]
    devs = {s: device(s) for s in "ab"}
    grouped: dict = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    cmp = compare_devices(Bundle(METRICS, devs, grouped), ["a", "b"], None, NumberStyle(group=".", point=","))
    assert cmp.row("bf16_dense").cells[0].disagreement == "1 / 1,1 PFLOPS"
    zero = compare([fig("a", "bf16_dense", 0, src="P"), fig("a", "bf16_dense", 10, src="Q"), fig("b", "bf16_dense", 1)])
    assert zero.row("bf16_dense").cells[0].disagreement == ""  # no ratio to a zero


def test_a_ratio_needs_two_numbers():
    row = compare([fig("a", "bf16_dense", 100), fig("b", "bf16_dense", None, text="not supported")]).row("bf16_dense")
    assert row.ratio is None and row.ratio_note is None and row.ratio_display == ""
    low = compare([fig("a", "power", 300, basis=PACKAGE, qualifier="TDP"),
                   fig("b", "power", 400, basis=PACKAGE, qualifier="TDP")]).row("power")
    assert low.better == 0 and low.cells[0].better is True and low.ratio_display == "0.75×"


def test_scale_to_match_reads_three_significant_digits_and_equal_devices_one_for_one():
    values = [fig("a", "bf16_dense", 752), fig("b", "bf16_dense", 989.4),
              fig("a", "power", 310, basis=PACKAGE, qualifier="TDP"), fig("b", "power", 700, basis=PACKAGE, qualifier="TDP")]
    m = scale_to_match(compare(values), "bf16_dense")
    assert m.text == "1.32 × A ≈ 1 × B on Dense BF16/FP16, at 0.58× the power" and m.metric.key == "bf16_dense"
    assert m.detail == "1.32 × 310 W (TDP) = 407.9 W vs 700 W (TDP)"
    back = scale_to_match(compare(values, ("b", "a")), "bf16_dense")
    assert back.text == "1 × B ≈ 1.32 × A on Dense BF16/FP16, at 1.7× the power"
    assert back.detail == "700 W (TDP) vs 1.32 × 310 W (TDP) = 407.9 W"
    same = [fig("a", "bf16_dense", 500), fig("b", "bf16_dense", 500)]
    assert scale_to_match(compare(same), "bf16_dense").text == "1 × A ≈ 1 × B on Dense BF16/FP16 (power not " \
                                                               "published for A)"
    half = [fig("a", "bf16_dense", 500), fig("b", "bf16_dense", 750)]
    assert scale_to_match(compare(half), "bf16_dense").text.startswith("1.5 × A ≈ 1 × B")


# ------------------------------------------------------------------ which sources count as shared

@pytest.mark.parametrize("key, a_other, rule", [
    ("bf16_dense", DENSE.but(scope="cube"), "a Cube-units figure is not of the whole-chip kind"),
    ("bf16_dense", SPARSE, "a sparse figure is not of the dense kind"),
    ("scaleup_bw", ONE_WAY, "a one-way figure is not of the both-ways kind"),
    ("memory_capacity", Basis(granularity="board"), "a board's figure is not of the package kind"),
])
def test_a_source_counts_as_shared_only_through_a_figure_of_the_kind_shown(key, a_other, rule):
    b_basis = {"scaleup_bw": BOTH_WAYS, "memory_capacity": PACKAGE}.get(key, DENSE)
    values = [fig("a", key, 100, basis=b_basis, src="X"), fig("a", key, 90, basis=a_other, src="Y", conf="reported"),
              fig("b", key, 50, basis=b_basis, src="Y")]
    row = compare(values).row(key)
    assert row.cells[0].value.basis == b_basis
    assert row.provenance_note.code == "sources_differ", rule


def test_a_rack_and_a_system_figure_of_one_source_are_a_shared_source():
    devs = [device("a", "system"), device("b", "system")]
    values = [fig("a", "memory_capacity", 100, basis=Basis(granularity="rack"), src="X"),
              fig("a", "memory_capacity", 90, basis=Basis(granularity="system"), src="Y", conf="reported"),
              fig("b", "memory_capacity", 50, basis=Basis(granularity="system"), src="Y")]
    note = compare(values, devices=devs).row("memory_capacity").provenance_note
    assert note.code == "sources_differ_shared" and note.data == ("Publisher Y",), \
        "a rack and a whole system are one kind when looking for a shared source"


def test_a_figure_without_a_source_reads_as_another_source():
    unsourced = replace(fig("a", "bf16_dense", 100), source=None)
    row = compare([unsourced, fig("b", "bf16_dense", 50)]).row("bf16_dense")
    assert row.provenance_note.code == "sources_differ" and row.ratio == 2, "a figure with no source has no source key"


# ------------------------------------------------------------------ the row's standard kind, each part alone

def test_a_dense_row_shows_a_dense_figure_before_a_better_sourced_sparse_one():
    values = [fig("a", "bf16_dense", 200, basis=SPARSE), fig("a", "bf16_dense", 100, conf="third-party")]
    for vals in (values, values[::-1]):
        assert alone(vals).row("bf16_dense").cells[0].value.value_num == 100, "a dense row holds dense figures first"


def test_a_sparsity_stated_on_a_row_without_one_is_no_penalty():
    stated = fig("a", "memory_capacity", 80, basis=PACKAGE.but(sparsity="dense"))
    plain = fig("a", "memory_capacity", 96, basis=PACKAGE, conf="reported")
    for vals in ([stated, plain], [plain, stated]):
        assert alone(vals).row("memory_capacity").cells[0].value.uid == stated.uid, \
            "the memory row ranks by confidence, not by a sparsity it does not hold"


def test_a_granularity_on_a_row_that_does_not_compare_it_is_no_penalty():
    board = fig("a", "die_area", 800, basis=Basis(granularity="board"))
    package = fig("a", "die_area", 814, basis=PACKAGE, conf="reported")
    for vals in ([board, package], [package, board]):
        assert alone(vals).row("die_area").cells[0].value.uid == board.uid, \
            "the die-area row ranks by confidence, not by granularity"


def with_default_qualifier(values, default):
    metrics = [replace(m, default_qualifier=default) if m.key == "power" else m for m in METRICS]
    grouped: dict = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    return compare_devices(Bundle(metrics, {s: device(s) for s in "ab"}, grouped), ["a", "b"])


def test_the_rows_usual_power_qualifier_comes_before_confidence():
    tdp = fig("a", "power", 700, basis=PACKAGE, qualifier="TDP", conf="reported")
    all_in = fig("a", "power", 1000, basis=PACKAGE, qualifier="all-in")
    plain = fig("a", "power", 800, basis=PACKAGE, qualifier=None, conf="third-party")
    for vals in ([tdp, all_in], [all_in, tdp]):
        assert with_default_qualifier(vals, "TDP").row("power").cells[0].value.uid == tdp.uid, \
            "a row's usual qualifier (TDP) before another (all-in)"
    for vals in ([plain, all_in], [all_in, plain]):
        assert with_default_qualifier(vals, "TDP").row("power").cells[0].value.uid == plain.uid, \
            "a figure of no qualifier is not penalised; another qualifier than the usual one is"
        assert with_default_qualifier(vals, None).row("power").cells[0].value.uid == all_in.uid, \
            "a row of no usual qualifier: confidence decides"


# ------------------------------------------------------------------ how a figure was made

def test_a_headline_halved_comes_before_a_total_of_the_parts_even_when_approximate():
    comps = {"sys": [ComponentDTO("Chip", "accelerator", 4, "chip", None)]}
    devs = [device("sys", "system"), device("chip"), device("b")]
    own = fig("sys", "bf16_sparse", 1000, basis=SPARSE.but(granularity="system"), approx=True)
    cell = compare([own, fig("chip", "bf16_dense", 200), fig("b", "fp64", 1)], ("sys", "b"), devs,
                   comps).row("bf16_dense").cells[0]
    assert cell.value.value_num == 500 and cell.value.made == "halved", "halved before from parts, then exactness"
    assert [v.made for v in cell.candidates] == ["halved", "from parts"]


def test_a_doubled_package_figure_comes_before_a_superchips_figure_split():
    devs = [device("a", granularity="superchip", packages=2), device("b")]
    values = [fig("a", "scaleup_bw", 400, basis=ONE_WAY, src="X"),
              fig("a", "scaleup_bw", 1800, basis=Basis(granularity="superchip", direction="both-ways"), src="Y"),
              fig("b", "scaleup_bw", 900, basis=BOTH_WAYS)]
    cell = compare(values, devices=devs, per_package=True).row("scaleup_bw").cells[0]
    assert cell.value.value_num == 800 and cell.value.made == "doubled", "doubled before split"
    assert sorted(v.made for v in cell.candidates) == ["", "doubled", "split"]


def test_a_worked_out_figure_carries_no_wording_of_its_own():
    worded = replace(fig("a", "scaleup_bw", 450, basis=ONE_WAY), value_text="up to 450 GB/s each way")
    v = compare([worded, fig("b", "scaleup_bw", 900, basis=BOTH_WAYS)]).row("scaleup_bw").cells[0].value
    assert v.value_num == 900 and v.value_text is None, "the doubled figure must not show the one-way wording"


def test_a_both_ways_figure_is_not_doubled():
    v = fig("a", "scaleup_bw", 900, basis=BOTH_WAYS)
    cell = compare([v, fig("b", "scaleup_bw", 900, basis=BOTH_WAYS)]).row("scaleup_bw").cells[0]
    assert cell.candidates == (v,), "only a one-way figure is doubled"


def test_split_per_package_divides_only_the_devices_own_granularity():
    devs = [device("a", granularity="superchip", packages=4), device("b")]
    own = fig("a", "memory_capacity", 96, basis=PACKAGE, conf="reported")
    text = fig("a", "memory_capacity", None, text="HBM3e, size not given", basis=Basis(granularity="superchip"))
    whole = fig("a", "memory_capacity", 384, basis=Basis(granularity="superchip"))
    cell = compare([own, text, whole, fig("b", "memory_capacity", 80, basis=PACKAGE)], devices=devs,
                   per_package=True).row("memory_capacity").cells[0]
    assert sorted(v.value_num for v in cell.candidates if v.value_num) == [96, 96], \
        "a package figure is not divided again; the superchip's 384 is ÷ 4"
    assert any(v.value_text == "HBM3e, size not given" for v in cell.candidates), "a text is kept as it is"


# ------------------------------------------------------------------ what a cell reads

def test_a_cell_reads_its_qualifier_and_its_tags_together():
    cmp = compare([fig("a", "power", 700, basis=Basis(granularity="board"), qualifier="TDP"),
                   fig("b", "power", 700, basis=PACKAGE, qualifier="TDP")])
    assert cmp.row("power").cells[0].display == "700 W (TDP; per board)", "a board's figure on a chip says so"


def test_a_boards_own_figure_and_its_split_read_without_a_tag():
    devs = [device("a", granularity="board", packages=2), device("b")]
    values = [fig("a", "bf16_dense", 96, basis=DENSE.but(granularity="board")), fig("b", "bf16_dense", 100)]
    assert compare(values, devices=devs).row("bf16_dense").cells[0].display == "96 TFLOPS", \
        "as published, a board's figure is its own granularity"
    assert compare(values, devices=devs, per_package=True).row("bf16_dense").cells[0].display == "48 TFLOPS", \
        "split per package, the figure is per package: no tag"


def test_a_figures_note_is_not_a_gap_note():
    noted = replace(fig("a", "bf16_dense", 100), note="at 1.98 GHz boost")
    cell = compare([noted, fig("b", "bf16_dense", 50)]).row("bf16_dense").cells[0]
    assert cell.gap_note == "", "only a gap's note says why a figure is missing"


def test_no_figure_or_a_text_has_no_disagreement():
    cmp = compare([fig("a", "bf16_dense", None, text="about a petaflop", src="P"),
                   fig("a", "bf16_dense", None, text="1 PFLOPS", src="Q")], ("a", "b"))
    assert [c.disagreement for c in cmp.row("bf16_dense").cells] == ["", ""], "only numbers disagree"


def test_figures_that_differ_by_float_noise_are_listed_once():
    values = [fig("a", "bf16_dense", 100, src="P"), fig("a", "bf16_dense", 100.00000000006, src="Q"),
              fig("a", "bf16_dense", 110, src="R"), fig("b", "bf16_dense", 1)]
    assert compare(values).row("bf16_dense").cells[0].disagreement == "100 / 110 TFLOPS", "one figure per value"


def test_small_figures_disagree_too():
    values = [fig("a", "memory_capacity", 0.64, basis=PACKAGE, src="P"),
              fig("a", "memory_capacity", 0.8, basis=PACKAGE, src="Q"), fig("b", "memory_capacity", 1, basis=PACKAGE)]
    assert compare(values).row("memory_capacity").cells[0].disagreement == "640 / 800 MB", \
        "figures below 1 are compared like the others"


def test_a_unitless_rows_disagreement_reads_bare_numbers():
    metrics = [replace(m, unit="") if m.key == "die_area" else m for m in METRICS]
    values = {("a", "die_area"): [fig("a", "die_area", 100, src="P"), fig("a", "die_area", 120, src="Q")]}
    cmp = compare_devices(Bundle(metrics, {s: device(s) for s in "ab"}, values), ["a", "b"])
    assert cmp.row("die_area").cells[0].disagreement == "100 / 120", "no unit, no trailing space"


# ------------------------------------------------------------------ computed rows

def test_a_computed_figure_names_its_device_and_its_inputs_sources():
    unknown_power = replace(fig("a", "power", 500, basis=PACKAGE, qualifier="TDP", conf=None), source=None)
    cmp = compare([fig("a", "bf16_dense", 1000), unknown_power, fig("b", "bf16_dense", 100)])
    cell = cmp.row("bf16_per_watt").cells[0]
    assert cell.device_slug == "a" and cell.value.device_slug == "a", "a computed figure belongs to its device"
    assert cell.value.value_num == 2 and cell.gap_note == "", "a computed figure has no gap note"
    assert cell.value.confidence is None, "an input of no stated confidence is the least sure"
    assert cell.value.note == "Dense BF16/FP16: Publisher S; Power (TDP or all-in): derived", \
        "an input without a source reads 'derived'"
    assert cell.value.made == "formula"


def test_tpp_says_exactly_why_it_is_missing():
    cmp = compare([fig("a", "bf16_dense", 1000, basis=DENSE.but(scope="cube")), fig("b", "bf16_dense", 10)])
    assert cmp.row("tpp").cells[0].gap_note == "needs a dense 16-bit figure counting all units"


def test_a_cell_that_does_not_apply_names_its_device_and_has_no_candidates():
    devs = [device("s", "system"), device("b")]
    cell = compare([fig("s", "bf16_dense", 1000, basis=DENSE.but(granularity="system")), fig("b", "bf16_dense", 1)],
                   ("s", "b"), devs).row("tpp").cells[0]
    assert cell.device_slug == "s" and cell.candidates == () and cell.display == "not applicable"


# ------------------------------------------------------------------ withheld ratios, zeros and ties

def test_a_withheld_ratio_has_no_text():
    qualifiers = compare([fig("a", "power", 700, basis=PACKAGE, qualifier="TDP"),
                          fig("b", "power", 1000, basis=PACKAGE, qualifier="all-in")]).row("power")
    kinds = compare([fig("a", "bf16_dense", 100), fig("b", "bf16_dense", 50, basis=DENSE.but(scope="cube"))]).row(
        "bf16_dense")
    zero = compare([fig("a", "bf16_dense", 100), fig("b", "bf16_dense", 0)]).row("bf16_dense")
    for row, why in ((qualifiers, "qualifiers differ"), (kinds, "kinds differ"), (zero, "the baseline is zero")):
        assert row.ratio is None and row.ratio_display == "" and row.cells[0].ratio_display == "", why
    assert zero.ratio_note.code == OTHER_ZERO and zero.cells[0].ratio_note.code == BASELINE_ZERO, \
        "the row says the figure divided by is zero; the cell that the baseline is"


def test_figures_equal_to_a_billionth_are_all_best():
    big = compare([fig("a", "bf16_dense", 1e6), fig("b", "bf16_dense", 1), fig("c", "bf16_dense", 1e6 + 1e-4)],
                  ("a", "b", "c")).row("bf16_dense")
    assert big.best == (0, 2), "a billionth of the figure is a tie"
    small = compare([fig("a", "bf16_dense", 0.5), fig("b", "bf16_dense", 0.1), fig("c", "bf16_dense", 0.5 - 1.5e-9)],
                    ("a", "b", "c")).row("bf16_dense")
    assert small.best == (0,), "below 1, a tie is within a billionth, not more"
    top, edge = 1.000000082740371, 1.000000081740371  # exactly 1e-9 apart, as floats
    assert abs(top - edge) == 1e-9 * top
    at_edge = compare([fig("a", "bf16_dense", top), fig("b", "bf16_dense", 0.5), fig("c", "bf16_dense", edge)],
                      ("a", "b", "c")).row("bf16_dense")
    assert at_edge.best == (0, 2), "a figure exactly a billionth below the top is still a tie"


# ------------------------------------------------------------------ the comparison itself

def test_four_devices_and_any_baseline_among_them():
    values = [fig(s, "bf16_dense", 10 * (i + 1)) for i, s in enumerate("abcd")]
    four = compare(values, tuple("abcd"), baseline=0)
    assert [c.ratio for c in four.row("bf16_dense").cells] == [None, 2, 3, 4], "four devices against the first"
    comps = {"a": [ComponentDTO("Chip", "accelerator", 8, "chip", None)]}
    cmp = compare(values, ("a", "b"), components=comps)
    assert cmp.components == (tuple(comps["a"]), ()), "each device's parts, in column order"
