"""`chiplens db check | backup | backups | restore | fresh`, and what the other commands say about a damaged file."""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from db import api
from desktop.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def moved_aside(db: Path) -> list[Path]:
    return [p for p in db.parent.glob(db.name + ".damaged-*") if not p.name.endswith(("-wal", "-shm"))]


def damage(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\x5a" * 4096 * 30)


def test_check_a_healthy_database(capsys, data_dir):
    code, out, err = run(capsys, "db", "check")
    assert code == 0 and out.startswith("ok: ") and "schema" in out and not err


def test_check_a_damaged_database_names_it_and_the_way_out(capsys, db_path):
    damage(db_path)
    before = digest(db_path)
    code, out, err = run(capsys, "db", "check")
    assert code == 1 and str(db_path) in err and "db restore LATEST" in err and "db fresh" in err
    assert "Traceback" not in err and digest(db_path) == before


def test_other_commands_on_a_damaged_database_exit_1_with_advice_and_touch_nothing(capsys, db_path):
    damage(db_path)
    before = digest(db_path)
    code, out, err = run(capsys, "list")
    assert code == 1 and "damaged" in err and "db restore LATEST" in err and str(db_path) in err
    assert digest(db_path) == before and not list(db_path.parent.glob("*damaged*"))


def test_backup_backups_and_restore_latest(capsys, db_path):
    uid, _ = api.create_note(db_path, "Kept", "in the backup")
    code, out, err = run(capsys, "db", "backup")
    made = Path(out.strip())
    assert code == 0 and made.exists() and made.parent == db_path.parent / "backups"
    code, out, _ = run(capsys, "db", "backups", "--format", "json")
    listed = json.loads(out)
    assert code == 0 and [b["file"] for b in listed] == [str(made)] and listed[0]["reason"] == "manual"
    api.save_note(db_path, uid, "Kept", "changed after the backup")
    code, out, err = run(capsys, "db", "restore", "LATEST")
    assert code == 0, err
    assert api.get_note(db_path, uid).body == "in the backup"
    safety = next(Path(line.split(" in ", 1)[1]) for line in out.splitlines() if "backed up in" in line)
    with sqlite3.connect(f"file:{safety}?mode=ro", uri=True) as c:
        assert c.execute("SELECT body FROM note WHERE uid = ?", (uid,)).fetchone() == ("changed after the backup",)
    c.close()


def test_restore_latest_over_a_damaged_database_keeps_the_damaged_file(capsys, db_path):
    run(capsys, "db", "backup")
    damage(db_path)
    before = digest(db_path)
    code, out, err = run(capsys, "db", "restore", "LATEST")
    assert code == 0, err
    [moved] = moved_aside(db_path)
    assert digest(moved) == before and f"moved aside (kept) to {moved}" in out
    assert run(capsys, "db", "check")[0] == 0


def test_fresh_moves_the_database_aside(capsys, db_path):
    damage(db_path)
    before = digest(db_path)
    code, out, err = run(capsys, "db", "fresh")
    assert code == 0, err
    [moved] = moved_aside(db_path)
    assert digest(moved) == before
    assert run(capsys, "db", "check")[0] == 0 and run(capsys, "list", "pairings")[0] == 0


def test_restore_of_a_bad_file_is_refused(capsys, db_path, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"junk" * 1000)
    before = digest(db_path)
    code, out, err = run(capsys, "db", "restore", str(bad))
    assert code == 1 and "damaged" in err and digest(db_path) == before


def test_restore_latest_without_backups(capsys, db_path):
    code, _, err = run(capsys, "db", "restore", "LATEST")
    assert code == 1 and "no usable backup" in err


def test_backup_to_a_file_and_never_over_an_existing_one(capsys, db_path, tmp_path):
    target = tmp_path / "copy.sqlite"
    code, out, _ = run(capsys, "db", "backup", "-o", str(target))
    assert code == 0 and Path(out.strip()) == target
    with sqlite3.connect(target) as c:
        assert c.execute("PRAGMA quick_check").fetchone() == ("ok",)
    c.close()
    before = digest(target)
    code, _, err = run(capsys, "db", "backup", "-o", str(target))
    assert code == 1 and "exists already" in err and digest(target) == before


def test_backup_of_a_damaged_database_is_refused(capsys, db_path):
    damage(db_path)
    code, _, err = run(capsys, "db", "backup")
    assert code == 1 and "not backed up" in err
    assert not (db_path.parent / "backups").exists() or not list((db_path.parent / "backups").iterdir())


def test_restore_is_refused_while_a_window_holds_the_folder(capsys, db_path):
    run(capsys, "db", "backup")
    holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (db_path.parent / "chiplens.lock").write_text(f"{holder.pid}\nchiplens\nhost\n")
        before = digest(db_path)
        code, _, err = run(capsys, "db", "restore", "LATEST")
        assert code == 1 and "is running" in err and str(holder.pid) in err
        assert digest(db_path) == before
    finally:
        holder.kill()
        holder.wait()
    code, _, err = run(capsys, "db", "restore", "LATEST")  # a stale lock (dead process) is no obstacle
    assert code == 0, err


def test_newer_schema_is_refused_untouched(capsys, db_path):
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    c.close()
    before = digest(db_path)
    code, _, err = run(capsys, "list")
    assert code == 1 and "newer version of ChipLens" in err
    code, _, err = run(capsys, "db", "check")
    assert code == 6 and "newer ChipLens" in err
    assert digest(db_path) == before


def test_data_folder_created_by_a_command_is_owner_only(capsys, tmp_path):
    folder = tmp_path / "fresh-folder"
    code, _, _ = run(capsys, "--data-dir", str(folder), "list", "pairings")
    assert code == 0 and (os.stat(folder).st_mode & 0o777) == 0o700
