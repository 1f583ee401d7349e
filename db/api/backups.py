"""Backups and recovery of a store: rotated safety copies (SQLite backup API), daily backups with a
retention policy, restore, checking a store, moving a damaged one aside or starting afresh."""
from __future__ import annotations

import builtins
from datetime import datetime
from pathlib import Path

from db.backup import (BackupInfo, RetentionPolicy, WriteWatch, backup_database, backup_dir_for, copy_database,
                       daily_backup, list_backups, restore_backup)
from db.files import move_aside
from db.migrations import KNOWN_REVISIONS
from db.recovery import CheckReport, check_database, latest_good_backup, restore_latest, start_fresh
from db.salvage import salvage
from db.salvage_report import KINDS, MergeReport, MergeRow, SalvageReport, SalvageRow

__all__ = ["KINDS", "KNOWN_REVISIONS", "BackupInfo", "Backups", "CheckReport", "MergeReport", "MergeRow",
           "RetentionPolicy", "SalvageReport", "SalvageRow", "WriteWatch", "backup_database", "backup_dir_for",
           "check_database", "copy_database", "daily_backup", "latest_good_backup", "list_backups", "merge_salvaged", "move_aside",
           "restore_backup", "restore_latest", "salvage", "start_fresh", "use_salvaged"]


def merge_salvaged(db_path: Path, salvaged: Path) -> MergeReport:
    """Restore the latest good backup into the store (the damaged file kept, moved aside), then copy in the
    salvaged store's user rows that the backup lacks or has older; the salvaged file is kept as it is."""
    from db.api.store import open_store
    from db.salvage_merge import merge_into_latest_backup
    return merge_into_latest_backup(Path(db_path), Path(salvaged), open_store)


def use_salvaged(db_path: Path, salvaged: Path) -> Path | None:
    """Put the salvaged store in place of the damaged one (moved aside, kept), current and seeded; returns
    where the damaged file went."""
    from db.api.store import open_store
    from db.salvage_merge import use_salvaged as put_in_place
    return put_in_place(Path(db_path), Path(salvaged), open_store)


class Backups:
    """`library.backups`: the backups of one store, and what to do when it is damaged."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def folder(self) -> Path:
        return backup_dir_for(self.path)

    def list(self) -> builtins.list[BackupInfo]:
        """The backups, newest first."""
        return list_backups(self.folder)

    def make(self, label: str = "manual") -> Path:
        """A rotated backup in the backups folder."""
        return backup_database(self.path, self.folder, label)

    def copy_to(self, target: Path) -> Path:
        """A consistent copy of the live store at `target` (written aside, then renamed)."""
        return copy_database(self.path, target)

    def daily(self, policy: RetentionPolicy, now: datetime | None = None, again: bool = False) -> Path | None:
        """The day's backup if there is none today (`again`: a new one even so); pruned by `policy`."""
        return daily_backup(self.path, policy, now, again)

    def watch_writes(self) -> WriteWatch:
        """A watch whose written() says whether anything was committed to the store since it began."""
        return WriteWatch(self.path)

    def restore(self, source: Path) -> tuple[Path | None, Path | None]:
        """Replace the store's content with `source`; returns (safety backup, moved-aside file)."""
        return restore_backup(self.path, source)

    def latest_good(self) -> BackupInfo | None:
        return latest_good_backup(self.path)

    def restore_latest(self) -> tuple[BackupInfo, Path | None, Path | None]:
        return restore_latest(self.path)

    def start_fresh(self) -> Path | None:
        return start_fresh(self.path)

    def check(self) -> CheckReport:
        return check_database(self.path)

    def salvage(self) -> SalvageReport:
        """Copy every readable row of the (damaged) store into a new store file beside it; the store is left
        as it is."""
        return salvage(self.path)

    def use_salvaged(self, salvaged: Path) -> Path | None:
        return use_salvaged(self.path, salvaged)

    def merge_salvaged(self, salvaged: Path) -> MergeReport:
        return merge_salvaged(self.path, salvaged)
