"""The autosave's two timers in the notes editor, with their real intervals, on a real store: a save about a
second after a pause, and, while the text keeps changing, a save at least every 3 s (the ceiling), so that
continuous typing is never left unsaved for long."""
from __future__ import annotations

import pytest
from PySide6.QtTest import QTest

from db import api
from desktop.store import Store
from desktop.views.notes.notes_panel import NotesPanel


@pytest.fixture
def panel(qtbot, db_path):
    panel = NotesPanel(Store(db_path), None)  # the app's own intervals: 1 s after a pause, 3 s ceiling
    qtbot.addWidget(panel)
    panel.resize(460, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _open_new(panel, qtbot) -> str:
    uid = panel.new_note("Typing")
    panel.editor.setFocus()
    qtbot.waitUntil(lambda: not panel.has_unsaved_changes(), timeout=5000)
    return uid


def test_continuous_typing_is_saved_while_it_goes_on(panel, qtbot, db_path):
    uid = _open_new(panel, qtbot)
    stored_during_typing = []
    panel.note_saved.connect(lambda u: stored_during_typing.append(api.get_note(db_path, u).body))
    typed = ""
    for i in range(35):  # a key every 200 ms for 7 s: never a one-second pause
        char = "abcdefghij"[i % 10]
        QTest.keyClicks(panel.editor, char)
        typed += char
        qtbot.wait(200)
    assert len(stored_during_typing) >= 2, "the 3 s ceiling saved nothing while the typing went on"
    for body in stored_during_typing:
        assert typed.startswith(body) and body  # each save holds what had been typed by then
    assert len(set(stored_during_typing)) == len(stored_during_typing)  # each save brought new text
    assert panel.flush()
    assert api.get_note(db_path, uid).body == typed


def test_a_pause_saves_about_a_second_later_and_only_once(panel, qtbot, db_path):
    uid = _open_new(panel, qtbot)
    saves = []
    panel.note_saved.connect(saves.append)
    QTest.keyClicks(panel.editor, "a short thought")
    assert api.get_note(db_path, uid).body == ""  # not written on the keystroke itself
    assert panel.note_editor.save_timer.isActive() and panel.note_editor.ceiling_timer.isActive()
    qtbot.waitUntil(lambda: bool(saves), timeout=5000)
    assert api.get_note(db_path, uid).body == "a short thought"
    editor = panel.note_editor
    assert not editor.save_timer.isActive() and not editor.ceiling_timer.isActive()  # both stop on a save
    qtbot.wait(3500)  # past the ceiling: nothing changed, nothing more is written
    assert saves == [uid]


def test_the_ceiling_is_not_restarted_by_later_edits(panel, qtbot):
    _open_new(panel, qtbot)
    editor = panel.note_editor
    QTest.keyClicks(editor.editor, "x")
    assert editor.ceiling_timer.isActive()
    first_deadline = editor.ceiling_timer.remainingTime()
    qtbot.wait(300)
    QTest.keyClicks(editor.editor, "y")
    assert editor.ceiling_timer.remainingTime() < first_deadline  # still counting from the first edit
    assert editor.save_timer.remainingTime() > editor.save_timer.interval() - 300  # the pause timer restarted


def test_opening_another_note_saves_and_stops_both_timers(panel, qtbot, db_path):
    first = _open_new(panel, qtbot)
    QTest.keyClicks(panel.editor, "typed then switched")
    second, _ = api.create_note(db_path, "Other")
    panel.refresh()
    assert panel.open_note(second)
    editor = panel.note_editor
    assert not editor.save_timer.isActive() and not editor.ceiling_timer.isActive()
    qtbot.waitUntil(lambda: not panel.autosaver.has_unsaved(), timeout=5000)
    assert api.get_note(db_path, first).body == "typed then switched"
