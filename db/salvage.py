"""Salvage of a damaged store: every row SQLite can still read, copied into a new store file.

The damaged file is never written to: it (and its -wal) is copied into a scratch file, and that copy is read.
Each table of its schema is read in row order; where a page cannot be read, the rest is read backwards from
the end, and the gap in between row by row (a lookup by row id reaches every leaf page whose path is intact).
Index entries whose row could not be read say which rows are lost (a note's uid, a figure's uid).

Why not the `.recover` command of the `sqlite3` tool: it needs SQLite built with SQLITE_ENABLE_DBPAGE_VTAB,
which Debian's `sqlite3` (3.40) and Python's own SQLite are not, so it cannot be relied on where ChipLens runs;
reading through SQLite's b-trees needs nothing beyond Python and recovers every row plain `sqlite3` can read.

The new store then gets the app's own checks: the notes' search index rebuilt from the notes (never recovered
from its shadow tables), rows that point at lost rows dropped and counted, quick_check, foreign_key_check and
the schema revision. It is written beside the store as `chiplens-salvaged-<stamp>.sqlite`; the caller decides
what to do with it (db.salvage_merge: put it in place, or merge its user rows into the latest good backup).
"""
from __future__ import annotations

import re
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from db import integrity
from db.errors import CorruptDatabaseError, StoreError
from db.files import atomic_target
from db.salvage_report import KIND_BY_TABLE, KINDS, SalvageReport, backup_keys, rows_for

FTS_TABLE = "note_fts"
PROBE_LIMIT = 2_000_000  # row ids probed one by one in a damaged table's gap, at most
_KEY_COLUMN = re.compile(r"\bt\.(\w+)")


@contextmanager
def scratch_copy(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a private copy of the store and its -wal (the damaged file itself is never opened)."""
    with tempfile.TemporaryDirectory(prefix=".chiplens-salvage-", dir=db_path.parent) as folder:
        copy = Path(folder) / "damaged.sqlite"
        try:
            shutil.copyfile(db_path, copy)
            wal = db_path.with_name(db_path.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as exc:
            raise integrity.translate(exc, db_path) from exc
        conn = sqlite3.connect(copy)
        try:
            yield conn
        finally:
            conn.close()


def _schema(src: sqlite3.Connection, db_path: Path) -> list[tuple[str, str, str, str | None]]:
    try:
        return [(str(t), str(n), str(tb), s) for t, n, tb, s in
                src.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")]
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            f"The list of tables in the database is unreadable ({exc}), so nothing can be salvaged from it. "
            f"Restore the latest backup or start fresh instead (the damaged file is kept).\n\nDatabase: {db_path}",
            str(db_path)) from None


def _scan(src: sqlite3.Connection, table: str, order: str, rows: dict[int, tuple[object, ...]]) -> bool:
    """Read rows in one direction until a page fails; True if the whole table was read."""
    try:
        for row in src.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid {order}'):
            rows[int(row[0])] = tuple(row[1:])
    except sqlite3.DatabaseError:
        return False
    return True


def _indexed(src: sqlite3.Connection, table: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    try:
        for index in src.execute(f'PRAGMA index_list("{table}")').fetchall():
            out[str(index[1])] = [str(c[2]) for c in src.execute(f'PRAGMA index_info("{index[1]}")')]
    except sqlite3.DatabaseError:
        pass
    return out


def _evidence(src: sqlite3.Connection, table: str) -> tuple[set[int], dict[int, str]]:
    """Row ids the table's indexes still list, and the analyst's row keys among them where an index holds the key."""
    ids: set[int] = set()
    keys: dict[int, str] = {}
    kind = KIND_BY_TABLE.get(table)
    wanted = _KEY_COLUMN.findall(kind.key) if kind is not None and not kind.parent else []
    for name, columns in _indexed(src, table).items():
        try:
            ids.update(int(r[0]) for r in src.execute(f'SELECT rowid FROM "{table}" INDEXED BY "{name}"'))
            if kind is not None and wanted and kind.user_key is not None and set(wanted) <= set(columns):
                key = kind.key.replace("t.", "")
                test = f"WHERE {kind.user_key}" if kind.user_key else ""
                keys.update((int(r[0]), str(r[1])) for r in src.execute(
                    f'SELECT rowid, k FROM (SELECT rowid, {key} AS k FROM "{table}" INDEXED BY "{name}") {test}'))
        except sqlite3.DatabaseError:
            continue
    return ids, keys


def read_table(src: sqlite3.Connection, table: str) -> tuple[dict[int, tuple[object, ...]], set[int], dict[int, str]]:
    """(rows by row id, row ids seen in an index but unreadable, their keys where known)."""
    rows: dict[int, tuple[object, ...]] = {}
    if _scan(src, table, "ASC", rows):
        return rows, set(), {}
    low = max(rows, default=0)
    found_high: dict[int, tuple[object, ...]] = {}
    _scan(src, table, "DESC", found_high)
    ids, keys = _evidence(src, table)
    high = min(found_high, default=max(ids, default=low) + 1)
    rows.update(found_high)
    candidates = set(range(low + 1, min(high, low + 1 + PROBE_LIMIT))) | ids
    unreadable: set[int] = set()
    for rowid in sorted(candidates - rows.keys()):
        try:
            row = src.execute(f'SELECT rowid, * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            if rowid in ids:
                unreadable.add(rowid)
            continue
        if row is not None:
            rows[rowid] = tuple(row[1:])
        elif rowid in ids:
            unreadable.add(rowid)
    return rows, unreadable, {i: k for i, k in keys.items() if i in unreadable}


def _is_fts(name: str) -> bool:
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def _copy_rows(src: sqlite3.Connection, dst: sqlite3.Connection,
               schema: list[tuple[str, str, str, str | None]]) -> tuple[dict[str, set[str]], list[str], int]:
    """Create the tables and copy every readable row; returns (unreadable keys per kind, damaged tables, count)."""
    unreadable: dict[str, set[str]] = {}
    damaged: list[str] = []
    tables = 0
    for kind_, name, _table, sql in schema:
        if kind_ != "table" or not sql or name.startswith("sqlite_") or _is_fts(name):
            continue
        dst.execute(sql)
        rows, lost, keys = read_table(src, name)
        tables += 1
        if lost or keys:
            damaged.append(name)
        kind = KIND_BY_TABLE.get(name)
        if kind is not None and lost:
            lost_keys = {keys.get(i) or (f"#{i}" if kind.user_key == "" else "") for i in lost}
            unreadable[kind.name] = {k for k in lost_keys if k}
        elif lost:
            unreadable.setdefault("", set()).update(f"#{name}#{i}" for i in lost)
        if not rows:
            continue
        width = len(next(iter(rows.values())))
        columns = [str(c[1]) for c in dst.execute(f'PRAGMA table_info("{name}")')]
        if len(columns) != width:  # cannot happen for a table created from its own SQL; keep the rows anyway
            raise StoreError(f"The salvaged table {name} does not match its schema.", name)
        marks = ", ".join("?" * (width + 1))
        names = ", ".join(f'"{c}"' for c in columns)
        dst.executemany(f'INSERT INTO "{name}" (rowid, {names}) VALUES ({marks})',
                        ((rowid, *values) for rowid, values in sorted(rows.items())))
    return unreadable, damaged, tables


def _rebuild_schema_rest(dst: sqlite3.Connection, schema: list[tuple[str, str, str, str | None]]) -> None:
    """Indexes, triggers and views after the rows; the notes' search index made anew from the notes."""
    for kind_, name, _table, sql in schema:
        if not sql or name.startswith("sqlite_"):
            continue
        if kind_ in ("index", "trigger", "view"):
            dst.execute(sql)
        elif kind_ == "table" and name == FTS_TABLE:
            dst.execute(sql)
    if dst.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).fetchone():
        from db.notes import rebuild_index
        rebuild_index(dst)


def _drop_dangling(dst: sqlite3.Connection) -> dict[str, set[str]]:
    """Delete rows that point at rows that do not exist (their parent was lost); their keys per kind."""
    dropped: dict[str, set[str]] = {}
    for _round in range(20):  # a dropped device orphans its figures: go on until nothing points nowhere
        found = dst.execute("PRAGMA foreign_key_check").fetchall()
        if not found:
            break
        for table, rowid in {(str(r[0]), int(r[1])) for r in found}:
            kind = KIND_BY_TABLE.get(table)
            if kind is not None and not kind.parent:
                where = f"AND {kind.where}" if kind.where else ""
                key = dst.execute(f'SELECT {kind.key} FROM "{table}" t WHERE t.rowid = ? {where}', (rowid,)).fetchone()
                if key is not None:
                    dropped.setdefault(kind.name, set()).add(str(key[0]))
            elif kind is not None:
                dropped.setdefault(kind.name, set()).add(f"#{rowid}")
            dst.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
    return dropped


def _bundled_rows(dst: sqlite3.Connection) -> int:
    total = 0
    for kind in KINDS:
        if kind.where:
            total += dst.execute(f"SELECT count(*) FROM {kind.table} t WHERE NOT ({kind.where})").fetchone()[0]
    for table in ("metric", "organisation", "device_alias", "system_component"):
        if dst.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone():
            total += dst.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return int(total)


def salvaged_name(db_path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = db_path.with_name(f"chiplens-salvaged-{stamp}.sqlite")
    n = 1
    while target.exists():
        n += 1
        target = db_path.with_name(f"chiplens-salvaged-{stamp}-{n}.sqlite")
    return target


def salvage(db_path: Path, target: Path | None = None) -> SalvageReport:
    """Copy every readable row of the store at `db_path` into a new store file (`target`, or
    `chiplens-salvaged-<stamp>.sqlite` beside it); the store is left as it is. Raises StoreError."""
    from db.recovery import latest_good_backup
    db_path = Path(db_path)
    if not db_path.is_file():
        raise StoreError(f"There is no database file to salvage.\n\nDatabase: {db_path}", str(db_path))
    target = Path(target) if target is not None else salvaged_name(db_path)
    backup = latest_good_backup(db_path)
    try:
        with scratch_copy(db_path) as src, atomic_target(target, suffix=".partial") as tmp:
            schema = _schema(src, db_path)
            with closing(sqlite3.connect(tmp)) as dst:
                dst.execute("PRAGMA foreign_keys=OFF")
                with dst:
                    unreadable, damaged, tables = _copy_rows(src, dst, schema)
                    _rebuild_schema_rest(dst, schema)
                    dropped = _drop_dangling(dst)
                revision = integrity.schema_revision(dst)
                if revision is None:
                    raise CorruptDatabaseError(
                        "The salvaged rows hold no ChipLens schema revision (its table was lost), so they cannot be "
                        "used as a store. Restore the latest backup or start fresh instead (the damaged file is "
                        f"kept).\n\nDatabase: {db_path}", str(db_path))
                integrity.quick_check(dst, target)
                integrity.foreign_key_check(dst, target)
                before = backup_keys(backup.path if backup is not None else None)
                rows = rows_for(dst, before, unreadable, dropped)
                bundled = _bundled_rows(dst)
    except (sqlite3.Error, OSError) as exc:
        raise integrity.translate(exc, target) from exc
    return SalvageReport(db_path, target, revision, rows, backup.path if backup is not None else None,
                         backup.created if backup is not None else None, tables, tuple(damaged), bundled,
                         len(unreadable.get("", set())))
