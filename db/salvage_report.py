"""What a salvage recovered and lost, per kind of the analyst's rows (notes, figures, sources, events...).

A kind is a table and the stable key of its rows (uid, slug, key: never the autoincrement id), restricted to
the analyst's own rows where the table also holds bundled ones (origin 'user'). "Lost" is what is known to be
gone: rows the latest good backup had that the salvaged store lacks, rows whose index entry survived the damage
but whose row could not be read, and rows dropped because what they belonged to was lost. Without a backup only
the last two can be counted, and the report says there was no backup to compare with.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class Kind:
    """One kind of the analyst's rows: `key` is an SQL expression over the table aliased `t`."""
    name: str
    table: str
    key: str
    where: str = ""  # the analyst's rows only, for a table that also holds bundled rows
    # which keys read from an index (the row itself unreadable) are the analyst's: SQL over `k`; "" all of them,
    # None: cannot tell (the row's origin is not in the index)
    user_key: str | None = ""
    parent: str = ""  # the key is read through this parent table (aliased `n`) ...
    parent_col: str = ""  # ... that this column points at


KINDS = (
    Kind("notes", "note", "t.uid"),
    Kind("note_versions", "note_version", "n.uid || '@' || t.saved", parent="note", parent_col="note_id"),
    Kind("figures", "spec_value", "t.uid", "t.origin = 'user'", "k LIKE 'user-%'"),
    Kind("sources", "source", "t.key", "t.origin = 'user'", "k LIKE 'user-%'"),
    Kind("events", "event", "t.uid", "t.origin = 'user'", "k NOT LIKE 'seed-%'"),
    Kind("devices", "device", "t.slug", "t.origin = 'user'", None),
    Kind("pairings", "pairing", "t.slug", "t.origin = 'user'", None),
    Kind("choices", "value_choice", "t.device_slug || '/' || t.metric_key"),
    Kind("control_rules", "control_rule", "t.rule_id"),
    Kind("facts", "analyst_fact", "t.uid"),
)
KIND_BY_TABLE = {k.table: k for k in KINDS}


@dataclass(frozen=True)
class SalvageRow:
    """One kind of the analyst's rows after a salvage. `lost` is None for a kind nothing can be said of."""
    kind: str  # a KINDS name: notes, note_versions, figures, sources, events, ...
    recovered: int
    lost: int
    in_backup: int | None  # how many the backup compared with had (None: no backup)
    unreadable: int  # of `lost`: seen in an index, row unreadable
    dropped: int  # of `lost`: removed because what they belonged to was lost
    lost_since_backup: int  # of `lost`: not in the backup either (a merge into it cannot bring them back)


@dataclass(frozen=True)
class SalvageReport:
    damaged: Path  # the damaged store, left as it was found
    salvaged: Path  # the new store holding every row that could be read
    revision: str  # its schema revision
    rows: tuple[SalvageRow, ...]
    backup: Path | None  # the backup the losses were counted against (None: there is none)
    backup_created: datetime | None
    tables_read: int
    tables_damaged: tuple[str, ...]  # tables with at least one unreadable page
    bundled_rows: int  # rows of the bundled reference data recovered (ChipLens re-loads it anyway)
    unreadable_bundled: int  # bundled rows seen in an index but unreadable (re-loaded from ChipLens itself)

    @property
    def lost(self) -> int:
        return sum(r.lost for r in self.rows)

    @property
    def recovered(self) -> int:
        return sum(r.recovered for r in self.rows)

    @property
    def lost_since_backup(self) -> int:
        return sum(r.lost_since_backup for r in self.rows)


@dataclass(frozen=True)
class MergeRow:
    kind: str
    added: int  # rows the backup lacked
    updated: int  # rows the backup had older
    kept: int  # rows the backup had as new or newer: the backup's version kept
    skipped: int  # rows that point at something neither store has


@dataclass(frozen=True)
class MergeReport:
    store: Path
    backup: Path  # the backup restored into the store
    salvaged: Path
    moved: Path | None  # the damaged store, moved aside (kept)
    rows: tuple[MergeRow, ...]

    @property
    def merged(self) -> int:
        return sum(r.added + r.updated for r in self.rows)


def has_table(conn: sqlite3.Connection, table: str, schema: str = "main") -> bool:
    return conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone() is not None


def user_keys(conn: sqlite3.Connection, kind: Kind, schema: str = "main") -> set[str]:
    """The keys of the analyst's rows of one kind (empty if the table does not exist there)."""
    if not has_table(conn, kind.table, schema):
        return set()
    join = f"JOIN {schema}.{kind.parent} n ON n.id = t.{kind.parent_col}" if kind.parent else ""
    where = f"WHERE {kind.where}" if kind.where else ""
    return {str(r[0]) for r in conn.execute(f"SELECT {kind.key} FROM {schema}.{kind.table} t {join} {where}")}


def backup_keys(backup: Path | None) -> dict[str, set[str]] | None:
    """The analyst's keys per kind in a backup file (opened read-only), or None without one."""
    if backup is None:
        return None
    from contextlib import closing

    from db.connect import connect
    try:
        with closing(connect(backup, readonly=True)) as conn:
            return {k.name: user_keys(conn, k) for k in KINDS}
    except sqlite3.Error:
        return None


def rows_for(conn: sqlite3.Connection, before: dict[str, set[str]] | None, unreadable: dict[str, set[str]],
             dropped: dict[str, set[str]]) -> tuple[SalvageRow, ...]:
    """Per kind: what the salvaged store holds and what is known lost (see the module's docstring)."""
    out = []
    for kind in KINDS:
        now = user_keys(conn, kind)
        had = before.get(kind.name, set()) if before is not None else None
        seen = unreadable.get(kind.name, set()) - now
        gone = dropped.get(kind.name, set()) - now
        lost = (had - now if had is not None else set()) | seen | gone
        if any(k.startswith("#") for k in seen):  # rows known by their row number only: cannot be matched
            lost = max(lost - seen, seen | gone, key=len)  # with the backup's keys, so never counted twice
        since = (seen | gone) - (had or set())
        out.append(SalvageRow(kind.name, len(now), len(lost), None if had is None else len(had), len(seen),
                              len(gone), len(since)))
    return tuple(out)
