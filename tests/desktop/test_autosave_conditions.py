"""The notes autosave while the store cannot take writes (real SQLite conditions, not mocked errors).

Disk full (PRAGMA max_page_count), read-only (PRAGMA query_only), locked by another connection, and the
data folder gone: each is reported with its message, the typed text stays pending, and it reaches the
store once the condition ends. The store file stays healthy throughout.
"""
from __future__ import annotations

import sqlite3

import pytest

from db import api, recovery
from db import connect as connection
from db.errors import DataFolderError, DiskFullError, LockedDatabaseError
from desktop.views.notes.note_autosaver import NoteAutosaver, SaveRequest

pytestmark = pytest.mark.usefixtures("collect_on_the_gui_thread")  # parentless autosavers

LONG = "A paragraph the analyst typed while the disk was full. " * 3000  # needs new pages


def _full(real):
    def connect(path, readonly=False, **kw):
        conn = real(path, readonly=readonly, **kw)
        conn.execute(f"PRAGMA max_page_count={conn.execute('PRAGMA page_count').fetchone()[0]}")
        return conn
    return connect


def _query_only(real):
    def connect(path, readonly=False, **kw):
        conn = real(path, readonly=readonly, **kw)
        conn.execute("PRAGMA query_only=ON")
        return conn
    return connect


@pytest.mark.parametrize("condition, error, words", [
    (_full, DiskFullError, "no space left"),
    (_query_only, DataFolderError, "read-only"),
])
def test_autosave_holds_the_text_while_the_store_refuses_writes(qtbot, db_path, monkeypatch, condition, error, words):
    uid, _ = api.create_note(db_path, "Draft", "saved before")
    monkeypatch.setattr(connection, "connect", condition(connection.connect))
    saver = NoteAutosaver(db_path, retry_ms=100)
    failures = []
    saver.failed.connect(lambda u, exc: failures.append((u, exc)))
    with qtbot.waitSignal(saver.failed, timeout=10_000):
        saver.submit(SaveRequest(uid, "Draft", LONG))
    assert isinstance(failures[0][1], error) and words in failures[0][1].message
    assert saver.failing and saver.pending(uid).body == LONG
    qtbot.waitUntil(lambda: len(failures) >= 3, timeout=10_000)  # retried, still refused, still held
    saver.submit(SaveRequest(uid, "Draft", LONG + "and one more line"))  # typing goes on meanwhile
    assert saver.pending(uid).body.endswith("and one more line")
    assert api.get_note(db_path, uid).body == "saved before"
    monkeypatch.undo()  # space freed / permissions fixed
    qtbot.waitUntil(lambda: not saver.has_unsaved(), timeout=10_000)
    assert api.get_note(db_path, uid).body == LONG + "and one more line"
    assert not saver.failing and recovery.check_database(db_path).ok


def test_autosave_waits_out_a_lock_held_by_another_process(qtbot, db_path, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 100)
    uid, _ = api.create_note(db_path, "Draft", "saved before")
    holder = sqlite3.connect(db_path)
    holder.execute("BEGIN EXCLUSIVE")
    saver = NoteAutosaver(db_path, retry_ms=100)
    failures = []
    saver.failed.connect(lambda u, exc: failures.append(exc))
    try:
        with qtbot.waitSignal(saver.failed, timeout=10_000):
            saver.submit(SaveRequest(uid, "Draft", "typed while locked"))
        assert isinstance(failures[0], LockedDatabaseError)
        assert saver.pending(uid).body == "typed while locked"
    finally:
        holder.rollback()
        holder.close()
    qtbot.waitUntil(lambda: not saver.has_unsaved(), timeout=10_000)
    assert api.get_note(db_path, uid).body == "typed while locked"


def test_autosave_waits_for_a_data_folder_that_went_away(qtbot, db_path, tmp_path):
    uid, _ = api.create_note(db_path, "Draft", "saved before")
    saver = NoteAutosaver(db_path, retry_ms=100)
    failures = []
    saver.failed.connect(lambda u, exc: failures.append(exc))
    away = tmp_path / "unplugged-drive"
    db_path.parent.rename(away)
    try:
        with qtbot.waitSignal(saver.failed, timeout=10_000):
            saver.submit(SaveRequest(uid, "Draft", "typed while the drive was away"))
        assert isinstance(failures[0], DataFolderError) and "missing" in failures[0].message
        assert not db_path.parent.exists()  # nothing was created in its place
    finally:
        away.rename(db_path.parent)
    qtbot.waitUntil(lambda: not saver.has_unsaved(), timeout=10_000)
    assert api.get_note(db_path, uid).body == "typed while the drive was away"
