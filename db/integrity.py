"""Cheap checks run before the store is used: is it SQLite, is it intact, which schema is it.

Plain sqlite3 only, so that a normal start never pays for importing SQLAlchemy or Alembic.
"""
from __future__ import annotations

import errno
import os
import re
import sqlite3
import threading
from collections.abc import Callable
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
    """The file's first 100 bytes (SQLite's database header) and its size, read without SQLite: the magic
    string, a valid page size and fixed fields, and a file no shorter than the pages its header counts (a
    truncated copy). O(1): what a start can afford whatever the size of the store."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except OSError as exc:
        raise translate(exc, path) from None
    if head[:len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise corrupt(path, "it does not start with the SQLite header" if head else "it is empty")
    if len(head) < 100:
        raise corrupt(path, "it is cut short inside its header")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or head[21:24] != b"\x40\x20\x20" or head[44:48] not in (
            b"\x00\x00\x00\x01", b"\x00\x00\x00\x02", b"\x00\x00\x00\x03", b"\x00\x00\x00\x04"):
        raise corrupt(path, "its header is damaged")
    pages = int.from_bytes(head[28:32], "big")
    # the page count is valid when its version matches the change counter; a -wal with frames may still hold
    # pages a checkpoint has not copied yet, so a shorter file is only damage without one
    if head[92:96] == head[24:28] and pages and size < pages * page_size and not _has_wal(path):
        raise corrupt(path, f"it is truncated: {size:,} bytes of the {pages * page_size:,} its header counts")


def _has_wal(path: Path) -> bool:
    try:
        return os.stat(Path(path).with_name(Path(path).name + "-wal")).st_size > 0
    except OSError:
        return False


def full_check(path: Path, hold: Callable[[sqlite3.Connection | None], None] | None = None) -> None:
    """PRAGMA quick_check and foreign_key_check on a read-only connection: they read the whole file (seconds
    for a store of a million notes). `hold(conn)` is told the connection while it runs (then None), so that
    another thread can interrupt it."""
    from db.connect import connect
    try:
        conn = connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise translate(exc, path) from None
    try:
        if hold is not None:
            hold(conn)
        quick_check(conn, path)
        foreign_key_check(conn, path)
    finally:
        if hold is not None:
            hold(None)
        conn.close()


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


# ---------------------------------------------------------------- the full check, deferred
# A window start opens the store with the O(1) checks only (db.api.store.open_store(check_later=True)) and
# runs the full check on a worker once the window is painted. Until that check has passed, nothing writes to
# the file: the store's writers (db.api._session.transaction, db.engine) wait here for the check, or run it
# themselves when no worker has started it yet, and a damaged store is refused with the CorruptDatabaseError the opening would have
# raised. A verdict holds for the file it was made on (device and inode): a store restored or started afresh
# in its place (the damaged file moved aside) is a new file, not held by it.

@dataclass
class _Deferred:
    identity: tuple[int, int]
    done: threading.Event
    running: bool = False
    cancelled: bool = False
    no_verdict: bool = False  # interrupted, busy, a read the disk failed: the check is owed again
    error: StoreError | None = None  # damage found: every write is refused with it
    conn: sqlite3.Connection | None = None  # while running, for cancel_deferred_check()


_DEFERRED: dict[str, _Deferred] = {}
_DEFERRED_LOCK = threading.Lock()


def _key(path: Path) -> str:
    return str(Path(path).absolute())


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def defer_full_check(path: Path) -> None:
    """The store at `path` was opened without its full check: writes wait for `run_deferred_check`."""
    identity = _identity(path)
    if identity is not None:
        with _DEFERRED_LOCK:
            _DEFERRED[_key(path)] = _Deferred(identity, threading.Event())


def check_pending(path: Path) -> bool:
    """Is a full check of the store at `path` still owed (or failed) before it may be written?"""
    with _DEFERRED_LOCK:
        check = _DEFERRED.get(_key(path))
        return check is not None and (not check.done.is_set() or check.error is not None)


def run_deferred_check(path: Path) -> None:
    """Run the full check owed for `path` in this thread (or wait for the one running); raise its
    CorruptDatabaseError (again on every call) if the store is damaged. Nothing owed: returns at once."""
    key = _key(path)
    while True:
        with _DEFERRED_LOCK:
            check = _DEFERRED.get(key)
            if check is None or (check.done.is_set() and check.error is None):
                return
            if _identity(path) != check.identity:  # moved aside and replaced: the verdict was on another file
                del _DEFERRED[key]
                return
            start = not check.running and not check.done.is_set()
            check.running = True
        if start:
            _run(key, check, path)  # raises what stopped it short of a verdict (busy, a failed read...)
        check.done.wait()
        if check.error is not None:
            raise check.error
        if not check.no_verdict:
            return
        # the check was stopped short (its runner left): run it here


def _run(key: str, check: _Deferred, path: Path) -> None:
    def hold(conn: sqlite3.Connection | None) -> None:
        check.conn = conn
        if conn is not None and check.cancelled:
            conn.interrupt()
    try:
        full_check(path, hold)
    except CorruptDatabaseError as exc:
        check.error = exc
    except BaseException:
        check.no_verdict = True
        raise
    finally:
        with _DEFERRED_LOCK:
            check.no_verdict = check.no_verdict or check.cancelled
            if check.no_verdict and _DEFERRED.get(key) is check:
                _DEFERRED[key] = _Deferred(check.identity, threading.Event())  # still owed
            check.done.set()


def cancel_deferred_check(path: Path) -> None:
    """Stop a running full check (leaving: it reads the whole file); it stays owed, and a later write runs it."""
    with _DEFERRED_LOCK:
        check = _DEFERRED.get(_key(path))
        if check is None or check.done.is_set():
            return
        check.cancelled = True
        if check.conn is not None:
            try:
                check.conn.interrupt()
            except sqlite3.ProgrammingError:  # closed meanwhile: the check has just ended
                pass
