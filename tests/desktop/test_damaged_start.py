"""Starting with a damaged database: the dialog names the file; restore or start fresh; the damaged file is kept."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from db import api, backup
from desktop.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from desktop.paths import Paths
from desktop.startup import store_opening


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def moved_aside(db: Path) -> list[Path]:
    return [p for p in db.parent.glob(db.name + ".damaged-*") if not p.name.endswith(("-wal", "-shm"))]


@pytest.fixture
def with_screen(monkeypatch):
    """Behave as on a desktop (the offscreen platform otherwise means: no one to ask)."""
    monkeypatch.setattr(store_opening, "_headless", lambda: False)


def click(choice: str, seen: list):
    def exec_(dialog: DamagedDatabaseDialog) -> int:
        seen.append(dialog)
        {"restore": dialog.restore_button, "fresh": dialog.fresh_button, "quit": dialog.quit_button}[choice].click()
        return dialog.result()
    return exec_


def damage(db: Path) -> None:
    with open(db, "r+b") as fh:
        fh.seek(4096)
        fh.write(b"\x00\xff" * 2048 * 40)


def test_restore_the_latest_backup(qtbot, db_path, monkeypatch, with_screen):
    uid, _ = api.create_note(db_path, "Months of work", "kept in the backup")
    backup.backup_before(db_path, "test")
    damage(db_path)
    damaged = digest(db_path)
    seen: list = []
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", click("restore", seen))
    paths = Paths(db_path.parent)
    assert store_opening.open_store_interactively(paths, quiet=False) == paths
    dialog = seen[0]
    label = dialog.findChild(QLabel, "damagedText")
    assert str(db_path) in label.text() and "not deleted" in label.text()
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()
    [moved] = moved_aside(db_path)
    assert digest(moved) == damaged
    assert api.get_note(db_path, uid).body == "kept in the backup"


def test_start_fresh_when_there_is_no_backup(qtbot, db_path, monkeypatch, with_screen):
    damage(db_path)
    damaged = digest(db_path)
    seen: list = []
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", click("fresh", seen))
    paths = Paths(db_path.parent)
    assert store_opening.open_store_interactively(paths, quiet=False) == paths
    assert not seen[0].restore_button.isEnabled() and seen[0].fresh_button.isDefault()
    [moved] = moved_aside(db_path)
    assert digest(moved) == damaged
    assert api.list_notes(db_path) == [] and api.list_devices(db_path)


def test_quit_leaves_the_file_untouched(qtbot, db_path, monkeypatch, with_screen):
    damage(db_path)
    damaged = digest(db_path)
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", click("quit", []))
    assert store_opening.open_store_interactively(Paths(db_path.parent), quiet=False) is None
    assert digest(db_path) == damaged and not moved_aside(db_path)


def test_the_window_start_with_a_damaged_file_and_no_screen_exits_1_untouched(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    db = folder / "chiplens.sqlite"
    db.write_bytes(b"")  # empty ...
    (folder / "backups").mkdir()  # ... although there were backups: data was lost, not a new store
    (folder / "backups" / "chiplens-daily-20260101-120000.sqlite").write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(folder), "--quit-when-ready"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "it is empty" in result.stderr and str(db) in result.stderr
    assert db.read_bytes() == b""


def test_a_locked_database_at_start_offers_retry(qtbot, db_path, monkeypatch, with_screen):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from db import connect as connection
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    with sqlite3.connect(db_path) as c:  # new seed data to write at start: the lock is in the way
        c.execute("UPDATE app_meta SET value = 'stale' WHERE key = 'seed_hash'")
    c.close()
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("UPDATE app_meta SET value = value WHERE key = 'seed_hash'")
    shown = []

    def exec_(box):
        shown.append((box.windowTitle(), box.text(), [b.text() for b in box.buttons()]))
        holder.rollback()  # the other program finishes
        next(b for b in box.buttons() if b.text() == "&Retry").click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        paths = Paths(db_path.parent)
        assert store_opening.open_store_interactively(paths, quiet=False) == paths
    finally:
        holder.close()
    title, text, buttons = shown[0]
    assert title == "The database is busy" and "Another program" in text and str(db_path) in text
    assert set(buttons) == {"&Retry", "&Open another folder…", "&Quit"}


def test_a_newer_database_offers_no_retry_and_stays_untouched(qtbot, db_path, monkeypatch, with_screen):
    import sqlite3

    from PySide6.QtWidgets import QMessageBox
    with sqlite3.connect(db_path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    c.close()
    before = digest(db_path)
    shown = []

    def exec_(box):
        shown.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "&Quit").click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert store_opening.open_store_interactively(Paths(db_path.parent), quiet=False) is None
    assert set(shown[0]) == {"&Open another folder…", "&Quit"} and digest(db_path) == before
