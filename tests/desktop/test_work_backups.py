"""Backups while working: on the timer (here a short interval instead of 30 minutes) when the store changed,
none when it did not; on exit after changes even if there is one from today; the retention policy keeps the
newest of the day; a failing backup is a status-bar line, not a dialog."""
from __future__ import annotations

import contextlib
import sqlite3

import pytest
from tests_support import tiny_disk
from PySide6.QtWidgets import QApplication

from db import api
from db.api.backups import RetentionPolicy, list_backups
from desktop.startup.store_opening import backup_on_exit
from desktop.store import Store
from desktop.work_backups import INTERVAL_MS, WorkBackups

pytestmark = pytest.mark.usefixtures("collect_on_the_gui_thread")


def dailies(db):
    return [b.path for b in list_backups(db.parent / "backups") if b.daily]


@pytest.fixture
def work(qtbot, db_path):
    shown: list[str] = []
    backups = WorkBackups(Store(db_path), RetentionPolicy, shown.append, interval_ms=20)
    backups.shown = shown
    yield backups
    backups.finish()


def test_the_default_interval_is_thirty_minutes():
    assert INTERVAL_MS == 30 * 60 * 1000


def test_no_change_no_backup(qtbot, work, db_path):
    for _ in range(3):
        with qtbot.waitSignal(work.timer.timeout, timeout=5000):
            pass
        assert not work.running
    assert dailies(db_path) == [] and not work.finish()


def test_a_change_is_backed_up_on_the_next_tick_off_the_gui_thread(qtbot, work, db_path):
    with qtbot.waitSignal(work.made, timeout=10000) as made:
        uid = work.store.create_note("Typed while working", "words")
    assert made.args[0] in dailies(db_path)
    with contextlib.closing(sqlite3.connect(made.args[0])) as c:
        assert c.execute("SELECT count(*) FROM note WHERE uid = ?", (uid,)).fetchone()[0] == 1
    with qtbot.waitSignal(work.timer.timeout, timeout=5000):  # nothing changed since: no second backup
        pass
    assert not work.running and dailies(db_path) == [made.args[0]] and not work.finish()


def test_several_in_a_day_leave_the_newest(qtbot, work, db_path):
    for n in range(2):
        with qtbot.waitSignal(work.made, timeout=10000) as made:
            work.store.create_note(f"note {n}", "words")
    assert dailies(db_path) == [made.args[0]], "the policy keeps one a day: the newest"


def test_a_failing_backup_says_so_in_the_status_bar_and_tries_again(qtbot, work, db_path):
    with tiny_disk(db_path.parent / "backups") as folder:
        # the 20 ms test interval would start the next attempt (which clears the flag) before the asserts
        work.failed.connect(lambda _text: work.timer.stop())
        with qtbot.waitSignal(work.failed, timeout=10000):
            work.store.create_note("Typed on a full disk", "words")
        assert work.shown and "no space left" in work.shown[0] and work.changed_since_backup
        assert QApplication.activeModalWidget() is None and list(folder.iterdir()) == []
        work.timer.stop()
        assert work.finish(), "still to back up (on exit, or at the next tick)"


class Settings:
    def retention(self):
        return RetentionPolicy()


def test_exit_after_changes_makes_a_new_daily_backup_even_if_one_exists_today(db_path):
    first = api.Library(db_path).backups.daily(RetentionPolicy())
    assert first is not None
    backup_on_exit(db_path, Settings())  # nothing changed: the day's backup is enough
    assert dailies(db_path) == [first]
    api.create_note(db_path, "Written after the morning backup", "words")
    backup_on_exit(db_path, Settings(), changed=True)
    newest = dailies(db_path)
    assert len(newest) == 1 and newest != [first], "a fresh one, and the policy keeps the newest of the day"
    with contextlib.closing(sqlite3.connect(newest[0])) as c:
        assert c.execute("SELECT count(*) FROM note WHERE title = 'Written after the morning backup'").fetchone()[0]
