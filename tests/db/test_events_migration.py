"""Schema 0002 (events): old stores are backed up, then migrated; user data and user events survive."""
import shutil
import sqlite3
from pathlib import Path

from db import api
from db.integrity import schema_revision
from db.migrations import HEAD

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"


def old_store(tmp_path) -> Path:
    db = tmp_path / "data" / api.DB_FILENAME
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0001.sqlite", db)
    return db


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as c:
        return {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_opening_a_0001_store_backs_it_up_before_migrating(seed, tmp_path):
    db = old_store(tmp_path)
    info = api.open_store(db)
    assert (info.migrated_from, info.schema_revision) == ("0001", HEAD)
    backup = Path(info.backup)
    assert backup.parent == db.parent / "backups" and backup.name.startswith("chiplens-schema-0001-")
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as c:
        assert c.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert schema_revision(c) == "0001"
        assert c.execute("SELECT count(*) FROM pairing WHERE origin = 'user'").fetchone()[0] >= 1
    assert "event" not in tables(backup)
    assert {"event", "event_source", "event_device", "event_tag"} <= tables(db)
    assert len(api.list_events(db)) == seed.events


def test_user_events_in_a_migrated_store_survive_reopening_and_reseeding(tmp_path):
    from db import migrate
    db = old_store(tmp_path)
    api.open_store(db)
    uid, _ = api.save_event(db, {"date": "2019-05-15", "precision": "day", "title": "Huawei added to the Entity List",
                                 "jurisdiction": "US", "category": "entity-list", "confidence": "official",
                                 "devices": ["910B"], "tags": ["Entity List"]})
    before = api.get_event(db, uid)
    migrate.upgrade(db)  # already at head: must change nothing
    with sqlite3.connect(db) as c:
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    api.open_store(db)
    assert api.get_event(db, uid) == before
    cell = api.compare(db, "910C", "H100").row("bf16_dense").cells[0]
    assert cell.user_choice and cell.value.value_num == 780  # the 0001 user data is still there too


def test_schema_classes_match_the_migrated_database(db_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from db.engine import make_engine
    from db.schema import Base
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()


def test_migration_0002_downgrades_cleanly(seed, db_path):
    from alembic import command

    from db import migrate
    from db.engine import make_engine
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            cfg = migrate.alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
    finally:
        engine.dispose()
    assert not {"event", "event_source", "event_device", "event_tag"} & tables(db_path)
    info = api.open_store(db_path)  # and back up again
    assert info.migrated_from == "0001" and len(api.list_events(db_path)) == seed.events
