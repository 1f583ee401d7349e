"""Seeding from the bundled files: complete, idempotent, and never touching user data."""
import json
import sqlite3

import pytest
from tests_support import REFERENCE_EXCERPT

import resources
from db import api
from db.errors import UnknownDeviceError
from db.importers import reference as converter


def counts(path):
    with sqlite3.connect(path) as c:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("device", "source", "spec_value", "pairing", "metric", "device_alias", "system_component")}


def uids(path):
    with sqlite3.connect(path) as c:
        return sorted(r[0] for r in c.execute("SELECT uid FROM spec_value"))


def force_reseed(path):
    with sqlite3.connect(path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")


def test_first_start_seeds_everything(db_path, seed):
    n = counts(db_path)
    assert n["device"] == seed.devices
    assert n["source"] == seed.sources
    assert n["pairing"] == seed.pairings and n["spec_value"] == seed.values + seed.gaps
    names = {d.name for d in api.list_devices(db_path)}
    assert {"Huawei Ascend 910C", "NVIDIA H100 SXM", "Huawei CloudMatrix 384", "NVIDIA GB200 NVL72",
            "Huawei Atlas 950 SuperPoD", "Kunlunxin P800", "Hygon DCU Shensuan-1"} <= names
    pairs = {(p.device_a, p.device_b) for p in api.list_pairings(db_path)}
    assert {("ascend-910c", "h100-sxm"), ("cloudmatrix-384", "gb200-nvl72"), ("ascend-910c", "h20"),
            ("ascend-910b", "h20"), ("ascend-910c", "b200"), ("atlas-950-superpod", "gb200-nvl72")} <= pairs


def test_the_converter_keeps_every_sourced_reference_value(tmp_path):
    """The seed converter on a reference excerpt: every sourced figure becomes a value, every null a gap
    ("not published"), every source is carried; only figures the reference itself derived are left out."""
    for name in ("devices.json", "metrics.json"):
        (tmp_path / name).write_bytes(resources.seed_bytes(name))
    converter.convert(REFERENCE_EXCERPT, tmp_path)
    specs = json.loads((REFERENCE_EXCERPT / "specs.json").read_text(encoding="utf-8"))
    seeded = json.loads((tmp_path / "values.json").read_text(encoding="utf-8"))
    expected = [r for r in specs if r["value"] is not None and r["field"] != "accelerators"
                and not (r["source_key"] == "DERIVED" and isinstance(r["value"], (int, float)))]
    assert expected and len(seeded["values"]) == len(expected)
    assert sorted(v["source"] for v in seeded["values"]) == sorted(r["source_key"] for r in expected)
    gaps = [r for r in specs if r["value"] is None]
    assert gaps and len(seeded["gaps"]) == len(gaps)
    keys = {s["key"] for s in json.loads((tmp_path / "sources.json").read_text(encoding="utf-8"))["sources"]}
    assert {s["key"] for s in json.loads((REFERENCE_EXCERPT / "sources.json").read_text(encoding="utf-8"))} == keys


def test_the_bundled_seed_is_consistent():
    """Every bundled value names a device, metric and source that the seed defines."""
    devices = {d["slug"] for d in json.loads(resources.seed_bytes("devices.json"))["devices"]}
    metrics = {m["key"] for m in json.loads(resources.seed_bytes("metrics.json"))["metrics"]}
    sources = {s["key"] for s in json.loads(resources.seed_bytes("sources.json"))["sources"]}
    values = json.loads(resources.seed_bytes("values.json"))["values"]
    assert values and all(v["device"] in devices and v["metric"] in metrics and v["source"] in sources
                          for v in values)


def test_seeding_twice_is_a_no_op(db_path):
    before_counts, before_uids = counts(db_path), uids(db_path)
    info = api.open_store(db_path)
    assert info.seeded == {}
    force_reseed(db_path)
    info = api.open_store(db_path)
    assert info.seeded["values"] == len(json.loads(resources.seed_bytes("values.json"))["values"])
    assert counts(db_path) == before_counts
    assert uids(db_path) == before_uids


def test_reseeding_keeps_user_choices_and_pairings(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    alt = next(v for v in cmp.row("bf16_dense").cells[0].candidates if v.value_num == 780)
    api.choose_value(db_path, "ascend-910c", "bf16_dense", alt.uid)
    slug, _ = api.save_pairing(db_path, "My 910C vs H200", "ascend-910c", "h200")
    force_reseed(db_path)
    api.open_store(db_path)
    again = api.compare(db_path, "910C", "H100").row("bf16_dense").cells[0]
    assert again.value.value_num == 780 and again.user_choice
    assert any(p.slug == slug and p.origin == "user" for p in api.list_pairings(db_path))


@pytest.mark.parametrize("name, slug", [
    ("910C", "ascend-910c"), ("910c", "ascend-910c"), ("Ascend 910C", "ascend-910c"), ("H100", "h100-sxm"),
    ("NVL72", "gb200-nvl72"), ("nvl72", "gb200-nvl72"), ("CM384", "cloudmatrix-384"),
    ("CloudMatrix 384", "cloudmatrix-384"), ("cloudmatrix  384", "cloudmatrix-384"), ("h20", "h20"),
    ("昇腾910C", "ascend-910c"),
])
def test_aliases_resolve_case_insensitively(db_path, name, slug):
    assert api.resolve_device(db_path, name) == slug


def test_unknown_name_suggests_close_matches(db_path):
    with pytest.raises(UnknownDeviceError) as err:
        api.resolve_device(db_path, "910")
    assert "910C" in err.value.suggestions and "910B" in err.value.suggestions
    assert "Did you mean" in str(err.value)


def test_a_chiplets_die_area_is_marked_per_die():
    """'mm2 per XCD (8 XCDs)' is one chiplet's area: the seed says so in its basis (granularity 'die'), so no rule
    reads it as the package's; a plain 'mm2' area states no granularity."""
    from db.importers.reference import convert_record
    metric = {"key": "die_area", "kind": "number", "unit": "mm²"}
    rec = {"field": "die_area", "value": 110, "unit": "mm2 per XCD (8 XCDs)", "source_key": "S",
           "confidence": "official", "note": "not total package area"}
    out = convert_record(rec, metric, "chip")
    assert out["basis"] == {"granularity": "die"} and out["value_num"] == 110
    assert "basis" not in convert_record({**rec, "unit": "mm2"}, metric, "chip")
