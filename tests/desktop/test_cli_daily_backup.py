"""The first command of the day that writes to the store makes the day's backup; reads make none; the
user's retention policy (settings.ini) prunes as in the window; a note's versions are in the backups."""
from __future__ import annotations

import contextlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from tests_support import tiny_disk

from db import api
from db.api.backups import list_backups
from desktop.app import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def dailies(db: Path) -> list[Path]:
    return [b.path for b in list_backups(db.parent / "backups") if b.daily]


def test_reads_make_no_backup(capsys, db_path, tmp_path):
    api.create_note(db_path, "Already there", "body")
    for argv in (["list"], ["compare", "910c", "h100"], ["notes", "list"], ["notes", "search", "there"],
                 ["events"], ["sources"], ["notes", "export", "-o", str(tmp_path / "out")],
                 ["export", "data", "-o", str(tmp_path / "pack.json")]):
        code, _, err = run(capsys, *argv)
        assert code == 0, (argv, err)
    assert dailies(db_path) == []


def test_the_first_write_of_the_day_makes_the_day_backup_holding_it(capsys, db_path):
    code, out, _ = run(capsys, "notes", "add", "--title", "Written from the shell")
    assert code == 0
    made = dailies(db_path)
    assert len(made) == 1
    with contextlib.closing(sqlite3.connect(made[0])) as c:
        assert c.execute("SELECT count(*) FROM note WHERE uid = ?", (out.strip(),)).fetchone()[0] == 1
    for n in range(3):  # later writes the same day: that one backup stays the day's (once a day)
        assert run(capsys, "notes", "add", "--title", f"more {n}")[0] == 0
    assert dailies(db_path) == made


def test_a_failed_write_makes_no_backup(capsys, db_path):
    code, _, _ = run(capsys, "notes", "add", "--title", "x", "--link", "device:no-such-device")
    assert code != 0 and dailies(db_path) == []


def test_the_retention_policy_of_the_settings_file_prunes(capsys, db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    old_days = [datetime.now() - timedelta(days=d) for d in (1, 2, 3)]
    for day in old_days:
        shutil.copy(db_path, folder / f"chiplens-daily-{day:%Y%m%d}-120000.sqlite")
    (db_path.parent / "settings.ini").write_text("[backup]\ndaily=2\nweekly=0\nmonthly=0\n", encoding="utf-8")
    assert run(capsys, "notes", "add", "--title", "pruned by my policy")[0] == 0
    kept = dailies(db_path)
    assert len(kept) == 2 and kept[1].name == f"chiplens-daily-{old_days[0]:%Y%m%d}-120000.sqlite"


def test_a_backup_that_cannot_be_made_is_a_warning_not_a_failed_command(capsys, db_path):
    with tiny_disk(db_path.parent / "backups") as folder:
        code, out, err = run(capsys, "notes", "add", "--title", "kept even on a full disk")
        assert code == 0 and out.strip() and "backup could not be made" in err and "no space left" in err
        assert "Traceback" not in err and list(folder.iterdir()) == []
    assert [n.title for n in api.Library(db_path).notes.list()] == ["kept even on a full disk"]


def test_a_note_versions_are_in_the_backups(db_path):
    lib = api.Library(db_path)
    uid, _ = lib.notes.create("Draft", "first words")
    for text in ("second words", "third words"):
        lib.notes.save(uid, "Draft", text, checkpoint=True)  # each keeps the previous text as a version
    versions = [v.body for v in lib.notes.versions(uid)]
    assert versions == ["second words", "first words"]
    for made in (lib.backups.make("manual"), lib.backups.daily(api.backups.RetentionPolicy())):
        with contextlib.closing(sqlite3.connect(made)) as c:
            kept = [r[0] for r in c.execute("SELECT v.body FROM note_version v JOIN note n ON n.id = v.note_id "
                                            "WHERE n.uid = ? ORDER BY v.id DESC", (uid,))]
        assert kept == versions
