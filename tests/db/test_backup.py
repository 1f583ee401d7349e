"""Backups: consistent copies of a live database, rotation by policy, restore that never loses the current data."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from db import api, backup, recovery
from db.backup import RetentionPolicy
from db.errors import CorruptDatabaseError, NewerSchemaError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dbs"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def note_bodies(path: Path) -> dict[str, str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as c:
        rows = dict(c.execute("SELECT uid, body FROM note"))
    c.close()
    return rows


def test_backup_before_is_a_consistent_copy_while_another_connection_writes(db_path):
    uid, _ = api.create_note(db_path, "Committed", "saved before the backup")
    writer = sqlite3.connect(db_path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE note SET body = 'uncommitted' WHERE uid = ?", (uid,))
    try:
        made = backup.backup_before(db_path, "import")
    finally:
        writer.rollback()
        writer.close()
    assert made.parent == db_path.parent / "backups" and made.name.startswith("chiplens-before-import-")
    with sqlite3.connect(made) as c:
        assert c.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert c.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    c.close()
    assert note_bodies(made)[uid] == "saved before the backup"
    [info] = backup.list_backups(made.parent)
    assert info.reason == "before-import" and info.size == made.stat().st_size
    assert not list(made.parent.glob(".*partial*"))


def test_backup_before_on_a_full_disk_raises_the_disk_full_message(db_path, monkeypatch):
    from db.errors import DiskFullError

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(backup, "copy_database", full)
    with pytest.raises(DiskFullError) as err:
        backup.backup_before(db_path, "import")
    assert "no space left" in err.value.message


def _fake(folder: Path, template: Path, reason: str, when: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"chiplens-{reason}-{when:%Y%m%d-%H%M%S}.sqlite"
    shutil.copy(template, target)
    return target


def test_rotation_keeps_the_newest_of_each_day_week_and_month(tmp_path, seeded_template):
    folder = tmp_path / "backups"
    start = datetime(2026, 1, 1, 18, 0)
    daily = [_fake(folder, seeded_template, "daily", start + timedelta(days=d)) for d in range(0, 120, 1)]
    extra_same_day = _fake(folder, seeded_template, "daily", start + timedelta(days=119, hours=-6))
    safety = _fake(folder, seeded_template, "schema-0002", start)  # safety backups are not rotated by the policy
    gone = backup.prune(folder, RetentionPolicy(daily=3, weekly=2, monthly=3))
    kept = {p.name for p in folder.glob("*.sqlite")}
    last = start + timedelta(days=119)  # 2026-04-30, a Thursday
    expected_daily = {last - timedelta(days=d) for d in range(3)}  # Apr 30, 29, 28
    # weeks: the newest of this ISO week (Apr 30) and of the week before (Sun Apr 26)
    expected_weekly = {last, datetime(2026, 4, 26, 18, 0)}
    # months: the newest of April, March, February
    expected_monthly = {last, datetime(2026, 3, 31, 18, 0), datetime(2026, 2, 28, 18, 0)}
    want = {f"chiplens-daily-{d:%Y%m%d-%H%M%S}.sqlite" for d in expected_daily | expected_weekly | expected_monthly}
    assert kept == want | {safety.name}
    assert extra_same_day in gone and len(gone) == len(daily) + 1 - len(want)


def test_policy_zero_keeps_no_daily_backup_but_safety_ones(tmp_path, seeded_template):
    folder = tmp_path / "backups"
    _fake(folder, seeded_template, "daily", datetime(2026, 3, 1))
    safety = _fake(folder, seeded_template, "before-import", datetime(2026, 3, 1))
    backup.prune(folder, RetentionPolicy(0, 0, 0))
    assert [p.name for p in folder.glob("*.sqlite")] == [safety.name]


def test_safety_backups_keep_the_newest_ten_and_never_touch_daily_ones(db_path):
    folder = db_path.parent / "backups"
    old_daily = _fake(folder, db_path, "daily", datetime(2020, 1, 1))
    made = [backup.backup_before(db_path, "import") for _ in range(backup.SAFETY_KEEP + 3)]
    safety = [b for b in backup.list_backups(folder) if not b.daily]
    assert len(safety) == backup.SAFETY_KEEP and made[-1] in {b.path for b in safety}
    assert old_daily.exists()


def test_daily_backup_once_a_day_and_never_of_a_damaged_database(db_path):
    policy = RetentionPolicy()
    first = backup.daily_backup(db_path, policy)
    assert first is not None and first.name.startswith("chiplens-daily-")
    assert backup.daily_backup(db_path, policy) is None  # one a day
    tomorrow = datetime.now() + timedelta(days=1)
    damaged = db_path.read_bytes()
    damaged = damaged[:8192] + b"\xde\xad\xbe\xef" * 2048 + damaged[16384:]  # overwrite the third and fourth page
    db_path.write_bytes(damaged)
    assert recovery.check_database(db_path).problems
    assert backup.daily_backup(db_path, policy, now=tomorrow) is None
    assert [b.path for b in backup.list_backups(db_path.parent / "backups")] == [first]


def test_restore_backs_up_the_current_database_first(db_path):
    kept_uid, _ = api.create_note(db_path, "In the backup", "old text")
    made = backup.backup_before(db_path, "test")
    api.save_note(db_path, kept_uid, "In the backup", "newer text")
    later_uid, _ = api.create_note(db_path, "Only in the current database", "typed after the backup")
    safety, moved = backup.restore_backup(db_path, made)
    assert moved is None and safety.name.startswith("chiplens-before-restore-")
    assert note_bodies(db_path) == {kept_uid: "old text"}
    assert note_bodies(safety) == {kept_uid: "newer text", later_uid: "typed after the backup"}
    # and back again: the restore is undone by restoring the safety backup
    backup.restore_backup(db_path, safety)
    api.open_store(db_path)
    assert note_bodies(db_path) == {kept_uid: "newer text", later_uid: "typed after the backup"}


def test_restore_over_a_damaged_database_moves_it_aside_byte_for_byte(db_path):
    uid, _ = api.create_note(db_path, "Safe", "in the backup")
    made = backup.backup_before(db_path, "test")
    db_path.write_bytes(b"scrambled by a disk error" * 4000)
    damaged = digest(db_path)
    safety, moved = backup.restore_backup(db_path, made)
    assert safety is None and moved.name.startswith("chiplens.sqlite.damaged-") and digest(moved) == damaged
    api.open_store(db_path)
    assert note_bodies(db_path) == {uid: "in the backup"}


@pytest.mark.parametrize("kind", ["garbage", "newer"])
def test_a_bad_backup_is_refused_and_the_current_database_untouched(db_path, tmp_path, kind):
    bad = tmp_path / "bad.sqlite"
    if kind == "garbage":
        bad.write_bytes(b"not a backup at all" * 100)
    else:
        shutil.copy(db_path, bad)
        with sqlite3.connect(bad) as c:
            c.execute("UPDATE alembic_version SET version_num = '9999'")
        c.close()
    before = digest(db_path)
    with pytest.raises(CorruptDatabaseError if kind == "garbage" else NewerSchemaError):
        backup.restore_backup(db_path, bad)
    assert digest(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_restoring_a_backup_of_an_older_schema_migrates_it(db_path):
    old = FIXTURES / "schema-0001.sqlite"
    safety, _ = backup.restore_backup(db_path, old)
    info = api.open_store(db_path)
    assert info.migrated_from == "0001" and safety.exists()
    assert any(p.name == "Analyst pairing: 910B vs H800" for p in api.list_pairings(db_path))


def test_latest_good_backup_skips_damaged_ones(db_path):
    good = backup.backup_before(db_path, "good")
    newer = _fake(db_path.parent / "backups", db_path, "daily", datetime.now() + timedelta(hours=1))
    newer.write_bytes(newer.read_bytes()[:10_000])  # truncated
    assert recovery.latest_good_backup(db_path).path == good


def test_importing_notes_backs_up_first(db_path, tmp_path):
    uid, _ = api.create_note(db_path, "Before", "the import")
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "new.md").write_text("# Imported\n\nfrom a file\n", encoding="utf-8")
    api.import_notes(db_path, folder)
    [made] = backup.list_backups(db_path.parent / "backups")
    assert made.reason == "before-notes-import" and set(note_bodies(made.path)) == {uid}
