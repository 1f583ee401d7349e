"""`chiplens import FILE [--format epoch|csv|json] [--dry-run] [--valid-only] [--accept-suspect]`. No Qt on this path.

Prints what the file adds, changes, skips and removes; the summary line goes last. Exit 0 when the
import was written (or, with --dry-run, would be), 1 with every error listed (file, row, column,
value, why) when the file cannot be imported: then, as with --dry-run, the store is not touched.

A figure 8, 1,000 or 1,024 times off the other sources of the same device (a unit slip: bytes read as bits)
is held as unit suspect: listed ('?', with the likely reading) and not imported; the rest is imported (exit 0)
and a warning says how many were held. `--accept-suspect` imports them as the file gives them.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktop.cli.words import QT_TRANSLATE_NOOP, say, translate

if TYPE_CHECKING:
    from db.api import Library

SHOWN_ACTIONS = {"add": "+", "change": "~", "remove": "-", "hold": "?"}


def add_parser(sub) -> None:
    im = sub.add_parser("import", help=QT_TRANSLATE_NOOP("Cli", "import data: Epoch AI's ml_hardware.csv, a ChipLens "
                                                                "CSV or a JSON data pack (from `export data`); shows "
                                                                "what is added, changed, skipped and removed"))
    im.add_argument("file", metavar="FILE")
    im.add_argument("--format", choices=["epoch", "csv", "json"],
                    help=QT_TRANSLATE_NOOP("Cli", "the file's format (default: detected)"))
    im.add_argument("--dry-run", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "show what the import would do; write nothing"))
    im.add_argument("--valid-only", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "import the valid rows of a file that has errors (listed) instead of "
                                                  "refusing it"))
    im.add_argument("--accept-suspect", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "also import the figures held as unit suspect (8, 1,000 or 1,024 "
                                                  "times off the other sources of the same device), as the file gives "
                                                  "them"))


def _line(item, labels: dict[str, str]) -> str:
    from desktop.present.beyond import plan_reason
    from desktop.present.suspects import CONFIRMED, why_held
    where = f"row {item.row}: " if item.row is not None else ""
    if item.action == "change":
        figure = f"{item.before}  →  {item.after}"
    else:
        figure = item.after or item.before
    reason = plan_reason(item)  # an analyst fact's in words
    if item.suspect is not None:
        held = why_held(item.suspect, labels.get(item.metric, item.metric), labels)
        reason = held if item.action == "hold" else f"{held}; {CONFIRMED}"
    return f"{SHOWN_ACTIONS[item.action]} {where}{item.device} · {item.metric}: {figure}  ({reason})"


def print_plan(plan, out: TextIO, every_line: bool, labels: dict[str, str] | None = None) -> None:
    """The diff: every added, changed and removed value with --dry-run; otherwise changes and removals
    (an import's additions are summed up, they can run into thousands); figures held, or confirmed, as unit
    suspect always. `labels`: metric key -> label, and label -> key (what the suspects were compared with)."""
    for item in plan.items:
        if item.action in ("change", "remove", "hold") or (item.action == "add" and (every_line or item.suspect)):
            out.write(_line(item, labels or {}) + "\n")
    if plan.new_devices:
        shown = ", ".join(plan.new_devices[:12]) + (", …" if len(plan.new_devices) > 12 else "")
        out.write(say(translate("Cli", "new devices (%1): %2"), len(plan.new_devices), shown) + "\n")


def cmd_import(lib: Library, args, out: TextIO, err: TextIO) -> int:
    from db.api.imports import DataImportError  # imported here: the parser (built on every start, GUI too) stays light
    from desktop.present.beyond import problem_text
    name = "chiplens import"
    file = Path(args.file)
    accept = bool(getattr(args, "accept_suspect", False))
    try:
        plan = lib.imports.plan(file, args.format, accept_suspect=accept)
    except DataImportError as exc:
        err.write(f"{name}: {exc.message}\n")
        return 1
    for warning in plan.warnings:
        err.write(f"{name}: " + say(translate("Cli", "warning: %1"), warning) + "\n")
    if plan.errors:
        label = translate("Cli", "skipped (--valid-only)") if args.valid_only else translate("Cli", "error")
        for problem in plan.errors:
            err.write(f"{name}: {label}: {problem_text(problem, translate)}\n")
    labels = _labels(lib) if plan.suspects() else {}
    if plan.errors and not args.valid_only:
        print_plan(plan, out, every_line=False, labels=labels)
        out.write(f"{plan.summary()}\n")
        err.write(f"{name}: " + say(translate("Cli", "%1 error(s) in %2; nothing was imported. Fix the file, or run "
                                                    "again with --valid-only to import the other rows."),
                                    len(plan.errors), file.name) + "\n")
        return 1
    if args.dry_run:
        print_plan(plan, out, every_line=True, labels=labels)
        out.write(f"{plan.summary()}\n")
        _held_warning(plan, name, err)
        err.write(f"{name}: " + translate("Cli", "dry run: nothing was written") + "\n")
        return 0
    try:
        result, _change = lib.imports.apply(plan, valid_only=args.valid_only, accept_suspect=accept)
    except DataImportError as exc:
        err.write(f"{name}: {exc.message}\n")
        for problem in exc.problems:
            err.write(f"{name}: " + say(translate("Cli", "error: %1"), problem_text(problem, translate)) + "\n")
        return 1
    from db.api.imports import catalog_counts
    print_plan(plan, out, every_line=False, labels=labels)
    extra = ([say(translate("Cli", "%1 new devices"), len(result.new_devices))] if result.new_devices else []) \
        + catalog_counts(plan.items)
    counts = (result.added, result.changed, result.skipped, result.removed, len(plan.errors))
    line = say(translate("Cli", "added %1, changed %2, skipped %3, removed %4, errors %5, held %6"), *counts,
               plan.held) if plan.held else \
        say(translate("Cli", "added %1, changed %2, skipped %3, removed %4, errors %5"), *counts)
    out.write(line + (f" ({', '.join(extra)})" if extra else "") + "\n")
    _held_warning(plan, name, err)
    return 0


def _labels(lib: Library) -> dict[str, str]:
    """metric key -> label and label -> key: a held figure's line names its row by label, its suspect by key."""
    metrics = lib.catalog.metrics()
    return {m.key: m.label for m in metrics} | {m.label: m.key for m in metrics}


def _held_warning(plan, name: str, err: TextIO) -> None:
    if plan.held:
        err.write(f"{name}: " + say(translate(
            "Cli", "warning: %1 figure(s) held as unit suspect (marked ?) were not imported; check them, then run "
                   "again with --accept-suspect to import them as the file gives them"), plan.held) + "\n")
