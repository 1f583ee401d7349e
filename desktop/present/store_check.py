"""What `chiplens db check` found, in words, with the way out of each condition and its exit code.

db.recovery.check_database returns condition codes (damaged, busy, read-only, hot journal, newer schema,
...) with their data; this module phrases them, once, for the command line and the window. No Qt here;
the English templates are marked with QT_TRANSLATE_NOOP, the window passes Qt's translate function.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from desktop.present.reasons import QT_TRANSLATE_NOOP, Translate, _english

if TYPE_CHECKING:
    from db.api.backups import CheckReport

CONTEXT = "StoreCheck"

# condition -> exit code of `chiplens db check` (2 stays argparse's usage error)
EXIT_CODES = {
    "damaged": 1,
    "not_chiplens": 1,
    "busy": 3,
    "read_only": 4,
    "hot_journal": 5,
    "newer_schema": 6,
    "missing": 7,
}

HEADLINES = {
    "damaged": QT_TRANSLATE_NOOP("StoreCheck", "The database is damaged."),
    "not_chiplens": QT_TRANSLATE_NOOP("StoreCheck", "This SQLite file is not a ChipLens database (it has no "
                                                    "ChipLens schema)."),
    "busy": QT_TRANSLATE_NOOP("StoreCheck", "The database is busy: another program is writing to it (%1)."),
    "read_only": QT_TRANSLATE_NOOP("StoreCheck", "The database or its folder is read-only: ChipLens cannot "
                                                 "write to it."),
    "hot_journal": QT_TRANSLATE_NOOP("StoreCheck", "A transaction left unfinished by a crash is in %1."),
    "newer_schema": QT_TRANSLATE_NOOP("StoreCheck", "The database was written by a newer ChipLens (schema %1; "
                                                    "this version knows up to %2)."),
    "missing": QT_TRANSLATE_NOOP("StoreCheck", "There is no database file yet (ChipLens creates one on start)."),
}

ADVICE = {
    "damaged": QT_TRANSLATE_NOOP(
        "StoreCheck", "Way out: 'chiplens db restore LATEST' moves it aside (kept) and restores the newest good "
                      "backup; 'chiplens db salvage' copies every row that can still be read into a new database "
                      "(the damaged file is kept); 'chiplens db fresh' moves it aside and starts with a fresh "
                      "database."),
    "not_chiplens": QT_TRANSLATE_NOOP(
        "StoreCheck", "Way out: use --data-dir DIR for another folder, or move the file aside: 'chiplens db "
                      "fresh' does that (the file is kept) and starts with a fresh database."),
    "busy": QT_TRANSLATE_NOOP(
        "StoreCheck", "Nothing is wrong with the file. Wait until that program has finished, or close it, then "
                      "try again."),
    "read_only": QT_TRANSLATE_NOOP(
        "StoreCheck", "Fix the permissions of the file and its folder (%1), or start ChipLens with --data-dir "
                      "DIR (or set CHIPLENS_DATA_DIR) to use another folder."),
    "hot_journal": QT_TRANSLATE_NOOP(
        "StoreCheck", "Opening the database with write access (starting ChipLens, or any chiplens command but "
                      "'db check') rolls that transaction back: the database is then as it was before it. "
                      "'db check' leaves it as it is. Keep the -journal file beside the database: deleting it "
                      "can damage the database."),
    "newer_schema": QT_TRANSLATE_NOOP(
        "StoreCheck", "Upgrade ChipLens to open it (it was left untouched), or use --data-dir DIR to open "
                      "another folder."),
    "missing": QT_TRANSLATE_NOOP("StoreCheck", "Start ChipLens, or run any chiplens command, to create it."),
}

HEALTHY = QT_TRANSLATE_NOOP("StoreCheck", "ok: %1 (schema %2, %3): integrity and foreign keys checked")
UNKNOWN_HOLDER = QT_TRANSLATE_NOOP("StoreCheck", "the system does not say which")
HOLDER = QT_TRANSLATE_NOOP("StoreCheck", "%1, process %2")
CHIPLENS_HOLDER = QT_TRANSLATE_NOOP("StoreCheck", "a ChipLens window, process %1")
DETAIL = QT_TRANSLATE_NOOP("StoreCheck", "Found: %1")

HELP_NAMES = {
    "damaged": QT_TRANSLATE_NOOP("StoreCheck", "damaged, or not a ChipLens database"),
    "busy": QT_TRANSLATE_NOOP("StoreCheck", "busy: another program holds a write lock"),
    "read_only": QT_TRANSLATE_NOOP("StoreCheck", "read-only file or folder"),
    "hot_journal": QT_TRANSLATE_NOOP("StoreCheck", "a -journal left by a crash (rolled back on the next open "
                                                   "with write access)"),
    "newer_schema": QT_TRANSLATE_NOOP("StoreCheck", "written by a newer ChipLens"),
    "missing": QT_TRANSLATE_NOOP("StoreCheck", "no database file yet"),
}


def exit_code(report: CheckReport) -> int:
    """0 healthy, else the code of the most urgent condition (EXIT_CODES)."""
    return EXIT_CODES[report.condition] if report.condition else 0


EXIT_CODES_HEADING = QT_TRANSLATE_NOOP("StoreCheck", "exit codes:")
HEALTHY_NAME = QT_TRANSLATE_NOOP("StoreCheck", "healthy")


def exit_codes_help(translate: Translate = _english) -> str:
    """The exit codes, one a line, for `chiplens db check --help` (the README lists the same)."""
    lines = [translate(CONTEXT, EXIT_CODES_HEADING), f"  0  {translate(CONTEXT, HEALTHY_NAME)}"]
    lines += [f"  {EXIT_CODES[c]}  {translate(CONTEXT, text)}" for c, text in HELP_NAMES.items()]
    return "\n".join(lines)


def holders_text(holders: Iterable, translate: Translate = _english, chiplens_pid: int | None = None) -> str:
    """Who holds the lock: program and process id (a ChipLens window on this data folder named as such)."""
    named = [translate(CONTEXT, CHIPLENS_HOLDER).replace("%1", str(h.pid)) if h.pid == chiplens_pid
             else translate(CONTEXT, HOLDER).replace("%1", h.program).replace("%2", str(h.pid)) for h in holders]
    return "; ".join(named) or translate(CONTEXT, UNKNOWN_HOLDER)


def condition_lines(report: CheckReport, condition: str, translate: Translate = _english,
                    chiplens_pid: int | None = None) -> list[str]:
    """The headline of one condition, then its way out."""
    from db.api.store import HEAD
    head = translate(CONTEXT, HEADLINES[condition])
    if condition == "busy":
        head = head.replace("%1", holders_text(report.holders, translate, chiplens_pid))
    elif condition == "hot_journal":
        head = head.replace("%1", str(report.journal or f"{report.path}-journal"))
    elif condition == "newer_schema":
        head = head.replace("%1", str(report.revision)).replace("%2", HEAD)
    advice = translate(CONTEXT, ADVICE[condition]).replace("%1", str(report.path.parent))
    return [head, advice]


def check_lines(report: CheckReport, translate: Translate = _english, chiplens_pid: int | None = None) -> list[str]:
    """Every condition found, most urgent first, each with its way out; then SQLite's own words.
    `chiplens_pid`: the process of a ChipLens window open on this data folder (named so if it holds a lock)."""
    lines: list[str] = []
    for condition in report.conditions:
        lines += condition_lines(report, condition, translate, chiplens_pid)
    if report.problems and not set(report.conditions) & {"busy", "hot_journal"}:
        lines.append(translate(CONTEXT, DETAIL).replace("%1", "; ".join(report.problems)))
    return lines


def healthy_line(report: CheckReport, size: str, translate: Translate = _english) -> str:
    return translate(CONTEXT, HEALTHY).replace("%1", str(report.path)).replace("%2", str(report.revision)) \
        .replace("%3", size)
