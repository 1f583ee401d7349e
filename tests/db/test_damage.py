"""Damaged, full, read-only, locked, missing: each has a message a user can act on, and no byte of user data is lost."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from db import api, backup, recovery
from db import connect as connection
from db.errors import CorruptDatabaseError, DataFolderError, DiskFullError, LockedDatabaseError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overwrite_pages(path: Path, first: int, count: int, page: int = 4096) -> None:
    with open(path, "r+b") as fh:
        fh.seek(first * page)
        fh.write(b"\xa5" * page * count)


DAMAGE = {
    "garbage": lambda p: p.write_bytes(b"these are my notes, not a database\n" * 200),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[:20_000]),
    "overwritten pages": lambda p: overwrite_pages(p, 2, 6),
    "empty, with backups": lambda p: p.write_bytes(b""),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_detected_and_the_file_untouched_until_the_user_chooses(db_path, kind):
    backup.backup_before(db_path, "test")  # a good backup exists
    DAMAGE[kind](db_path)
    before = digest(db_path)
    with pytest.raises(CorruptDatabaseError) as err:
        api.open_store(db_path)
    assert str(db_path) in err.value.message and err.value.detail
    assert "db restore LATEST" in err.value.message
    assert digest(db_path) == before
    report = recovery.check_database(db_path)
    assert not report.ok and digest(db_path) == before


def test_an_empty_file_without_backups_is_a_new_store(tmp_path):
    db = tmp_path / api.DB_FILENAME
    db.write_bytes(b"")
    api.open_store(db)
    assert recovery.check_database(db).ok


def test_rows_pointing_at_missing_rows_are_damage(db_path):
    with sqlite3.connect(db_path) as c:
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute("UPDATE spec_value SET device_id = 999999 WHERE id = (SELECT min(id) FROM spec_value)")
    c.close()
    with pytest.raises(CorruptDatabaseError) as err:
        api.open_store(db_path)
    assert "spec_value" in err.value.detail and "do not exist" in err.value.detail


def test_restore_latest_moves_the_damaged_file_aside_and_brings_the_notes_back(db_path):
    uid, _ = api.create_note(db_path, "Months of work", "长期笔记 — kept")
    backup.backup_before(db_path, "test")
    overwrite_pages(db_path, 1, 40)
    damaged = digest(db_path)
    info, safety, moved = recovery.restore_latest(db_path)
    assert safety is None and moved.exists() and digest(moved) == damaged
    api.open_store(db_path)
    assert api.get_note(db_path, uid).body == "长期笔记 — kept"


def test_start_fresh_keeps_the_damaged_file(db_path):
    overwrite_pages(db_path, 1, 40)
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).write_bytes(b"side file " + suffix.encode())
    damaged = digest(db_path)
    moved = recovery.start_fresh(db_path)
    assert digest(moved) == damaged and Path(str(moved) + "-wal").read_bytes() == b"side file -wal"
    assert not db_path.exists()
    api.open_store(db_path)
    assert recovery.check_database(db_path).ok
    assert moved.exists()  # never deleted


def test_no_good_backup_says_so(db_path):
    overwrite_pages(db_path, 1, 40)
    before = digest(db_path)
    with pytest.raises(Exception) as err:
        recovery.restore_latest(db_path)
    assert "no usable backup" in str(err.value) and digest(db_path) == before


# -- a full disk, simulated with PRAGMA max_page_count (the real SQLITE_FULL path) -----------------------
@pytest.fixture
def full_disk(monkeypatch):
    """Every connection of db.api may not grow the file: writes that need a new page fail as on a full disk."""
    real = connection.connect

    def connect(path, readonly=False, **kw):
        conn = real(path, readonly=readonly, **kw)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")
        return conn
    monkeypatch.setattr(connection, "connect", connect)
    return connect


def test_disk_full_while_saving_a_note_says_so_and_loses_nothing(db_path, monkeypatch, full_disk):
    monkeypatch.undo()
    uid, _ = api.create_note(db_path, "Draft", "first version")
    monkeypatch.setattr(connection, "connect", full_disk)
    with pytest.raises(DiskFullError) as err:
        api.save_note(db_path, uid, "Draft", "a long passage " * 20_000)
    assert "no space left" in err.value.message and str(db_path) in err.value.message
    monkeypatch.undo()
    assert api.get_note(db_path, uid).body == "first version"
    assert recovery.check_database(db_path).ok
    api.save_note(db_path, uid, "Draft", "a long passage " * 20_000)  # space again: it goes through
    assert api.get_note(db_path, uid).body.startswith("a long passage")


# -- read-only: root-proof with PRAGMA query_only (chmod is ignored for root) -------------------------
def test_read_only_database_says_so_and_loses_nothing(db_path, monkeypatch):
    uid, _ = api.create_note(db_path, "Kept", "before")
    real = connection.connect

    def read_only(path, readonly=False, **kw):
        conn = real(path, readonly=readonly, **kw)
        conn.execute("PRAGMA query_only=ON")
        return conn
    monkeypatch.setattr(connection, "connect", read_only)
    with pytest.raises(DataFolderError) as err:
        api.save_note(db_path, uid, "Kept", "after")
    assert "read-only" in err.value.message and "--data-dir" in err.value.message
    monkeypatch.undo()
    assert api.get_note(db_path, uid).body == "before"


def test_read_only_file_opened_with_mode_ro(db_path, monkeypatch):
    """A file SQLite can only open read-only (mode=ro: what a read-only mount gives) cannot take writes."""
    real = connection.connect
    monkeypatch.setattr(connection, "connect", lambda path, readonly=False, **kw: real(path, readonly=True, **kw))
    with pytest.raises(DataFolderError):
        api.create_note(db_path, "x", "y")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root ignores file permissions; the query_only and mode=ro tests above cover root")
def test_read_only_file_by_permissions(db_path):
    uid, _ = api.create_note(db_path, "Kept", "before")
    for p in db_path.parent.glob("chiplens.sqlite*"):
        p.chmod(0o444)
    try:
        with pytest.raises(DataFolderError):
            api.save_note(db_path, uid, "Kept", "after")
    finally:
        for p in db_path.parent.glob("chiplens.sqlite*"):
            p.chmod(0o644)
    assert api.get_note(db_path, uid).body == "before"


def test_locked_by_another_process_while_saving_a_note(db_path, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    uid, _ = api.create_note(db_path, "Kept", "before")
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(LockedDatabaseError) as err:
            api.save_note(db_path, uid, "Kept", "after")
        assert "Another program" in err.value.message
    finally:
        holder.rollback()
        holder.close()
    api.save_note(db_path, uid, "Kept", "after")
    assert api.get_note(db_path, uid).body == "after"


def test_missing_data_folder_is_named(db_path, tmp_path):
    uid, _ = api.create_note(db_path, "Kept", "before")
    away = tmp_path / "unplugged"
    db_path.parent.rename(away)
    try:
        with pytest.raises(DataFolderError) as err:
            api.save_note(db_path, uid, "Kept", "after")
        assert "data folder is missing" in err.value.message
    finally:
        away.rename(db_path.parent)
    assert api.get_note(db_path, uid).body == "before"


def test_data_folder_is_created_owner_only(tmp_path):
    db = tmp_path / "new" / "folder" / api.DB_FILENAME
    api.open_store(db)
    assert (db.parent.stat().st_mode & 0o777) == 0o700
