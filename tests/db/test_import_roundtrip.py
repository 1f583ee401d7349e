"""Data packs and ChipLens CSV: export → import → export gives the same file; newer packs show a diff.

"Empty store" for a JSON pack: a store created by api.create_empty_store (the schema, no data, no
bundled catalog). A ChipLens CSV carries values, not device or metric definitions, so its round
trip goes into a freshly created store (the bundled catalog and nothing else).
"""
import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from db import api
from db.importers.base import DataImportError

EPOCH = Path(__file__).resolve().parents[3] / "shared" / "external" / "ml_hardware.csv"
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


@pytest.fixture
def rich_store(db_path):
    """The bundled catalog, an Epoch import (new devices, sources) and the user's own values."""
    api.apply_import(db_path, api.plan_import(db_path, EPOCH))
    add_user_rows(db_path)
    return db_path


def test_json_pack_round_trip_into_an_empty_store(rich_store, tmp_path):
    first = tmp_path / "pack.json"
    api.export_data(rich_store, first)
    empty = tmp_path / "empty" / api.DB_FILENAME
    api.create_empty_store(empty)
    assert api.list_devices(empty) == [] and api.list_metrics(empty) == []
    plan = api.plan_import(empty, first)
    assert plan.errors == () and plan.changed == 0 and plan.removed == 0
    assert plan.added == len(json.loads(first.read_text(encoding="utf-8"))["values"])
    api.apply_import(empty, plan)
    again = tmp_path / "again.json"
    api.export_data(empty, again)
    assert again.read_bytes() == first.read_bytes()
    assert api.plan_import(empty, first).added == 0  # importing the same pack again changes nothing


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
                   "display": "", "note": "Newer pack: vendor datasheet withdrawn"})
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
