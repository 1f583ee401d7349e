"""`chiplens db salvage [--merge]`: the report in the user's terms, the damaged file kept, and the exit codes
(0 nothing of yours lost or nothing to do, 3 rows known lost, 1 nothing salvaged)."""
from __future__ import annotations

import subprocess
import sys

from salvage_support import add_notes, digest, make_store, zero_a_note_page

from db import api, backup, recovery
from desktop.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def moved_aside(db):
    return [p for p in db.parent.glob(db.name + ".damaged-*") if not p.name.endswith(("-wal", "-shm"))]


def test_salvage_puts_the_recovered_store_in_place_and_exits_3_for_lost_notes(capsys, db_path):
    made = make_store(db_path)
    backup.backup_before(db_path, "test")
    zero_a_note_page(db_path)
    damaged = digest(db_path)
    code, out, err = run(capsys, "db", "salvage")
    assert code == 3, err
    notes = api.list_notes(db_path)
    lost = len(made.notes) - len(notes)
    assert lost > 0
    line = next(li for li in out.splitlines() if li.startswith("Notes"))
    assert line.split()[1:] == [str(len(notes)), str(lost), str(len(made.notes))]
    assert next(li for li in out.splitlines() if li.startswith("Your figures")).split()[2:4] == ["2", "0"]
    assert "latest good backup" in out and "moved aside (kept)" in out
    [moved] = moved_aside(db_path)
    assert digest(moved) == damaged
    code, out, _ = run(capsys, "db", "check")
    assert code == 0 and out.startswith("ok:")


def test_merge_exits_0_when_the_backup_brings_back_every_lost_note(capsys, db_path):
    made = make_store(db_path)
    backup.backup_before(db_path, "test")
    zero_a_note_page(db_path)
    code, out, err = run(capsys, "db", "salvage", "--merge")
    assert code == 0, err
    assert {n.uid for n in api.list_notes(db_path)} == set(made.notes)
    assert "are back from the backup; 0 were written after it" in out
    assert recovery.check_database(db_path).ok and list(db_path.parent.glob("chiplens-salvaged-*.sqlite"))


def test_merge_exits_3_when_notes_written_after_the_backup_are_lost(capsys, db_path):
    made = make_store(db_path, notes=10)
    backup.backup_before(db_path, "test")
    add_notes(db_path, made, 80, "Late")
    zero_a_note_page(db_path)
    code, out, err = run(capsys, "db", "salvage", "--merge")
    assert code == 3, err
    assert len(api.list_notes(db_path)) < len(made.notes)


def test_nothing_to_do_missing_no_backup_and_a_running_window(capsys, db_path, tmp_path):
    before = digest(db_path)
    code, out, _ = run(capsys, "db", "salvage")
    assert code == 0 and "healthy; nothing to salvage" in out and digest(db_path) == before
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "db", "salvage")
    assert code == 1 and "no database to salvage" in err
    make_store(db_path, notes=60)
    zero_a_note_page(db_path)
    damaged = digest(db_path)
    code, _, err = run(capsys, "db", "salvage", "--merge")
    assert code == 1 and "no good backup" in err and digest(db_path) == damaged
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (db_path.parent / "chiplens.lock").write_text(f"{holder.pid}\nchiplens\nhost\n")
        code, _, err = run(capsys, "db", "salvage")
        assert code == 1 and "is running" in err and digest(db_path) == damaged
    finally:
        holder.kill()
        holder.wait()
    assert not moved_aside(db_path) and not list(db_path.parent.glob("chiplens-salvaged-*"))
