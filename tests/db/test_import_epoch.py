"""Epoch AI's ml_hardware.csv, both releases, read as published: known rows, matching, sources, re-import."""
import csv
import sqlite3

import pytest
from tests_support import EPOCH_CURRENT as CURRENT
from tests_support import EPOCH_OLDER as OLDER

from db import api
from db.basis import Basis
from db.importers import epoch
from db.importers.base import DataImportError


def epoch_values(db_path, slug, metric):
    """The Epoch AI figures stored for a device and metric (bundled or imported)."""
    with sqlite3.connect(db_path) as c:
        rows = c.execute(
            "SELECT v.value_num, v.value_text, v.confidence, v.as_of, v.origin, s.key, s.date_text FROM spec_value v "
            "JOIN device d ON d.id = v.device_id JOIN metric m ON m.id = v.metric_id "
            "JOIN source s ON s.id = v.source_id WHERE d.slug = ? AND m.key = ? AND s.publisher = 'Epoch AI'",
            (slug, metric)).fetchall()
    c.close()
    return rows


def parsed_values(db_path, file):
    plan = api.plan_import(db_path, file)
    return plan, {(v.device, v.metric): v for v in plan.parsed.values}


@pytest.mark.parametrize("file", [CURRENT, OLDER], ids=["2025-12", "2025-11"])
def test_known_rows_in_canonical_units(db_path, file):
    plan, values = parsed_values(db_path, file)
    assert plan.format == "epoch" and plan.errors == ()
    with open(file, encoding="utf-8", newline="") as fh:
        assert plan.rows == sum(1 for record in list(csv.reader(fh))[1:] if any(record))
    h100 = values[("h100-sxm", "bf16_dense")]
    assert h100.value_num == pytest.approx(989.4)  # 9.894e14 FLOP/s -> TFLOPS
    # Epoch's tensor column: dense BF16/FP16 figures of one package; the units they run on are not stated
    assert (h100.qualifier, h100.basis) == (None, Basis("BF16/FP16", "dense", "package"))
    assert values[("h100-sxm", "fp64")].basis == Basis("FP64", "dense", "package")
    # the GB200 row is one Blackwell GPU: a package, not the superchip
    assert values[("gb200-gpu", "bf16_dense")].basis.granularity == "package"
    assert values[("h20", "memory_capacity")].value_num == pytest.approx(96.0)  # 9.6e10 bytes -> GB
    assert values[("h20", "memory_bandwidth")].value_num == pytest.approx(4000.0)  # 4e12 byte/s -> 4.0 TB/s
    assert values[("h20", "power")].value_num == 400 and values[("h20", "power")].qualifier == "TDP"
    assert values[("h20", "power")].basis == Basis(granularity="package")
    assert values[("h100-sxm", "transistors")].value_num == pytest.approx(80.0)  # 80,000 millions -> billion
    h20 = values[("h20", "memory_capacity")]
    assert h20.confidence == "third-party" and h20.as_of == "2025-07-21"  # the row's "Last modified" day
    assert h20.source == "epoch-mlhw-2025-07-21"
    assert "NVIDIA HGX H20" in h20.note  # the Epoch row is named, for the provenance panel
    assert ("hgx-h20", "memory_capacity") not in values  # the HGX H20 row is the chip, not the 8-GPU system
    # 'NVIDIA A100' (40 GB) is its own device: only 'NVIDIA A100 SXM4 80 GB' is the curated A100 SXM 80GB
    assert values[("a100-sxm", "memory_capacity")].value_num == pytest.approx(80.0)
    assert "NVIDIA A100" in plan.new_devices


def test_older_release_columns_mapped_by_meaning(db_path):
    plan, values = parsed_values(db_path, OLDER)
    assert values[("b200", "memory_capacity")].value_num == pytest.approx(180.0)  # 'Memory size per board (Byte)'
    # the plain FP16 column (752 for the 910C there) is not the dense tensor BF16 figure: not imported
    assert ("ascend-910c", "bf16_dense") not in values
    assert any("INT4/FP4" in line and "ambiguous" in line for line in plan.ignored)
    assert any("FP16 (half precision)" in line for line in plan.ignored)
    assert plan.warnings == ()  # every column of both releases is known


def test_import_creates_devices_and_sources_and_survives_reseeding(db_path):
    plan = api.plan_import(db_path, CURRENT)
    # Ironwood is in the bundled catalog (its Epoch name is an alias); Trillium is not: it becomes a device
    assert "Google TPU v6e Trillium" in plan.new_devices and "Google TPU v7 Ironwood" not in plan.new_devices
    assert "NVIDIA H100 SXM5 80GB" not in plan.new_devices
    result, change = api.apply_import(db_path, plan)
    assert result.added == plan.added > 1000 and "device" in change.kinds and "h100-sxm" in change.device_slugs
    tpu = api.resolve_device(db_path, "Google TPU v6e Trillium")
    with CURRENT.open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["Hardware name"] == "Google TPU v6e Trillium")
    rows = epoch_values(db_path, tpu, "bf16_dense")
    assert rows == [(pytest.approx(float(row["Tensor-FP16/BF16 performance (FLOP/s)"]) / 1e12), None, "third-party", "2025-12-16", "import", "epoch-mlhw-2025-12-16",
                     "2025-12-16")]
    assert epoch_values(db_path, "ascend-910c", "memory_capacity")[0][0] == pytest.approx(128.0)
    # the bits column read as its header says is 7.84e11 bit/s = 98 GB/s, 1/8 of Huawei's 784 GB/s scale-up
    # figure (Epoch stored bytes there): held as unit suspect, not imported (test_unit_suspect_*)
    assert plan.held >= 1 and epoch_values(db_path, "ascend-910c", "scaleout_bw") == []
    # the same figure as a bundled Epoch value is not stored twice
    assert len(epoch_values(db_path, "h100-sxm", "bf16_dense")) == 1
    before = {d.slug for d in api.list_devices(db_path)}
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    api.open_store(db_path)  # re-seeds
    assert {d.slug for d in api.list_devices(db_path)} == before
    assert epoch_values(db_path, tpu, "bf16_dense")[0][4] == "import"
    assert api.plan_import(db_path, CURRENT).added == 0  # nothing new: every figure is already there


def test_comparison_shows_epoch_as_the_source(db_path):
    api.apply_import(db_path, api.plan_import(db_path, CURRENT))
    comparison = api.compare(db_path, "910c", "h100")
    cell = comparison.row("memory_capacity").cells[0]
    epoch_figures = [v for v in cell.candidates if v.source and v.source.publisher == "Epoch AI"]
    assert [v.value_num for v in epoch_figures] == [pytest.approx(128.0)]
    assert epoch_figures[0].source.date_text == "2025-12-11" and epoch_figures[0].confidence == "third-party"


def test_newer_release_changes_and_removes_only_epoch_imports(db_path):
    api.apply_import(db_path, api.plan_import(db_path, OLDER))
    plan = api.plan_import(db_path, CURRENT)
    changed = {(i.device, i.metric): i for i in plan.items if i.action == "change"}
    # Epoch revised the TPU v4 TDP between the releases (170 W -> 340 W)
    tpu = changed[("Google TPU v4", "Power (TDP or all-in)")]
    assert tpu.before.startswith("170 W") and tpu.after.startswith("340 W")
    api.apply_import(db_path, plan)
    slug = api.resolve_device(db_path, "Google TPU v4")
    assert [r[0] for r in epoch_values(db_path, slug, "power")] == [340.0]
    back = api.plan_import(db_path, OLDER)
    assert back.removed > 0 and all(i.before.endswith("Epoch AI") for i in back.items if i.action == "remove")
    trn3 = api.resolve_device(db_path, "Amazon Trainium3")  # Epoch's name for a device of the catalog
    name = next(d.name for d in api.list_devices(db_path) if d.slug == trn3)
    assert {i.device for i in back.items if i.action == "remove"} >= {name}


def test_errors_name_file_row_and_column(db_path, tmp_path):
    lines = CURRENT.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    tdp = header.index("TDP (W)")
    bad = tmp_path / "ml_hardware.csv"
    cells = [""] * len(header)
    cells[0], cells[1], cells[tdp], cells[header.index("Last modified")] = "NVIDIA Test Part", "NVIDIA", "7OO", \
        "2025-01-02 00:00:00+00:00"
    bad.write_text(lines[0] + ",".join(cells) + "\n", encoding="utf-8")
    plan = api.plan_import(db_path, bad)
    assert [str(e) for e in plan.errors] == ["ml_hardware.csv, row 2, column TDP (W): '7OO' is not a number"]
    with pytest.raises(DataImportError):
        api.apply_import(db_path, plan)


def test_unknown_column_reported_not_guessed(db_path, tmp_path):
    text = CURRENT.read_text(encoding="utf-8")
    renamed = tmp_path / "ml_hardware.csv"
    renamed.write_text(text.replace("TDP (W)", "Thermal budget (W)", 1), encoding="utf-8")
    plan = api.plan_import(db_path, renamed)
    assert any("'Thermal budget (W)' is not a known Epoch column" in w for w in plan.warnings)
    assert not any(v.metric == "power" for v in plan.parsed.values)


def test_two_columns_with_one_meaning_are_refused(db_path, tmp_path):
    text = CURRENT.read_text(encoding="utf-8")
    both = tmp_path / "ml_hardware.csv"
    both.write_text(text.replace("FP64 (double precision) performance (FLOP/s)", "Memory size per board (Byte)", 1),
                    encoding="utf-8")
    with pytest.raises(DataImportError, match="both give memory_capacity"):
        api.plan_import(db_path, both)


def test_alias_table_points_at_curated_chips(db_path):
    chips = {d.slug for d in api.list_devices(db_path) if d.kind == "chip"}
    assert set(epoch.KNOWN_NAMES.values()) <= chips
    published = {line.split(",")[0] for line in CURRENT.read_text(encoding="utf-8").splitlines()}
    assert set(epoch.KNOWN_NAMES) <= published  # every curated name is a real Epoch row name


def epoch_scaleout(db_path, a, b):
    """The Epoch AI figures `compare a b` shows among the candidates of a's scale-out bandwidth."""
    cell = api.compare(db_path, a, b).row("scaleout_bw").cells[0]
    return [v.value_num for v in cell.candidates if v.source and v.source.publisher == "Epoch AI" and not v.derived]


def test_unit_suspect_internode_cell_is_held_until_confirmed(db_path):
    plan = api.plan_import(db_path, CURRENT)
    held = {(i.device, i.metric): i for i in plan.items if i.action == "hold"}
    assert plan.held == len(held) >= 1 and f", held {plan.held}" in plan.summary()
    item = held[("Huawei Ascend 910C", "Scale-out bandwidth per accelerator")]
    # 7.84e11 "bit/s" read as bits is 98 GB/s: 1/8 of the 910C's 784 GB/s scale-up figure (both ways); bytes
    # read as bits
    assert item.after.startswith("98 GB/s")
    s = item.suspect
    assert (s.factor, s.way, s.likely, s.unit, s.reference_metric) == (8, "low", pytest.approx(784.0), "GB/s",
                                                                        "scaleup_bw")
    assert s.column == "Internode bandwidth (bit/s)"
    # every held figure is one a unit slip explains, against another source of the same device
    for i in held.values():
        ratio = (i.suspect.likely / i.suspect.reference)
        assert ratio == pytest.approx(1, rel=0.03) and i.suspect.factor in (8, 1000, 1024)
    api.apply_import(db_path, plan)
    assert epoch_values(db_path, "ascend-910c", "scaleout_bw") == []
    assert epoch_scaleout(db_path, "910c", "h100") == []  # `compare 910C H100` shows no Epoch scale-out figure
    again = api.plan_import(db_path, CURRENT)
    assert again.held == plan.held and again.added == 0  # still held, everything else already there
    # the analyst confirms: the figure is imported as the column states it, direction not stated, per package
    result, _ = api.apply_import(db_path, again, accept_suspect=True)
    assert result.added == plan.held
    rows = epoch_values(db_path, "ascend-910c", "scaleout_bw")
    assert [r[0] for r in rows] == [pytest.approx(98.0)]
    assert epoch_scaleout(db_path, "910c", "h100") == [pytest.approx(98.0)]
    cell = api.compare(db_path, "910c", "h100").row("scaleout_bw").cells[0]
    epoch_fig = next(v for v in cell.candidates if v.source and v.source.publisher == "Epoch AI")
    assert epoch_fig.basis == Basis(granularity="package")
    assert api.plan_import(db_path, CURRENT).held == 0  # now in the store: nothing to hold


def test_unit_suspect_factors_both_ways():
    from db.importers.suspect import unit_suspect
    refs = [(784.0, "scaleup_bw", "Huawei")]
    assert unit_suspect(98.0, [], refs)[:2] == (8, "low")
    assert unit_suspect(784.0 * 8 * 1.02, [], refs)[:2] == (8, "high")
    assert unit_suspect(784.0 * 1000, [], refs)[:2] == (1000, "high")
    assert unit_suspect(784.0 / 1024, [], refs)[:2] == (1024, "low")
    assert unit_suspect(784.0 / 8 * 1.05, [], refs) is None  # beyond ±3%
    assert unit_suspect(98.0, [120.0], refs) is None  # another source of its own row agrees with it


def test_reimport_restates_the_basis_of_earlier_epoch_imports(db_path):
    """An Epoch figure imported before the basis existed was migrated with the old reading (intranode: both
    ways); importing the file again says what Epoch states (direction not stated)."""
    api.apply_import(db_path, api.plan_import(db_path, CURRENT))
    with sqlite3.connect(db_path) as c:
        uid, slug, name = c.execute(
            "SELECT v.uid, d.slug, d.name FROM spec_value v JOIN device d ON d.id = v.device_id JOIN metric m "
            "ON m.id = v.metric_id WHERE m.key = 'scaleup_bw' AND v.origin = 'import' ORDER BY v.id").fetchone()
        c.execute("UPDATE spec_value SET basis_direction = 'both-ways' WHERE uid = ?", (uid,))
    c.close()
    plan = api.plan_import(db_path, CURRENT)
    changed = [i for i in plan.items if i.action == "change"]
    assert [(i.device, i.reason) for i in changed] == [(name, "changed: basis")]
    assert "direction unstated" in changed[0].after and "direction not stated" not in changed[0].before
    api.apply_import(db_path, plan)
    cell = api.compare(db_path, slug, "h100").row("scaleup_bw").cells[0]
    assert [v.basis.direction for v in cell.candidates if v.uid == uid] == [None]
