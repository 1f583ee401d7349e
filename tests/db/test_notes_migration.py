"""Notes are user data: they survive re-seeding, and stores of every earlier schema migrate to hold them."""
import shutil
import sqlite3
from pathlib import Path

from db import api
from db.migrations import HEAD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"
FIXTURE_EVENT = "552126692fff40ba815293ce4ea53920"  # the user event stored in schema-0002.sqlite


def schema(path):
    with sqlite3.connect(path) as c:
        rows = sorted(c.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    c.close()
    return rows


def test_notes_survive_a_forced_reseed(db_path):
    uid, _ = api.create_note(db_path, "Kept", "HBM supply", tags=["memory"], links=["device:H100"])
    api.save_note(db_path, uid, "Kept", "HBM supply, edited", checkpoint=True)
    before = (api.get_note(db_path, uid), api.list_versions(db_path, uid))
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    assert api.open_store(db_path).seeded  # it did re-seed
    assert (api.get_note(db_path, uid), api.list_versions(db_path, uid)) == before
    assert [h.uid for h in api.search_notes(db_path, "hbm")] == [uid]


def test_a_0002_store_migrates_keeps_its_user_data_and_takes_notes(tmp_path, seeded_template):
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0002.sqlite", db)
    info = api.open_store(db)
    assert (info.migrated_from, info.schema_revision) == ("0002", HEAD) and Path(info.backup).exists()
    assert schema(db) == schema(seeded_template)  # FTS table and its shadow tables included
    assert api.get_event(db, FIXTURE_EVENT).origin == "user"
    cell = api.compare(db, "910C", "H100").row("bf16_dense").cells[0]
    assert cell.user_choice and cell.value.value_num == 780
    uid, _ = api.create_note(db, "After migration", "昇腾 notes", links=[f"event:{FIXTURE_EVENT}", "device:910B"])
    assert [h.uid for h in api.search_notes(db, "昇腾")] == [uid]
    assert api.get_note(db, uid).links[0].label == "Analyst event: Huawei added to the Entity List"


def test_the_0001_store_migrates_to_the_same_schema(tmp_path, seeded_template):
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0001.sqlite", db)
    api.open_store(db)
    assert schema(db) == schema(seeded_template)
    assert {"note", "note_tag", "note_link", "note_version", "note_fts"} <= {r[1] for r in schema(db)}


def test_migration_0003_downgrades_and_upgrades_again(db_path):
    from alembic import command

    from db import migrate
    from db.engine import make_engine
    api.create_note(db_path, "x")
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
    finally:
        engine.dispose()
    assert not [r for r in schema(db_path) if r[1].startswith("note")]
    assert api.open_store(db_path).migrated_from == "0002" and api.list_notes(db_path) == []
    uid, _ = api.create_note(db_path, "again")
    assert api.search_notes(db_path, "again")[0].uid == uid
