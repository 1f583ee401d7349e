"""`chiplens db salvage [--merge]`: copy every readable row of a damaged database into a new one. No Qt.

Without --merge the salvaged store takes the damaged one's place (which is moved aside, kept, renamed);
with --merge the latest good backup is restored and the salvaged user rows it lacks or has older are merged
into it (the salvaged file is kept beside the store). Either way the per-kind report is printed: what was
recovered and what is known lost, counted against the latest good backup.

Exit codes: 0 salvaged, nothing of yours known lost (or the database is healthy: nothing done); 3 salvaged,
some of your rows are known lost (the report says which kinds; with --merge: lost and not in the backup either); 1 nothing salvaged (no database, a ChipLens
window has the folder open, the table list or the schema revision unreadable, no backup for --merge, disk
errors): the database is left as it was.
"""
from __future__ import annotations

from desktop.cli.words import QT_TRANSLATE_NOOP, say, translate
from desktop.present import salvage as words

HEALTHY, LOST, FAILED = 0, 3, 1


def add_parser(ds) -> None:
    sv = ds.add_parser("salvage", help=QT_TRANSLATE_NOOP("Cli", "copy every readable row of a damaged database into a "
                                                                "new one, which takes its place (the damaged file is "
                                                                "kept); exit 3 if rows were lost"))
    sv.add_argument("--merge", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "restore the latest good backup instead and merge into it the "
                                                  "salvaged rows of yours that it lacks or has older"))


def run(paths, args, lib, out, err) -> int:
    """After the caller has refused to run while a ChipLens window has the data folder open."""
    database = paths.database
    if not database.exists():
        err.write("chiplens: " + say(translate("Cli", "there is no database to salvage: %1"), database) + "\n")
        return FAILED
    if lib.backups.check().ok:
        out.write(say(translate("Cli", "the database is healthy; nothing to salvage: %1"), database) + "\n")
        return HEALTHY
    if args.merge and lib.backups.latest_good() is None:
        err.write("chiplens: " + say(translate("Cli", "there is no good backup to merge into (in %1); run 'chiplens db "
                                                    "salvage' without --merge to use the salvaged rows as they are"),
                                     lib.backups.folder) + "\n")
        return FAILED
    report = lib.backups.salvage()
    for line in words.text_table(words.salvage_table(report)):
        out.write(line + "\n")
    out.write("\n")
    for line in words.salvage_notes(report):
        out.write(line + "\n")
    if args.merge:
        merged = lib.backups.merge_salvaged(report.salvaged)
        out.write("\n")
        for line in words.text_table(words.merge_table(merged)):
            out.write(line + "\n")
        out.write("\n")
        from desktop.present.dates import date_time
        when = date_time(report.backup_created) if report.backup == merged.backup else merged.backup.name
        for line in words.merge_notes(merged, report, when):
            out.write(line + "\n")
        out.write(say(translate("Cli", "restored %1 and merged the salvaged rows into %2"), merged.backup, database)
                  + "\n")
        if merged.moved:
            out.write(say(translate("Cli", "the damaged database was moved aside (kept) to %1"), merged.moved) + "\n")
        out.write(say(translate("Cli", "the salvaged store is kept in %1"), merged.salvaged) + "\n")
        return LOST if report.lost_since_backup else HEALTHY
    else:
        moved = lib.backups.use_salvaged(report.salvaged)
        out.write(say(translate("Cli", "the salvaged store is now the database: %1"), database) + "\n")
        if moved:
            out.write(say(translate("Cli", "the damaged database was moved aside (kept) to %1"), moved) + "\n")
    return LOST if report.lost else HEALTHY
