"""A window start opens the store with O(1) checks only and owes it the full check (quick_check, foreign keys),
run after the first paint: damage the cheap checks cannot see is still refused before anything is written."""
from __future__ import annotations

import hashlib
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

import pytest

from db import api, backup, integrity
from db import connect as connection
from db.errors import CorruptDatabaseError


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_notes(db: Path, count: int = 120) -> None:
    for i in range(count):
        api.create_note(db, f"Note {i}", "HBM supply and CoWoS capacity, quarter by quarter. " * 40)


def damage_a_note_page(db: Path) -> None:
    """Overwrite one leaf page of the notes table in the middle of the file: nothing a start reads."""
    with closing(sqlite3.connect(db)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = [r[0] for r in c.execute("SELECT pageno FROM dbstat WHERE name = 'note' AND pagetype = 'leaf' "
                                         "ORDER BY pageno")]
        size = c.execute("PRAGMA page_size").fetchone()[0]
    assert len(pages) > 4
    with open(db, "r+b") as fh:
        fh.seek((pages[len(pages) // 2] - 1) * size)
        fh.write(b"\xa5" * size)


def statements(monkeypatch) -> list[str]:
    """Every SQL statement run on the connections db.connect makes from now on."""
    seen: list[str] = []
    real = connection.connect

    def traced(*args, **kwargs):
        conn = real(*args, **kwargs)
        conn.set_trace_callback(seen.append)
        return conn
    monkeypatch.setattr(connection, "connect", traced)
    return seen


def test_a_window_start_reads_no_more_than_the_stamps(db_path, monkeypatch):
    seen = statements(monkeypatch)
    api.open_store(db_path, check_later=True)
    assert not any("quick_check" in s or "foreign_key_check" in s or "integrity_check" in s for s in seen)
    assert integrity.check_pending(db_path)
    api.verify_store(db_path)
    assert any("quick_check" in s for s in seen) and any("foreign_key_check" in s for s in seen)
    assert not integrity.check_pending(db_path)
    api.create_note(db_path, "After the check", "written")


def test_damage_the_start_cannot_see_is_refused_before_any_write(db_path):
    with_notes(db_path)
    damage_a_note_page(db_path)
    before = digest(db_path)
    api.open_store(db_path, check_later=True)  # the O(1) checks pass: the damaged page is not read
    with pytest.raises(CorruptDatabaseError) as err:
        api.create_note(db_path, "Typed while the check was owed", "must not reach the damaged file")
    assert err.value.detail and str(db_path) in err.value.message and "restore" in err.value.message
    with pytest.raises(CorruptDatabaseError):  # the verdict holds for every later write
        api.save_pairing(db_path, "Mine", "910c", "h100")
    with pytest.raises(CorruptDatabaseError):
        api.verify_store(db_path)
    assert digest(db_path) == before
    assert not Path(str(db_path) + "-wal").exists() or Path(str(db_path) + "-wal").stat().st_size == 0


def test_a_write_waits_for_the_check_running_on_the_worker(db_path):
    with_notes(db_path, 20)
    damage_a_note_page(db_path)
    api.open_store(db_path, check_later=True)
    worker_error: list[BaseException] = []

    def worker() -> None:
        try:
            api.verify_store(db_path)
        except CorruptDatabaseError as exc:
            worker_error.append(exc)
    thread = threading.Thread(target=worker)
    thread.start()
    with pytest.raises(CorruptDatabaseError):  # whether it ran the check itself or waited for the worker's
        api.create_note(db_path, "x", "y")
    thread.join()
    assert len(worker_error) == 1


def test_a_store_that_must_be_seeded_is_checked_in_full_first(db_path):
    with_notes(db_path, 40)
    with closing(sqlite3.connect(db_path)) as c, c:
        c.execute("UPDATE app_meta SET value = 'older' WHERE key = 'seed_hash'")
    damage_a_note_page(db_path)
    before = digest(db_path)
    with pytest.raises(CorruptDatabaseError):
        api.open_store(db_path, check_later=True)  # seeding would write: the full check runs up front
    assert digest(db_path) == before


def test_a_truncated_store_is_refused_by_the_header_check(db_path):
    with_notes(db_path, 40)
    with closing(sqlite3.connect(db_path)) as c:
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = db_path.read_bytes()
    db_path.write_bytes(data[:len(data) - 3 * 4096])
    with pytest.raises(CorruptDatabaseError) as err:
        api.open_store(db_path, check_later=True)
    assert "truncated" in err.value.detail


def test_the_store_put_in_place_of_a_damaged_one_is_not_held_by_its_verdict(db_path):
    backup.backup_before(db_path, "test")
    with_notes(db_path)
    damage_a_note_page(db_path)
    api.open_store(db_path, check_later=True)
    with pytest.raises(CorruptDatabaseError):
        api.verify_store(db_path)
    _info, _safety, moved = api.Library(db_path).backups.restore_latest()
    assert moved is not None and moved.exists()
    api.open_store(db_path, check_later=True)
    api.create_note(db_path, "After the restore", "kept")
    api.verify_store(db_path)
    assert [n.title for n in api.list_notes(db_path)] == ["After the restore"]


def test_a_check_stopped_on_the_way_out_is_still_owed(db_path):
    api.open_store(db_path, check_later=True)
    api.stop_verifying(db_path)  # nothing running: nothing changes
    assert integrity.check_pending(db_path)
    with_notes(db_path, 1)  # the write runs the check itself
    assert not integrity.check_pending(db_path)
