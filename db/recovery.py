"""What to do with a damaged store: check it, move it aside (never delete it), restore or start fresh.

Plain sqlite3 (no SQLAlchemy): used at start-up and by `chiplens db ...`.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from db import integrity
from db.backup import BackupInfo, backup_dir_for, list_backups, restore_backup, verify_backup
from db.connect import connect
from db.errors import DataFolderError, HotJournalError, LockedDatabaseError, StoreError
from db.files import SIDE_FILES, move_aside  # noqa: F401  (re-exported)
from db.integrity import LockHolder


# what `check_database` can find, most urgent first (desktop.present.store_check words each one, with its advice
# and its exit code)
DAMAGED = "damaged"  # not SQLite, integrity or foreign-key check failed
NOT_CHIPLENS = "not_chiplens"  # a healthy SQLite file without a ChipLens schema
HOT_JOURNAL = "hot_journal"  # a -journal left by a crash: opening with write access rolls it back
BUSY = "busy"  # another process holds a write lock
NEWER_SCHEMA = "newer_schema"  # written by a newer ChipLens
READ_ONLY = "read_only"  # the file or its folder cannot be written
MISSING = "missing"  # no file yet (ChipLens creates one on start)
CONDITIONS = (DAMAGED, NOT_CHIPLENS, HOT_JOURNAL, BUSY, NEWER_SCHEMA, READ_ONLY, MISSING)


@dataclass(frozen=True)
class CheckReport:
    """`chiplens db check`: the conditions found (empty: healthy), most urgent first, with their details."""
    path: Path
    size: int
    revision: str | None
    problems: tuple[str, ...]  # details (SQLite's words, what the integrity check found)
    conditions: tuple[str, ...] = ()
    holders: tuple[LockHolder, ...] = ()  # BUSY: the processes holding a write lock, where the OS can tell
    journal: Path | None = None  # HOT_JOURNAL: the journal file

    @property
    def ok(self) -> bool:
        return not self.conditions

    @property
    def condition(self) -> str | None:
        """The most urgent condition (None: healthy)."""
        return self.conditions[0] if self.conditions else None


def writable(path: Path) -> bool:
    """Can this process write the store and create files beside it (its journal, its -wal and -shm)?
    os.access also answers for root on a read-only mount or an immutable file (chattr +i)."""
    path = Path(path)
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and all(os.access(p, os.W_OK) for p in (path, *(path.with_name(path.name + s) for s in SIDE_FILES))
                             if p.exists())


def check_database(path: Path) -> CheckReport:
    """Header, locks, journal, quick_check, foreign keys, schema revision, write access.

    Read-only, never changes the file: a hot journal is reported, not rolled back (a read-only connection
    would refuse it anyway), and a write lock held by another process is named, not waited for.
    """
    from db.migrations import KNOWN_REVISIONS
    path = Path(path)
    if not path.exists():
        return CheckReport(path, 0, None, (), (MISSING,))
    size = path.stat().st_size
    found: set[str] = set()
    problems: list[str] = []
    revision = None
    holders = integrity.lock_holders(path)
    journal = integrity.hot_journal(path) if not holders else None  # a writer's own journal is not hot
    can_write = writable(path)
    try:
        integrity.check_header(path)
        if holders:
            found.add(BUSY)
        elif journal is not None:
            found.add(HOT_JOURNAL)
        else:
            # a WAL store in a folder nobody can write: SQLite cannot make its -shm; read it as it is on disk
            immutable = not can_write and not path.with_name(path.name + "-wal").exists()
            with closing(connect(path, readonly=True, immutable=immutable)) as conn:
                integrity.quick_check(conn, path)
                revision = integrity.schema_revision(conn)
                if revision is None:
                    found.add(NOT_CHIPLENS)
                else:
                    integrity.foreign_key_check(conn, path)
    except sqlite3.Error as exc:
        found.add(_condition(integrity.translate(exc, path)))
        problems.append(str(exc))
    except StoreError as exc:
        found.add(_condition(exc))
        problems.append(getattr(exc, "detail", "") or exc.message.split("\n\n")[0])
        holders = holders or getattr(exc, "holders", ())
    if revision is not None and revision not in KNOWN_REVISIONS:
        found.add(NEWER_SCHEMA)
    if not can_write:
        found.add(READ_ONLY)
    conditions = tuple(c for c in CONDITIONS if c in found)
    return CheckReport(path, size, revision, tuple(problems), conditions, holders,
                       journal if HOT_JOURNAL in found else None)


def _condition(exc: StoreError) -> str:
    if isinstance(exc, LockedDatabaseError):
        return BUSY
    if isinstance(exc, HotJournalError):
        return HOT_JOURNAL
    if isinstance(exc, DataFolderError):
        return READ_ONLY
    return DAMAGED


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes quick_check and has a schema this version knows."""
    for info in list_backups(backup_dir_for(db_path)):
        try:
            verify_backup(info.path)
        except StoreError:
            continue
        return info
    return None


def start_fresh(db_path: Path) -> Path | None:
    """Move the store aside (if there is one); the next open_store creates a fresh one. Returns the moved file."""
    db_path = Path(db_path)
    if db_path.exists():
        return move_aside(db_path)
    return None


def restore_latest(db_path: Path) -> tuple[BackupInfo, Path | None, Path | None]:
    """Restore the newest good backup (StoreError if there is none); returns (backup, safety, moved)."""
    info = latest_good_backup(db_path)
    if info is None:
        raise StoreError("There is no usable backup in the backups folder. Start with a fresh database instead "
                         f"(the damaged file is kept).\n\nFolder: {backup_dir_for(db_path)}",
                         str(backup_dir_for(db_path)))
    safety, moved = restore_backup(db_path, info.path)
    return info, safety, moved
