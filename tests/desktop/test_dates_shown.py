"""Dates in the window read one way (desktop.present.dates): ISO '2026-12-04 18:15', never '4 12 2026 18:15'."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox

from db import api, backup
from desktop.dialogs.backups_dialog import BackupsDialog
from desktop.models.note_list_model import META_ROLE
from desktop.store import Store
from desktop.views.notes.notes_panel import NotesPanel

ISO_MINUTE = re.compile(r"\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}\b")
NUMERIC_DAY = re.compile(r"\b\d{1,2}[ ./-]\d{1,2}[ ./-]\d{2,4}\b")  # 4 12 2026, 12/4/26, 4.12.2026


def ambiguous(text: str) -> bool:
    """A day written as numbers in an order other than ISO's year-month-day."""
    return bool(NUMERIC_DAY.search(re.sub(r"\d{4}-\d{2}-\d{2}", "", text)))


def test_the_backups_dialog_shows_iso_dates(qtbot, db_path, monkeypatch):
    made = backup.backup_database(db_path, db_path.parent / "backups", "manual")
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.proxy.index(0, 0).data()
    assert ISO_MINUTE.fullmatch(shown) and not ambiguous(shown)
    info = next(b for b in backup.list_backups(db_path.parent / "backups") if b.path == made)
    assert shown == info.created.strftime("%Y-%m-%d %H:%M")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a: asked.append(text)
                        or QMessageBox.StandardButton.Cancel)
    assert not dialog.confirm_restore(info)
    assert shown in asked[0] and not ambiguous(asked[0])


def test_the_notes_list_and_the_save_line_show_iso_dates(qtbot, db_path):
    api.create_note(db_path, "Dated", "a note")
    panel = NotesPanel(Store(db_path), None, autosave_ms=60_000)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    shown = panel.list_view.model()
    metas = [shown.index(r, 0).data(META_ROLE) for r in range(shown.rowCount())]
    assert ambiguous("backed up on 4 12 2026 18:15") and ambiguous("12/4/26")  # what the check catches
    assert metas and all(ISO_MINUTE.match(m) and not ambiguous(m) for m in metas)
    uid = panel.new_note("Saved line")
    panel.editor.setPlainText("typed")
    assert panel.flush() and uid
    status = panel.status_label.text()
    assert ISO_MINUTE.search(status) and not ambiguous(status)
