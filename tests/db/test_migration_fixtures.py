"""Migrations proven on stored databases of every released schema (tests/fixtures/dbs, see make_fixture_dbs.py).

Each fixture is migrated to the head; its schema must equal a fresh store's (tables, columns, indexes,
triggers, foreign keys) and every piece of user data in it must come through unchanged.
"""
from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from db import api
from db.migrations import HEAD, KNOWN_REVISIONS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"
STORED = sorted(p.name for p in FIXTURES.glob("schema-*.sqlite"))


def test_there_is_a_fixture_for_every_released_schema():
    released = KNOWN_REVISIONS[:-1]  # every schema before the head has shipped; the head gets one when it ships
    missing = {f"schema-{r}.sqlite" for r in released} - set(STORED)
    assert not missing, f"make them with tests/fixtures/make_fixture_dbs.py: {sorted(missing)}"


def schema_parts(path: Path) -> dict:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
        objects = sorted((t, n) for t, n in c.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        tables = [n for t, n in objects if t == "table"]
        columns = {t: sorted(tuple(r[1:]) for r in c.execute(f"PRAGMA table_xinfo('{t}')")) for t in tables}
        keys = {t: sorted(tuple(r[2:]) for r in c.execute(f"PRAGMA foreign_key_list('{t}')")) for t in tables}
        indexes = {n: [r[2] for r in c.execute(f"PRAGMA index_info('{n}')")] for t, n in objects if t == "index"}
        triggers = dict(c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    return {"objects": objects, "columns": columns, "foreign keys": keys, "indexes": indexes, "triggers": triggers}


def has(c: sqlite3.Connection, table: str) -> bool:
    return c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone() is not None


def user_data(path: Path) -> dict:
    """Everything a user made, keyed by stable slugs and uids (never by row ids)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as c:
        data = {
            "devices": sorted(c.execute("SELECT slug, name, kind, family, status FROM device WHERE origin = 'user'")),
            "aliases": sorted(c.execute("SELECT d.slug, a.alias FROM device_alias a "
                                        "JOIN device d ON d.id = a.device_id WHERE d.origin = 'user'")),
            "values": sorted(c.execute(
                "SELECT v.uid, d.slug, m.key, v.value_num, v.value_text, v.approximate, v.confidence, v.note "
                "FROM spec_value v JOIN device d ON d.id = v.device_id JOIN metric m ON m.id = v.metric_id "
                "WHERE v.origin = 'user'")),
            "choices": sorted(c.execute("SELECT device_slug, metric_key, value_uid FROM value_choice")),
            "pairings": sorted(c.execute(
                "SELECT p.slug, p.name, a.slug, b.slug FROM pairing p JOIN device a ON a.id = p.device_a_id "
                "JOIN device b ON b.id = p.device_b_id WHERE p.origin = 'user'")),
        }
        if "device_c_id" in {r[1] for r in c.execute("PRAGMA table_info(pairing)")}:  # groups (0004)
            data["groups"] = sorted(c.execute(
                "SELECT p.slug, p.baseline, dc.slug, dd.slug FROM pairing p "
                "LEFT JOIN device dc ON dc.id = p.device_c_id LEFT JOIN device dd ON dd.id = p.device_d_id "
                "WHERE p.origin = 'user'"))
        if "basis_sparsity" in {r[1] for r in c.execute("PRAGMA table_info(spec_value)")}:  # typed figures (0005)
            data["basis"] = sorted(c.execute(
                "SELECT v.uid, v.basis_format, v.basis_sparsity, v.basis_granularity, v.basis_direction, "
                "v.basis_scope, v.basis_condition FROM spec_value v WHERE v.origin = 'user'"))
            data["device units"] = sorted(c.execute("SELECT slug, granularity, packages FROM device "
                                                    "WHERE origin = 'user'"))
        if "producer" in {r[1] for r in c.execute("PRAGMA table_info(spec_value)")}:  # provenance (0006)
            data["provenance"] = sorted(c.execute("SELECT uid, producer, carrier_quality FROM spec_value "
                                                  "WHERE origin = 'user'"))
        if has(c, "control_rule"):  # the analyst's export-control rules (0007)
            data["control rules"] = sorted(c.execute("SELECT rule_id, based_on, body FROM control_rule"))
        if has(c, "analyst_fact"):  # the analyst's stack and supply facts (0008)
            data["facts"] = sorted(c.execute("SELECT uid, domain, subject, field, period, value, unit, publisher, "
                                             "confidence, created, updated, deleted FROM analyst_fact"))
        if has(c, "event"):
            data["events"] = sorted(c.execute(
                "SELECT uid, date, precision, title, summary, actor, jurisdiction, category, confidence, created, "
                "updated FROM event WHERE origin = 'user'"))
            data["event devices"] = sorted(c.execute(
                "SELECT e.uid, d.slug FROM event_device x JOIN event e ON e.id = x.event_id "
                "JOIN device d ON d.id = x.device_id WHERE e.origin = 'user'"))
        if has(c, "note"):
            data["notes"] = sorted(c.execute("SELECT uid, title, body, created, updated, deleted FROM note"))
            data["note tags"] = sorted(c.execute("SELECT n.uid, t.position, t.tag FROM note_tag t "
                                                 "JOIN note n ON n.id = t.note_id"))
            data["note links"] = sorted(c.execute("SELECT n.uid, l.position, l.kind, l.target FROM note_link l "
                                                  "JOIN note n ON n.id = l.note_id"))
            data["note versions"] = sorted(c.execute("SELECT n.uid, v.saved, v.title, v.body FROM note_version v "
                                                     "JOIN note n ON n.id = v.note_id"))
    return data


@pytest.mark.parametrize("fixture", STORED)
def test_each_stored_schema_migrates_to_the_fresh_schema_with_user_data_intact(tmp_path, seeded_template, fixture):
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / fixture, db)
    original = user_data(FIXTURES / fixture)
    assert original["values"] and original["choices"] and original["pairings"] and original["devices"]
    info = api.open_store(db)
    assert info.schema_revision == HEAD
    fresh, migrated = schema_parts(seeded_template), schema_parts(db)
    for part in fresh:
        assert migrated[part] == fresh[part], part
    after = user_data(db)
    for kind, rows in original.items():
        assert after[kind] == rows, kind
    if fixture != f"schema-{HEAD}.sqlite":
        assert info.migrated_from == fixture[7:11] and Path(info.backup).exists()
        assert user_data(Path(info.backup)) == original  # the backup made before migrating has it all too


@pytest.mark.parametrize("fixture", STORED)
def test_migrated_user_data_is_usable_through_the_api(tmp_path, fixture):
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / fixture, db)
    api.open_store(db)
    row = api.compare(db, "NPU-X", "H100").row("bf16_dense")
    assert row.cells[0].value.value_num == 512 and row.cells[0].value.origin == "user"
    notes = api.list_notes(db)
    if "note" in user_data(FIXTURES / fixture):
        assert notes
        hits = api.search_notes(db, "昇腾")
        assert [h.uid for h in hits] == [n.uid for n in notes if n.title.startswith("昇腾")]
    api.save_note(db, api.create_note(db, "After the migration", "works")[0], "After the migration", "still works")


def test_a_store_of_schema_0006_gains_the_analysts_rules_and_keeps_them_over_reseeding(tmp_path):
    """0006 -> 0007: the user's figures of 0006 come through, and a rule saved after the migration survives a
    re-seed (bundled rules are never stored, so seeding cannot reach the analyst's)."""
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0006.sqlite", db)
    before = user_data(FIXTURES / "schema-0006.sqlite")
    assert any(producer for _, producer, _ in before["provenance"])
    info = api.open_store(db)
    assert info.migrated_from == "0006"
    lib = api.Library(db)
    rule = {"id": "DRAFT-2027-01", "name": "Draft: TPP 3,000 line", "jurisdiction": "US", "kind": "threshold-rule",
            "effective": "2027-01-01", "tests": [{"key": "3A090.a", "condition": {
                "any_of": [{"metric": "tpp", "op": ">=", "value": 3000}]}}]}
    lib.controls.save_rule(rule)
    with sqlite3.connect(db) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    api.open_store(db)
    assert lib.controls.rule("DRAFT-2027-01").origin == "user"
    after = user_data(db)
    assert after["provenance"] == before["provenance"] and len(after["control rules"]) == 1
