"""NoteAutosaver: the single-writer worker that saves notes off the GUI thread, on a real store."""
from __future__ import annotations

import threading

import pytest

from db import api
from db.errors import LockedDatabaseError
from desktop.views.notes.note_autosaver import NoteAutosaver, SaveRequest

pytestmark = pytest.mark.usefixtures("collect_on_the_gui_thread")  # parentless autosavers


def test_saves_on_a_worker_thread_and_reports_on_the_gui_thread(qtbot, db_path, monkeypatch):
    uid, _ = api.create_note(db_path, "Worker")
    threads = []
    real = api.save_note
    monkeypatch.setattr(api, "save_note", lambda *a, **k: (threads.append(threading.current_thread()), real(*a, **k))[1])
    saver = NoteAutosaver(db_path)
    reported = []
    saver.saved.connect(lambda u, change: reported.append((u, threading.current_thread())))
    with qtbot.waitSignal(saver.saved, timeout=5000):
        saver.submit(SaveRequest(uid, "Worker", "from the worker"))
    assert threads and threads[0] is not threading.main_thread()
    assert reported == [(uid, threading.main_thread())]
    assert api.get_note(db_path, uid).body == "from the worker"


def test_only_the_newest_text_is_kept_and_nothing_is_lost(qtbot, db_path):
    uid, _ = api.create_note(db_path, "Burst")
    saver = NoteAutosaver(db_path)
    for i in range(20):
        saver.submit(SaveRequest(uid, "Burst", f"version {i}"))
    assert saver.pending(uid).body == "version 19"
    qtbot.waitUntil(lambda: not saver.has_unsaved(), timeout=10_000)
    assert api.get_note(db_path, uid).body == "version 19"


def test_flush_waits_for_the_running_save_and_writes_the_rest(db_path):
    a, _ = api.create_note(db_path, "A")
    b, _ = api.create_note(db_path, "B")
    saver = NoteAutosaver(db_path)
    saver.submit(SaveRequest(a, "A", "a text"))
    saver.submit(SaveRequest(b, "B", "b text"))
    assert saver.flush()
    assert (api.get_note(db_path, a).body, api.get_note(db_path, b).body) == ("a text", "b text")
    assert not saver.has_unsaved()


def test_a_locked_store_is_retried_until_it_takes_the_text(qtbot, db_path, monkeypatch):
    uid, _ = api.create_note(db_path, "Locked")
    real = api.save_note
    failures = {"left": 2}

    def locked(*args, **kwargs):
        if failures["left"]:
            failures["left"] -= 1
            raise LockedDatabaseError("Another program is writing to the database.")
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "save_note", locked)
    saver = NoteAutosaver(db_path, retry_ms=100)
    errors = []
    saver.failed.connect(lambda u, e: errors.append(type(e).__name__))
    with qtbot.waitSignal(saver.saved, timeout=5000):
        saver.submit(SaveRequest(uid, "Locked", "survives the lock"))
    assert errors == ["LockedDatabaseError", "LockedDatabaseError"]
    assert api.get_note(db_path, uid).body == "survives the lock"
    assert not saver.failing and not saver.retry_timer.isActive()


def test_flush_reports_failure_and_keeps_the_text(db_path, monkeypatch):
    from db.errors import DataFolderError
    uid, _ = api.create_note(db_path, "Read-only")
    monkeypatch.setattr(api, "save_note", lambda *a, **k: (_ for _ in ()).throw(
        DataFolderError("The data folder is read-only.")))
    saver = NoteAutosaver(db_path)
    saver.submit(SaveRequest(uid, "Read-only", "not lost"))
    assert not saver.flush()
    assert saver.pending(uid).body == "not lost" and saver.failing
    assert saver.retry_timer.isActive()


def test_a_note_deleted_elsewhere_is_recreated_with_the_text(qtbot, db_path):
    uid, _ = api.create_note(db_path, "Vanishing")
    api.delete_note(db_path, uid)
    api.empty_trash(db_path)
    saver = NoteAutosaver(db_path)
    with qtbot.waitSignal(saver.recreated, timeout=5000) as blocker:
        saver.submit(SaveRequest(uid, "Vanishing", "still here"))
    new = blocker.args[1]
    assert new != uid and api.get_note(db_path, new).body == "still here"
