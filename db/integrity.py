"""Cheap checks run before the store is used: is it SQLite, is it intact, which schema is it.

Plain sqlite3 only, so that a normal start never pays for importing SQLAlchemy or Alembic.
"""
from __future__ import annotations

import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.errors import (CorruptDatabaseError, DataFolderError, DiskError, DiskFullError, HotJournalError,
                       LockedDatabaseError, StoreError)

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_IOERR = 10  # the primary result code of every SQLITE_IOERR_* (read, write, fsync, truncate...)
_ERROR_CODE = re.compile(r"error code=(\d+)")  # how quick_check reports a page it could not read
JOURNAL_HEADER = bytes.fromhex("d9d505f920a163d7")  # a rollback journal that still holds a transaction
# the byte ranges SQLite locks (os_unix.c): on the database file the PENDING and RESERVED bytes and the
# SHARED range (a write lock there: a writer, or a connection in locking_mode=EXCLUSIVE); on the -shm file
# of a WAL store the writer's byte (120) and the checkpointer's and recoverer's (121, 122)
PENDING_BYTE = 0x40000000
_WRITE_RANGES = (("", PENDING_BYTE, PENDING_BYTE + 511), ("-shm", 120, 122))


@dataclass(frozen=True)
class LockHolder:
    """A process holding a write lock on a store: its id, program name and command line."""
    pid: int
    program: str
    command: str = ""


def lock_holders(path: Path, locks_file: Path = Path("/proc/locks")) -> tuple[LockHolder, ...]:
    """The processes holding a write lock on the store (or its -shm), read from Linux's /proc/locks;
    empty where the OS cannot tell (another system, or no such lock). Reads only."""
    path = Path(path)
    wanted: dict[int, tuple[int, int]] = {}
    for suffix, low, high in _WRITE_RANGES:
        try:
            wanted[os.stat(path.with_name(path.name + suffix)).st_ino] = (low, high)
        except OSError:
            continue
    try:
        lines = locks_file.read_text(encoding="ascii", errors="replace").splitlines() if wanted else []
    except OSError:
        return ()
    pids: list[int] = []
    for line in lines:
        parts = line.split()  # "1: POSIX  ADVISORY  WRITE 24429 fe:00:2179520 1073741826 1073742335"
        if len(parts) != 8 or parts[3] != "WRITE":  # "->" marks a waiter, not a holder
            continue
        try:
            pid, inode, start = int(parts[4]), int(parts[5].rsplit(":", 1)[1]), int(parts[6])
            end = int(parts[7]) if parts[7] != "EOF" else 1 << 63
        except (ValueError, IndexError):
            continue
        span = wanted.get(inode)
        if span and start <= span[1] and end >= span[0] and pid > 0 and pid not in pids:
            pids.append(pid)
    return tuple(_holder(pid) for pid in pids)


def _holder(pid: int) -> LockHolder:
    proc = Path("/proc") / str(pid)
    try:
        program = (proc / "comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        program = ""
    try:
        command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        command = ""
    return LockHolder(pid, program or "?", command[:200])


def hot_journal(path: Path) -> Path | None:
    """The store's rollback journal if one is left beside it holding a transaction (a crash mid-write):
    SQLite rolls it back the next time the store is opened with write access. Reads only its header."""
    journal = Path(path).with_name(Path(path).name + "-journal")
    try:
        with open(journal, "rb") as fh:
            head = fh.read(len(JOURNAL_HEADER))
    except OSError:
        return None
    return journal if head == JOURNAL_HEADER else None


def translate(exc: BaseException, path: Path) -> StoreError:
    """Map a sqlite3/OS error onto one the user can act on."""
    text = str(exc).lower()
    where = f"\n\nDatabase: {path}"
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC or "database or disk is full" in text:
        return DiskFullError("There is no space left on the disk that holds the ChipLens data. "
                             "Free some space and try again; nothing was lost." + where, str(path))
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":  # a hot journal, not a read-only store
        return HotJournalError(f"A transaction left unfinished by a crash is in {path}-journal. SQLite undoes it "
                               "when the database is opened with write access, but ChipLens cannot write to the "
                               "database file: fix its permissions, then try again. Keep the -journal file beside "
                               "the database: deleting it can damage the database." + where, str(path))
    if "locked" in text or "busy" in text:
        holders = lock_holders(path) if path.is_file() else ()
        held = "; ".join(f"{h.program} (process {h.pid})" for h in holders)
        err = LockedDatabaseError("Another program (or another ChipLens) is writing to the database. "
                                  "Close it and try again." + (f"\n\nHeld by: {held}" if held else "") + where,
                                  str(path))
        err.holders = holders
        return err
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
        "offers to move it aside (it is kept, renamed) and to restore the latest good backup, recover what "
        "can be read or start fresh; on the command line, 'chiplens db restore LATEST', 'chiplens db "
        "salvage' or 'chiplens db fresh' does the same. Or use --data-dir DIR to open another folder."
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
