"""Every rule that decides which figure a reader sees, pinned from both sides on small hand-built bundles.

The metrics are the bundled catalog's own (resources/seed/metrics.json); devices, sources and figures are made
here, so that each test changes one thing and says which rule broke when it fails.
"""
from __future__ import annotations

import json

import pytest

import resources
from db.basis import Basis, BasisRule
from db.compare import Bundle, compare_devices, rank, scale_to_match
from db.dto import ComponentDTO, DeviceDTO, MetricDTO, SourceDTO, ValueDTO
from db.reasons import BASELINE_ZERO, BASIS_DIFFERS, QUALIFIERS_DIFFER


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
        derived: bool = False) -> ValueDTO:
    return ValueDTO(f"v{next(_n)}", slug, key, number, text, qualifier, approx, source(src, as_of), conf, as_of, "",
                    basis=basis, derived=derived)


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


def test_three_devices_follow_the_baselines_kind_when_no_kind_is_common():
    values = [fig("a", "scaleup_bw", 400, basis=ONE_WAY),
              fig("b", "scaleup_bw", 900, basis=BOTH_WAYS), fig("b", "scaleup_bw", 450, basis=ONE_WAY, conf="reported"),
              fig("c", "scaleup_bw", 700, basis=Basis(granularity="package", direction=None))]
    row = compare(values, ("a", "b", "c"), baseline=1).row("scaleup_bw")
    assert [c.value.basis.direction for c in row.cells[:2]] == ["both-ways", "both-ways"]
    assert row.cells[0].value.value_num == 800  # A follows the baseline's both ways: its one-way figure doubled


def test_one_source_on_both_sides_when_it_is_equally_good():
    a1, a2 = fig("a", "bf16_dense", 100, src="X"), fig("a", "bf16_dense", 101, src="Y")
    b1, b2 = fig("b", "bf16_dense", 200, src="Y"), fig("b", "bf16_dense", 201, src="Z")
    row = compare([a1, a2, b1, b2]).row("bf16_dense")
    assert {c.value.source.key for c in row.cells} == {"Y"}
    four = compare([a1, a2, b1, b2, fig("c", "bf16_dense", 300, src="Y"), fig("d", "bf16_dense", 400, src="Y")],
                   ("a", "b", "c", "d")).row("bf16_dense")
    assert {c.value.source.key for c in four.cells} == {"Y"}


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
