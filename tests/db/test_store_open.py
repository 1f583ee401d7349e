"""Opening the store: bad files are refused with advice and left byte-for-byte untouched."""
import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import api
from db.backup import backup_database
from db.errors import CorruptDatabaseError, DataFolderError, NewerSchemaError
from db.migrations import HEAD, KNOWN_REVISIONS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_head_constant_matches_the_alembic_scripts():
    from db import migrate
    assert migrate.script_revisions() == list(KNOWN_REVISIONS)
    assert KNOWN_REVISIONS[-1] == HEAD


def test_garbage_file_is_refused_and_untouched(tmp_path):
    db = tmp_path / api.DB_FILENAME
    db.write_bytes(b"these are my notes, not a database\n" * 50)
    before = digest(db)
    with pytest.raises(CorruptDatabaseError) as err:
        api.open_store(db)
    assert "left untouched" in err.value.message and "--data-dir" in err.value.message
    assert digest(db) == before


def test_truncated_database_is_refused_and_untouched(tmp_path, seeded_template):
    db = tmp_path / api.DB_FILENAME
    db.write_bytes(seeded_template.read_bytes()[:20_000])
    before = digest(db)
    with pytest.raises(CorruptDatabaseError):
        api.open_store(db)
    assert digest(db) == before


def test_other_programs_sqlite_file_is_refused(tmp_path):
    db = tmp_path / api.DB_FILENAME
    with sqlite3.connect(db) as c:
        c.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    before = digest(db)
    with pytest.raises(CorruptDatabaseError) as err:
        api.open_store(db)
    assert "not a ChipLens database" in err.value.message
    assert digest(db) == before


def test_newer_schema_is_refused_and_untouched(db_path):
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    c.close()
    before = digest(db_path)
    with pytest.raises(NewerSchemaError) as err:
        api.open_store(db_path)
    assert "newer version of ChipLens" in err.value.message and "9999" in err.value.message
    assert digest(db_path) == before


def test_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError) as err:
        api.open_store(blocker / "sub" / api.DB_FILENAME)
    assert "--data-dir" in err.value.message


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("schema-*.sqlite")))
def test_stored_databases_of_each_schema_open_with_user_data_intact(tmp_path, fixture, seeded_template):
    db = tmp_path / api.DB_FILENAME
    shutil.copy(FIXTURES / fixture, db)
    api.open_store(db)
    cell = api.compare(db, "910C", "H100").row("bf16_dense").cells[0]
    assert cell.user_choice and cell.value.value_num == 780
    assert any(p.origin == "user" and p.name == "Analyst pairing: 910B vs H800" for p in api.list_pairings(db))

    def schema(path):
        with sqlite3.connect(path) as c:
            return sorted(r for r in c.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    assert schema(db) == schema(seeded_template)


def test_backups_are_consistent_and_rotated(seed, db_path, tmp_path):
    folder = tmp_path / "backups"
    made = [backup_database(db_path, folder, "test", keep=3) for _ in range(5)]
    kept = sorted(folder.glob("*.sqlite"))
    assert len(kept) == 3 and made[-1] in kept
    with sqlite3.connect(made[-1]) as c:
        assert c.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert c.execute("SELECT count(*) FROM device").fetchone()[0] == seed.devices


def test_locked_database_gives_a_message_not_a_hang(db_path, monkeypatch):
    from db import connect as connection
    from db.errors import LockedDatabaseError
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LockedDatabaseError) as err:
            api.choose_value(db_path, "ascend-910c", "bf16_dense", None)
        assert "Another program" in err.value.message
    finally:
        holder.rollback()
        holder.close()
    api.choose_value(db_path, "ascend-910c", "bf16_dense", None)  # works again once released


@pytest.mark.skipif(hasattr(__import__("os"), "geteuid") and __import__("os").geteuid() == 0,
                    reason="root ignores file permissions; the unwritable-folder case above covers root")
def test_read_only_data_folder(tmp_path, seeded_template):
    folder = tmp_path / "ro"
    folder.mkdir()
    shutil.copy(seeded_template, folder / api.DB_FILENAME)
    before = digest(folder / api.DB_FILENAME)
    folder.chmod(0o555)
    try:
        with pytest.raises(DataFolderError) as err:
            api.open_store(folder / api.DB_FILENAME)
        assert "read-only" in err.value.message
    finally:
        folder.chmod(0o755)
    assert digest(folder / api.DB_FILENAME) == before


def test_a_folder_name_with_url_characters_holds_the_store(tmp_path):
    """'#', '?', '%' and spaces are ordinary in folder names; the store is made, read and written right there."""
    folder = tmp_path / "C# 100% sure? 昇腾 notes"
    folder.mkdir()
    db = folder / "chiplens.sqlite"
    api.open_store(db)
    uid, _ = api.create_note(db, "Here", "in the folder with a hash")
    assert db.is_file() and api.get_note(db, uid).body == "in the folder with a hash"
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # nothing written beside it
