"""Rotated backups with SQLite's online backup API (consistent even with WAL), and restoring one.

Every backup lives in the `backups` folder beside the database, named
`chiplens-<reason>-<YYYYmmdd>-<HHMMSS>[-n].sqlite`. Two kinds:

- *daily* backups (reason "daily"), made on a clean exit when `quick_check` passes, at most one a
  day; kept by a grandfather-father-son policy: the newest backup of each of the last N days, of
  each of the last N ISO weeks and of each of the last N months that have backups
  (`RetentionPolicy`, a user setting).
- *safety* backups, made before something risky: a migration ("schema-0002"), a restore
  ("before-restore"), an import ("before-import"), ... The newest `SAFETY_KEEP` of them are kept.

A backup is written to a hidden temporary file and renamed into place, so a crash never leaves a
half backup that looks whole. `backup_before(db_path, reason)` is the call for any code that is
about to replace or bulk-change the user's data (importers, restore).
"""
from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.connect import connect
from db.errors import CorruptDatabaseError, NewerSchemaError, StoreError
from db.files import atomic_target, free_name, move_aside

SAFETY_KEEP = 10
KEEP = SAFETY_KEEP  # kept for callers of backup_database(..., keep=KEEP)
DAILY = "daily"
BACKUP_DIRNAME = "backups"
_NAME = re.compile(r"^chiplens-(?P<reason>[a-z0-9][a-z0-9._-]*?)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")


@dataclass(frozen=True)
class RetentionPolicy:
    """How many daily, weekly and monthly backups to keep (0 keeps none of that kind)."""
    daily: int = 7
    weekly: int = 4
    monthly: int = 6

    def clamped(self) -> RetentionPolicy:
        return RetentionPolicy(*(max(0, min(int(n), 999)) for n in (self.daily, self.weekly, self.monthly)))


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, from the file name
    size: int  # bytes
    reason: str

    @property
    def daily(self) -> bool:
        return self.reason == DAILY


def backup_dir_for(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIRNAME


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", reason.casefold()).strip("-._")
    return slug or "manual"


def _private_dir(folder: Path) -> None:
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live database with the backup API into `target` (written aside, fsynced, renamed, folder
    fsynced: db.files.atomic_target). A full disk or an unwritable folder raises the StoreError that says
    so (DiskFullError, DataFolderError), and leaves no part of the copy behind."""
    from db.integrity import translate
    target = Path(target)
    try:
        with atomic_target(target, suffix=".partial") as tmp, \
                closing(connect(source, readonly=True)) as src, \
                closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    except (sqlite3.Error, OSError) as exc:
        raise translate(exc, target) from exc
    return target


def backup_database(db_path: Path, backup_dir: Path, label: str, keep: int = SAFETY_KEEP) -> Path:
    """Back `db_path` up to `backup_dir/chiplens-<label>-<timestamp>.sqlite`.

    Keeps the newest `keep` safety backups (daily backups are rotated by `prune`, not here).
    """
    from db.integrity import translate
    backup_dir = Path(backup_dir)
    try:
        _private_dir(backup_dir)
    except OSError as exc:
        raise translate(exc, backup_dir) from exc
    label = _slug(label)
    target = free_name(lambda stamp: backup_dir / f"chiplens-{label}-{stamp}.sqlite")
    copy_database(Path(db_path), target)
    if label != DAILY:
        safety = [b for b in list_backups(backup_dir) if not b.daily and b.path != target]
        for old in safety[keep - 1 if keep > 0 else 0:]:
            old.path.unlink(missing_ok=True)
    return target


def backup_before(db_path: Path, reason: str) -> Path:
    """A safety backup of the store before `reason` (e.g. "import", "restore"); returns its path.

    Call it before replacing or bulk-changing user data. Raises StoreError (disk full, read-only...)
    with advice: if the backup cannot be made, the risky operation should not go ahead.
    """
    from db.integrity import translate
    db_path = Path(db_path)
    try:
        return backup_database(db_path, backup_dir_for(db_path), "before-" + _slug(reason).removeprefix("before-"))
    except (sqlite3.Error, OSError) as exc:
        raise translate(exc, db_path) from exc


def _parse(path: Path) -> BackupInfo | None:
    m = _NAME.match(path.name)
    if not m:
        return None
    try:
        created = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, size, m["reason"])


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first (files with other names are ignored)."""
    folder = Path(backup_dir)
    if not folder.is_dir():
        return []
    found = [b for b in (_parse(p) for p in folder.glob("chiplens-*.sqlite")) if b is not None]
    def order(b: BackupInfo) -> tuple[datetime, int]:
        try:
            return b.created, b.path.stat().st_mtime_ns
        except OSError:
            return b.created, 0
    return sorted(found, key=order, reverse=True)


def kept_by_policy(backups: list[BackupInfo], policy: RetentionPolicy) -> set[Path]:
    """The daily backups a policy keeps: the newest of each of the last N days, weeks and months."""
    policy = policy.clamped()
    keep: set[Path] = set()
    daily = sorted((b for b in backups if b.daily), key=lambda b: b.created, reverse=True)
    for count, bucket in ((policy.daily, lambda d: d.date()),
                          (policy.weekly, lambda d: tuple(d.isocalendar())[:2]),
                          (policy.monthly, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for b in daily:
            key = bucket(b.created)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            keep.add(b.path)
    return keep


def prune(backup_dir: Path, policy: RetentionPolicy) -> list[Path]:
    """Delete the daily backups the policy does not keep; returns what was deleted."""
    backups = list_backups(backup_dir)
    keep = kept_by_policy(backups, policy)
    gone = [b.path for b in backups if b.daily and b.path not in keep]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def daily_backup(db_path: Path, policy: RetentionPolicy, now: datetime | None = None,
                 again: bool = False) -> Path | None:
    """A daily backup if the store passes quick_check and has none from today (`again`: even if it has one,
    for a backup of changes made since: while working, on exit after changes); then prune, which keeps
    only the newest of each day (and week, month), so the retention policy is the same however many are made.

    Returns the new backup, or None (already one today, or the store is not healthy: a damaged file
    must never push a good backup out of the rotation). A full disk or a read-only folder: StoreError.
    """
    from db import integrity
    db_path = Path(db_path)
    folder = backup_dir_for(db_path)
    today = (now or datetime.now()).date()
    if not db_path.exists():
        return None
    made = None
    if again or not any(b.daily and b.created.date() == today for b in list_backups(folder)):
        try:
            integrity.check_header(db_path)
            with closing(connect(db_path, readonly=True)) as conn:
                integrity.quick_check(conn, db_path)
        except (StoreError, sqlite3.Error):
            return None
        made = backup_database(db_path, folder, DAILY)
    prune(folder, policy)
    return made


class WriteWatch:
    """Did anything write to the store since this watch began? (SQLite's PRAGMA data_version, on a
    read-only connection held open meanwhile: it changes when another connection commits.) For making
    the day's backup after a command that wrote, and none after one that only read."""

    def __init__(self, db_path: Path) -> None:
        self._conn = connect(db_path, readonly=True)
        self._start = self._version()

    def _version(self) -> int:
        version: int = self._conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def written(self) -> bool:
        return self._version() != self._start

    def close(self) -> None:
        self._conn.close()


def verify_backup(source: Path) -> str:
    """Check that `source` is a healthy ChipLens database this version can open; returns its revision."""
    from db import integrity
    from db.migrations import HEAD, KNOWN_REVISIONS
    source = Path(source)
    if not source.is_file():
        raise StoreError(f"There is no backup file at this path.\n\nFile: {source}", str(source))
    try:
        integrity.check_header(source)
        with closing(connect(source, readonly=True)) as conn:
            integrity.quick_check(conn, source)
            revision = integrity.schema_revision(conn)
    except CorruptDatabaseError as exc:
        raise _damaged_backup(source, exc.detail) from None
    except sqlite3.Error as exc:
        err = integrity.translate(exc, source)
        raise (_damaged_backup(source, str(exc)) if isinstance(err, CorruptDatabaseError) else err) from None
    if revision is None:
        raise CorruptDatabaseError(f"This file is not a ChipLens database backup.\n\nFile: {source}", str(source))
    if revision not in KNOWN_REVISIONS:
        raise NewerSchemaError(f"This backup was written by a newer version of ChipLens (schema {revision}; this "
                               f"version knows up to {HEAD}). Install the newer ChipLens to restore it.\n\n"
                               f"File: {source}", str(source))
    return revision


def _damaged_backup(source: Path, detail: str) -> CorruptDatabaseError:
    err = CorruptDatabaseError(f"This backup file is damaged ({detail}) and cannot be restored. Choose another "
                               f"backup; the current database was not changed.\n\nFile: {source}", str(source))
    err.detail = detail
    return err


def restore_backup(db_path: Path, source: Path) -> tuple[Path | None, Path | None]:
    """Replace the store's content with the backup `source`.

    The backup is checked first (quick_check, known schema). A healthy current database is backed
    up first ("before-restore"); a damaged one is moved aside (renamed, never deleted). The content
    is then copied in with the backup API, so the file stays consistent for any other connection.
    Returns (safety backup, moved-aside file); one of them is None. The caller should then run
    `db.api.open_store`, which migrates a backup from an older schema.
    """
    from db import integrity
    db_path, source = Path(db_path), Path(source)
    verify_backup(source)
    safety = moved = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            integrity.check_header(db_path)
            with closing(connect(db_path, readonly=True)) as conn:
                integrity.quick_check(conn, db_path)
            healthy = True
        except (CorruptDatabaseError, sqlite3.DatabaseError):
            healthy = False
        if healthy:
            safety = backup_before(db_path, "restore")
        else:
            moved = move_aside(db_path)
    elif db_path.exists():
        moved = move_aside(db_path)
    try:
        with closing(connect(source, readonly=True)) as src, closing(connect(db_path)) as dst:
            src.backup(dst)
    except (sqlite3.Error, OSError) as exc:
        raise integrity.translate(exc, db_path) from exc
    return safety, moved
