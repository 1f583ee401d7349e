"""The one connection factory: every sqlite3 connection to a store (reads, checks, notes, imports, and the
SQLAlchemy engine's connections for seeding, migrations and catalog writes) is made here, with the house
pragmas set in one place.

Plain sqlite3 only, so that a normal start never pays for importing SQLAlchemy.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Literal

BUSY_TIMEOUT_MS = 5000

Synchronous = Literal["NORMAL", "FULL"]


def connect(path: Path | str, *, readonly: bool = False, writing: bool = False,
            synchronous: Synchronous = "NORMAL", immutable: bool = False) -> sqlite3.Connection:
    """A sqlite3 connection with foreign keys on and a busy timeout.

    `writing`: a connection that writes to the store also gets journal_mode=WAL and `synchronous`
    (FULL for the analyst's own writing, NORMAL for bulk seed and import work). Other connections leave
    the file's journal mode alone, so that checking a file that is not ours never changes it.
    `readonly`: opened read-only (checks of backups and of a damaged store).
    `immutable` (with `readonly`): SQLite takes no lock and makes no -shm: checking a WAL store in a folder
    nobody can write to (where SQLite could not create its -shm), while no -wal holds unread commits.
    The store's writers (db.api._session.transaction, db.engine) first wait for a full check still owed
    (db.integrity.run_deferred_check): a damaged store raises CorruptDatabaseError before anything is written.
    """
    uri = Path(path).absolute().as_uri()  # '#', '?', '%' in a folder escaped
    uri += ("?mode=ro&immutable=1" if immutable else "?mode=ro") if readonly else ""
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if writing and not readonly:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute(f"PRAGMA synchronous={synchronous}")
    return conn


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The row id of the row an INSERT just made."""
    if cursor.lastrowid is None:
        raise sqlite3.InterfaceError("the statement inserted no row")
    return cursor.lastrowid
