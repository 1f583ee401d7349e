"""The damaged-database dialog's third choice, "Recover what can be read": the salvage, its report dialog, then
merge into the latest backup or use the recovered database as it is; Back changes nothing."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from salvage_support import digest, make_store, zero_a_note_page

from db import api, backup, recovery
from desktop.dialogs.damaged_database_dialog import DamagedDatabaseDialog
from desktop.dialogs.salvage_report_dialog import SalvageReportDialog
from desktop.paths import Paths
from desktop.startup import store_opening


@pytest.fixture
def with_screen(monkeypatch):
    monkeypatch.setattr(store_opening, "_headless", lambda: False)


def moved_aside(db):
    return [p for p in db.parent.glob(db.name + ".damaged-*") if not p.name.endswith(("-wal", "-shm"))]


def script(monkeypatch, *answers):
    """Answer the dialogs in turn: the damaged-database dialog, then the report dialog; record what they showed."""
    seen: list = []
    queue = list(answers)

    def exec_(dialog) -> int:
        seen.append(dialog)
        button = getattr(dialog, queue.pop(0))
        assert button.isEnabled()
        button.click()
        return dialog.result()
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", exec_)
    monkeypatch.setattr(SalvageReportDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box) or 0)
    return seen


def test_recover_then_use_the_recovered_database(qtbot, db_path, monkeypatch, with_screen):
    made = make_store(db_path)
    backup.backup_before(db_path, "test")
    zero_a_note_page(db_path)
    damaged = digest(db_path)
    seen = script(monkeypatch, "salvage_button", "use_button")
    paths = Paths(db_path.parent)
    assert store_opening.open_store_interactively(paths, quiet=False) == paths
    first, report_dialog = seen[:2]
    assert "Recover what can be read" in first.salvage_button.text().replace("&", "")
    table = report_dialog.findChild(QLabel, "salvageTable").text()
    notes = api.list_notes(db_path)
    assert 0 < len(notes) < len(made.notes)
    assert f"<td align='right'>{len(notes)}</td><td align='right'>{len(made.notes) - len(notes)}</td>" in table
    assert "Your&nbsp;figures" in table
    assert report_dialog.merge_button.isEnabled() and report_dialog.merge_button.isDefault()  # notes were lost
    [moved] = moved_aside(db_path)
    assert digest(moved) == damaged and recovery.check_database(db_path).ok


def test_recover_then_merge_into_the_latest_backup(qtbot, db_path, monkeypatch, with_screen):
    made = make_store(db_path)
    backup.backup_before(db_path, "test")
    zero_a_note_page(db_path)
    seen = script(monkeypatch, "salvage_button", "merge_button")
    paths = Paths(db_path.parent)
    assert store_opening.open_store_interactively(paths, quiet=False) == paths
    box = seen[2]
    assert isinstance(box, QMessageBox) and "are back from the backup" in box.text()
    assert {n.uid for n in api.list_notes(db_path)} == set(made.notes)
    assert recovery.check_database(db_path).ok and moved_aside(db_path)


def test_back_changes_nothing_and_without_a_backup_merge_is_off(qtbot, db_path, monkeypatch, with_screen):
    make_store(db_path, notes=60)
    zero_a_note_page(db_path)
    damaged = digest(db_path)
    seen = script(monkeypatch, "salvage_button", "back_button", "quit_button")
    assert store_opening.open_store_interactively(Paths(db_path.parent), quiet=False) is None
    report_dialog = seen[1]
    assert not report_dialog.merge_button.isEnabled() and report_dialog.use_button.isDefault()
    assert "no backup to compare with" in report_dialog.findChild(QLabel, "salvageNotes").text()
    assert isinstance(seen[2], DamagedDatabaseDialog)  # back to the three choices
    assert digest(db_path) == damaged and not moved_aside(db_path)
