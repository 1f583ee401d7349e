"""`chiplens db check` tells apart what can be wrong with a store, each produced for real here: damaged, busy
(another process holds a write lock, and is named), read-only, a hot journal left by a crash, a newer schema.
Each has its advice and its exit code, and the check never changes the file."""
from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import api, integrity, recovery
from db.errors import CorruptDatabaseError, HotJournalError, LockedDatabaseError
from desktop.app import main
from desktop.present import store_check


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def hold(db: Path, script: str) -> subprocess.Popen:
    """A second process that connects to `db`, runs `script` and keeps its locks until killed."""
    code = (f"import sqlite3, sys, time  # hold-lock\nc = sqlite3.connect({str(db)!r}, isolation_level=None)\n"
            f"{script}\nprint('ready', flush=True)\ntime.sleep(120)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


EXCLUSIVE = "c.execute('PRAGMA locking_mode=EXCLUSIVE'); c.execute('UPDATE app_meta SET value = value')"
PENDING_WRITE = "c.execute('BEGIN IMMEDIATE'); c.execute('UPDATE app_meta SET value = value')"


@pytest.mark.parametrize("script", [EXCLUSIVE, PENDING_WRITE], ids=["locking_mode=EXCLUSIVE", "pending write"])
def test_busy_names_the_program_and_is_not_called_damaged(capsys, db_path, reap, script):
    with reap(hold(db_path, script)) as child:
        before = digest(db_path)
        report = recovery.check_database(db_path)
        assert report.condition == recovery.BUSY and recovery.DAMAGED not in report.conditions
        if Path("/proc/locks").exists():
            assert [h.pid for h in report.holders] == [child.pid] and "hold-lock" in report.holders[0].command
        code, _, err = run(capsys, "db", "check")
        assert code == store_check.EXIT_CODES["busy"] == 3
        assert "busy" in err and "close it" in err and "restore" not in err and "Traceback" not in err
        if Path("/proc/locks").exists():
            assert f"process {child.pid}" in err
        assert digest(db_path) == before


def test_a_reader_is_not_busy(capsys, db_path, reap):
    """Another process reading (a ChipLens window between two saves, or one in a read transaction) holds only
    shared locks: the store is not busy."""
    with reap(hold(db_path, "c.execute('BEGIN'); c.execute('SELECT count(*) FROM note').fetchall()")):
        assert recovery.check_database(db_path).ok
        assert run(capsys, "db", "check")[0] == 0


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="the holder is named where the OS tells (Linux)")
def test_start_up_on_a_busy_store_says_busy_and_who(db_path, reap):
    with reap(hold(db_path, EXCLUSIVE)) as child:
        with pytest.raises(LockedDatabaseError) as err:  # after the 5 s busy timeout: a busy store is never damage
            api.open_store(db_path)
        assert f"process {child.pid}" in err.value.message and err.value.holders[0].pid == child.pid


@contextlib.contextmanager
def read_only(path: Path):
    """Make `path` unwritable even for root (who ignores permissions): chmod, else chattr +i; skip if neither."""
    mode = path.stat().st_mode
    os.chmod(path, 0o555 if path.is_dir() else 0o444)
    immutable = False
    try:
        if os.access(path, os.W_OK):
            immutable = subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0
            if not immutable or os.access(path, os.W_OK):
                pytest.skip("cannot make a file read-only here (root, and no chattr)")
        yield path
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        os.chmod(path, mode)


def test_read_only_folder_is_read_only_not_damaged(capsys, db_path):
    before = digest(db_path)
    with read_only(db_path.parent):
        report = recovery.check_database(db_path)
        assert report.conditions == (recovery.READ_ONLY,), report  # and otherwise healthy: it was read through
        assert report.revision == api.store.HEAD
        code, _, err = run(capsys, "db", "check")
        assert code == store_check.EXIT_CODES["read_only"] == 4
        assert "read-only" in err and "--data-dir" in err and "restore" not in err
    assert digest(db_path) == before


def make_hot_journal(db: Path) -> None:
    """Kill a process mid-transaction in journal_mode=DELETE: the -journal it leaves is hot."""
    with contextlib.closing(sqlite3.connect(db)) as c:
        c.execute("PRAGMA journal_mode=DELETE")
    child = hold(db, "c.execute('PRAGMA cache_size=1'); c.execute('BEGIN')\n"
                     "c.execute('UPDATE note SET body = body || ?', ('x' * 4000,))\n"
                     "c.execute('UPDATE app_meta SET value = value || ?', ('y' * 4000,))")
    child.kill()
    child.wait()
    child.stdout.close()
    assert integrity.hot_journal(db) is not None


def test_hot_journal_is_reported_not_rolled_back(capsys, db_path):
    for i in range(20):  # rows for the crashed transaction to spill to the file
        api.create_note(db_path, f"note {i}", "body " * 200)
    make_hot_journal(db_path)
    journal = db_path.with_name(db_path.name + "-journal")
    before, journal_before = digest(db_path), digest(journal)
    report = recovery.check_database(db_path)
    assert report.condition == recovery.HOT_JOURNAL and report.journal == journal
    assert recovery.READ_ONLY not in report.conditions and recovery.DAMAGED not in report.conditions
    code, _, err = run(capsys, "db", "check")
    assert code == store_check.EXIT_CODES["hot_journal"] == 5
    assert str(journal) in err and "rolls that transaction back" in err and "read-only" not in err
    assert digest(db_path) == before and digest(journal) == journal_before  # check changed nothing
    # opening with write access rolls it back, as the advice says: then the store is whole
    assert run(capsys, "list", "pairings")[0] == 0
    assert not journal.exists() and recovery.check_database(db_path).ok


def test_a_hot_journal_beside_an_unwritable_file_is_not_called_read_only(db_path):
    for i in range(20):
        api.create_note(db_path, f"note {i}", "body " * 200)
    make_hot_journal(db_path)
    with read_only(db_path):
        with pytest.raises(HotJournalError) as err:
            api.open_store(db_path)
        assert "-journal" in err.value.message
        report = recovery.check_database(db_path)
        assert report.conditions == (recovery.HOT_JOURNAL, recovery.READ_ONLY)


def test_newer_schema_says_upgrade(capsys, db_path):
    with contextlib.closing(sqlite3.connect(db_path)) as c, c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    before = digest(db_path)
    report = recovery.check_database(db_path)
    assert report.conditions == (recovery.NEWER_SCHEMA,) and report.revision == "9999"
    code, _, err = run(capsys, "db", "check")
    assert code == store_check.EXIT_CODES["newer_schema"] == 6 and "Upgrade ChipLens" in err and "9999" in err
    assert "restore" not in err and digest(db_path) == before


def test_damaged_names_restore_salvage_and_fresh(capsys, db_path):
    with open(db_path, "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\x5a" * 4096 * 30)
    before = digest(db_path)
    report = recovery.check_database(db_path)
    assert report.condition == recovery.DAMAGED and report.problems
    code, _, err = run(capsys, "db", "check")
    assert code == store_check.EXIT_CODES["damaged"] == 1
    assert all(way in err for way in ("db restore LATEST", "db salvage", "db fresh"))
    assert digest(db_path) == before
    with pytest.raises(CorruptDatabaseError) as start:
        api.open_store(db_path)
    assert "db salvage" in start.value.message


def test_missing_and_healthy(capsys, data_dir, db_path):
    assert run(capsys, "db", "check")[0] == 0
    db_path.unlink()
    code, _, err = run(capsys, "db", "check")
    assert code == store_check.EXIT_CODES["missing"] and "no database file yet" in err


def test_exit_codes_are_distinct_and_in_the_help_and_the_readme(capsys):
    codes = {c: n for c, n in store_check.EXIT_CODES.items() if c != "not_chiplens"}  # a kind of damage
    assert len(set(codes.values())) == len(codes) and 0 not in codes.values() and 2 not in codes.values()
    with pytest.raises(SystemExit):
        main(["db", "check", "--help"])
    out = capsys.readouterr().out
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for condition, n in codes.items():
        line = f"  {n}  {store_check.HELP_NAMES[condition if condition != 'not_chiplens' else 'damaged']}"
        assert line in out
        assert f"| {n} |" in readme, f"exit code {n} ({condition}) is not in the README's db section"


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="the holder is named where the OS tells (Linux)")
def test_a_chiplens_window_holding_the_lock_is_named_so(capsys, db_path, reap):
    with reap(hold(db_path, EXCLUSIVE)) as child:
        (db_path.parent / "chiplens.lock").write_text(f"{child.pid}\nchiplens\nhost\n", encoding="utf-8")
        code, _, err = run(capsys, "db", "check")
        assert code == 3 and f"a ChipLens window, process {child.pid}" in err
