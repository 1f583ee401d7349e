"""How derived figures, compositions and the scale calculator read, to the character, in the plain and a French
number style; what a comparison refuses. Hand-built bundles on the bundled metric catalog (see
test_compare_rules.py); each test says which rule broke."""
from __future__ import annotations

from dataclasses import replace

import pytest

from db.basis import Basis
from db.compare import NOT_APPLICABLE, build_comparison, compare_devices, derived_for, headlines
from db.scale import scale_to_match
from db.dto import ComponentDTO
from db.reasons import BASIS_DIFFERS, OTHER_ZERO, QUALIFIERS_DIFFER
from db.units import NumberStyle
from tests.db.test_compare_rules import (BOTH_WAYS, DENSE, METRICS, ONE_WAY, PACKAGE, Bundle, compare, device, fig,
                                         source)

FRENCH = NumberStyle(group="\u202f", point=",")
TDP = dict(basis=PACKAGE, qualifier="TDP")


def pair(values, style=NumberStyle(), slugs=("a", "b"), devices=None, components=None, per_package=False):
    devs = {d.slug: d for d in (devices or [device(s) for s in slugs])}
    grouped: dict = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    return compare_devices(Bundle(METRICS, devs, grouped, components or {}, {}), list(slugs), None, style, per_package)


# ------------------------------------------------------------------ compositions and what does not apply

def test_a_system_reads_its_composition_with_the_least_sure_count_and_where_the_counts_come_from():
    comps = {"sys": [ComponentDTO("Ascend 910C", "accelerator", 1384, "chip", source("HW", "2025-04-10"), "official"),
                     ComponentDTO("Kunpeng CPU", "cpu", None, None, source("SA"), "reported")]}
    cmp = compare([fig("b", "bf16_dense", 1)], ("sys", "b"), [device("sys", "system"), device("chip"), device("b")],
                  comps)
    cell = cmp.row("composition").cells[0]
    v = cell.value
    assert cell.display == "1,384 × Ascend 910C + Kunpeng CPU"
    assert v.value_text == cell.display and v.metric_key == "composition" and v.device_slug == "sys"
    assert v.confidence == "reported" and v.source.key == "HW" and v.as_of == "2025-04-10"
    assert v.note == "counts from Publisher HW; Publisher SA" and v.approximate is False and v.uid == "composition:sys"
    assert cmp.row("composition").cells[1].display == NOT_APPLICABLE
    assert cmp.row("composition").cells[1].gap_note == "a single chip has no system composition"
    bare = compare([fig("b", "bf16_dense", 1)], ("sys", "b"), [device("sys", "system"), device("b")],
                   {"sys": [ComponentDTO("Chip", "accelerator", 8, None, None)]}).row("composition").cells[0].value
    assert bare.note == "" and bare.source is None and bare.as_of is None


def test_tpp_does_not_apply_to_a_system():
    cmp = compare([fig("s", "bf16_dense", 1000, basis=DENSE.but(granularity="system")), fig("b", "bf16_dense", 10)],
                  ("s", "b"), [device("s", "system"), device("b")])
    cell = cmp.row("tpp").cells[0]
    assert cell.value is None and cell.display == NOT_APPLICABLE and cell.gap_note == "TPP is defined per chip"
    assert cmp.row("tpp").cells[1].value.value_num == 160


def test_a_comparison_takes_two_to_four_devices_and_a_baseline_among_them():
    values = [fig(s, "bf16_dense", 10) for s in "abcde"]
    for slugs in (("a",), ("a", "b", "c", "d", "e")):
        with pytest.raises(ValueError, match=f"not {len(slugs)}"):
            compare(values, slugs)
    for baseline in (-1, 2):
        with pytest.raises(ValueError, match="baseline column"):
            compare(values, ("a", "b"), baseline=baseline)
    assert compare(values, ("a", "b", "c")).baseline == 1  # the second by default
    built = build_comparison(Bundle(METRICS, {s: device(s) for s in "ab"}, {("a", "bf16_dense"): [values[0]],
                                                                           ("b", "bf16_dense"): [values[1]]}), "a", "b",
                             FRENCH)
    assert [d.slug for d in built.devices] == ["a", "b"] and built.baseline == 1 and not built.per_package


# ------------------------------------------------------------------ derived figures, to the character

def test_per_watt_and_tpp_formulas_name_their_inputs_and_condition():
    cond = DENSE.but(condition="1200 W config")
    cmp = pair([fig("a", "bf16_dense", 2500, basis=cond, as_of="2025-01-01", src="NV"),
                fig("a", "power", 1200, as_of="2024-06-01", conf="third-party", src="MLC", **TDP),
                fig("a", "memory_bandwidth", 8000, basis=PACKAGE, approx=True),
                fig("b", "bf16_dense", 1000), fig("b", "power", 700, **TDP)], FRENCH)
    eff = cmp.row("bf16_per_watt").cells[0].value
    assert eff.formula == ("dense BF16/FP16 ÷ power = 2,5 PFLOPS [1200 W config] ÷ 1,2 kW (TDP)")
    assert eff.value_num == pytest.approx(2500 / 1200) and eff.confidence == "third-party"  # the least sure input
    assert eff.as_of == "2025-01-01" and not eff.approximate and eff.source is None and eff.derived
    assert eff.note == "Dense BF16/FP16: Publisher NV; Power (TDP or all-in): Publisher MLC"
    assert eff.uid == "formula:a:bf16_per_watt" and eff.metric_key == "bf16_per_watt" and eff.qualifier is None
    assert [v.metric_key for v in eff.inputs] == ["bf16_dense", "power"]
    per = cmp.row("membw_per_tflops").cells[0].value
    assert per.approximate and per.value_num == pytest.approx(3.2)
    assert per.formula == "memory bandwidth ÷ dense BF16/FP16 = ≈8 TB/s ÷ 2,5 PFLOPS [1200 W config]"
    tpp = cmp.row("tpp").cells[0].value
    assert tpp.formula == "dense BF16/FP16 TFLOPS × 16 (bit length) = 2,5 PFLOPS [1200 W config] × 16"
    assert cmp.row("tpp").cells[0].display == "40\u202f000"


def test_a_derived_figure_says_what_it_lacks():
    cmp = pair([fig("a", "bf16_dense", 100), fig("b", "power", 100, **TDP),
                fig("b", "bf16_dense", 100, basis=DENSE.but(condition="1000 W")),
                fig("b", "memory_bandwidth", 10, basis=PACKAGE.but(condition="600 W"))])
    a, b = cmp.row("bf16_per_watt").cells
    assert a.value is None and a.gap_note == "needs Dense BF16/FP16, Power (TDP or all-in): not published"
    assert b.value is not None  # only one of its inputs states a condition
    gap = pair([fig("a", "bf16_dense", 100, basis=DENSE.but(condition="1000 W")),
                fig("a", "power", 700, basis=PACKAGE.but(condition="700 W cap"), qualifier="TDP"),
                fig("b", "bf16_dense", 1)]).row("bf16_per_watt").cells[0]
    assert gap.value is None and gap.gap_note == "1000 W vs 700 W cap"
    zero = pair([fig("a", "memory_bandwidth", 10, basis=PACKAGE), fig("a", "bf16_dense", 0),
                 fig("b", "bf16_dense", 1)]).row("membw_per_tflops").cells[0]
    assert zero.value is None and zero.gap_note == "Dense BF16/FP16 is zero"


def test_a_systems_totals_read_count_times_the_chip_with_where_the_count_comes_from():
    comps = {"sys": [ComponentDTO("H100 SXM", "accelerator", 8, "chip", source("DGX"))]}
    devs = [device("sys", "system"), device("chip"), device("b")]
    values = [fig("chip", "bf16_dense", 989.4, as_of="2023-01-01", conf="third-party", src="NV"),
              fig("chip", "power", 700, **TDP), fig("chip", "scaleup_bw", 900, basis=BOTH_WAYS),
              fig("chip", "memory_capacity", 80, basis=PACKAGE, approx=True), fig("b", "bf16_dense", 1)]
    cmp = pair(values, FRENCH, ("sys", "b"), devs, comps)
    total = cmp.row("bf16_dense").cells[0].value
    assert total.formula == "8 × 989,4 TFLOPS (H100 SXM) (count: Publisher DGX)"
    assert total.value_num == pytest.approx(8 * 989.4) and total.confidence == "third-party"
    assert total.as_of == "2023-01-01" and total.source.key == "NV" and total.basis.granularity == "system"
    assert total.uid.startswith("derived:sys:") and total.device_slug == "sys" and total.metric_key == "bf16_dense"
    assert cmp.row("memory_capacity").cells[0].value.approximate
    power = cmp.row("power").cells[0]
    assert power.display == "5,6 kW (sum of chip TDPs)" and power.value.formula.startswith("8 × 700 W (TDP)")
    same = cmp.row("scaleup_bw").cells[0].value  # per accelerator: the chip's own figure
    assert same.value_num == 900 and same.formula == "900 GB/s (H100 SXM)" and same.basis.granularity == "package"
    domain = cmp.row("scaleup_bw_total").cells[0].value
    assert domain.value_num == 7200 and domain.formula == "8 × 900 GB/s per accelerator (count: Publisher DGX)"


@pytest.mark.parametrize("components", [
    [ComponentDTO("Chip", "accelerator", 8, "chip", None), ComponentDTO("Other", "accelerator", 4, "chip", None)],
    [ComponentDTO("Chip", "accelerator", None, "chip", None)],
    [ComponentDTO("Chip", "cpu", 8, "chip", None)],
])
def test_no_total_without_one_counted_kind_of_accelerator(components):
    cmp = compare([fig("chip", "bf16_dense", 100), fig("b", "bf16_dense", 1)], ("sys", "b"),
                  [device("sys", "system"), device("chip"), device("b")], {"sys": components})
    assert cmp.row("bf16_dense").cells[0].value is None


def test_a_total_needs_the_chip_in_the_catalog_and_a_stored_figure_wins_over_it():
    devs = [device("sys", "system"), device("chip"), device("b")]
    unknown = {"sys": [ComponentDTO("Chip", "accelerator", 8, None, None)]}
    assert compare([fig("chip", "bf16_dense", 100), fig("b", "bf16_dense", 1)], ("sys", "b"), devs,
                   unknown).row("bf16_dense").cells[0].value is None
    known = {"sys": [ComponentDTO("Chip", "accelerator", 8, "chip", None)]}
    own = fig("sys", "bf16_dense", 700, basis=DENSE.but(granularity="system"), conf="reported")
    cell = compare([own, fig("chip", "bf16_dense", 100), fig("b", "bf16_dense", 1)], ("sys", "b"), devs,
                   known).row("bf16_dense").cells[0]
    assert cell.value.uid == own.uid and len(cell.candidates) == 1  # no total when the system has its own figure


def test_a_halved_and_a_split_figure_read_how_they_were_made():
    halved = pair([fig("a", "fp8_sparse", 720_000, basis=DENSE.but(format="FP8", sparsity="sparse")),
                   fig("b", "fp8_dense", 1)], FRENCH).row("fp8_dense").cells[0].value
    assert halved.formula == "Sparse FP8 (2:4, vendor headline): 720 PFLOPS ÷ 2" and halved.value_num == 360_000
    assert halved.uid.startswith("halved:") and halved.metric_key == "fp8_dense" and halved.origin == "derived"
    devs = [device("a", granularity="superchip", packages=4), device("b")]
    split = pair([fig("a", "memory_capacity", 384, basis=Basis(granularity="superchip")),
                  fig("b", "memory_capacity", 80, basis=PACKAGE)], FRENCH, devices=devs, per_package=True)
    cell = split.row("memory_capacity").cells[0]
    assert cell.value.value_num == 96 and cell.value.formula == "384 GB (per superchip) ÷ 4"
    assert cell.value.basis.granularity == "package" and split.splittable == (0,) and split.per_package
    assert split.row("memory_capacity").ratio == pytest.approx(96 / 80)
    one = pair([fig("a", "memory_capacity", 384, basis=Basis(granularity="superchip")),
                fig("b", "memory_capacity", 80, basis=PACKAGE)], devices=[device("a", granularity="superchip"),
                                                                          device("b")], per_package=True)
    assert one.splittable == () and one.row("memory_capacity").ratio is None  # packages unknown: nothing to split


def test_a_one_way_figure_doubled_reads_its_formula():
    v = pair([fig("a", "scaleup_bw", 392, basis=ONE_WAY), fig("b", "scaleup_bw", 900, basis=BOTH_WAYS)],
             FRENCH).row("scaleup_bw").cells[0].value
    assert v.formula == "2 × 392 GB/s (one way)" and v.uid.startswith("bidir:") and v.value_num == 784


# ------------------------------------------------------------------ scale to match, to the character

def machines(a_power=400.0, b_power=700.0, a_q="TDP", b_q="TDP"):
    return [fig("a", "bf16_dense", 500), fig("b", "bf16_dense", 1000),
            fig("a", "power", a_power, basis=PACKAGE, qualifier=a_q),
            fig("b", "power", b_power, basis=PACKAGE, qualifier=b_q)]


def test_scale_to_match_in_a_french_style_and_with_a_chosen_device():
    three = pair(machines() + [fig("c", "bf16_dense", 250), fig("c", "power", 100, **TDP)], FRENCH, ("a", "b", "c"))
    m = scale_to_match(three, "bf16_dense", FRENCH, index=2)
    assert m.count == 4 and m.text == "4 × C ≈ 1 × B on Dense BF16/FP16, at 0,57× the power"
    assert m.detail == "4 × 100 W (TDP) = 400 W vs 700 W (TDP)" and m.power_ratio == pytest.approx(400 / 700)
    first = scale_to_match(three, "bf16_dense", FRENCH)  # default: the first device that is not the baseline
    assert first.text.startswith("2 × A ≈ 1 × B")
    swapped = scale_to_match(three, "bf16_dense", FRENCH, index=1)  # the baseline itself: against the other one
    assert swapped.text.startswith("1 × B ≈ 2 × A")
    assert swapped.detail == "700 W (TDP) vs 2 × 400 W (TDP) = 800 W"
    big = scale_to_match(pair(machines(a_power=1234.5), FRENCH), "bf16_dense", FRENCH)
    assert big.detail == "2 × 1\u202f234 W (TDP) = 2,469 kW vs 700 W (TDP)"
    small = scale_to_match(pair(machines(a_power=1234.5), FRENCH, ("b", "a")), "bf16_dense", FRENCH)
    assert small.text == "1 × B ≈ 2 × A on Dense BF16/FP16, at 0,28× the power"
    assert small.detail == "700 W (TDP) vs 2 × 1\u202f234 W (TDP) = 2,469 kW"
    with pytest.raises(KeyError, match="no_such_metric"):
        scale_to_match(three, "no_such_metric")


def test_scale_to_match_says_why_it_cannot_count_or_weigh_the_power():
    none = scale_to_match(pair([fig("a", "bf16_dense", 500)]), "bf16_dense")
    assert none.count is None and none.reason is None
    assert none.text == "Cannot scale on Dense BF16/FP16: Dense BF16/FP16 is not published for both."
    unlike = scale_to_match(pair([fig("a", "bf16_dense", 500, basis=DENSE.but(scope="cube")),
                                  fig("b", "bf16_dense", 1000)]), "bf16_dense")
    assert unlike.count is None and unlike.reason.code == BASIS_DIFFERS
    assert unlike.text == "Cannot scale on Dense BF16/FP16: the figures are not comparable."
    no_a = scale_to_match(pair(machines()[:2] + [machines()[3]]), "bf16_dense")
    assert no_a.count == 2 and no_a.power_ratio is None and no_a.text.endswith("(power not published for A)")
    no_b = scale_to_match(pair(machines()[:3]), "bf16_dense")
    assert no_b.text.endswith("(power not published for B)") and no_b.warnings == ()
    zero = scale_to_match(pair(machines(b_power=0)), "bf16_dense")
    assert zero.power_ratio is None and zero.text.endswith("(power not published for B)")
    kinds = scale_to_match(pair(machines(b_q="all-in")), "bf16_dense")
    assert kinds.count == 2 and kinds.power_ratio is None and kinds.reason.code == QUALIFIERS_DIFFER
    assert kinds.text == "2 × A ≈ 1 × B on Dense BF16/FP16" and kinds.detail == ""
    warned = scale_to_match(pair([fig("a", "bf16_dense", 500, basis=DENSE.but(scope=None)),
                                  fig("b", "bf16_dense", 1000)] + machines()[2:]), "bf16_dense")
    assert [w.data for w in warned.warnings] == [("A", "scope")] and warned.power_ratio is not None
    for partial in (no_a, kinds):
        assert partial.warnings == ()


# ------------------------------------------------------------------ a total from the parts: every field

def parts_system(values, style=FRENCH, count_source=None):
    comps = {"sys": [ComponentDTO("Chip", "accelerator", 8, "chip", count_source)]}
    return pair(values + [fig("b", "bf16_dense", 1)], style, ("sys", "b"),
                [device("sys", "system"), device("chip"), device("b")], comps)


def test_a_total_from_the_parts_keeps_its_inputs_provenance_and_counts_the_whole_system():
    chip = replace(fig("chip", "bf16_dense", 1500, producer="lab", carrier="reputable-relay"), note="at 1.98 GHz")
    cell = parts_system([chip]).row("bf16_dense").cells[0]
    total = cell.value
    assert total.formula == "8 × 1,5 PFLOPS (Chip)", "the formula in the user's style, no count source"
    assert total.value_num == 12_000 and total.qualifier is None, "a compute total has no power qualifier"
    assert total.device_slug == "sys" and total.uid.startswith("derived:sys:"), "the total belongs to the system"
    assert total.basis.granularity == "system" and cell.display == "12 PFLOPS", "the total counts the whole system"
    assert total.inputs == (chip,) and total.note == "at 1.98 GHz", "the chip's figure and its note"
    assert (total.origin, total.producer, total.carrier_quality, total.made) == (
        "derived", "lab", "reputable-relay", "from parts")


def test_a_per_accelerator_link_and_its_domain_total_are_doubled_once():
    chip = fig("chip", "scaleup_bw", 392.5, basis=ONE_WAY, qualifier="NVLink")
    cmp = parts_system([chip])
    link = cmp.row("scaleup_bw").cells[0]
    assert [v.value_num for v in link.candidates] == [785, 392.5], "the chip's one-way figure and its doubling, once"
    same = link.candidates[1]
    assert same.formula == "392,5 GB/s (NVLink; one way) (Chip)" and same.qualifier == "NVLink", \
        "the chip's figure as it reads, with its qualifier"
    domain = cmp.row("scaleup_bw_total").cells[0]
    assert [v.value_num for v in domain.candidates] == [6280, 3140], "the domain total and its doubling, once"
    assert domain.candidates[1].formula == "8 × 392,5 GB/s (NVLink; one way) per accelerator", \
        "the per-accelerator figure in the user's style"
    assert domain.candidates[1].qualifier == "NVLink" and domain.candidates[1].basis.granularity == "system"
    assert {v.device_slug for v in link.candidates + domain.candidates} == {"sys"}, "the figures belong to the system"
    assert all(v.uid.startswith("derived:sys:") for v in (same, domain.candidates[1]))


def test_a_doubled_halved_and_split_figure_read_in_the_users_style():
    doubled = pair([fig("a", "scaleup_bw", 392.5, basis=ONE_WAY), fig("b", "scaleup_bw", 900, basis=BOTH_WAYS)],
                   FRENCH).row("scaleup_bw").cells[0].value
    assert doubled.formula == "2 × 392,5 GB/s (one way)"
    halved = pair([fig("a", "bf16_sparse", 1500, basis=DENSE.but(sparsity="sparse")), fig("b", "bf16_dense", 1)],
                  FRENCH).row("bf16_dense").cells[0].value
    assert halved.formula == "Sparse BF16/FP16 (2:4, vendor headline): 1,5 PFLOPS ÷ 2"
    split = pair([fig("a", "memory_capacity", 1500, basis=Basis(granularity="superchip")),
                  fig("b", "memory_capacity", 80, basis=PACKAGE)], FRENCH,
                 devices=[device("a", granularity="superchip", packages=4), device("b")],
                 per_package=True).row("memory_capacity").cells[0].value
    assert split.formula == "1,5 TB (per superchip) ÷ 4"


def test_a_pick_of_a_figure_split_per_package_holds():
    devs = [device("a", granularity="superchip", packages=4), device("b")]
    whole = fig("a", "memory_capacity", 384, basis=Basis(granularity="superchip"), conf="reported")
    own = fig("a", "memory_capacity", 80, basis=PACKAGE)
    cmp = compare([whole, own, fig("b", "memory_capacity", 80, basis=PACKAGE)], devices=devs, per_package=True,
                  choices={("a", "memory_capacity"): f"split:{whole.uid}"})
    cell = cmp.row("memory_capacity").cells[0]
    assert cell.value.value_num == 96 and cell.user_choice, "a split figure is picked by 'split:' and its figure's uid"


def test_a_pair_is_a_over_b_in_the_users_style():
    built = build_comparison(Bundle(METRICS, {s: device(s) for s in "ab"},
                                    {("a", "bf16_dense"): [fig("a", "bf16_dense", 1500.5)],
                                     ("b", "bf16_dense"): [fig("b", "bf16_dense", 1000)]}), "a", "b", FRENCH)
    assert built.row("bf16_dense").cells[0].display == "1,5 PFLOPS" and built.baseline == 1


# ------------------------------------------------------------------ scale to match: every way out

def test_scale_to_match_on_a_zero_figure_says_so_and_never_divides_by_zero():
    b_zero = scale_to_match(pair(machines()[:1] + [fig("b", "bf16_dense", 0)] + machines()[2:]), "bf16_dense")
    assert b_zero.count is None and b_zero.reason.code == OTHER_ZERO and b_zero.metric.key == "bf16_dense"
    a_zero = scale_to_match(pair([fig("a", "bf16_dense", 0)] + machines()[1:]), "bf16_dense")
    assert a_zero.count is None and a_zero.text.startswith("Cannot scale on Dense BF16/FP16"), \
        "no number of zero-figure devices matches one"


def test_scale_to_match_keeps_the_metric_and_the_warnings_whatever_it_cannot_weigh():
    unstated = fig("a", "bf16_dense", 500, basis=DENSE.but(scope=None))
    no_power = scale_to_match(pair([unstated, fig("b", "bf16_dense", 1000)]), "bf16_dense")
    kinds = scale_to_match(pair([unstated] + machines(b_q="all-in")[1:]), "bf16_dense")
    for m, case in ((no_power, "power not published"), (kinds, "power of different kinds")):
        assert m.metric.key == "bf16_dense" and m.count == 2, case
        assert [w.data for w in m.warnings] == [("A", "scope")], case
    assert kinds.reason.code == QUALIFIERS_DIFFER


def test_scale_to_match_names_the_devices_in_the_power_warnings():
    values = [fig("a", "bf16_dense", 500), fig("b", "bf16_dense", 1000),
              fig("a", "power", 400, basis=Basis(), qualifier="TDP"), fig("b", "power", 700, **TDP)]
    m = scale_to_match(pair(values), "bf16_dense")
    assert [w.data for w in m.warnings] == [("A", "granularity")], "the power warning names the device"


def test_scale_to_match_without_a_power_row_or_with_a_power_text():
    no_row = [m for m in METRICS if m.key not in ("power", "bf16_per_watt")]
    grouped = {("a", "bf16_dense"): [fig("a", "bf16_dense", 500)], ("b", "bf16_dense"): [fig("b", "bf16_dense", 1000)]}
    cmp = compare_devices(Bundle(no_row, {s: device(s) for s in "ab"}, grouped), ["a", "b"])
    assert scale_to_match(cmp, "bf16_dense").text == "2 × A ≈ 1 × B on Dense BF16/FP16 (power not published for A)"
    text = scale_to_match(pair([fig("a", "power", None, text="not disclosed")] + machines()[:2] + machines()[3:]),
                          "bf16_dense")
    assert text.text.endswith("(power not published for A)") and text.power_ratio is None, \
        "a power given as words is not a number to weigh"


def test_scale_to_match_one_for_one_shows_the_power_of_one_each():
    values = [fig("a", "bf16_dense", 500), fig("b", "bf16_dense", 500), fig("a", "power", 400, **TDP),
              fig("b", "power", 700, **TDP)]
    m = scale_to_match(pair(values), "bf16_dense")
    assert m.count == 1 and m.detail == "1 × 400 W (TDP) = 400 W vs 700 W (TDP)"


def test_scale_to_match_reads_both_powers_in_the_users_style():
    big_b = scale_to_match(pair(machines(b_power=1234.5), FRENCH), "bf16_dense", FRENCH)
    assert big_b.detail == "2 × 400 W (TDP) = 800 W vs 1\u202f234 W (TDP)"
    big_a = scale_to_match(pair(machines(b_power=1234.5), FRENCH, ("b", "a")), "bf16_dense", FRENCH)
    assert big_a.detail == "1\u202f234 W (TDP) vs 2 × 400 W (TDP) = 800 W"


# ------------------------------------------------------------------ one device's derived figure, as every comparison

def bundle_of(values, devices=None, style_devices=("a", "b")):
    devs = {d.slug: d for d in (devices or [device(s) for s in style_devices])}
    grouped: dict = {}
    for v in values:
        grouped.setdefault((v.device_slug, v.metric_key), []).append(v)
    return Bundle(METRICS, devs, grouped, {}, {})


def test_one_devices_derived_figure_is_the_comparisons_own_in_the_users_style():
    values = [fig("a", "bf16_dense", 2500, as_of="2025-01-01"), fig("a", "bf16_dense", 2400, conf="reported"),
              fig("a", "power", 1200, **TDP), fig("b", "bf16_dense", 1000), fig("b", "power", 700, **TDP)]
    bundle = bundle_of(values)
    cmp = compare_devices(bundle, ["a", "b"], None, FRENCH)
    for key in ("tpp", "bf16_per_watt"):
        for side, slug in enumerate(("a", "b")):
            alone, why = derived_for(bundle, slug, key, style=FRENCH)
            shown_cell = cmp.row(key).cells[side].value
            assert why == "" and alone == shown_cell, (key, slug)  # the same figure, inputs, formula and style
    assert derived_for(bundle, "a", "tpp", style=FRENCH)[0].formula.endswith("2,5 PFLOPS × 16")
    given = headlines(bundle)  # passed in when already worked out: the same figure
    assert derived_for(bundle, "a", "tpp", given) == derived_for(bundle, "a", "tpp")


def test_one_devices_derived_figure_says_why_there_is_none():
    system = device("s", kind="system")
    bundle = bundle_of([fig("a", "power", 700, **TDP), fig("s", "bf16_dense", 9000)], [device("a"), system])
    value, why = derived_for(bundle, "a", "tpp")
    assert value is None and why == "needs Dense BF16/FP16: not published"
    value, why = derived_for(bundle, "s", "tpp")  # TPP is a chip's metric: a system's cell says so, and so does this
    cell = compare_devices(bundle, ["s", "a"]).row("tpp").cells[0]
    assert value is None and why and why == cell.gap_note
