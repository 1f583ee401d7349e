"""Data packs and ChipLens CSV: export → import → export gives the same file; newer packs show a diff.

"Empty store" for a JSON pack: a store created by api.create_empty_store (the schema, no data, no
bundled catalog). A ChipLens CSV carries values, not device or metric definitions, so its round
trip goes into a freshly created store (the bundled catalog and nothing else).
"""
import csv
import io
import json
import sqlite3

import pytest
from tests_support import EPOCH_CURRENT as EPOCH

from db import api
from db.importers import chiplens_json
from db.importers.base import DataImportError

FORMULA_NOTE = '=HYPERLINK("http://example.invalid/x","click")'


def add_user_rows(db_path):
    """A user source and two user values on bundled devices, one with a note that looks like a formula."""
    with sqlite3.connect(db_path) as c:
        c.execute("INSERT INTO source (key, publisher, title, url, date_text, date_sort, kind, other_urls, origin) "
                  "VALUES ('user-notes', 'My lab', 'Bench notes', NULL, '2026-03-01', '2026-03-01', '', '', 'user')")
        src = c.execute("SELECT id FROM source WHERE key = 'user-notes'").fetchone()[0]
        for uid, slug, metric, num, text, note in (
                ("user-1", "ascend-910c", "bf16_dense", 761.5, None, FORMULA_NOTE),
                ("user-2", "h20", "export_control", None, "+licence needed (2025)", "@analyst: check"),
        ):
            dev = c.execute("SELECT id FROM device WHERE slug = ?", (slug,)).fetchone()[0]
            met = c.execute("SELECT id FROM metric WHERE key = ?", (metric,)).fetchone()[0]
            c.execute("INSERT INTO spec_value (uid, device_id, metric_id, value_num, value_text, qualifier, approximate, "
                      "source_id, confidence, as_of, note, unit_text, origin) VALUES (?, ?, ?, ?, ?, NULL, 0, ?, "
                      "'reported', '2026-03', ?, '', 'user')", (uid, dev, met, num, text, src, note))
    c.close()


LAB_POD = {"name": "Lab Pod 8", "kind": "system", "status": "announced", "vendor": "My lab", "country": "CN",
           "aliases": ["LP8"], "racks": 1, "racks_note": "one rack",
           "components": [{"name": "Ascend 910C", "role": "accelerator", "count": 8, "device": "ascend-910c",
                           "source": "user-notes", "confidence": "reported"},
                          {"name": "Host CPU", "role": "cpu", "count": 2}]}
SPARSE_ROWS = {"bf16_sparse", "fp8_sparse", "fp4_sparse", "int8_sparse"}
PICKED_910C = 780.0  # SemiAnalysis' dense BF16 figure of the 910C, not the one shown by default (752)


def _candidate(db, slug, metric, number):
    cell = api.compare_many(db, [slug, "h100"]).row(metric).cells[0]
    return next(v.uid for v in cell.candidates if v.value_num == number)


def add_user_catalog(db):
    """What a user makes besides values: a group, a system of their own with a composition, a bundled device
    edited (it becomes theirs), a source with other addresses, and two picks: one of a bundled figure, one of
    a system total computed from a component's figure."""
    api.save_group(db, "My trio", ["ascend-910c", "h100-sxm", "h20"], baseline=1)
    pod, _ = api.save_device(db, LAB_POD)
    api.save_device(db, {"name": "NVIDIA H20", "kind": "chip", "status": "china-specific", "vendor": "NVIDIA",
                         "country": "US", "family": "Hopper", "aliases": ["HGX H20 (my alias)"]}, slug="h20")
    with sqlite3.connect(db) as c:
        c.execute("UPDATE source SET other_urls = 'https://a.example/mirror\nhttps://b.example/copy', "
                  "repo_ref = 'lab/notes.md' WHERE key = 'user-notes'")
    c.close()
    api.choose_value(db, "ascend-910c", "bf16_dense", _candidate(db, "ascend-910c", "bf16_dense", PICKED_910C))
    api.choose_value(db, pod.key, "bf16_dense", _candidate(db, pod.key, "bf16_dense", 8 * 708.0))
    return pod.key


@pytest.fixture
def rich_store(db_path):
    """The bundled catalog, an Epoch import (new devices, sources), the user's own values, group, system,
    edited device and source, and picks."""
    api.apply_import(db_path, api.plan_import(db_path, EPOCH))
    add_user_rows(db_path)
    add_user_catalog(db_path)
    return db_path


LEGACY_DIRECTIONS = {"one-way": "unidirectional", "both-ways": "bidirectional"}


def sparse_twins(doc: dict) -> dict[str, str]:
    """sparse row -> the dense row its figures sat in before pack version 3."""
    return {m["rule"]["sparse_twin"]: m["key"] for m in doc["metrics"] if (m.get("rule") or {}).get("sparse_twin")}


def legacy_qualifier(v: dict) -> str:
    """The one qualifier a figure had before its basis was fields (what packs 1-2 carry)."""
    b = v["basis"]
    if v["qualifier"] or b["condition"]:
        return v["qualifier"] or b["condition"]
    if b["scope"] == "cube":
        return "Cube units only"
    return LEGACY_DIRECTIONS.get(b["direction"]) or b["sparsity"] or ""


def legacy_values(doc: dict) -> list[dict]:
    """A pack's values as versions 1-2 wrote them: no basis, the old qualifier, sparse figures in the dense row, no
    producer or carrier quality."""
    twins = sparse_twins(doc)
    return [{**{k: x for k, x in v.items() if k not in ("basis", "producer", "carrier_quality")},
             "qualifier": legacy_qualifier(v),
             "metric": twins.get(v["metric"], v["metric"])} for v in doc["values"]]


def v2_pack(doc: dict) -> dict:
    """The pack as ChipLens wrote it in version 2: no basis, no rows of sparse figures, device granularity."""
    twins = sparse_twins(doc)
    return {**doc, "version": 2, "metrics": [m for m in doc["metrics"] if m["key"] not in twins],
            "devices": [{k: x for k, x in d.items() if k not in ("granularity", "packages")} for d in doc["devices"]],
            "values": legacy_values(doc),
            "choices": [{**c, "metric": twins.get(c["metric"], c["metric"])} for c in doc["choices"]]}


def v1_pack(doc: dict) -> dict:
    """The pack as ChipLens wrote it before version 2: no format/version, compositions, source extras,
    pairings or choices (the exact shape of the earlier export_data), and no basis (as v2_pack)."""
    doc = v2_pack(doc)
    return {"about": doc["about"],
            "devices": [{k: v for k, v in d.items() if k not in ("composition_source", "components")}
                        for d in doc["devices"]],
            "metrics": doc["metrics"],
            "sources": [{k: v for k, v in s.items() if k not in ("other_urls", "repo_ref", "origin")}
                        for s in doc["sources"]],
            "values": doc["values"]}


def meaning(doc: dict) -> list[dict]:
    """What an old pack says of each value: its legacy view without the display text (which now also names the
    fields an old pack does not state). An old pack cannot say 'direction not stated' or 'sparsity not stated':
    no qualifier meant both ways on a link row and dense on a dense compute row, and reads so."""
    defaults = {m["key"]: "bidirectional" for m in doc["metrics"] if m.get("directional")}
    defaults.update({m["key"]: "dense" for m in doc["metrics"] if (m.get("rule") or {}).get("sparse_twin")})
    return [{**{k: x for k, x in v.items() if k != "display"},
             "qualifier": v["qualifier"] or (defaults.get(v["metric"], "") if v["value"] is not None else "")}
            for v in legacy_values(doc)]


def test_json_pack_round_trip_into_an_empty_store(rich_store, tmp_path):
    first = tmp_path / "pack.json"
    api.export_data(rich_store, first)
    doc = json.loads(first.read_text(encoding="utf-8"))
    assert (doc["format"], doc["version"]) == ("chiplens-data-pack", chiplens_json.VERSION)
    assert chiplens_json.VERSION == 5  # producer and carrier quality travel with every figure; v5: analyst facts
    assert {"slug": "user-my-trio", "name": "My trio", "devices": ["ascend-910c", "h100-sxm", "h20"], "baseline": 1,
            "position": 0, "origin": "user"} in doc["pairings"]
    pod = next(d for d in doc["devices"] if d["slug"] == "user-lab-pod-8")
    assert pod["aliases"] == ["LP8"] and [c["count"] for c in pod["components"]] == [8, 2]
    mine = next(s for s in doc["sources"] if s["key"] == "user-notes")
    assert (mine["other_urls"], mine["repo_ref"], mine["origin"]) == (
        ["https://a.example/mirror", "https://b.example/copy"], "lab/notes.md", "user")
    picks = {(c["device"], c["metric"]): c for c in doc["choices"]}
    assert doc["values"][picks[("ascend-910c", "bf16_dense")]["value"] - 1]["value"] == PICKED_910C
    assert picks[("user-lab-pod-8", "bf16_dense")]["prefix"] == "derived:user-lab-pod-8:"
    empty = tmp_path / "empty" / api.DB_FILENAME
    api.create_empty_store(empty)
    # no data: only the rows of sparse figures that schema 0005 creates (the pack brings their definition)
    assert api.list_devices(empty) == [] and {m.key for m in api.list_metrics(empty)} <= SPARSE_ROWS
    plan = api.plan_import(empty, first)
    assert plan.errors == () and plan.changed == 0 and plan.removed == 0
    assert plan.count("add", "value") == len(doc["values"])
    assert plan.count("add", "pairing") == len(doc["pairings"])
    assert plan.count("add", "choice") == len(doc["choices"]) == 2
    assert plan.count("add", "composition") == sum(1 for d in doc["devices"] if d.get("components"))
    api.apply_import(empty, plan)
    again = tmp_path / "again.json"
    api.export_data(empty, again)
    assert again.read_bytes() == first.read_bytes()
    assert api.plan_import(empty, first).added == 0  # importing the same pack again changes nothing


def test_a_pack_from_machine_a_shows_its_catalog_on_machine_b(rich_store, tmp_path, capsys, monkeypatch):
    from desktop.app import main
    pack = tmp_path / "pack.json"
    api.export_data(rich_store, pack)
    machine_b = tmp_path / "b"
    b = machine_b / api.DB_FILENAME
    api.open_store(b)
    plan = api.plan_import(b, pack)
    lines = {(i.kind, i.action, i.device): i for i in plan.items if i.kind != "value"}
    assert lines[("pairing", "add", "My trio")].after == (
        "Huawei Ascend 910C · NVIDIA H100 SXM · NVIDIA H20 (ratios against NVIDIA H100 SXM)")
    assert lines[("composition", "add", "Lab Pod 8")].after == "8 × Huawei Ascend 910C + 2 × Host CPU"
    assert lines[("device", "change", "NVIDIA H20")].reason == "changed: aliases"
    # SemiAnalysis does not say which units the figure counts: the pick reads so, as it does on machine A
    assert lines[("choice", "add", "Huawei Ascend 910C")].after.startswith("780 TFLOPS (scope unstated) — SemiAnalysis")
    assert lines[("choice", "add", "Lab Pod 8")].after.startswith("system total from 708 TFLOPS (Cube units)")
    assert "pairings and groups: 1 added" in plan.summary()
    result, change = api.apply_import(b, plan)
    assert {"pairing", "choice", "device"} <= change.kinds and "user-lab-pod-8" in change.device_slugs
    trio = next(p for p in api.list_pairings(b) if p.slug == "user-my-trio")
    assert (trio.name, trio.devices, trio.baseline, trio.origin) == (
        "My trio", ("ascend-910c", "h100-sxm", "h20"), 1, "user")
    assert [(c.name, c.count, c.device_slug, c.source.key if c.source else None)
            for c in api.device_components(b, "user-lab-pod-8")] == [
        ("Ascend 910C", 8, "ascend-910c", "user-notes"), ("Host CPU", 2, None, None)]
    assert api.resolve_device(b, "LP8") == "user-lab-pod-8" and api.resolve_device(b, "HGX H20 (my alias)") == "h20"
    cells = api.compare_many(b, ["910c", "lp8"]).row("bf16_dense").cells
    assert (cells[0].value.value_num, cells[0].user_choice) == (PICKED_910C, True)
    assert (cells[1].value.value_num, cells[1].user_choice) == (8 * 708.0, True)
    source = next(s for s in api.list_sources(b) if s.key == "user-notes")
    assert source.publisher == "My lab"
    again = tmp_path / "again.json"
    api.export_data(b, again)
    assert again.read_bytes() == pack.read_bytes()  # everything arrived, other_urls and origins included
    # the command line sees the group and compares its devices with the imported pick
    monkeypatch.setenv("CHIPLENS_DATA_DIR", str(machine_b))
    assert main(["list", "pairings", "--format", "json"]) == 0
    listed = next(p for p in json.loads(capsys.readouterr().out) if p["slug"] == "user-my-trio")
    assert (listed["a"], listed["b"], listed["more"], listed["baseline"]) == ("ascend-910c", "h100-sxm", ["h20"],
                                                                            "h100-sxm")
    assert main(["compare", "910c", "h100", "h20", "--baseline", "h100", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    bf16 = next(m for m in shown["metrics"] if m["key"] == "bf16_dense")
    assert bf16["values"][0]["value"] == PICKED_910C and shown["baseline"] == "h100-sxm"


def test_a_version_1_pack_still_imports(rich_store, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(rich_store, pack)
    old = tmp_path / "old.json"
    old.write_text(json.dumps(v1_pack(json.loads(pack.read_text(encoding="utf-8"))), ensure_ascii=False, indent=1),
                   encoding="utf-8")
    empty = tmp_path / "empty" / api.DB_FILENAME
    api.create_empty_store(empty)
    plan = api.plan_import(empty, old)
    assert plan.errors == () and plan.warnings == () and plan.added == plan.count("add", "value") > 1800
    api.apply_import(empty, plan)
    again = tmp_path / "again.json"
    api.export_data(empty, again)
    first, second = (json.loads(f.read_text(encoding="utf-8")) for f in (pack, again))
    assert meaning(second) == meaning(first)  # every figure means what it meant, sparse ones in their own rows
    assert sum(v["metric"] in SPARSE_ROWS for v in second["values"]) == sum(
        v["metric"] in SPARSE_ROWS for v in first["values"]) > 0
    # into a store with the user's own catalog: what a version 1 pack does not carry is left as it is
    plan = api.plan_import(rich_store, old)
    assert plan.errors == () and plan.added == plan.changed == plan.removed == 0
    api.apply_import(rich_store, plan)
    assert any(p.slug == "user-my-trio" for p in api.list_pairings(rich_store))
    assert len(api.device_components(rich_store, "user-lab-pod-8")) == 2
    assert api.compare_many(rich_store, ["910c", "h100"]).row("bf16_dense").cells[0].user_choice


def test_a_version_2_pack_still_imports_with_its_picks(rich_store, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(rich_store, pack)
    first = json.loads(pack.read_text(encoding="utf-8"))
    old = tmp_path / "v2.json"
    old.write_text(json.dumps(v2_pack(first), ensure_ascii=False), encoding="utf-8")
    b = tmp_path / "b" / api.DB_FILENAME
    api.open_store(b)
    plan = api.plan_import(b, old)
    assert plan.errors == () and plan.warnings == () and plan.count("add", "choice") == len(first["choices"])
    api.apply_import(b, plan)
    again = tmp_path / "again.json"
    api.export_data(b, again)
    second = json.loads(again.read_text(encoding="utf-8"))
    mine = [v for v in meaning(first) if v["origin"] != "seed"]  # the bundled rows are this machine's own
    assert [v for v in meaning(second) if v["origin"] != "seed"] == mine
    cells = api.compare_many(b, ["910c", "lp8"]).row("bf16_dense").cells
    assert (cells[0].value.value_num, cells[0].user_choice) == (PICKED_910C, True)
    assert api.plan_import(b, old).count("add") == 0  # the same old pack again: nothing new


def test_newer_pack_changes_groups_compositions_and_picks_and_keeps_the_rest(rich_store, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(rich_store, pack)
    b = tmp_path / "b" / api.DB_FILENAME
    api.open_store(b)
    api.apply_import(b, api.plan_import(b, pack))
    api.save_group(b, "Only on B", ["h100-sxm", "h20"], baseline=0)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    trio = next(p for p in doc["pairings"] if p["slug"] == "user-my-trio")
    trio.update(name="My trio (H20 first)", devices=["h20", "ascend-910c", "h100-sxm"], baseline=0)
    bundled = next(p for p in doc["pairings"] if p["origin"] == "seed")
    bundled["name"] = "Renamed in the pack"
    pod = next(d for d in doc["devices"] if d["slug"] == "user-lab-pod-8")
    pod["components"][0]["count"] = 16
    cm384 = next(d for d in doc["devices"] if d["slug"] == "cloudmatrix-384")
    cm384["components"][0]["count"] = 1  # a bundled composition in a pack never overwrites this machine's
    pick = next(c for c in doc["choices"] if c["device"] == "ascend-910c")
    pick["value"] = next(n for n, v in enumerate(doc["values"], start=1)
                         if (v["device"], v["metric"], v["value"]) == ("ascend-910c", "bf16_dense", 708.0))
    pack.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    plan = api.plan_import(b, pack)
    assert plan.errors == () and plan.count("add") == 0 and plan.removed == 0
    lines = {(i.kind, i.device): i for i in plan.items if i.kind != "value"}
    assert (lines[("pairing", "My trio (H20 first)")].action, lines[("pairing", "My trio (H20 first)")].reason) == (
        "change", "changed: name, devices, baseline")
    assert lines[("pairing", "Renamed in the pack")].action == "skip"
    assert "bundled with ChipLens) is kept" in lines[("pairing", "Renamed in the pack")].reason
    assert lines[("composition", "Lab Pod 8")].after == "16 × Huawei Ascend 910C + 2 × Host CPU"
    assert lines[("composition", "Lab Pod 8")].action == "change"
    assert lines[("composition", "Huawei CloudMatrix 384")].action == "skip"
    choice = lines[("choice", "Huawei Ascend 910C")]
    assert (choice.action, choice.before.split(" — ")[0], choice.after.split(" — ")[0]) == (
        "change", "780 TFLOPS (scope unstated)", "708 TFLOPS (Cube units)")
    assert {i.kind for i in plan.items if i.action == "change"} == {"pairing", "composition", "choice"}
    api.apply_import(b, plan)
    pairings = {p.slug: p for p in api.list_pairings(b)}
    trio = pairings["user-my-trio"]
    assert (trio.devices, trio.baseline) == (("h20", "ascend-910c", "h100-sxm"), 0)
    assert "user-only-on-b" in pairings and pairings[bundled["slug"]].name != "Renamed in the pack"
    assert api.device_components(b, "user-lab-pod-8")[0].count == 16
    assert api.device_components(b, "cloudmatrix-384")[0].count == 384
    assert api.compare_many(b, ["910c", "h100"]).row("bf16_dense").cells[0].value.value_num == 708.0
    assert api.plan_import(b, pack).count("change") == 0


def test_pack_catalog_errors_name_the_pairing_choice_or_device(db_path, tmp_path):
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"format": "chiplens-data-pack", "version": 2, "values": [
        {"device": "h100-sxm", "metric": "bf16_dense", "value": 1000.0, "unit": "TFLOPS", "source": "EPOCH"}],
        "devices": [{"slug": "my-pod", "name": "My pod", "kind": "system", "vendor": "Me", "country": "CN",
                     "components": [{"name": "X", "role": "accelerator", "count": 4, "device": "nope"}]}],
        "pairings": [{"slug": "mine", "name": "Mine", "devices": ["h100-sxm", "nope"], "baseline": 1},
                     {"slug": "ok", "name": "OK", "devices": ["h100-sxm", "h20"], "baseline": 0, "origin": "user"}],
        "choices": [{"device": "h100-sxm", "metric": "bf16_dense", "value": 9},
                    {"device": "h100-sxm", "metric": "bf16_dense", "value": 1}]}), encoding="utf-8")
    plan = api.plan_import(db_path, pack)
    assert [str(e) for e in plan.errors] == [
        "pack.json, device 1, field components: 'my-pod' names device 'nope', not in this store or in the pack",
        "pack.json, pairing 1, field devices: 'nope' is not a device in this store or in the pack",
        "pack.json, choice 1, field value: '9' is not the number of a value in the pack (1 to 1)"]
    with pytest.raises(DataImportError):
        api.apply_import(db_path, plan)
    api.apply_import(db_path, plan, valid_only=True)
    slugs = {p.slug for p in api.list_pairings(db_path)}
    assert "ok" in slugs and "mine" not in slugs
    assert api.device_components(db_path, "my-pod") == []  # the device came, its broken composition did not
    assert api.compare_many(db_path, ["h100", "h20"]).row("bf16_dense").cells[0].value.value_num == 1000.0


def test_a_pack_from_a_newer_chiplens_is_read_with_a_warning(db_path, tmp_path):
    pack = tmp_path / "pack.json"
    newer = chiplens_json.VERSION + 1
    pack.write_text(json.dumps({"format": "chiplens-data-pack", "version": newer, "values": [], "futures": []}),
                    encoding="utf-8")
    plan = api.plan_import(db_path, pack)
    assert plan.warnings == (f"pack.json: written by a newer ChipLens (pack version {newer}; this one reads up to "
                             f"{chiplens_json.VERSION}): what this version does not know is left out",)
    (tmp_path / "other.json").write_text(json.dumps({"format": "something-else", "values": []}), encoding="utf-8")
    with pytest.raises(DataImportError, match="not a ChipLens data pack"):
        api.plan_import(db_path, tmp_path / "other.json")


def test_empty_store_can_still_be_seeded_after_a_pack(rich_store, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(rich_store, pack)
    empty = tmp_path / "empty" / api.DB_FILENAME
    api.create_empty_store(empty)
    api.apply_import(empty, api.plan_import(empty, pack))
    api.open_store(empty)  # seeds: bundled rows replace the pack's bundled rows; imported and user rows stay
    again = tmp_path / "again.json"
    api.export_data(empty, again)
    def values(file):  # the same values; re-seeding re-inserts the bundled rows, so their order may differ
        return sorted(json.dumps(v, sort_keys=True) for v in json.loads(file.read_text(encoding="utf-8"))["values"])
    assert values(again) == values(pack)


def test_json_pack_round_trip_into_a_fresh_store(rich_store, tmp_path):
    first = tmp_path / "pack.json"
    api.export_data(rich_store, first)
    fresh = tmp_path / "fresh" / api.DB_FILENAME
    api.open_store(fresh)
    plan = api.plan_import(fresh, first)
    assert plan.added > 1000 and plan.skipped > 400 and plan.errors == ()
    assert all(i.reason == "already in the store (bundled with ChipLens)" for i in plan.items if i.action == "skip")
    assert plan.count("add", "pairing") == 1 and plan.count("add", "choice") == 2  # the user's; bundled ones match
    api.apply_import(fresh, plan)
    again = tmp_path / "again.json"
    api.export_data(fresh, again)
    assert again.read_bytes() == first.read_bytes()


def test_csv_round_trip_into_a_fresh_store(db_path, tmp_path):
    add_user_rows(db_path)
    first = tmp_path / "data.csv"
    api.export_data(db_path, first)
    fresh = tmp_path / "fresh" / api.DB_FILENAME
    api.open_store(fresh)
    plan = api.plan_import(fresh, first)
    assert plan.format == "csv" and plan.errors == () and plan.added == 2
    api.apply_import(fresh, plan)
    again = tmp_path / "again.csv"
    api.export_data(fresh, again)
    assert again.read_bytes() == first.read_bytes()


def test_csv_export_escapes_formulas_and_import_reads_them_back(db_path, tmp_path):
    add_user_rows(db_path)
    target = tmp_path / "data.csv"
    api.export_data(db_path, target)
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    mine = {r["metric"]: r for r in rows if r["origin"] == "user"}
    assert mine["bf16_dense"]["note"] == "'" + FORMULA_NOTE
    assert mine["export_control"]["value"] == "'+licence needed (2025)"
    assert mine["export_control"]["note"] == "'@analyst: check"
    risky = ("=", "+", "-", "@")
    assert not any(cell.startswith(risky) for r in rows for cell in r.values() if cell)
    fresh = tmp_path / "fresh" / api.DB_FILENAME
    api.open_store(fresh)
    api.apply_import(fresh, api.plan_import(fresh, target))
    values = api.compare(fresh, "910c", "h20")
    notes = {v.note for c in values.row("bf16_dense").cells for v in c.candidates}
    assert FORMULA_NOTE in notes  # stored as text, as written: never evaluated


def test_newer_pack_shows_added_changed_and_removed(db_path, tmp_path):
    api.apply_import(db_path, api.plan_import(db_path, EPOCH))
    pack = tmp_path / "pack.json"
    api.export_data(db_path, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    values = doc["values"]
    imported = [v for v in values if v["origin"] == "import"]
    gone = imported[0]
    changed = imported[1]
    values.remove(gone)
    changed["value"] = changed["value"] * 2 if isinstance(changed["value"], float) else changed["value"] + " (rev.)"
    values.append({**changed, "value": None, "metric": "notes", "metric_label": "Notes", "unit": "",
                   "display": "", "note": "Newer pack: vendor datasheet withdrawn",
                   "basis": dict.fromkeys(changed["basis"])})  # a gap has no basis
    pack.write_text(json.dumps(doc), encoding="utf-8")
    plan = api.plan_import(db_path, pack)
    assert (plan.added, plan.changed, plan.removed) == (1, 1, 1)
    by_action = {i.action: i for i in plan.items if i.action != "skip"}
    assert by_action["remove"].device == gone["device_name"] and by_action["change"].reason.startswith("changed: figure")
    assert by_action["add"].after == "not published — Epoch AI" and by_action["add"].reason == "new value"
    api.apply_import(db_path, plan)
    assert {i.action for i in api.plan_import(db_path, pack).items} == {"skip"}


def test_user_and_bundled_values_are_never_removed_by_a_pack(rich_store, tmp_path):
    pack = tmp_path / "pack.json"
    api.export_data(rich_store, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    doc["values"] = [v for v in doc["values"] if v["origin"] == "import"][:10]
    doc["choices"] = []  # they name values by their place in "values"
    pack.write_text(json.dumps(doc), encoding="utf-8")
    plan = api.plan_import(rich_store, pack)
    assert plan.removed > 1000
    with sqlite3.connect(rich_store) as c:
        origins = dict(c.execute("SELECT origin, count(*) FROM spec_value GROUP BY origin"))
    c.close()
    api.apply_import(rich_store, plan)
    with sqlite3.connect(rich_store) as c:
        after = dict(c.execute("SELECT origin, count(*) FROM spec_value GROUP BY origin"))
    c.close()
    assert after["seed"] == origins["seed"] and after["user"] == origins["user"] == 2
    assert after["import"] == 10


def test_pack_errors_name_the_value_and_field(db_path, tmp_path):
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps({"values": [
        {"device": "h100-sxm", "metric": "bf16_dense", "value": 1000.0, "unit": "TFLOPS", "source": "EPOCH"},
        {"device": "h100-sxm", "metric": "bf17_dense", "value": 1.0},
        {"device": "h100-sxm", "metric": "power", "value": "n/a", "confidence": "sure"},
    ]}), encoding="utf-8")
    plan = api.plan_import(db_path, pack)
    assert [str(e) for e in plan.errors] == [
        "pack.json, value 2, field metric: 'bf17_dense' is not a metric in this store or in the pack",
        "pack.json, value 3, field confidence: 'sure' is not one of official, third-party, reported"]
    with pytest.raises(DataImportError) as refused:
        api.apply_import(db_path, plan)
    assert len(refused.value.problems) == 2
    result, _ = api.apply_import(db_path, plan, valid_only=True)
    assert result.added == 1


def test_not_a_pack(db_path, tmp_path):
    for name, payload, message in (("a.json", b"{\"values\": 3}", "not a ChipLens data pack"),
                                   ("b.json", b"{\"values\": [", "line 1, column 13: not valid JSON"),
                                   ("c.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply|not a ChipLens")):
        (tmp_path / name).write_bytes(payload)
        with pytest.raises(DataImportError, match=message):
            api.plan_import(db_path, tmp_path / name)
