"""Rotated backups with SQLite's online backup API (consistent even with WAL)."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

KEEP = 5


def backup_database(db_path: Path, backup_dir: Path, label: str, keep: int = KEEP) -> Path:
    """Copy `db_path` to `backup_dir/chiplens-<label>-<timestamp>.sqlite`; keep the newest `keep`."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"chiplens-{label}-{stamp}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = backup_dir / f"chiplens-{label}-{stamp}-{n}.sqlite"
    src = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    backups = sorted(backup_dir.glob("chiplens-*.sqlite"), key=lambda p: p.stat().st_mtime_ns)
    for old in backups[:-keep]:
        old.unlink(missing_ok=True)
    return target
