"""Entry point: `chiplens` (the GUI) and its command-line subcommands.

main(argv) -> exit code. The command-line paths never import Qt; the GUI path installs the
crash handlers first, shows the window, and loads heavy modules (pyqtgraph, SQLAlchemy) later.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from db.events import CATEGORIES, JURISDICTIONS, parse_period
from desktop import APP_NAME, __version__


def period_bound(end: bool):
    """argparse type for --from/--to: YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD -> the first (last) ISO day."""
    def convert(text: str) -> str:
        period = parse_period(text)
        if period is None:
            raise argparse.ArgumentTypeError(f"{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY")
        return period[1] if end else period[0]
    return convert


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chiplens",
        description="Compare AI accelerators and rack-scale systems side by side, with sources. "
                    "Without a command, opens the window.")
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="folder holding the database (default: the user data "
                   "folder; also CHIPLENS_DATA_DIR)")
    p.add_argument("--quit-when-ready", nargs="?", const="table", choices=["table", "chart"], metavar="table|chart",
                   help="start the window and exit 0 as soon as the default comparison (or also its chart) is "
                        "painted, skipping teardown (for benchmarks and smoke tests)")
    p.add_argument("--pair", nargs=2, metavar=("A", "B"), help="open the window on this comparison")
    p.add_argument("--safe-mode", action="store_true",
                   help="start with default settings (your settings file is left as it is)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ls = sub.add_parser("list", help="list chips, systems or pairings")
    ls.add_argument("what", nargs="?", default="all", choices=["all", "chips", "systems", "pairings"])
    ls.add_argument("--format", default="table", choices=["table", "json"])
    cp = sub.add_parser("compare", help="compare 2 to 4 devices (names, slugs or aliases such as 910C, H100, CM384)")
    cp.add_argument("a")
    cp.add_argument("b")
    cp.add_argument("more", nargs="*", metavar="C [D]", help="a third and fourth device")
    cp.add_argument("--baseline", metavar="NAME", help="the device ratios are taken against (default: the second)")
    cp.add_argument("--format", default="table", choices=["table", "json", "csv"])
    ex = sub.add_parser("export", help="export data; `export compare|timeline` write pictures (PNG, SVG, PDF)")
    ex.add_argument("what", choices=["data"])
    ex.add_argument("-o", "--output", required=True, metavar="FILE.json|FILE.csv")
    ev = sub.add_parser("events", help="list policy-timeline events (export controls, procurement rules, launches)")
    ev.add_argument("--from", dest="date_from", metavar="DATE", type=period_bound(end=False),
                    help="events that end on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)")
    ev.add_argument("--to", dest="date_to", metavar="DATE", type=period_bound(end=True),
                    help="events that start on or before DATE (a month or year counts to its last day)")
    ev.add_argument("--category", action="append", choices=CATEGORIES, metavar="C",
                    help=f"one of {', '.join(CATEGORIES)}; repeat to allow several")
    ev.add_argument("--jurisdiction", action="append", choices=JURISDICTIONS, metavar="J",
                    help=f"one of {', '.join(JURISDICTIONS)}; repeat to allow several")
    ev.add_argument("--device", metavar="NAME", help="events about this device (name, slug or alias such as H20)")
    ev.add_argument("--format", default="table", choices=["table", "json", "csv"])
    _notes_parser(sub)
    from desktop import cli_db
    cli_db.add_parser(sub)
    from desktop import cli_import
    cli_import.add_parser(sub)
    from desktop.export import cli as export_cli  # `report` in the help; `export compare|timeline` too
    export_cli.add_help(sub)
    return p


def _notes_parser(sub) -> None:
    nt = sub.add_parser("notes", help="analyst notes: add, list, search, export, import")
    ns = nt.add_subparsers(dest="notes_command", metavar="NOTES_COMMAND", required=True)
    add = ns.add_parser("add", help="add a note; prints its uid")
    add.add_argument("--title", required=True)
    add.add_argument("--body-file", metavar="FILE", help="the body (Markdown) from FILE, or - for standard input")
    add.add_argument("--tag", action="append", default=[], metavar="TAG", help="repeat for several tags")
    add.add_argument("--link", action="append", default=[], metavar="KIND:TARGET",
                     help="device:SLUG, pairing:SLUG, event:UID or source:KEY; repeat for several")
    ls = ns.add_parser("list", help="list notes, newest first")
    ls.add_argument("--tag", help="only notes with this tag")
    ls.add_argument("--device", metavar="NAME", help="only notes linked to this device (name, slug or alias)")
    ls.add_argument("--trash", action="store_true", help="list the notes in the trash instead")
    ls.add_argument("--sort", default="updated", choices=["updated", "title"])
    ls.add_argument("--format", default="table", choices=["table", "json"])
    se = ns.add_parser("search", help="full-text search (words as prefixes; Chinese as runs of characters)")
    se.add_argument("query")
    se.add_argument("--tag", help="only notes with this tag")
    se.add_argument("--device", metavar="NAME", help="only notes linked to this device (name, slug or alias)")
    se.add_argument("--limit", type=int, default=200)
    se.add_argument("--format", default="table", choices=["table", "json"])
    ex = ns.add_parser("export", help="write each note to a Markdown file with front matter")
    ex.add_argument("-o", "--output", required=True, metavar="DIR")
    im = ns.add_parser("import", help="import Markdown notes (a folder or a file); re-importing creates no duplicates")
    im.add_argument("source", metavar="DIR|FILE")


def main(argv: list[str] | None = None) -> int:
    from desktop.startup import preflight  # a damaged installation: a clear message, not a traceback
    if (code := preflight.startup_check(sys.argv[1:] if argv is None else list(argv))) is not None:
        return code
    from desktop.export import cli as export_cli  # `export compare|timeline` and `report` (no Qt imported)
    routed = export_cli.route(sys.argv[1:] if argv is None else list(argv))
    if routed is not None:
        return routed
    args = build_parser().parse_args(argv)
    from desktop import paths as paths_mod
    try:
        paths = paths_mod.resolve(args.data_dir)
    except paths_mod.PathError as exc:
        sys.stderr.write(f"chiplens: {exc}\n")
        return 2
    if args.command is None:
        from desktop.startup.gui import run_gui
        return run_gui(paths, args)
    if args.command == "db":  # before open_store: these commands must work on a damaged database
        from desktop.cli_db import run_db
        return run_db(paths, args)
    return run_command(paths, args)


def run_command(paths, args) -> int:
    from db import api
    from db.errors import StoreError
    from desktop import cli
    try:
        api.open_store(paths.database)
        if args.command == "list":
            return cli.cmd_list(paths.database, args.what, args.format, sys.stdout)
        if args.command == "compare":
            return cli.cmd_compare(paths.database, [args.a, args.b, *args.more], args.format, sys.stdout,
                                   args.baseline)
        if args.command == "export":
            return cli.cmd_export(paths.database, args.what, Path(args.output))
        if args.command == "events":
            return cli.cmd_events(paths.database, args.format, sys.stdout, args.date_from, args.date_to,
                                  args.category, args.jurisdiction, args.device)
        if args.command == "notes":
            return cli.cmd_notes(paths.database, args, sys.stdout)
        if args.command == "import":
            from desktop.cli_import import cmd_import
            return cmd_import(paths.database, args, sys.stdout, sys.stderr)
    except StoreError as exc:
        sys.stderr.write(f"chiplens: {exc.title}.\n{exc.message}\n")
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:
        sys.stderr.write(f"chiplens: {exc.strerror or exc}: {exc.filename or ''}\n")
        return 1
    return 2


def run() -> None:
    sys.exit(main(sys.argv[1:]))
