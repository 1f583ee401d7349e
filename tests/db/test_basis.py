"""Typed figures: every figure carries its basis, rows hold one kind, and no ratio compares unlike with unlike."""
from __future__ import annotations

import itertools
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from db import api
from db.api.compare import load_bundle
from db.basis import Basis, BasisRule, granularity_class
from db.catalog import CatalogValidationError
from db.compare import compare_devices
from db.reasons import BASIS_DIFFERS, BASIS_NOT_STATED, CONDITION_DIFFERS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"
GUARDED = ("sparsity", "direction", "scope", "granularity")


def every_pair(db_path):
    slugs = [d.slug for d in api.list_devices(db_path)]
    with closing(sqlite3.connect(db_path)) as conn:
        bundle = load_bundle(conn, slugs)
    for a, b in itertools.permutations(slugs, 2):
        yield compare_devices(bundle, [a, b])


def stated_differ(rule: BasisRule, a: Basis, b: Basis) -> list[str]:
    out = []
    for dim in GUARDED:
        if dim not in rule.dimensions:
            continue
        va, vb = getattr(a, dim), getattr(b, dim)
        if dim == "granularity":
            va, vb = granularity_class(va), granularity_class(vb)
        if va is not None and vb is not None and va != vb:
            out.append(dim)
    return out


def test_no_row_of_any_pair_mixes_kinds_without_saying_so(db_path):
    """Over every ordered pair of the catalog: a dense row never shows a sparse figure; a ratio is given only
    between figures of the same stated sparsity, direction, scope and granularity, and carries a warning that
    names the device whose sources leave a field unstated."""
    pairs = ratios = withheld = warned = 0
    for cmp in every_pair(db_path):
        pairs += 1
        names = [d.name for d in cmp.devices]
        for row in cmp.rows:
            rule = row.metric.rule
            for cell in row.cells:
                if cell.value is not None and cell.value.value_num is not None and rule.sparsity:
                    assert cell.value.basis.sparsity in (rule.sparsity, None), (names, row.metric.key, cell.display)
            a, b = (c.value for c in row.cells)
            if a is None or b is None or a.value_num is None or b.value_num is None:
                continue
            if a.qualifier != b.qualifier:  # a chip's TDP against a system's all-in draw
                assert row.ratio is None and row.ratio_note.data == (a.qualifier, b.qualifier)
                continue
            differ = stated_differ(rule, a.basis, b.basis)
            if differ:
                withheld += 1
                assert row.ratio is None and row.ratio_note.code == BASIS_DIFFERS, (names, row.metric.key)
                assert row.ratio_note.data[0] == differ[0]
                continue
            if row.ratio is None:
                continue
            ratios += 1
            for name, value in zip(names, (a, b)):
                missing = rule.unstated(value.basis)
                if missing:
                    warned += 1
                    assert any(w.code == BASIS_NOT_STATED and w.data[0] == name for w in row.ratio_warnings), \
                        (names, row.metric.key, missing)
    assert pairs and ratios and withheld and warned  # the catalog exercises every branch


def test_nvl72_dense_figures_are_nvidia_sparse_figures_halved(db_path):
    cmp = api.compare(db_path, "cm384", "nvl72")
    fp8, fp4 = cmp.row("fp8_dense").cells[1].value, cmp.row("fp4_dense").cells[1].value
    assert fp8.value_num == pytest.approx(360_000) and fp4.value_num == pytest.approx(720_000)
    assert fp8.derived and fp8.formula.endswith("720 PFLOPS ÷ 2") and fp8.basis.sparsity == "dense"
    sparse = fp8.inputs[0]  # the vendor's sparse figure, one click away
    assert sparse.metric_key == "fp8_sparse" and sparse.value_num == pytest.approx(720_000)
    assert sparse.basis.sparsity == "sparse"
    assert cmp.row("fp8_sparse").cells[1].display == "720 PFLOPS"
    assert cmp.row("fp4_sparse").cells[1].display == "1,440 PFLOPS"
    assert cmp.row("fp8_dense").cells[1].display == "360 PFLOPS"


def test_dgx_h100_dense_fp8_is_its_gpus_summed_not_its_sparse_headline_halved(db_path):
    dgx = api.compare(db_path, "dgx-h100", "nvl72").row("fp8_dense")
    v = dgx.cells[0].value
    h100 = v.inputs[0]
    assert v.value_num == pytest.approx(15_830, rel=1e-3) and v.value_num == 8 * h100.value_num and v.derived
    assert v.formula.startswith("8 × 1,979 TFLOPS") and h100.device_slug == "h100-sxm"
    assert dgx.ratio == pytest.approx(v.value_num / 360_000)
    sparse = api.compare(db_path, "dgx-h100", "nvl72").row("fp8_sparse")
    assert sparse.cells[0].value.basis.sparsity == "sparse" and sparse.cells[0].display == "32 PFLOPS"
    b200 = api.compare(db_path, "B200", "H100").row("fp8_dense").cells[0]
    assert b200.display == "4.5 PFLOPS" and not b200.value.derived


def test_a_system_total_uses_its_chip_row_figure_and_condition(db_path):
    cmp = api.compare(db_path, "nvl72", "gb200-gpu")
    for key in ("fp32", "fp64", "int8_dense"):
        system, chip = cmp.row(key).cells
        assert system.value.derived and system.value.inputs[0].uid == chip.value.uid, key
        assert system.value.value_num == pytest.approx(72 * chip.value.value_num)
        assert system.value.basis.condition == chip.value.basis.condition == "1200 W config"


def test_a_board_against_a_package_is_withheld_and_can_be_split_per_package(db_path):
    cmp = api.compare_many(db_path, ["MLU370-X8", "H100"])
    row = cmp.row("bf16_dense")
    assert row.ratio is None and row.ratio_note.code == BASIS_DIFFERS
    assert row.ratio_note.data[:3] == ("granularity", "board", "package")
    assert cmp.splittable == (0,) and not cmp.per_package
    split = api.compare_many(db_path, ["MLU370-X8", "H100"], per_package=True)
    cell = split.row("bf16_dense").cells[0]
    assert cell.value.value_num == pytest.approx(48) and cell.value.basis.granularity == "package"
    assert cell.value.formula.endswith("÷ 2") and cell.value.inputs[0].value_num == 96
    assert split.row("bf16_dense").ratio == pytest.approx(48 / 989.4)
    assert split.row("memory_capacity").ratio == pytest.approx(24 / 80)
    no = api.scale_to_match(cmp, "bf16_dense")
    assert no.count is None and no.reason.code == BASIS_DIFFERS


def test_a_gb200_superchip_figure_against_an_h100_warns_and_offers_per_gpu(db_path):
    lab = api.save_source(db_path, {"publisher": "NVIDIA", "title": "GB200 superchip datasheet"})[0].key
    slug = api.save_device(db_path, {"name": "GB200 Grace Blackwell Superchip", "kind": "chip", "vendor": "NVIDIA",
                                     "country": "US", "granularity": "superchip", "packages": 2})[0].key
    api.save_value(db_path, {"device": slug, "metric": "bf16_dense", "value": "5,000 TFLOPS", "source": lab,
                             "confidence": "official"})
    cmp = api.compare_many(db_path, [slug, "H100"])
    row = cmp.row("bf16_dense")
    assert cmp.row("bf16_dense").cells[0].value.basis.granularity == "superchip"
    assert row.ratio is None and row.ratio_note.data[:3] == ("granularity", "superchip", "package")
    assert cmp.splittable == (0,)
    per_gpu = api.compare_many(db_path, [slug, "H100"], per_package=True).row("bf16_dense")
    assert per_gpu.cells[0].value.value_num == pytest.approx(2500) and per_gpu.ratio == pytest.approx(2500 / 989.4)


def test_cube_units_are_never_compared_with_the_whole_chip_or_vector_units(db_path):
    row = api.compare(db_path, "910C", "H100").row("fp32")
    assert row.cells[0].value.basis.scope == "cube" and row.cells[1].value.basis.scope == "vector"
    assert "(Cube units)" in row.cells[0].display and row.ratio is None
    assert row.ratio_note.data[:3] == ("scope", "cube", "vector")
    same = api.compare(db_path, "910C", "910B").row("fp32")  # both Cube figures: comparable
    assert same.ratio == pytest.approx(2)


def test_one_way_and_both_ways_are_never_compared(db_path):
    row = api.compare(db_path, "CM384", "NVL72").row("scaleup_bw")  # both stated one way: the row shows both ways
    assert {c.value.basis.direction for c in row.cells} == {"both-ways"}
    assert row.ratio_display == "0.39×" and not any("(one way)" in c.display for c in row.cells)
    one_way = [v for v in row.cells[0].candidates if v.basis.direction == "one-way"][0]
    with_one_way = api.compare_many(db_path, ["CM384", "H100"]).row("scaleup_bw")
    assert with_one_way.cells[0].value.inputs == (one_way,)  # the same figure against any other device
    mixed = api.compare(db_path, "910C", "H100").row("scaleup_bw")
    a, b = mixed.cells
    assert a.value.basis.direction == b.value.basis.direction == "both-ways"
    assert a.value.derived and a.value.formula.startswith("2 × ") and a.value.inputs[0].basis.direction == "one-way"


def test_different_power_conditions_are_compared_with_a_warning(db_path):
    row = api.compare(db_path, "B200", "GB200 GPU").row("bf16_dense")
    assert row.ratio is not None
    assert [w.code for w in row.ratio_warnings] == [CONDITION_DIFFERS]
    assert row.ratio_warnings[0].data[1::2] == ("1000 W", "1200 W config")


def test_every_figure_whose_basis_is_not_stated_says_so(db_path):
    seen = 0
    for d in api.list_devices(db_path):
        for row in api.compare(db_path, d.slug, "h100-sxm").rows:
            cell = row.cells[0]
            if cell.value is None or cell.value.value_num is None:
                continue
            missing = row.metric.rule.unstated(cell.value.basis)
            if missing:
                seen += 1
                assert cell.display.endswith(f"{', '.join(missing)} unstated)"), (d.slug, row.metric.key)
    assert seen


def test_tpp_is_computed_only_from_a_dense_whole_chip_figure(db_path):
    a, b = api.compare(db_path, "910C", "H100").row("tpp").cells
    assert b.value.value_num == pytest.approx(989.4 * 16)
    assert a.value.inputs[0].basis.scope != "cube" and a.value.inputs[0].basis.sparsity == "dense"


def test_a_user_figure_gets_the_rows_basis_and_a_contradiction_is_refused(db_path):
    src = api.save_source(db_path, {"publisher": "Lab"})[0].key
    uid = api.save_value(db_path, {"device": "ascend-910c", "metric": "fp8_dense", "value": "800 TFLOPS",
                                   "source": src, "confidence": "reported"})[0].key
    v = next(v for v in api.compare(db_path, "910C", "H100").row("fp8_dense").cells[0].candidates if v.uid == uid)
    assert v.basis == Basis("FP8", "dense", "package", None, "whole", None)
    with pytest.raises(CatalogValidationError) as err:
        api.save_value(db_path, {"device": "ascend-910c", "metric": "fp8_dense", "value": "1,600 TFLOPS",
                                 "source": src, "confidence": "reported", "basis": {"sparsity": "sparse"}})
    assert set(err.value.errors) == {"basis"}
    with pytest.raises(CatalogValidationError):
        api.save_value(db_path, {"device": "ascend-910c", "metric": "memory_bandwidth", "value": "3 TB/s",
                                 "source": src, "confidence": "reported", "basis": {"direction": "one-way"}})


QUALIFIED = {  # a store of schema 0004 as the app of then could fill it: qualifiers as free words
    "q-sparse": ("fp8_dense", 1600.0, "sparse"), "q-dense": ("bf16_dense", 700.0, "dense"),
    "q-default": ("int8_dense", 900.0, None), "q-uni": ("scaleup_bw", 400.0, "unidirectional"),
    "q-bi-default": ("scaleup_bw", 700.0, None), "q-cube": ("fp32", 150.0, "Cube units only"),
    "q-words": ("fp4_dense", 2000.0, "at 600 W, boost"), "q-tdp": ("power", 650.0, "TDP"),
}


def test_migration_0005_moves_every_old_qualifier_into_its_basis_field(tmp_path):
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0004.sqlite", db)
    with closing(sqlite3.connect(db)) as c, c:
        metrics = dict(c.execute("SELECT key, id FROM metric"))
        dev = c.execute("SELECT id FROM device WHERE slug = 'analyst-npu-x'").fetchone()[0]
        for uid, (key, number, qualifier) in QUALIFIED.items():
            c.execute("INSERT INTO spec_value (uid, device_id, metric_id, value_num, qualifier, approximate, "
                      "confidence, note, unit_text, origin) VALUES (?, ?, ?, ?, ?, 0, 'reported', '', '', 'user')",
                      (uid, dev, metrics[key], number, qualifier))
        c.execute("INSERT INTO value_choice (device_slug, metric_key, value_uid) "
                  "VALUES ('analyst-npu-x', 'fp8_dense', 'q-sparse')")
    api.open_store(db)
    with closing(sqlite3.connect(db)) as c:
        rows = {r[0]: r[1:] for r in c.execute(
            "SELECT v.uid, m.key, v.value_num, v.qualifier, v.basis_sparsity, v.basis_direction, v.basis_scope, "
            "v.basis_granularity, v.basis_condition FROM spec_value v JOIN metric m ON m.id = v.metric_id "
            "WHERE v.uid LIKE 'q-%'")}
        choice = c.execute("SELECT metric_key, value_uid FROM value_choice "
                           "WHERE device_slug = 'analyst-npu-x'").fetchall()
    assert rows["q-sparse"] == ("fp8_sparse", 1600.0, None, "sparse", None, None, "package", None)
    assert rows["q-dense"] == ("bf16_dense", 700.0, None, "dense", None, None, "package", None)
    assert rows["q-default"] == ("int8_dense", 900.0, None, "dense", None, None, "package", None)
    assert rows["q-uni"] == ("scaleup_bw", 400.0, None, None, "one-way", None, "package", None)
    assert rows["q-bi-default"] == ("scaleup_bw", 700.0, None, None, "both-ways", None, "package", None)
    assert rows["q-cube"] == ("fp32", 150.0, None, "dense", None, "cube", "package", None)
    assert rows["q-words"] == ("fp4_dense", 2000.0, None, None, None, None, "package", "at 600 W, boost")
    assert rows["q-tdp"] == ("power", 650.0, "TDP", None, None, None, "package", None)
    assert ("fp8_sparse", "q-sparse") in choice  # the pick follows its figure to the sparse row
    shown = api.compare(db, "NPU-X", "H100")
    assert shown.row("fp8_sparse").cells[0].value.uid == "q-sparse"
    assert shown.row("fp8_dense").cells[0].value.value_num == pytest.approx(800)  # derived: 1,600 sparse ÷ 2


def _reference(tmp_path, records):
    """A reference folder made by the test: these spec records, their sources, no events; the seed's own catalog."""
    import json

    import resources
    ref, seed = tmp_path / "reference", tmp_path / "seed"
    ref.mkdir()
    seed.mkdir()
    for name in ("devices.json", "metrics.json"):
        (seed / name).write_bytes(resources.seed_bytes(name))
    keys = sorted({r["source_key"] for r in records})
    (ref / "specs.json").write_text(json.dumps(records), encoding="utf-8")
    (ref / "sources.json").write_text(json.dumps([{"key": k, "publisher": k, "title": "", "url": None, "date": None,
                                                   "kind": "test"} for k in keys]), encoding="utf-8")
    (ref / "timeline.json").write_text("[]", encoding="utf-8")
    return ref, seed


def _record(field, value, unit, basis, name="NVIDIA GB200 NVL72"):
    return {"kind": "system", "name": name, "vendor": "NVIDIA", "field": field, "value": value, "unit": unit,
            "source_key": "TEST", "confidence": "official", "note": "", "basis": basis, "basis_note": "why"}


def test_the_converter_keeps_the_basis_and_puts_sparse_figures_in_their_own_row(tmp_path):
    import json

    from db.importers import reference as converter
    dense = {"format": "FP8", "sparsity": "dense", "granularity": "rack", "direction": None, "scope": "whole",
             "condition": None}
    ref, seed = _reference(tmp_path, [_record("fp8_pflops", 720, "PFLOPS (sparse)", dict(dense, sparsity="sparse")),
                                      _record("fp8_pflops", 360, "PFLOPS", dense),
                                      _record("fp8_pflops", 500, "PFLOPS", dict(dense, sparsity=None, scope=None))])
    converter.convert(ref, seed)
    values = json.loads((seed / "values.json").read_text(encoding="utf-8"))["values"]
    assert [(v["metric"], v["value_num"], v["basis"].get("sparsity")) for v in values] == [
        ("fp8_sparse", 720_000, "sparse"), ("fp8_dense", 360_000, "dense"), ("fp8_dense", 500_000, None)]
    assert values[0]["basis"] == {"format": "FP8", "sparsity": "sparse", "granularity": "rack", "scope": "whole"}
    assert all(v["basis_note"] == "why" for v in values)


@pytest.mark.parametrize("record, words", [
    (_record("fp8_pflops", 720, "PFLOPS", {"format": "FP4", "sparsity": "dense"}), "format 'FP4'"),
    (_record("memory_bandwidth", 576, "TB/s", {"direction": "one-way"}), "direction 'one-way'"),
    (_record("fp8_pflops", 720, "PFLOPS", {"granularity": "shelf"}), "granularity 'shelf'"),
    (_record("fp8_pflops", 720, "PFLOPS", None), "a figure without its basis"),
])
def test_the_converter_stops_on_a_basis_that_does_not_fit_naming_the_record(tmp_path, record, words):
    from db.importers import reference as converter
    record = {k: v for k, v in record.items() if not (k == "basis" and v is None)}  # a copy: parameters are shared
    ref, seed = _reference(tmp_path, [_record("fp8_pflops", 360, "PFLOPS", {"sparsity": "dense"}), record])
    with pytest.raises(SystemExit) as stop:
        converter.convert(ref, seed)
    assert "specs.json record 1 (NVIDIA GB200 NVL72" in str(stop.value) and words in str(stop.value)
