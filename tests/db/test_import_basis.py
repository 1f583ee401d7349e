"""Data packs of versions 1, 2 and 3 import with their meaning: v3 states each figure's basis; v1-2 carry the old
single qualifier, read as schema 0005 reads it; a v3 basis a metric's row cannot hold is an error."""
import json
import sqlite3

import pytest

from db import api
from db.basis import Basis

SOURCE = {"source": "lab-basis", "publisher": "Basis lab", "title": "Bench", "source_date": "2026-04"}
# (device, metric of a v1-2 pack, value, unit, old qualifier) -> (metric stored, qualifier kept, basis)
FIGURES = [
    (("h100-sxm", "bf16_dense", 1979.0, "TFLOPS", "sparse"), ("bf16_sparse", None, Basis(None, "sparse", "package"))),
    (("h20", "scaleup_bw", 450.0, "GB/s", "unidirectional"),
     ("scaleup_bw", None, Basis(granularity="package", direction="one-way"))),
    (("h20", "scaleup_bw", 900.0, "GB/s", ""), ("scaleup_bw", None, Basis(granularity="package", direction="both-ways"))),
    (("ascend-910c", "bf16_dense", 708.0, "TFLOPS", "Cube units only"),
     ("bf16_dense", None, Basis(None, "dense", "package", None, "cube"))),
    (("h20", "fp8_dense", 296.0, "TFLOPS", ""), ("fp8_dense", None, Basis(None, "dense", "package"))),
    (("ascend-910c", "bf16_dense", 640.0, "TFLOPS", "at 1.5 GHz"),
     ("bf16_dense", None, Basis(None, None, "package", condition="at 1.5 GHz"))),
    (("ascend-910c", "power", 850.0, "W", "all-in"), ("power", "all-in", Basis(granularity="package"))),
]


def pack(version: int) -> dict:
    values = []
    for (device, metric, value, unit, qualifier), (stored_metric, kept, basis) in FIGURES:
        row = {"device": device, "value": value, "unit": unit, **SOURCE}
        if version >= 3:
            row.update(metric=stored_metric, qualifier=kept or "", basis=basis.as_dict())
        else:
            row.update(metric=metric, qualifier=qualifier)
        values.append(row)
    doc: dict = {"values": values}
    if version >= 2:
        # the user's pick of the sparse figure: a v1-2 pack names the dense row it sat in
        doc.update(format="chiplens-data-pack", version=version,
                   choices=[{"device": "h100-sxm", "metric": values[0]["metric"], "value": 1}])
    return doc


def stored(db_path):
    with sqlite3.connect(db_path) as c:
        rows = c.execute(
            "SELECT d.slug, m.key, v.value_num, v.qualifier, v.basis_format, v.basis_sparsity, v.basis_granularity, "
            "v.basis_direction, v.basis_scope, v.basis_condition FROM spec_value v JOIN device d ON d.id = v.device_id "
            "JOIN metric m ON m.id = v.metric_id JOIN source s ON s.id = v.source_id WHERE s.key = 'lab-basis' "
            "ORDER BY v.id").fetchall()
        choices = c.execute("SELECT device_slug, metric_key FROM value_choice WHERE value_uid IN "
                            "(SELECT uid FROM spec_value WHERE value_num = 1979.0)").fetchall()
    c.close()
    return [(r[0], r[1], r[2], r[3], Basis(*r[4:])) for r in rows], choices


@pytest.mark.parametrize("version", [1, 2, 3])
def test_every_pack_version_imports_with_its_meaning(db_path, tmp_path, version):
    file = tmp_path / "pack.json"
    file.write_text(json.dumps(pack(version)), encoding="utf-8")
    plan = api.plan_import(db_path, file)
    assert plan.errors == () and plan.held == 0 and plan.count("add", "value") == len(FIGURES)
    api.apply_import(db_path, plan)
    rows, choices = stored(db_path)
    assert rows == [(device, metric, pytest.approx(value), kept, basis)
                    for (device, _, value, _, _), (metric, kept, basis) in FIGURES]
    # the pick of the sparse figure follows it to the sparse row (a v1 pack carries no picks)
    assert choices == ([] if version == 1 else [("h100-sxm", "bf16_sparse")])
    assert api.plan_import(db_path, file).added == 0  # the same pack again: every figure is already there


def test_a_basis_the_row_cannot_hold_is_an_error_naming_value_and_field(db_path, tmp_path):
    doc = pack(3)
    doc["values"][0]["metric"] = "bf16_dense"  # a sparse figure in the dense row
    doc["values"][1]["basis"]["scope"] = "cube"  # a scope on a link rate
    doc["values"][2]["basis"]["direction"] = "sideways"
    file = tmp_path / "pack.json"
    file.write_text(json.dumps(doc), encoding="utf-8")
    plan = api.plan_import(db_path, file)
    assert [str(e) for e in plan.errors] == [
        "pack.json, value 1, field basis.sparsity: 'sparse' contradicts bf16_dense",
        "pack.json, value 2, field basis.scope: 'cube' contradicts scaleup_bw",
        "pack.json, value 3, field basis.direction: 'sideways' contradicts scaleup_bw",
        "pack.json, choice 1, field value: '1' picks value 1, which has errors"]
    api.apply_import(db_path, plan, valid_only=True)
    rows, choices = stored(db_path)
    assert len(rows) == len(FIGURES) - 3 and choices == []
