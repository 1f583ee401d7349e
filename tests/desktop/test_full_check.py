"""The full check after the first paint: a damaged store found then gets the damaged-database dialog over the
window; restoring puts the backup in place and the window shows it; quitting leaves the file as it was."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from db import api, backup, integrity
from desktop.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from desktop.startup.full_check import FullCheck

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "db"))
from test_deferred_check import damage_a_note_page, digest, with_notes  # noqa: E402


def choose(choice: str, seen: list):
    def exec_(dialog: DamagedDatabaseDialog) -> int:
        seen.append(dialog)
        {"restore": dialog.restore_button, "quit": dialog.quit_button}[choice].click()
        return dialog.result()
    return exec_


@pytest.fixture
def with_screen(monkeypatch):
    """Behave as on a desktop (the offscreen platform otherwise means: no one to ask)."""
    from desktop.startup import store_opening
    monkeypatch.setattr(store_opening, "_headless", lambda: False)


@pytest.fixture
def damaged_window(db_path, make_window, with_screen):
    backup.backup_before(db_path, "test")  # the notes below are not in it
    with_notes(db_path, 60)
    damage_a_note_page(db_path)
    api.open_store(db_path, check_later=True)  # as a window start does: the damage is not seen yet
    return make_window(db_path, ("910c", "h100"))


def test_damage_found_after_the_first_paint_offers_the_backup_and_the_window_shows_it(qtbot, damaged_window, db_path,
                                                                                      monkeypatch):
    seen: list = []
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", choose("restore", seen))
    check = FullCheck(damaged_window)
    changes: list = []
    damaged_window.store.changed.connect(lambda change, _initiator: changes.append(change))
    with qtbot.waitSignal(check.passed, timeout=20_000):  # damaged, restored, then the restored file passes
        check.start()
    dialog = seen[0]
    assert not dialog.other_button.isVisible() and dialog.restore_button.isEnabled()
    assert [p for p in db_path.parent.glob(db_path.name + ".damaged-*") if not p.name.endswith(("-wal", "-shm"))]
    assert changes and "note" in changes[-1].kinds and "seed" in changes[-1].kinds
    assert api.list_notes(db_path) == [] and not integrity.check_pending(db_path)
    damaged_window.store.create_note("Written after the restore")
    assert damaged_window.comparison is not None and damaged_window.isVisible()
    assert "Backup restored" in damaged_window.statusBar().currentMessage()
    check.finish()


def test_quitting_leaves_the_damaged_file_as_it_was(qtbot, damaged_window, db_path, monkeypatch):
    before = digest(db_path)
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", choose("quit", []))
    check = FullCheck(damaged_window)
    with qtbot.waitSignal(check.damaged, timeout=20_000):
        check.start()
    qtbot.waitUntil(lambda: not damaged_window.isVisible())
    check.finish()
    assert digest(db_path) == before and integrity.check_pending(db_path)


def test_a_healthy_store_passes_and_is_written_at_once(qtbot, window, db_path):
    api.open_store(db_path, check_later=True)
    check = FullCheck(window)
    with qtbot.waitSignal(check.passed, timeout=20_000):
        check.start()
    assert not integrity.check_pending(db_path)
    check.finish()


def test_a_window_start_on_a_store_damaged_where_the_start_does_not_read_ends_untouched(tmp_path, db_path):
    """The whole start, as a user runs it: the window paints, the check after it finds the damage, and with no
    one to ask (offscreen) the app says so and exits 1; the file is not written."""
    import subprocess
    with_notes(db_path, 60)
    damage_a_note_page(db_path)
    before = digest(db_path)
    done = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(db_path.parent)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "The database file is damaged" in done.stderr and "Traceback" not in done.stderr
    assert digest(db_path) == before
