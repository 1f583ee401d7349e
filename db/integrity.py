"""Cheap checks run before the store is used: is it SQLite, is it intact, which schema is it.

Plain sqlite3 only, so that a normal start never pays for importing SQLAlchemy or Alembic.
"""
from __future__ import annotations

import errno
import os
import re
import sqlite3
from pathlib import Path

from db.errors import CorruptDatabaseError, DataFolderError, DiskError, DiskFullError, LockedDatabaseError, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_IOERR = 10  # the primary result code of every SQLITE_IOERR_* (read, write, fsync, truncate...)
_ERROR_CODE = re.compile(r"error code=(\d+)")  # how quick_check reports a page it could not read


def translate(exc: BaseException, path: Path) -> StoreError:
    """Map a sqlite3/OS error onto one the user can act on."""
    text = str(exc).lower()
    where = f"\n\nDatabase: {path}"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "database or disk is full" in text:
        return DiskFullError("There is no space left on the disk that holds the ChipLens data. "
                             "Free some space and try again; nothing was lost." + where, str(path))
    if "locked" in text or "busy" in text:
        return LockedDatabaseError("Another program (or another ChipLens) is writing to the database. "
                                   "Close it and try again." + where, str(path))
    if "readonly" in text or "read-only" in text or (isinstance(exc, OSError) and exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM)):
        return DataFolderError("ChipLens cannot write to its data folder (it is read-only). Fix the "
                               "permissions, or start ChipLens with --data-dir DIR (or set "
                               "CHIPLENS_DATA_DIR) to use another folder." + where, str(path))
    if (isinstance(exc, OSError) and exc.errno == errno.EIO or "disk i/o error" in text
            or getattr(exc, "sqlite_errorcode", 0) & 0xFF == SQLITE_IOERR):
        return DiskError(f"{exc}{where}", str(path))
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return corrupt(path, str(exc))
    folder = path if path.suffix == "" else path.parent
    missing = "unable to open" in text or (isinstance(exc, OSError) and exc.errno == errno.ENOENT)
    if missing and not folder.is_dir():
        return DataFolderError("The ChipLens data folder is missing: was it moved, renamed or deleted, or is it on a "
                               "drive that is not connected? Put it back (or connect the drive) and try again; what "
                               "you typed is kept meanwhile. Or start ChipLens with --data-dir DIR to use another "
                               "folder." + where, str(path))
    return StoreError(f"The database could not be opened: {exc}.{where}", str(path))


def corrupt(path: Path, detail: str) -> CorruptDatabaseError:
    err = CorruptDatabaseError(
        f"The file is not a readable ChipLens database ({detail}). It was left untouched. The window "
        "offers to move it aside (it is kept, renamed) and to restore the latest good backup or start "
        "fresh; on the command line, 'chiplens db restore LATEST' or 'chiplens db fresh' does the same. "
        "Or use --data-dir DIR to open another folder."
        f"\n\nDatabase: {path}", str(path))
    err.detail = detail
    return err


def ensure_folder(folder: Path) -> None:
    """Create the data folder if needed and prove that it is writable."""
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True, exist_ok=True)
            os.chmod(folder, 0o700)  # the analyst's notes: readable by their owner only
    except OSError as exc:
        raise DataFolderError(
            f"ChipLens cannot create its data folder: {exc.strerror or exc}. Choose a folder you can "
            "write to with --data-dir DIR (or CHIPLENS_DATA_DIR).\n\nFolder: " + str(folder), str(folder)) from None
    if not folder.is_dir():
        raise DataFolderError(f"The data folder path is not a folder.\n\nPath: {folder}", str(folder))
    probe = folder / f".chiplens-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise translate(exc, folder) from None


def check_header(path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise translate(exc, path) from None
    if head != SQLITE_HEADER:
        raise corrupt(path, "it does not start with the SQLite header" if head else "it is empty")


def quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path) from None
    if rows != [("ok",)]:
        lines = [line for r in rows for line in str(r[0]).splitlines() if not line.startswith("*** in database")]
        if lines and all(_read_failure(line) for line in lines):  # pages the disk failed to read: not damage
            raise DiskError("; ".join(lines[:3]) + f"\n\nDatabase: {path}", str(path))
        raise corrupt(path, "integrity check failed: " + "; ".join(r[0] for r in rows[:3]))


def _read_failure(line: str) -> bool:
    """A quick_check line about a page the disk failed to read (an SQLITE_IOERR_* code), not a damaged one."""
    codes = _ERROR_CODE.findall(line)
    return bool(codes) and all(int(c) & 0xFF == SQLITE_IOERR for c in codes)


def foreign_key_check(conn: sqlite3.Connection, path: Path) -> None:
    """Rows that point at rows that do not exist mean damage (or a foreign writer): refuse them."""
    try:
        rows = conn.execute("PRAGMA foreign_key_check").fetchmany(50)
    except sqlite3.DatabaseError as exc:
        raise translate(exc, path) from None
    if rows:
        tables = sorted({r[0] for r in rows})
        raise corrupt(path, f"{len(rows)}{'+' if len(rows) == 50 else ''} rows of {', '.join(tables)} refer to "
                            "rows that do not exist")


def schema_revision(conn: sqlite3.Connection) -> str | None:
    """The Alembic revision stamped in the file, or None for a file without one."""
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
    if not has:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def has_tables(conn: sqlite3.Connection) -> bool:
    count: int = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
    return count > 0
