"""The catalog of December 2026: this year's chips and racks, found by the names analysts type."""
from __future__ import annotations

import json

import pytest

import resources
from db import api


@pytest.mark.parametrize("typed, slug", [
    ("NVL72", "gb200-nvl72"), ("GB200 NVL72", "gb200-nvl72"), ("GB300 NVL72", "gb300-nvl72"),
    ("B300", "b300"), ("GB300", "gb300-gpu"), ("VR NVL144", "vera-rubin-nvl72"), ("Vera Rubin NVL72", "vera-rubin-nvl72"),
    ("Ironwood", "tpu-v7-ironwood"), ("TPU v7", "tpu-v7-ironwood"), ("Trn3", "trainium3"), ("MI355X", "mi355x"),
    ("950PR", "ascend-950pr"), ("Atlas 350", "ascend-950pr-atlas-350"), ("Helios", "amd-helios"),
])
def test_the_names_analysts_type_find_the_device_they_mean(db_path, typed, slug):
    assert api.resolve_device(db_path, typed) == slug


def test_the_gb300_nvl72_rack_figures_come_with_their_sources(db_path):
    cmp = api.compare(db_path, "GB300 NVL72", "CM384")
    fp8, fp4 = (cmp.row(k).cells[0].value for k in ("fp8_dense", "fp4_dense"))
    assert (fp8.value_num, fp4.value_num) == (360_000, 1_080_000)  # 360 PFLOPS dense FP8, 1,080 PFLOPS dense FP4
    bundled = json.loads(resources.seed_bytes("values.json"))["values"]
    for v in (fp8, fp4):
        assert v.source is not None and v.basis.sparsity == "dense"
        assert any(b["device"] == "gb300-nvl72" and b["metric"] == v.metric_key and b["source"] == v.source.key
                   and b["value_num"] == v.value_num for b in bundled), "the figure is the bundled one, with its source"


def test_every_preset_names_devices_of_the_catalog_and_compares_something(db_path):
    doc = json.loads(resources.seed_bytes("devices.json"))
    slugs = {d["slug"] for d in doc["devices"]}
    for p in doc["pairings"]:
        assert {p["a"], p["b"]} <= slugs, p["slug"]
        cmp = api.compare(db_path, p["a"], p["b"])
        comparable = [r for r in cmp.rows if r.ratio is not None]
        assert len(comparable) >= 4, f"{p['name']}: a preset must compare more than a few rows"


def test_a_system_made_of_new_chips_knows_them(db_path):
    for system, chip in (("gb300-nvl72", "gb300-gpu"), ("vera-rubin-nvl72", "rubin-gpu"), ("trn3-ultraserver", "trainium3"),
                         ("tpu-v7-ironwood-pod", "tpu-v7-ironwood")):
        cmp = api.compare(db_path, system, "cm384")
        assert cmp.components[0] and cmp.components[0][0].device_slug == chip, system
