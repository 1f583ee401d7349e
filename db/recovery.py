"""What to do with a damaged store: check it, move it aside (never delete it), restore or start fresh.

Plain sqlite3 (no SQLAlchemy): used at start-up and by `chiplens db ...`.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from db import integrity
from db.backup import BackupInfo, backup_dir_for, list_backups, restore_backup, verify_backup
from db.connect import connect
from db.errors import StoreError
from db.files import SIDE_FILES, move_aside  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class CheckReport:
    """`chiplens db check`: what was checked, and what is wrong (empty: healthy)."""
    path: Path
    size: int
    revision: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Header, quick_check, foreign keys, schema revision; read-only, never changes the file."""
    from db.migrations import HEAD, KNOWN_REVISIONS
    path = Path(path)
    if not path.exists():
        return CheckReport(path, 0, None, ("there is no database file yet (ChipLens creates one on start)",))
    size = path.stat().st_size
    problems: list[str] = []
    revision = None
    try:
        integrity.check_header(path)
        with closing(connect(path, readonly=True)) as conn:
            integrity.quick_check(conn, path)
            revision = integrity.schema_revision(conn)
            if revision is None:
                problems.append("it has no ChipLens schema (another program's database?)")
            else:
                integrity.foreign_key_check(conn, path)
    except StoreError as exc:
        problems.append(getattr(exc, "detail", "") or exc.message.split("\n\n")[0])
    except sqlite3.Error as exc:
        problems.append(str(exc))
    if revision is not None and revision not in KNOWN_REVISIONS:
        problems.append(f"it was written by a newer ChipLens (schema {revision}; this version knows up to {HEAD})")
    return CheckReport(path, size, revision, tuple(problems))


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
