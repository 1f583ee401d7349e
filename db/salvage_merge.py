"""What to do with a salvaged store: put it in place of the damaged one, or merge its user rows into the
latest good backup.

Merging restores the latest good backup into the store (db.recovery.restore_latest: the damaged file is moved
aside, kept), brings both files to the current schema with the bundled data (db.api.open_store's work, done by
the caller's `open_store`), then copies in, in one transaction, every row of the analyst's that the backup lacks
or has older. Rows are matched by their stable keys (uid, slug, key) and the rows they point at are found by
theirs, never by the autoincrement ids, which differ between the two files. A row with an `updated` time
replaces the backup's unless the backup's is newer; one without (a figure, a source, a device, a pairing, a source
choice) replaces it if it differs, since the salvaged store is the later state of the data. Rows the backup has
and the salvage lacks are kept: a merge never deletes.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from db import integrity
from db.connect import connect
from db.errors import StoreError
from db.files import move_aside
from db.salvage_report import MergeReport, MergeRow, has_table

# a foreign key column -> (parent table, the parent's stable key column)
Refs = dict[str, tuple[str, str]]


@dataclass(frozen=True)
class Child:
    table: str
    parent_col: str
    refs: Refs = field(default_factory=dict)
    unique: bool = False  # a row can collide with another parent's (device_alias.alias_norm): skip it then


@dataclass(frozen=True)
class Spec:
    kind: str
    table: str
    key: tuple[str, ...]
    user_only: bool  # the table also holds bundled rows: only origin 'user' rows are merged
    refs: Refs = field(default_factory=dict)
    updated: str | None = None
    children: tuple[Child, ...] = ()


DEVICE = ("device", "slug")
SOURCE = ("source", "key")
SPECS = (
    Spec("sources", "source", ("key",), True),
    Spec("devices", "device", ("slug",), True,
         {"organisation_id": ("organisation", "slug"), "composition_source_id": SOURCE},
         children=(Child("device_alias", "device_id", unique=True),
                   Child("system_component", "system_id", {"component_device_id": DEVICE, "source_id": SOURCE}))),
    Spec("pairings", "pairing", ("slug",), True,
         {"device_a_id": DEVICE, "device_b_id": DEVICE, "device_c_id": DEVICE, "device_d_id": DEVICE}),
    Spec("figures", "spec_value", ("uid",), True,
         {"device_id": DEVICE, "metric_id": ("metric", "key"), "source_id": SOURCE}),
    Spec("choices", "value_choice", ("device_slug", "metric_key"), False),
    Spec("events", "event", ("uid",), True, updated="updated",
         children=(Child("event_source", "event_id"), Child("event_device", "event_id", {"device_id": DEVICE}),
                   Child("event_tag", "event_id"))),
    Spec("notes", "note", ("uid",), False, updated="updated",
         children=(Child("note_tag", "note_id"), Child("note_link", "note_id"))),
    Spec("control_rules", "control_rule", ("rule_id",), False, updated="updated"),
    Spec("facts", "analyst_fact", ("uid",), False, updated="updated"),
)


class _Ids:
    """Row id <-> stable key lookups in the salvaged store (`s`) and in the store (`main`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._keys: dict[tuple[str, str], dict[int, object]] = {}

    def key_of(self, table: str, column: str, row_id: object) -> object:
        cache = self._keys.get((table, column))
        if cache is None:
            cache = self._keys[(table, column)] = dict(self.conn.execute(f"SELECT id, {column} FROM s.{table}"))
        return cache.get(int(row_id)) if isinstance(row_id, int) else None

    def id_of(self, table: str, column: str, key: object) -> int | None:
        row = self.conn.execute(f"SELECT id FROM main.{table} WHERE {column} = ?", (key,)).fetchone()
        return int(row[0]) if row else None

    def remap(self, values: dict[str, object], refs: Refs) -> bool:
        """Replace the salvage's ids by the store's for each reference; False if one has no counterpart."""
        for column, (table, key_col) in refs.items():
            if values.get(column) is None:
                continue
            target = self.id_of(table, key_col, self.key_of(table, key_col, values[column]))
            if target is None:
                return False
            values[column] = target
        return True


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    main = {str(c[1]) for c in conn.execute(f'PRAGMA main.table_info("{table}")')}
    return [str(c[1]) for c in conn.execute(f'PRAGMA s.table_info("{table}")') if c[1] in main and c[1] != "id"]


def _insert(conn: sqlite3.Connection, table: str, values: dict[str, object], ignore: bool = False) -> int:
    names = ", ".join(values)
    cur = conn.execute(f"INSERT {'OR IGNORE ' if ignore else ''}INTO main.{table} ({names}) "
                       f"VALUES ({', '.join('?' * len(values))})", tuple(values.values()))
    return int(cur.lastrowid or 0)


def _copy_children(conn: sqlite3.Connection, ids: _Ids, spec: Spec, source_id: int, target_id: int) -> None:
    for child in spec.children:
        if not (has_table(conn, child.table, "s") and has_table(conn, child.table)):
            continue
        conn.execute(f"DELETE FROM main.{child.table} WHERE {child.parent_col} = ?", (target_id,))
        columns = _columns(conn, child.table)
        for row in conn.execute(f"SELECT {', '.join(columns)} FROM s.{child.table} WHERE {child.parent_col} = ?",
                                (source_id,)).fetchall():
            values = dict(zip(columns, row))
            values[child.parent_col] = target_id
            if ids.remap(values, child.refs):
                _insert(conn, child.table, values, ignore=child.unique)


def _merge_versions(conn: sqlite3.Connection, source_id: int, target_id: int) -> None:
    """A note's earlier versions: the salvage's that the store lacks are added (versions are never replaced)."""
    have = set(conn.execute("SELECT saved, title, body FROM main.note_version WHERE note_id = ?", (target_id,)))
    for saved, title, body in conn.execute("SELECT saved, title, body FROM s.note_version WHERE note_id = ?",
                                           (source_id,)).fetchall():
        if (saved, title, body) not in have:
            _insert(conn, "note_version", {"note_id": target_id, "saved": saved, "title": title, "body": body})


def _merge_table(conn: sqlite3.Connection, ids: _Ids, spec: Spec) -> MergeRow:
    if not (has_table(conn, spec.table, "s") and has_table(conn, spec.table)):
        return MergeRow(spec.kind, 0, 0, 0, 0)
    columns = _columns(conn, spec.table)
    where = "WHERE origin = 'user'" if spec.user_only else ""
    added = updated = kept = skipped = 0
    for row in conn.execute(f"SELECT id, {', '.join(columns)} FROM s.{spec.table} {where}").fetchall():
        source_id, values = int(row[0]), dict(zip(columns, row[1:]))
        match = " AND ".join(f"{k} = ?" for k in spec.key)
        found = conn.execute(f"SELECT * FROM main.{spec.table} WHERE {match}",
                             tuple(values[k] for k in spec.key)).fetchone()
        if not ids.remap(values, spec.refs):
            skipped += 1
            continue
        if found is None:
            target_id = _insert(conn, spec.table, values)
            added += 1
        else:
            names = [str(d[1]) for d in conn.execute(f'PRAGMA main.table_info("{spec.table}")')]
            stored = dict(zip(names, found))
            target_id = int(stored["id"])
            # the salvage is the later state of the data: its row wins unless the backup's was updated later (an
            # `updated` time has whole seconds: an edit in the second of the backup is still the newer one)
            newer = spec.updated is None or str(values.get(spec.updated) or "") >= str(stored.get(spec.updated) or "")
            if not newer or all(stored.get(c) == v for c, v in values.items()):
                if spec.table == "note":
                    _merge_versions(conn, source_id, target_id)
                kept += 1
                continue
            conn.execute(f"UPDATE main.{spec.table} SET {', '.join(f'{c} = ?' for c in values)} WHERE id = ?",
                         (*values.values(), target_id))
            updated += 1
        _copy_children(conn, ids, spec, source_id, target_id)
        if spec.table == "note":
            _merge_versions(conn, source_id, target_id)
    return MergeRow(spec.kind, added, updated, kept, skipped)


def merge_rows(db_path: Path, salvaged: Path) -> tuple[MergeRow, ...]:
    """Copy the salvaged store's user rows that the store lacks or has older, in one transaction."""
    from db.notes import rebuild_index
    db_path, salvaged = Path(db_path), Path(salvaged)
    try:
        with closing(connect(db_path, writing=True, synchronous="FULL")) as conn:
            conn.isolation_level = None
            conn.execute("ATTACH DATABASE ? AS s", (salvaged.absolute().as_uri() + "?mode=ro",))
            conn.execute("BEGIN IMMEDIATE")
            try:
                ids = _Ids(conn)
                rows = tuple(_merge_table(conn, ids, spec) for spec in SPECS)
                rebuild_index(conn)
                integrity.foreign_key_check(conn, db_path)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE s")
    except (sqlite3.Error, OSError) as exc:
        raise integrity.translate(exc, db_path) from exc
    return rows


def merge_into_latest_backup(db_path: Path, salvaged: Path, open_store: Callable[[Path], object]) -> MergeReport:
    """Restore the latest good backup into the store (the damaged file moved aside, kept), then merge the
    salvaged user rows into it. `open_store` makes a file current and seeded (db.api.open_store)."""
    from db.recovery import latest_good_backup, restore_latest
    db_path, salvaged = Path(db_path), Path(salvaged)
    if latest_good_backup(db_path) is None:
        raise StoreError("There is no usable backup to merge the salvaged rows into. Use the salvaged store as "
                         f"it is instead.\n\nSalvaged store: {salvaged}", str(salvaged))
    open_store(salvaged)  # the current schema, as the store will have it
    info, _safety, moved = restore_latest(db_path)
    open_store(db_path)
    return MergeReport(db_path, info.path, salvaged, moved, merge_rows(db_path, salvaged))


def use_salvaged(db_path: Path, salvaged: Path, open_store: Callable[[Path], object]) -> Path | None:
    """Put the salvaged store in place of the damaged one (moved aside, kept); returns where that one went."""
    db_path, salvaged = Path(db_path), Path(salvaged)
    if not salvaged.is_file():
        raise StoreError(f"There is no salvaged store at this path.\n\nFile: {salvaged}", str(salvaged))
    moved = move_aside(db_path) if db_path.exists() else None
    try:
        salvaged.replace(db_path)
    except OSError as exc:
        raise integrity.translate(exc, db_path) from exc
    open_store(db_path)
    return moved
