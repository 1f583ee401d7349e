"""The app's exit paths for notes, in-process: the session manager's logout (commitDataRequest) saves the open
note without cancelling the logout, and a note the store refuses at exit is written to unsaved-notes-*.md in
the data folder, which the next start names."""
from __future__ import annotations

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from db import api
from db.errors import DiskFullError
from desktop.startup import shutdown


class SessionManagerStandIn:
    """QSessionManager cannot be made outside Qt (emitting the signal with None crashes PySide6)."""

    def __init__(self):
        self.cancelled = False

    def cancel(self):
        self.cancelled = True


@pytest.fixture
def window_with_note(make_window, db_path, qtbot):
    window = make_window(db_path)
    window._open_notes()
    qtbot.waitUntil(lambda: window.notes is not None)
    uid = window.notes.new_note("Logout")
    window.notes.editor.setFocus()
    return window, uid


@pytest.fixture
def guard(qapp, window_with_note):
    guard = shutdown.install(qapp, window_with_note[0], window_with_note[0].store.database.parent, tell=False)
    yield guard
    guard.uninstall()


def test_commit_data_request_saves_the_note_and_lets_the_logout_go_on(qapp, window_with_note, guard, db_path):
    window, uid = window_with_note
    assert qapp.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) >= 1
    QTest.keyClicks(window.notes.editor, "typed just before logout")
    assert api.get_note(db_path, uid).body == ""
    manager = SessionManagerStandIn()
    guard.commit_data(manager)
    assert api.get_note(db_path, uid).body == "typed just before logout"
    assert not manager.cancelled


def test_a_note_the_store_refuses_at_exit_goes_to_a_file_named_at_the_next_start(
        qapp, window_with_note, guard, db_path, monkeypatch, qtbot):
    window, uid = window_with_note
    QTest.keyClicks(window.notes.editor, "words the disk would not take ~~~~ fence")
    monkeypatch.setattr(api, "save_note", lambda *a, **k: (_ for _ in ()).throw(DiskFullError("No space left.")))
    assert not guard.save_pending("exit")
    files = shutdown.rescued_files(db_path.parent)
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    assert "words the disk would not take ~~~~ fence" in text and "~~~~~markdown" in text and "Logout" in text
    assert not guard.save_pending("exit") and len(shutdown.rescued_files(db_path.parent)) == 1  # not twice
    assert window.notes.autosaver.pending(uid) is not None  # still pending: a later save may yet succeed
    box = shutdown.tell_rescued(window, db_path.parent)
    qtbot.addWidget(box)
    assert str(files[0]) in box.text() and box.isVisible()
    box.close()
    monkeypatch.undo()
    assert window.notes.flush()


def test_the_signal_path_saves_then_ends_the_event_loop(qapp, window_with_note, guard, db_path, monkeypatch):
    import signal
    window, uid = window_with_note
    exits = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    QTest.keyClicks(window.notes.editor, "typed before SIGTERM")
    guard.end_on_signal(signal.SIGTERM)
    guard.end_on_signal(signal.SIGTERM)  # a second signal while leaving does nothing more
    assert api.get_note(db_path, uid).body == "typed before SIGTERM"
    assert exits == [0]
