"""Salvage of a damaged store: every row SQLite can still read, copied into a new store file.

The damaged file is never written to: it (and its -wal) is copied into a scratch file, and that copy is read.
Each table of its schema is read in row order; where a page cannot be read, the rest is read backwards from
the end, and the gap in between row by row (a lookup by row id reaches every leaf page whose path is intact).
Index entries whose row could not be read say which rows are missing (a note's uid, a figure's uid); those are
then looked for on every leaf page of the file (db.salvage_pages: the leaves below a damaged interior page are
intact but unreachable) and put back where the indexes vouch for them. What is still missing is lost.

Why not the `.recover` command of the `sqlite3` tool: it needs SQLite built with SQLITE_ENABLE_DBPAGE_VTAB,
which Debian's `sqlite3` (3.40) and Python's own SQLite are not ("no such table: sqlite_dbpage"), so it cannot
be relied on where ChipLens runs; this needs nothing beyond Python and recovers every row plain `sqlite3` can
read, plus the rows of unreachable leaf pages that an index still lists.

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
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from db import integrity
from db.errors import CorruptDatabaseError, StoreError
from db.files import atomic_target, free_name
from db.salvage_pages import PageFile
from db.salvage_report import KIND_BY_TABLE, KINDS, SalvageReport, backup_keys, rows_for

FTS_TABLE = "note_fts"
PROBE_LIMIT = 2_000_000  # row ids probed one by one in a damaged table's gap, at most
_KEY_COLUMN = re.compile(r"\bt\.(\w+)")


@contextmanager
def scratch_copy(db_path: Path) -> Iterator[tuple[sqlite3.Connection, Path]]:
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
            try:  # the -wal's pages into the copy's file, where db.salvage_pages reads them
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass
            yield conn, copy
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


@dataclass
class TableRead:
    """What could be read of one table: rows by row id; row ids its indexes list whose row is unreadable, with
    the indexed values of each (column -> value) and the analyst's row key where an index holds it."""
    rows: dict[int, tuple[object, ...]] = field(default_factory=dict)
    unreadable: set[int] = field(default_factory=set)
    indexed: dict[int, dict[str, object]] = field(default_factory=dict)
    keys: dict[int, str] = field(default_factory=dict)


def _evidence(src: sqlite3.Connection, table: str, read: TableRead) -> set[int]:
    """Row ids the table's indexes still list (with their indexed values and keys, into `read`)."""
    ids: set[int] = set()
    kind = KIND_BY_TABLE.get(table)
    wanted = _KEY_COLUMN.findall(kind.key) if kind is not None and not kind.parent else []
    for name, columns in _indexed(src, table).items():
        names = ", ".join(f'"{c}"' for c in columns)
        try:
            for row in src.execute(f'SELECT rowid, {names} FROM "{table}" INDEXED BY "{name}"'):
                ids.add(int(row[0]))
                read.indexed.setdefault(int(row[0]), {}).update(zip(columns, row[1:]))
            if kind is not None and wanted and kind.user_key is not None and set(wanted) <= set(columns):
                key = kind.key.replace("t.", "")
                test = f"WHERE {kind.user_key}" if kind.user_key else ""
                read.keys.update((int(r[0]), str(r[1])) for r in src.execute(
                    f'SELECT rowid, k FROM (SELECT rowid, {key} AS k FROM "{table}" INDEXED BY "{name}") {test}'))
        except sqlite3.DatabaseError:
            continue
    return ids


def read_table(src: sqlite3.Connection, table: str) -> TableRead:
    """Every row SQLite can reach: in row order, backwards from the end, then row by row across the gap."""
    read = TableRead()
    rows = read.rows
    if _scan(src, table, "ASC", rows):
        return read
    low = max(rows, default=0)
    found_high: dict[int, tuple[object, ...]] = {}
    _scan(src, table, "DESC", found_high)
    ids = _evidence(src, table, read)
    high = min(found_high, default=max(ids, default=low) + 1)
    rows.update(found_high)
    candidates = set(range(low + 1, min(high, low + 1 + PROBE_LIMIT))) | ids
    for rowid in sorted(candidates - rows.keys()):
        try:
            row = src.execute(f'SELECT rowid, * FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        if row is not None:
            rows[rowid] = tuple(row[1:])
        elif rowid in ids:
            read.unreadable.add(rowid)
    read.indexed = {i: v for i, v in read.indexed.items() if i in read.unreadable}
    return read


def _is_fts(name: str) -> bool:
    return name == FTS_TABLE or name.startswith(FTS_TABLE + "_")


def _insert_rows(dst: sqlite3.Connection, name: str, rows: dict[int, tuple[object, ...]]) -> None:
    if not rows:
        return
    columns = [str(c[1]) for c in dst.execute(f'PRAGMA table_info("{name}")')]
    marks = ", ".join("?" * (len(columns) + 1))
    names = ", ".join(f'"{c}"' for c in columns)
    dst.executemany(f'INSERT INTO "{name}" (rowid, {names}) VALUES ({marks})',
                    ((rowid, *values) for rowid, values in sorted(rows.items())))


def _adopt(dst: sqlite3.Connection, name: str, read: TableRead, found: dict[int, list[list[object]]]) -> None:
    """Rows found on unreachable leaf pages that the table's indexes vouch for (same row id, same indexed
    values, no more fields than the table has columns) go back into the table; an ambiguous one stays lost."""
    info = dst.execute(f'PRAGMA table_info("{name}")').fetchall()
    columns = [str(c[1]) for c in info]
    alias = next((i for i, c in enumerate(info) if c[5] == 1 and str(c[2]).upper() == "INTEGER"), None)
    defaults = [dst.execute(f"SELECT {c[4]}").fetchone()[0] if c[4] is not None else None for c in info]
    adopted: dict[int, tuple[object, ...]] = {}
    for rowid in sorted(read.unreadable):
        matches = set()
        for values in found.get(rowid, ()):
            if not 0 < len(values) <= len(columns):
                continue
            full = list(values) + defaults[len(values):]
            if alias is not None and full[alias] is None:
                full[alias] = rowid
            if all(full[columns.index(c)] == v for c, v in read.indexed.get(rowid, {}).items() if c in columns):
                matches.add(tuple(full))
        if len(matches) == 1:
            adopted[rowid] = matches.pop()
    _insert_rows(dst, name, adopted)
    read.rows.update(adopted)
    read.unreadable -= adopted.keys()


def _copy_rows(src: sqlite3.Connection, copy: Path, dst: sqlite3.Connection,
               schema: list[tuple[str, str, str, str | None]]) -> tuple[dict[str, set[str]], list[str], int]:
    """Create the tables and copy every readable row; returns (unreadable keys per kind, damaged tables, count)."""
    reads: dict[str, TableRead] = {}
    for kind_, name, _table, sql in schema:
        if kind_ != "table" or not sql or name.startswith("sqlite_") or _is_fts(name):
            continue
        dst.execute(sql)
        reads[name] = read_table(src, name)
        _insert_rows(dst, name, reads[name].rows)
    wanted = set().union(*(r.unreadable for r in reads.values()))
    if wanted:  # look for them on leaf pages the damaged b-trees no longer reach
        found: dict[int, list[list[object]]] = {}
        for rowid, values in PageFile(copy).all_leaf_rows():
            if rowid in wanted:
                found.setdefault(rowid, []).append(values)
        for name, read in reads.items():
            if read.unreadable:
                _adopt(dst, name, read, found)
    unreadable: dict[str, set[str]] = {}
    for name, read in reads.items():
        kind = KIND_BY_TABLE.get(name)
        if kind is not None and read.unreadable:
            lost_keys = {read.keys.get(i) or (f"#{i}" if kind.user_key == "" else "") for i in read.unreadable}
            unreadable[kind.name] = {k for k in lost_keys if k}
        elif read.unreadable:
            unreadable.setdefault("", set()).update(f"#{name}#{i}" for i in read.unreadable)
    damaged = [name for name, read in reads.items() if read.unreadable]
    return unreadable, damaged, len(reads)


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
    return free_name(lambda stamp: db_path.with_name(f"chiplens-salvaged-{stamp}.sqlite"))


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
        with scratch_copy(db_path) as (src, copy), atomic_target(target, suffix=".partial") as tmp:
            schema = _schema(src, db_path)
            with closing(sqlite3.connect(tmp)) as dst:
                dst.execute("PRAGMA foreign_keys=OFF")
                with dst:
                    unreadable, damaged, tables = _copy_rows(src, copy, dst, schema)
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
