"""`chiplens db ...`: check, back up, list backups, restore, start fresh. No Qt.

    chiplens db check              quick_check + foreign keys + schema; exit 0 healthy, 1 damaged/missing
    chiplens db backup [-o FILE]   a backup (SQLite backup API) in the backups folder, or to FILE
    chiplens db backups            the backups, newest first (--format table|json)
    chiplens db restore FILE|LATEST
                                   replace the database with a backup (the newest good one for LATEST); the
                                   current database is backed up first, or moved aside if it is damaged
    chiplens db fresh              move the database aside (kept, renamed) and create a fresh one

On the command line nothing is asked: a damaged database makes every other command print what is
wrong and how to get out (`db restore LATEST` or `db fresh`) and exit 1, leaving the file untouched.
`restore` and `fresh` refuse to run while a ChipLens window has the data folder open (exit 1).
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def add_parser(sub) -> None:
    dbp = sub.add_parser("db", help="check, back up and restore the database")
    ds = dbp.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    ds.add_parser("check", help="check the database (integrity, foreign keys, schema); exit 1 if damaged")
    bk = ds.add_parser("backup", help="back the database up (to the backups folder, or to FILE)")
    bk.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE (must not exist yet)")
    ls = ds.add_parser("backups", help="list the backups, newest first")
    ls.add_argument("--format", default="table", choices=["table", "json"])
    rs = ds.add_parser("restore", help="restore a backup file, or LATEST (the newest good one); the current "
                                       "database is backed up first")
    rs.add_argument("source", metavar="FILE|LATEST")
    ds.add_parser("fresh", help="move the database aside (kept, renamed) and start with a fresh one")


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
    err.write(f"chiplens: ChipLens is running with the data folder {paths.data_dir} (process {pid}). Close its "
              "window first, or use File > Backups… in that window.\n")
    return True


def _run(paths, args, out, err) -> int:
    from db.api import Library
    database = paths.database
    lib = Library(database)
    command = args.db_command
    if command == "check":
        report = lib.backups.check()
        if report.ok:
            out.write(f"ok: {database} (schema {report.revision}, {_size(report.size)}): integrity and foreign "
                      "keys checked\n")
            return 0
        err.write(f"chiplens: the database has problems:\n  {database}\n")
        for problem in report.problems:
            err.write(f"  - {problem}\n")
        if database.exists():
            err.write("Way out: 'chiplens db restore LATEST' moves it aside (kept) and restores the newest good "
                      "backup; 'chiplens db fresh' moves it aside and starts with a fresh database.\n")
        return 1
    if command == "backups":
        items = lib.backups.list()
        if args.format == "json":
            json.dump([{"file": str(b.path), "created": b.created.isoformat(timespec="seconds"), "size": b.size,
                        "reason": b.reason} for b in items], out, indent=1)
            out.write("\n")
            return 0
        if not items:
            out.write(f"no backups yet in {lib.backups.folder}\n")
            return 0
        out.write(f"{'created':<19}  {'size':>10}  {'reason':<16}  file\n")
        for b in items:
            out.write(f"{b.created:%Y-%m-%d %H:%M:%S}  {_size(b.size):>10}  {b.reason:<16}  {b.path}\n")
        return 0
    if command == "backup":
        report = lib.backups.check()
        if not report.ok:
            err.write(f"chiplens: not backed up: {database}: {'; '.join(report.problems)}\n")
            return 1
        if args.output:
            target = Path(args.output).expanduser().absolute()
            if target.exists():
                err.write(f"chiplens: {target} exists already; choose a new file name\n")
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
        out.write(f"restored {source}\n")
        if safety:
            out.write(f"the database as it was is backed up in {safety}\n")
        if moved:
            out.write(f"the damaged database was moved aside (kept) to {moved}\n")
        return 0
    if command == "fresh":
        moved = lib.backups.start_fresh()
        lib.open()
        out.write(f"fresh database: {database}\n")
        if moved:
            out.write(f"the previous one was moved aside (kept) to {moved}\n")
        return 0
    return 2
