"""The command line's one translation of store and file errors: a message naming the file and what to do, exit 1,
never a traceback (tests/desktop/test_io_faults.py injects the real failures; these pin each wording)."""
from __future__ import annotations

import errno
import sqlite3

import pytest

from db import api, backup, integrity
from db.errors import DiskError
from desktop.app import main
from desktop.present.file_errors import file_error, store_error_text


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("words, title", [("database or disk is full", "The disk is full"),
                                          ("disk I/O error", "The disk reported an error"),
                                          ("attempt to write a readonly database", "The data folder cannot be used")])
def test_db_backup_failing_in_sqlite_is_told_not_a_traceback(capsys, db_path, monkeypatch, words, title):
    def failing(*_args, **_kwargs):
        raise sqlite3.OperationalError(words)
    monkeypatch.setattr(backup, "copy_database", failing)
    code, out, err = run(capsys, "db", "backup")
    assert code == 1 and out == ""
    assert err.startswith(f"chiplens: {title}.\n") and str(db_path) in err


def test_an_os_error_names_the_file_and_the_way_out(capsys, db_path, tmp_path):
    api.create_note(db_path, "To export", "body")
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    code, _, err = run(capsys, "notes", "export", "-o", str(blocker / "notes"))
    assert code == 1
    assert err.startswith(f"chiplens notes export: {blocker}") and "Traceback" not in err


def test_file_error_wording():
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.png")
    assert file_error(full) == "/media/usb/x.png: the disk is full: free some space and try again"
    assert file_error(OSError(errno.EIO, "Input/output error")).startswith("a file could not be read or written: ")
    moved = OSError(errno.EROFS, "Read-only file system", "/a/.x.part", None, "/a/x.png")
    assert file_error(moved).startswith("/a/.x.part → /a/x.png: the disk is read-only")


def test_pages_the_disk_failed_to_read_are_a_disk_error_not_damage(tmp_path):
    class Unreadable:
        def execute(self, _sql):
            return self

        def fetchall(self):
            return [("*** in database main ***\nPage 5: unable to get the page. error code=266",)]

    with pytest.raises(DiskError) as caught:
        integrity.quick_check(Unreadable(), tmp_path / "chiplens.sqlite")  # type: ignore[arg-type]
    title, message = store_error_text(caught.value)
    assert title == "The disk reported an error" and "error code=266" in message
    assert message.endswith(f"Database: {tmp_path / 'chiplens.sqlite'}")


def test_damage_is_still_damage():
    err = integrity.translate(sqlite3.DatabaseError("database disk image is malformed"), integrity.Path("x.sqlite"))
    assert err.title == "The database file is damaged"
    assert isinstance(integrity.translate(sqlite3.OperationalError("disk I/O error"), integrity.Path("x")), DiskError)
