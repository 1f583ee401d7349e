"""`chiplens import FILE [--format epoch|csv|json] [--dry-run] [--valid-only]`. No Qt on this path.

Prints what the file adds, changes, skips and removes; the summary line goes last. Exit 0 when the
import was written (or, with --dry-run, would be), 1 with every error listed (file, row, column,
value, why) when the file cannot be imported: then, as with --dry-run, the store is not touched.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from db.api import Library

SHOWN_ACTIONS = {"add": "+", "change": "~", "remove": "-"}


def add_parser(sub) -> None:
    im = sub.add_parser("import", help="import data: Epoch AI's ml_hardware.csv, a ChipLens CSV or a JSON data pack "
                                       "(from `export data`); shows what is added, changed, skipped and removed")
    im.add_argument("file", metavar="FILE")
    im.add_argument("--format", choices=["epoch", "csv", "json"], help="the file's format (default: detected)")
    im.add_argument("--dry-run", action="store_true", help="show what the import would do; write nothing")
    im.add_argument("--valid-only", action="store_true",
                    help="import the valid rows of a file that has errors (listed) instead of refusing it")


def _line(item) -> str:
    where = f"row {item.row}: " if item.row is not None else ""
    if item.action == "change":
        figure = f"{item.before}  →  {item.after}"
    else:
        figure = item.after or item.before
    return f"{SHOWN_ACTIONS[item.action]} {where}{item.device} · {item.metric}: {figure}  ({item.reason})"


def print_plan(plan, out: TextIO, every_line: bool) -> None:
    """The diff: every added, changed and removed value with --dry-run; otherwise changes and removals
    (an import's additions are summed up, they can run into thousands)."""
    for item in plan.items:
        if item.action in ("change", "remove") or (item.action == "add" and every_line):
            out.write(_line(item) + "\n")
    if plan.new_devices:
        shown = ", ".join(plan.new_devices[:12]) + (", …" if len(plan.new_devices) > 12 else "")
        out.write(f"new devices ({len(plan.new_devices)}): {shown}\n")


def cmd_import(lib: Library, args, out: TextIO, err: TextIO) -> int:
    from db.api.imports import DataImportError  # imported here: the parser (built on every start, GUI too) stays light
    name = "chiplens import"
    file = Path(args.file)
    try:
        plan = lib.imports.plan(file, args.format)
    except DataImportError as exc:
        err.write(f"{name}: {exc.message}\n")
        return 1
    for warning in plan.warnings:
        err.write(f"{name}: warning: {warning}\n")
    if plan.errors:
        label = "skipped (--valid-only)" if args.valid_only else "error"
        for problem in plan.errors:
            err.write(f"{name}: {label}: {problem}\n")
    if plan.errors and not args.valid_only:
        print_plan(plan, out, every_line=False)
        out.write(f"{plan.summary()}\n")
        err.write(f"{name}: {len(plan.errors)} error(s) in {file.name}; nothing was imported. Fix the file, or "
                  "run again with --valid-only to import the other rows.\n")
        return 1
    if args.dry_run:
        print_plan(plan, out, every_line=True)
        out.write(f"{plan.summary()}\n")
        err.write(f"{name}: dry run: nothing was written\n")
        return 0
    try:
        result, _change = lib.imports.apply(plan, valid_only=args.valid_only)
    except DataImportError as exc:
        err.write(f"{name}: {exc.message}\n")
        for problem in exc.problems:
            err.write(f"{name}: error: {problem}\n")
        return 1
    from db.api.imports import catalog_counts
    print_plan(plan, out, every_line=False)
    extra = ([f"{len(result.new_devices)} new devices"] if result.new_devices else []) + catalog_counts(plan.items)
    out.write(f"added {result.added}, changed {result.changed}, skipped {result.skipped}, removed {result.removed}, "
              f"errors {len(plan.errors)}" + (f" ({', '.join(extra)})" if extra else "") + "\n")
    return 0
