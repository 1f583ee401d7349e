"""The notes panel over 10,000 notes (real SQLite, real widgets, offscreen): a save reads its own row, not the
list; the list model holds a few pages however far it is scrolled; sorting, filters, selection and the keyboard
work over the paged list. Structure, not timings (benchmarks/notes_scale.py measures those)."""
from __future__ import annotations

import shutil
import threading
from contextlib import closing

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

import db.connect
from db import api, notes
from desktop.models.note_list_model import NOTE_ROLE, UID_ROLE
from desktop.store import Store
from desktop.views.notes.notes_panel import NotesPanel

COUNT = 10_000
TAGS = ("hbm", "supply", "policy")


@pytest.fixture(scope="module")
def many_notes(seeded_template, tmp_path_factory):
    """The seeded store plus COUNT notes (one transaction through db.notes, as create_note writes them):
    updated one minute apart, every third tagged, every seventh linked to the first bundled device."""
    path = tmp_path_factory.mktemp("many") / api.DB_FILENAME
    shutil.copy(seeded_template, path)
    with closing(db.connect.connect(path)) as conn:
        device = conn.execute("SELECT slug FROM device ORDER BY slug LIMIT 1").fetchone()[0]
        conn.isolation_level = None
        conn.execute("BEGIN")
        for i in range(COUNT):
            stamp = f"2026-{1 + i // 40000:02d}-{1 + (i // 1440) % 28:02d}T{(i // 60) % 24:02d}:{i % 60:02d}:00Z"
            tags = (TAGS[(i // 3) % 3],) if i % 3 == 0 else ()
            links = (("device", device),) if i % 7 == 0 else ()
            notes.insert_note(conn, f"Note {i:05d}", f"body {i}", tags, links, created=stamp, updated=stamp)
        conn.execute("COMMIT")
    return path, device


def open_panel(store_file, db_path, qtbot) -> NotesPanel:
    """The notes panel shown on a copy of `store_file`."""
    shutil.copy(store_file, db_path)
    panel = NotesPanel(Store(db_path), None, autosave_ms=100, retry_ms=300)
    qtbot.addWidget(panel)
    panel.resize(460, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def panel_on_many(many_notes, db_path, qtbot):
    path, device = many_notes
    return open_panel(path, db_path, qtbot), device


def shown_uids(panel) -> list[str]:
    start, held = panel.model.held()
    return [panel.model.index(r).data(UID_ROLE) for r in range(start, start + held)]


def test_a_save_reads_its_own_row_not_the_list(panel_on_many, qtbot, monkeypatch):
    panel, _device = panel_on_many
    assert panel.model.rowCount() == COUNT
    uid = panel.model.index(5).data(UID_ROLE)
    assert panel.open_note(uid)
    statements: list[str] = []
    steps = [0]
    real = db.connect.connect

    def traced(*args, **kwargs):
        conn = real(*args, **kwargs)
        if threading.current_thread() is threading.main_thread():  # the GUI thread's reads only
            conn.set_trace_callback(statements.append)
            conn.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1), 10)  # every 10 VM steps
        return conn

    monkeypatch.setattr(db.connect, "connect", traced)
    with qtbot.waitSignal(panel.note_saved, timeout=5000):
        panel.editor.insertPlainText("a new paragraph ")
    qtbot.waitUntil(lambda: not panel.own_change_timer.isActive() and not panel._saved_uids, timeout=5000)
    monkeypatch.setattr(db.connect, "connect", real)
    assert panel.model.index(0).data(UID_ROLE) == uid  # newest first: the saved note moved to the top
    assert panel.model.rowCount() == COUNT and panel.list_view.currentIndex().row() == 0
    reads = [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert any(f"n.uid = '{uid}'" in s for s in reads), reads  # its own row
    assert not any("LIMIT" in s or "count(" in s for s in reads), reads  # no page, no count: not the list
    assert steps[0] * 10 < COUNT, f"{steps[0] * 10} VM steps on the GUI thread after a save: the list was read"


def test_the_model_holds_a_few_pages_scrolled_to_the_end_and_back(panel_on_many, qtbot):
    panel, _device = panel_on_many
    model, view = panel.model, panel.list_view
    assert model.rowCount() == COUNT and model.held()[1] <= model.MAX_ROWS
    bar = view.verticalScrollBar()
    for value in (bar.maximum() // 3, bar.maximum(), bar.maximum() // 2, 0):
        bar.setValue(value)
        view.viewport().repaint()
        top = view.indexAt(view.viewport().rect().topLeft())
        assert top.isValid() and top.data(UID_ROLE) is not None  # the rows shown are read
        assert model.held()[1] <= model.MAX_ROWS
    for step in range(0, bar.maximum(), bar.pageStep() * 7):  # dragged down the whole list, page by page
        bar.setValue(step)
        view.viewport().repaint()
        assert model.held()[1] <= model.MAX_ROWS
    bar.setValue(bar.maximum())
    view.viewport().repaint()
    assert model.index(COUNT - 1).data(NOTE_ROLE).title == "Note 00000"  # the oldest, last
    bar.setValue(0)
    view.viewport().repaint()
    assert model.index(0).data(NOTE_ROLE).title == f"Note {COUNT - 1:05d}"


def test_sort_filters_and_keyboard_over_the_paged_list(panel_on_many, qtbot, db_path):
    panel, device = panel_on_many
    notes_list = panel.note_list
    notes_list.sort_box.setCurrentIndex(notes_list.sort_box.findData("title"))
    assert panel.model.rowCount() == COUNT
    assert [panel.model.index(r).data(NOTE_ROLE).title for r in range(3)] == ["Note 00000", "Note 00001", "Note 00002"]
    notes_list.tag_filter.setCurrentIndex(notes_list.tag_filter.findData("supply"))
    expected = len(range(3, COUNT, 9))  # i % 3 == 0 and (i // 3) % 3 == 1
    assert panel.model.rowCount() == expected
    assert all("supply" in panel.model.index(r).data(NOTE_ROLE).tags for r in range(10))
    notes_list.tag_filter.setCurrentIndex(0)
    notes_list.device_filter.setCurrentIndex(notes_list.device_filter.findData(device))
    assert panel.model.rowCount() == len(range(0, COUNT, 7))
    notes_list.device_filter.setCurrentIndex(0)
    notes_list.sort_box.setCurrentIndex(notes_list.sort_box.findData("updated"))
    view = panel.list_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home)  # the first row made current opens it
    assert panel.current_uid() == panel.model.index(0).data(UID_ROLE)
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert panel.current_uid() == panel.model.index(1).data(UID_ROLE)
    QTest.keyClick(view, Qt.Key.Key_End)  # the last note: read on the way, the window moved there
    assert view.currentIndex().row() == COUNT - 1
    assert panel.current_uid() == panel.model.index(COUNT - 1).data(UID_ROLE)
    assert panel.model.index(COUNT - 1).data(NOTE_ROLE).title == "Note 00000"
    assert panel.model.held()[1] <= panel.model.MAX_ROWS
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert panel.current_uid() == panel.model.index(COUNT - 2).data(UID_ROLE)
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert panel.current_uid() == panel.model.index(0).data(UID_ROLE)
    assert panel.model.held()[1] <= panel.model.MAX_ROWS


def test_a_save_far_down_the_list_moves_its_row_to_the_top(panel_on_many, qtbot):
    panel, _device = panel_on_many
    view, bar = panel.list_view, panel.list_view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    view.viewport().repaint()
    row = view.indexAt(view.viewport().rect().center()).row()
    uid = panel.model.index(row).data(UID_ROLE)
    assert panel.open_note(uid) and panel.model.held()[0] > 0  # the window starts far below the top
    with qtbot.waitSignal(panel.note_saved, timeout=5000):
        panel.editor.insertPlainText("edited ")
    qtbot.waitUntil(lambda: not panel.own_change_timer.isActive() and not panel._saved_uids, timeout=5000)
    assert panel.model.rowCount() == COUNT
    bar.setValue(0)
    view.viewport().repaint()
    assert panel.model.index(0).data(UID_ROLE) == uid
    assert shown_uids(panel).count(uid) == 1 and len(set(shown_uids(panel))) == len(shown_uids(panel))


def test_new_tags_reach_the_filter_after_a_save(panel_on_many, qtbot):
    panel, _device = panel_on_many
    uid = panel.model.index(0).data(UID_ROLE)
    assert panel.open_note(uid)
    panel.tag_edit.setText("brand-new-tag")
    panel.tag_edit.editingFinished.emit()
    with qtbot.waitSignal(panel.note_saved, timeout=5000):
        panel.editor.insertPlainText("x")
    qtbot.waitUntil(lambda: panel.note_list.tag_filter.findData("brand-new-tag") >= 0, timeout=5000)
    assert panel.model.index(0).data(NOTE_ROLE).tags == ("brand-new-tag",)


def test_the_paged_model_passes_the_model_tester(panel_on_many, qtmodeltester):
    panel, _device = panel_on_many
    qtmodeltester.check(panel.model)
    panel.model.ensure(COUNT - 5, COUNT - 1)
    qtmodeltester.check(panel.model)


def test_showing_and_saving_never_walk_every_row(many_notes, db_path, qtbot, monkeypatch):
    """The view lays out no row it does not show: the model is asked its row count a few times, not per row."""
    from desktop.models.note_list_model import NoteListModel
    calls = [0]
    real = NoteListModel.rowCount

    def counted(self, *args):
        calls[0] += 1
        return real(self, *args)

    monkeypatch.setattr(NoteListModel, "rowCount", counted)
    panel = open_panel(many_notes[0], db_path, qtbot)
    assert panel.open_note(panel.model.index(7).data(UID_ROLE))
    with qtbot.waitSignal(panel.note_saved, timeout=5000):
        panel.editor.insertPlainText("moved ")
    qtbot.waitUntil(lambda: not panel.own_change_timer.isActive() and not panel._saved_uids, timeout=5000)
    panel.list_view.viewport().repaint()
    assert calls[0] > 0 and calls[0] < COUNT // 10, calls[0]
