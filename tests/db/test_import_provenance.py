"""Who produced a figure and how good the page it was read on is travel with it: out in data packs and CSV,
and back in; an unknown carrier quality is an error naming the file, row and field; older files (pack v1-3, CSV
without the two columns) import their figures with no producer stated and the carrier their source's kind
implies. On real stores and real exported files."""
from __future__ import annotations

import csv
import io
import json
import sqlite3

from db import api
from db.importers import chiplens_json
from db.provenance import CARRIERS, default_carrier

MINE = ("analyst firm (My lab)", "primary")


def add_own_figure(db_path, producer=MINE[0], carrier=MINE[1], kind="analyst") -> None:
    """The analyst's own source and figure, with who produced it and where it was read."""
    with sqlite3.connect(db_path) as c:
        c.execute("INSERT INTO source (key, publisher, title, url, date_text, date_sort, kind, other_urls, origin) "
                  "VALUES ('user-lab', 'My lab', 'Bench notes', NULL, '2026-03-01', '2026-03-01', ?, '', 'user')",
                  (kind,))
        src = c.execute("SELECT id FROM source WHERE key = 'user-lab'").fetchone()[0]
        dev = c.execute("SELECT id FROM device WHERE slug = 'h20'").fetchone()[0]
        met = c.execute("SELECT id FROM metric WHERE key = 'power'").fetchone()[0]
        c.execute("INSERT INTO spec_value (uid, device_id, metric_id, value_num, qualifier, approximate, source_id, "
                  "confidence, as_of, note, unit_text, origin, producer, carrier_quality) VALUES ('user-lab-1', ?, ?, "
                  "412, 'TDP', 0, ?, 'third-party', '2026-03', '', '', 'user', ?, ?)",
                  (dev, met, src, producer, carrier))
    c.close()


def provenance(db_path) -> list[tuple]:
    """Every stored figure with its producer and carrier quality, as the store holds them."""
    with sqlite3.connect(db_path) as c:
        rows = c.execute("SELECT d.slug, m.key, v.value_num, v.value_text, coalesce(s.key, ''), v.producer, "
                         "v.carrier_quality FROM spec_value v JOIN device d ON d.id = v.device_id "
                         "JOIN metric m ON m.id = v.metric_id LEFT JOIN source s ON s.id = v.source_id").fetchall()
    c.close()
    return sorted(rows, key=repr)


def csv_rows(path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def write_csv(path, rows: list[dict]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


def test_a_pack_carries_producer_and_carrier_quality_there_and_back(db_path, tmp_path):
    add_own_figure(db_path)
    pack = tmp_path / "pack.json"
    api.export_data(db_path, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    assert doc["version"] == chiplens_json.VERSION
    mine = next(v for v in doc["values"] if v["source"] == "user-lab")
    assert (mine["producer"], mine["carrier_quality"]) == MINE
    with sqlite3.connect(db_path) as c:
        stated = c.execute("SELECT count(*) FROM spec_value WHERE carrier_quality IS NOT NULL").fetchone()[0]
    c.close()
    assert sum(bool(v["carrier_quality"]) for v in doc["values"]) == stated > 0
    empty = tmp_path / "empty" / api.DB_FILENAME
    api.create_empty_store(empty)
    plan = api.plan_import(empty, pack)
    assert plan.errors == ()
    api.apply_import(empty, plan)
    assert provenance(empty) == provenance(db_path)  # every figure's producer and carrier, as on machine A
    assert api.plan_import(empty, pack).added == 0


def test_a_csv_carries_them_too_and_a_changed_carrier_is_a_change(db_path, tmp_path):
    add_own_figure(db_path)
    out = tmp_path / "values.csv"
    api.export_data(db_path, out)
    rows = csv_rows(out)
    assert {"producer", "carrier_quality"} <= set(rows[0])
    mine = next(r for r in rows if r["source"] == "user-lab")
    assert (mine["producer"], mine["carrier_quality"]) == MINE
    other = tmp_path / "b" / api.DB_FILENAME
    api.open_store(other)  # another machine: the bundled figures, not the analyst's own
    plan = api.plan_import(other, out)
    assert plan.errors == () and plan.added == 1  # the bundled rows are the same, provenance included
    api.apply_import(other, plan)
    assert ("h20", "power", 412.0, None, "user-lab", *MINE) in provenance(other)
    mine["carrier_quality"] = "weak-relay"  # the analyst found the page was a mirror
    edited = tmp_path / "edited.csv"
    write_csv(edited, rows)
    plan = api.plan_import(other, edited)
    (change,) = [i for i in plan.items if i.action == "change"]
    assert change.reason == "changed: carrier quality"
    api.apply_import(other, plan)
    assert ("h20", "power", 412.0, None, "user-lab", MINE[0], "weak-relay") in provenance(other)


def test_an_older_pack_imports_with_the_carrier_its_sources_kind_implies(db_path, tmp_path):
    add_own_figure(db_path)
    pack = tmp_path / "pack.json"
    api.export_data(db_path, pack)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    kinds = {s["key"]: s["kind"] for s in doc["sources"]}
    for version in (3, 2):
        old = {**doc, "version": version,
               "values": [{k: x for k, x in v.items() if k not in ("producer", "carrier_quality")}
                          for v in doc["values"]]}
        if version == 2:
            old["values"] = [{k: x for k, x in v.items() if k != "basis"} for v in old["values"]]
        file = tmp_path / f"v{version}.json"
        file.write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
        empty = tmp_path / f"empty{version}" / api.DB_FILENAME
        api.create_empty_store(empty)
        plan = api.plan_import(empty, file)
        assert plan.errors == ()
        api.apply_import(empty, plan)
        stored = provenance(empty)
        assert stored and all(producer is None for *_, producer, _c in stored)  # not stated: no guess
        for *_, source, _producer, carrier in stored:
            assert carrier == (default_carrier(kinds.get(source)) if source else None), source
        assert {c for *_, c in stored} & set(CARRIERS), "some kinds imply a carrier (vendor pages, press, ...)"


def test_a_csv_without_the_columns_imports_with_the_kinds_carrier(db_path, tmp_path):
    add_own_figure(db_path, kind="press")
    out = tmp_path / "values.csv"
    api.export_data(db_path, out)
    rows = [{k: x for k, x in r.items() if k not in ("producer", "carrier_quality")} for r in csv_rows(out)
            if r["source"] == "user-lab"]
    old = tmp_path / "old.csv"
    write_csv(old, rows)
    other = tmp_path / "b" / api.DB_FILENAME
    api.open_store(other)
    with sqlite3.connect(other) as c:  # the same source on the other machine: a press article
        c.execute("INSERT INTO source (key, publisher, title, url, date_text, date_sort, kind, other_urls, origin) "
                  "VALUES ('user-lab', 'My lab', 'Bench notes', NULL, '', NULL, 'press', '', 'user')")
    c.close()
    plan = api.plan_import(other, old)
    assert plan.errors == () and plan.added == 1
    api.apply_import(other, plan)
    assert ("h20", "power", 412.0, None, "user-lab", None, default_carrier("press")) in provenance(other)


def test_an_unknown_carrier_quality_names_the_file_row_and_field(db_path, tmp_path):
    add_own_figure(db_path)
    pack, table = tmp_path / "pack.json", tmp_path / "values.csv"
    api.export_data(db_path, pack)
    api.export_data(db_path, table)
    doc = json.loads(pack.read_text(encoding="utf-8"))
    n = next(i for i, v in enumerate(doc["values"], start=1) if v["source"] == "user-lab")
    doc["values"][n - 1]["carrier_quality"] = "excellent"
    pack.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    words = ", ".join(CARRIERS)
    assert [str(e) for e in api.plan_import(db_path, pack).errors] == [
        f"pack.json, value {n}, field carrier_quality: 'excellent' is not one of {words}"]
    rows = csv_rows(table)
    row = next(i for i, r in enumerate(rows, start=2) if r["source"] == "user-lab")
    rows[row - 2]["carrier_quality"] = "excellent"
    write_csv(table, rows)
    assert [str(e) for e in api.plan_import(db_path, table).errors] == [
        f"values.csv, row {row}, column carrier_quality: 'excellent' is not one of {words}"]
