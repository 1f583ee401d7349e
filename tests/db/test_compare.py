"""The figures the comparison shows: headline numbers, preference, provenance, derived values."""
import pytest

from db import api
from db.compare import NOT_PUBLISHED


def shown(cmp, key):
    return tuple(c.display for c in cmp.row(key).cells)


def test_headline_cloudmatrix_vs_nvl72(db_path):
    cmp = api.compare(db_path, "CM384", "NVL72")
    assert shown(cmp, "bf16_dense") == ("300 PFLOPS (scope unstated)", "180 PFLOPS")  # SemiAnalysis's 300 PF
    # the NVL72's own headline (NVIDIA's MLPerf file: 72 × 186 GB), not SemiAnalysis's 13.8 TB read on a relay;
    # the row says the sides' sources differ and names the source that gives both
    assert shown(cmp, "memory_capacity") == ("49.2 TB", "13.4 TB")
    assert cmp.row("memory_capacity").provenance_note.code == "sources_differ_shared"
    assert shown(cmp, "memory_bandwidth") == ("1,229 TB/s", "576 TB/s")
    # SemiAnalysis's own article (≈600 kW) before the 559 kW a relay gives
    assert shown(cmp, "power") == ("≈600 kW (all-in)", "145 kW (all-in)")
    assert cmp.row("bf16_dense").ratio_display == "1.7×" and cmp.row("bf16_dense").better == 0
    power = cmp.row("power")
    assert power.ratio_display == "4.1×" and power.better == 1  # lower power is better
    assert cmp.row("bf16_per_watt").ratio_display == "0.4×"  # SemiAnalysis: 2.3x worse per FLOP, on 559 kW


def test_headline_910c_vs_h100_and_disagreement(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    bf16 = cmp.row("bf16_dense")
    assert shown(cmp, "bf16_dense") == ("752 TFLOPS", "989.4 TFLOPS")
    assert bf16.ratio_display == "0.76×" and bf16.better == 1
    a = bf16.cells[0]
    assert a.value.confidence == "official" and a.value.source.key == "HW-CM384-PAPER"
    assert a.disagreement == "752 / 780 / 800 TFLOPS"
    assert {v.value_num for v in a.candidates} >= {752, 780, 800, 708}
    assert shown(cmp, "memory_capacity") == ("128 GB", "80 GB")
    assert shown(cmp, "memory_bandwidth") == ("3.2 TB/s", "3.35 TB/s")


def test_missing_values_are_not_published_never_zero(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    fp64 = cmp.row("fp64").cells[0]
    assert fp64.value is None and fp64.display == NOT_PUBLISHED
    assert fp64.gap_note == "not published"
    assert cmp.row("fp64").ratio is None
    p800 = api.compare(db_path, "P800", "H20")
    assert p800.row("bf16_dense").cells[0].display == NOT_PUBLISHED
    assert p800.row("bf16_per_watt").cells[0].display == NOT_PUBLISHED


def test_derived_metrics_are_labelled_with_their_formula(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    eff = cmp.row("bf16_per_watt").cells[1].value
    assert eff.derived and eff.value_num == pytest.approx(989.4 / 700)
    assert "÷" in eff.formula and "989.4 TFLOPS" in eff.formula and "700 W" in eff.formula
    tpp = cmp.row("tpp").cells[1].value
    assert tpp.value_num == pytest.approx(989.4 * 16) and "× 16" in tpp.formula


def test_system_totals_from_per_chip_figures_where_no_direct_figure(db_path):
    cmp = api.compare(db_path, "DGX H100", "HGX H20")
    dgx = cmp.row("bf16_dense").cells[0].value
    assert dgx.derived and dgx.value_num == pytest.approx(8 * 989.4)
    assert dgx.formula.startswith("8 × 989.4 TFLOPS")
    assert cmp.row("memory_capacity").cells[1].value.value_num == pytest.approx(8 * 96)
    # a direct figure wins over the per-chip total
    nvl = api.compare(db_path, "NVL72", "CM384").row("bf16_dense").cells[0].value
    assert not nvl.derived and nvl.value_num == 180_000


def test_directions_are_never_mixed(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    row = cmp.row("scaleup_bw")
    a, b = row.cells
    assert a.value.basis.direction == b.value.basis.direction == "both-ways"
    assert a.value.derived and "2 × " in a.value.formula  # the 910C figures are one-way
    systems = api.compare(db_path, "CM384", "NVL72").row("scaleup_bw")  # both one-way at source: both doubled
    assert {c.value.basis.direction for c in systems.cells} == {"both-ways"}
    assert all(c.value.derived and c.value.inputs[0].basis.direction == "one-way" for c in systems.cells)
    assert systems.ratio_display == "0.39×"


def test_user_choice_changes_the_cell_and_can_be_undone(db_path):
    cell = api.compare(db_path, "910C", "H100").row("bf16_dense").cells[0]
    sa = next(v for v in cell.candidates if v.source and v.source.key == "SA-CM384")
    api.choose_value(db_path, "ascend-910c", "bf16_dense", sa.uid)
    picked = api.compare(db_path, "910C", "H100").row("bf16_dense")
    assert picked.cells[0].display == "780 TFLOPS (scope unstated)" and picked.cells[0].user_choice
    assert picked.ratio == pytest.approx(780 / 989.4)
    api.choose_value(db_path, "ascend-910c", "bf16_dense", None)
    assert api.compare(db_path, "910C", "H100").row("bf16_dense").cells[0].display == "752 TFLOPS"


def test_scale_to_match(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    m = api.scale_to_match(cmp, "bf16_dense")
    assert m.count == pytest.approx(989.4 / 752)
    assert m.text == ("1.32 × Huawei Ascend 910C ≈ 1 × NVIDIA H100 SXM on Dense BF16/FP16, at 1.3× the power")
    none = api.scale_to_match(api.compare(db_path, "P800", "H100"), "bf16_dense")
    assert none.count is None and "not published" in none.text


def test_composition_and_not_applicable(db_path):
    cmp = api.compare(db_path, "CM384", "910C")
    a, b = cmp.row("composition").cells
    assert a.display == "384 × Ascend 910C + 192 × Kunpeng CPU" and a.value.confidence == "official"
    assert b.display == "not applicable"
    assert cmp.row("tpp").cells[0].display == "not applicable"


def test_every_seeded_device_compares_without_error(db_path):
    devices = api.list_devices(db_path)
    for d in devices:
        cmp = api.compare(db_path, d.slug, "h100-sxm")
        assert len(cmp.rows) > 25
        for row in cmp.rows:
            for cell in row.cells:
                assert cell.display and cell.display != "0"


def test_scale_to_match_reads_the_other_way_when_a_is_larger(db_path):
    m = api.scale_to_match(api.compare(db_path, "910C", "H20"), "bf16_dense")
    assert m.text.startswith("1 × Huawei Ascend 910C ≈ 5.08 × NVIDIA H20 on Dense BF16/FP16, at 0.34× the power")
