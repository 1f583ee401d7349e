"""Backups survive a power cut (file fsynced, renamed, folder fsynced) and a full disk (a clear message, no
traceback, no part of a backup left behind)."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from tests_support import tiny_disk

from db import backup
from db.errors import DiskFullError, StoreError
from desktop.app import main


def record_fsyncs(monkeypatch, fail_on: str | None = None) -> list[Path]:
    """Record which file or folder each os.fsync call flushes (by its descriptor's path). Durability cannot be
    observed otherwise short of cutting the power, so this test watches the calls. `fail_on`: "file" or
    "folder" makes that kind of fsync fail with EIO, as a dying disk would."""
    synced: list[Path] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        path = Path(os.readlink(f"/proc/self/fd/{fd}"))
        synced.append(path)
        if fail_on == ("folder" if path.is_dir() else "file"):
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(fd)
    monkeypatch.setattr(os, "fsync", fsync)
    return synced


pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads descriptors' paths in /proc")


def test_a_backup_is_fsynced_then_renamed_then_its_folder_fsynced(monkeypatch, db_path):
    synced = record_fsyncs(monkeypatch)
    made = backup.backup_database(db_path, db_path.parent / "backups", "manual")
    files = [p for p in synced if not p.is_dir()]
    assert files and all(p.parent == made.parent and p.name.endswith(".partial") for p in files), \
        "the backup's own file is flushed before it gets its name"
    assert synced[-1] == made.parent, "then the folder, so that the rename is on the disk too"


def test_a_failing_fsync_leaves_no_half_backup(monkeypatch, db_path):
    folder = db_path.parent / "backups"
    folder.mkdir()
    record_fsyncs(monkeypatch, "file")
    with pytest.raises(StoreError):  # said to the user, not a traceback
        backup.backup_database(db_path, folder, "manual")
    assert list(folder.iterdir()) == [], "neither a backup that looks whole nor a .partial file"


def test_the_export_writes_are_durable_too(monkeypatch, tmp_path):
    from db.files import atomic_write
    synced = record_fsyncs(monkeypatch)
    atomic_write(tmp_path / "out.json", b"{}")
    assert synced[-1] == tmp_path and any(not p.is_dir() for p in synced[:-1])


def test_db_backup_on_a_full_disk_says_so_without_a_traceback(capsys, db_path):
    with tiny_disk(db_path.parent / "backups") as folder:
        code = main(["db", "backup"])
        err = capsys.readouterr().err
        assert code == 1 and "no space left" in err and "Traceback" not in err and "OperationalError" not in err
        assert list(folder.iterdir()) == []
        code = main(["db", "backup", "-o", str(folder / "copy.sqlite")])
        err = capsys.readouterr().err
        assert code == 1 and "no space left" in err and list(folder.iterdir()) == []
        with pytest.raises(DiskFullError):
            backup.daily_backup(db_path, backup.RetentionPolicy())
    assert main(["db", "check"]) == 0
