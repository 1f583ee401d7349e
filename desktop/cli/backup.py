"""The day's backup after the first command of the day that wrote to the store (notes add, notes import,
import, ...): desktop.cli.run watches for writes (db.api.backups.WriteWatch) and calls this once the
command has succeeded. Reads make none. No Qt: the retention policy is read from the settings file with
configparser (QSettings writes an ini: `[backup]` daily, weekly, monthly)."""
from __future__ import annotations

import configparser
import sys

from desktop.cli.words import say, translate

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


def after_success(lib, paths, watch, err=None) -> None:
    """The command succeeded: if it wrote and there is no backup today, make the day's backup (daily_backup
    checks). The command's work is saved whatever happens here: a backup that cannot be made (full disk,
    read-only folder, a read the disk refuses) is a warning, and the exit code stays 0."""
    from db.api.store import store_error
    from db.errors import StoreError
    err = err or sys.stderr
    try:
        if watch.written():
            lib.backups.daily(retention(paths.settings_file))
    except Exception as exc:
        known = exc if isinstance(exc, StoreError) else store_error(exc, paths.database)
        if known is None and not isinstance(exc, OSError):
            raise
        detail = known.message.split("\n\n")[0] if known is not None else str(exc)
        err.write("chiplens: " + say(translate("Cli", "warning: the day's backup could not be made. %1"), detail)
                  + "\n")
