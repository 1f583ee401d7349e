"""`chiplens db ...`: check, back up, list backups, restore, start fresh. No Qt.

    chiplens db check              locks, journal, quick_check, foreign keys, schema, write access; read-only;
                                   exit 0 healthy, else the condition's code (desktop.present.store_check:
                                   1 damaged, 3 busy, 4 read-only, 5 hot journal, 6 newer schema, 7 missing)
    chiplens db backup [-o FILE]   a backup (SQLite backup API) in the backups folder, or to FILE
    chiplens db backups            the backups, newest first (--format table|json)
    chiplens db restore FILE|LATEST
                                   replace the database with a backup (the newest good one for LATEST); the
                                   current database is backed up first, or moved aside if it is damaged
    chiplens db fresh              move the database aside (kept, renamed) and create a fresh one
    chiplens db salvage [--merge]  copy every readable row of a damaged database into a new one (desktop/cli/salvage.py)

On the command line nothing is asked: a damaged database makes every other command print what is
wrong and how to get out (`db restore LATEST` or `db fresh`) and exit 1, leaving the file untouched.
`restore` and `fresh` refuse to run while a ChipLens window has the data folder open (exit 1).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from desktop.cli.words import QT_TRANSLATE_NOOP, say, translate


def add_parser(sub) -> None:
    dbp = sub.add_parser("db", help=QT_TRANSLATE_NOOP("Cli", "check, back up and restore the database"))
    ds = dbp.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    from desktop.cli.arguments import Composed
    from desktop.present.store_check import exit_codes_help
    ds.add_parser("check", help=QT_TRANSLATE_NOOP("Cli", "check the database (damage, locks, a crash's journal, "
                                                         "schema, write access); changes nothing; each condition has "
                                                         "its exit code"),
                  description=QT_TRANSLATE_NOOP("Cli", "Check the database without changing it: is it damaged, busy "
                                                       "(another program writing: which one, where the system tells), "
                                                       "read-only, left with a crash's -journal, or from a newer "
                                                       "ChipLens? Says what to do about each."),
                  epilog=Composed(exit_codes_help))
    bk = ds.add_parser("backup", help=QT_TRANSLATE_NOOP("Cli", "back the database up (to the backups folder, or to "
                                                               "FILE)"))
    bk.add_argument("-o", "--output", metavar="FILE",
                    help=QT_TRANSLATE_NOOP("Cli", "write the backup to FILE (must not exist yet)"))
    ls = ds.add_parser("backups", help=QT_TRANSLATE_NOOP("Cli", "list the backups, newest first"))
    ls.add_argument("--format", default="table", choices=["table", "json"])
    rs = ds.add_parser("restore", help=QT_TRANSLATE_NOOP("Cli", "restore a backup file, or LATEST (the newest good "
                                                                "one); the current database is backed up first"))
    rs.add_argument("source", metavar="FILE|LATEST")
    ds.add_parser("fresh", help=QT_TRANSLATE_NOOP("Cli", "move the database aside (kept, renamed) and start with a "
                                                         "fresh one"))
    from desktop.cli import salvage
    salvage.add_parser(ds)


def _size(n: int) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


def running_pid(lock_file: Path) -> int | None:
    """The pid in a ChipLens window's lock file if that process is alive (QLockFile's format: pid first)."""
    try:
        first = Path(lock_file).read_text(encoding="utf-8", errors="replace").split("\n", 1)[0].strip()
        pid = int(first)
    except (OSError, ValueError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    except OSError:
        return None
    return pid


def run_db(paths, args, out=None, err=None) -> int:
    """A store or file error propagates: desktop.cli.main tells it, as for every command."""
    return _run(paths, args, out or sys.stdout, err or sys.stderr)


def _refuse_while_running(paths, err) -> bool:
    pid = running_pid(paths.lock_file)
    if pid is None:
        return False
    err.write("chiplens: " + say(translate("Cli", "ChipLens is running with the data folder %1 (process %2). Close "
                                             "its window first, or use File > Backups… in that window."),
                                 paths.data_dir, pid) + "\n")
    return True


def _run(paths, args, out, err) -> int:
    from db.api import Library
    database = paths.database
    lib = Library(database)
    command = args.db_command
    if command == "salvage":
        from desktop.cli import salvage
        return 1 if _refuse_while_running(paths, err) else salvage.run(paths, args, lib, out, err)
    if command == "check":
        from desktop.present import store_check
        report = lib.backups.check()
        if report.ok:
            out.write(store_check.healthy_line(report, _size(report.size)) + "\n")
            return 0
        err.write(f"chiplens: {database}\n")
        for line in store_check.check_lines(report, chiplens_pid=running_pid(paths.lock_file)):
            err.write(f"  {line}\n")
        return store_check.exit_code(report)
    if command == "backups":
        items = lib.backups.list()
        if args.format == "json":
            json.dump([{"file": str(b.path), "created": b.created.isoformat(timespec="seconds"), "size": b.size,
                        "reason": b.reason} for b in items], out, indent=1)
            out.write("\n")
            return 0
        if not items:
            out.write(say(translate("Cli", "no backups yet in %1"), lib.backups.folder) + "\n")
            return 0
        head = (translate("Cli", "created"), translate("Cli", "size"), translate("Cli", "reason"),
                translate("Cli", "file"))
        out.write(f"{head[0]:<19}  {head[1]:>10}  {head[2]:<16}  {head[3]}\n")
        for b in items:
            out.write(f"{b.created:%Y-%m-%d %H:%M:%S}  {_size(b.size):>10}  {b.reason:<16}  {b.path}\n")
        return 0
    if command == "backup":
        from desktop.present import store_check
        report = lib.backups.check()
        if set(report.conditions) - {"read_only"}:  # a read-only store can still be copied
            err.write("chiplens: " + say(translate("Cli", "not backed up: %1"), database) + "\n")
            for line in store_check.check_lines(report):
                err.write(f"  {line}\n")
            return 1
        if args.output:
            target = Path(args.output).expanduser().absolute()
            if target.exists():
                err.write("chiplens: " + say(translate("Cli", "%1 exists already; choose a new file name"), target)
                          + "\n")
                return 1
            made = lib.backups.copy_to(target)
        else:
            made = lib.backups.make("manual")
        out.write(f"{made}\n")
        return 0
    if command in ("restore", "fresh") and _refuse_while_running(paths, err):
        return 1
    if command == "restore":
        if args.source == "LATEST":
            info, safety, moved = lib.backups.restore_latest()
            source = info.path
        else:
            source = Path(args.source).expanduser().absolute()
            safety, moved = lib.backups.restore(source)
        lib.open()
        out.write(say(translate("Cli", "restored %1"), source) + "\n")
        if safety:
            out.write(say(translate("Cli", "the database as it was is backed up in %1"), safety) + "\n")
        if moved:
            out.write(say(translate("Cli", "the damaged database was moved aside (kept) to %1"), moved) + "\n")
        return 0
    if command == "fresh":
        moved = lib.backups.start_fresh()
        lib.open()
        out.write(say(translate("Cli", "fresh database: %1"), database) + "\n")
        if moved:
            out.write(say(translate("Cli", "the previous one was moved aside (kept) to %1"), moved) + "\n")
        return 0
    return 2
