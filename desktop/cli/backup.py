"""The day's backup after the first command of the day that wrote to the store (notes add, notes import,
import, ...): desktop.cli.run watches for writes (db.api.backups.WriteWatch) and calls this once the
command has succeeded. Reads make none. No Qt: the retention policy is read from the settings file with
configparser (QSettings writes an ini: `[backup]` daily, weekly, monthly)."""
from __future__ import annotations

import configparser
import sys

# desktop.settings.BACKUP_KEYS, as configparser reads QSettings' "backup/daily" ... keys
SECTION, KINDS = "backup", ("daily", "weekly", "monthly")


def retention(settings_file):
    """The user's retention policy (File ▸ Backups…), or the defaults if the file or a value is unusable."""
    from db.api.backups import RetentionPolicy
    default = RetentionPolicy()
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
        values = [parser.getint(SECTION, kind, fallback=getattr(default, kind)) for kind in KINDS]
    except (configparser.Error, ValueError, UnicodeDecodeError, OSError):
        return default
    return RetentionPolicy(*values).clamped()


def first_write_of_the_day(lib, paths, err=None) -> None:
    """Make the day's backup if there is none today (daily_backup checks). The command itself succeeded:
    a backup that cannot be made (full disk, read-only folder) is a warning, not a failure."""
    from db.errors import StoreError
    err = err or sys.stderr
    try:
        lib.backups.daily(retention(paths.settings_file))
    except StoreError as exc:
        err.write(f"chiplens: warning: the day's backup could not be made. {exc.message}\n")
