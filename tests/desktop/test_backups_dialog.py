"""File ▸ Backups…: list with date, size and reason; back up now; restore (current database backed up first)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from db import api, backup
from desktop.dialogs.backups_dialog import BackupsDialog, open_backups_dialog
from desktop.models.backup_list_model import BackupListModel, reason_text
from desktop.settings import AppSettings


def test_the_model_passes_the_model_tester(qtmodeltester, db_path):
    backup.backup_before(db_path, "import")
    backup.backup_database(db_path, db_path.parent / "backups", "daily")
    model = BackupListModel()
    model.set_backups(backup.list_backups(db_path.parent / "backups"))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole).path.exists()


def test_reasons_read_as_words():
    assert reason_text("daily") == "Daily (while working, on exit)"
    assert reason_text("schema-0002") == "Before updating the database from schema 0002"
    assert reason_text("before-restore") == "Before restoring a backup"


def test_the_dialog_lists_backups_newest_first(qtbot, db_path):
    older = backup.backup_before(db_path, "import")
    newer = backup.backup_database(db_path, db_path.parent / "backups", "daily")
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = [dialog.proxy.index(r, 3).data() for r in range(dialog.proxy.rowCount())]
    assert set(shown) == {older.name, newer.name} and dialog.selected_backup() is not None
    reasons = {dialog.proxy.index(r, 2).data() for r in range(dialog.proxy.rowCount())}
    assert reasons == {"Before an import", "Daily (while working, on exit)"}
    assert all(dialog.proxy.index(r, 1).data() for r in range(2))  # a size, formatted
    assert dialog.restore_button.isEnabled()


def test_empty_folder_says_so(qtbot, db_path):
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    assert not dialog.restore_button.isEnabled() and not dialog.folder_button.isEnabled()
    with qtbot.waitSignal(dialog.backed_up, timeout=10_000) as written:
        assert dialog.backup_now()  # written on a worker thread
        assert dialog.is_busy() and not dialog.backup_button.isEnabled()
        dialog.reject()  # closing while it runs is refused, with a word why
        assert dialog.isVisible() and "wait" in dialog.status.text()
    made = written.args[0]
    assert not dialog.is_busy() and dialog.backup_button.isEnabled()
    assert dialog.folder_button.isEnabled()
    assert made.exists() and dialog.table.isVisible() and dialog.selected_backup().path == made


def test_retention_policy_is_a_user_setting(qtbot, db_path, tmp_path):
    settings = AppSettings(tmp_path / "settings.ini", safe_mode=True)
    dialog = BackupsDialog(db_path, settings)
    qtbot.addWidget(dialog)
    dialog.spins["weekly"].setValue(9)
    assert settings.retention().weekly == 9
    settings.close()
    assert AppSettings(tmp_path / "settings.ini").retention().weekly == 9  # written even in safe mode


def test_restore_in_the_window_backs_up_first_and_reloads(qtbot, make_window, db_path, monkeypatch):
    window = make_window(db_path)
    window._open_notes()
    uid, _ = api.create_note(db_path, "Old", "as in the backup")
    made = backup.backup_before(db_path, "test")
    window.notes.refresh()
    window.store.save_pairing("After the backup", "h20", "h100-sxm", initiator=None)
    assert any(p.name == "After the backup" for p in window.pairings)
    flushed = []
    monkeypatch.setattr(window.notes, "flush", lambda *a, **k: flushed.append(True) or True)
    dialog = open_backups_dialog(window)
    qtbot.addWidget(dialog)
    assert dialog.select_backup(made)
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        assert dialog.restore_selected(confirm=False)
    assert flushed  # what was being typed was saved before the restore
    assert not any(p.name == "After the backup" for p in window.pairings)  # the window shows the backup's data
    assert api.get_note(db_path, uid).body == "as in the backup"
    [safety] = [b for b in backup.list_backups(db_path.parent / "backups") if b.reason == "before-restore"]
    assert "After the backup" in safety.path.read_bytes().decode("utf-8", "replace")
    assert "Restored" in dialog.status.text() and safety.path.name in dialog.status.text()


def test_a_bad_backup_is_not_restored_and_says_why(qtbot, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[1:3]))
    folder = db_path.parent / "backups"
    folder.mkdir()
    bad = folder / f"chiplens-daily-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    bad.write_bytes(b"garbage" * 100)
    before = db_path.read_bytes()
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        assert dialog.restore_selected(confirm=False)
    assert shown and "damaged" in shown[0][1] and db_path.read_bytes() == before
    assert not dialog.is_busy() and dialog.restore_button.isEnabled()


def test_the_file_menu_has_backups(make_window, db_path):
    window = make_window(db_path)
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Backups…" in texts
