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


def _period_bound(end: bool):
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
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ls = sub.add_parser("list", help="list chips, systems or pairings")
    ls.add_argument("what", nargs="?", default="all", choices=["all", "chips", "systems", "pairings"])
    ls.add_argument("--format", default="table", choices=["table", "json"])
    cp = sub.add_parser("compare", help="compare two devices (names, slugs or aliases such as 910C, H100, CM384)")
    cp.add_argument("a")
    cp.add_argument("b")
    cp.add_argument("--format", default="table", choices=["table", "json", "csv"])
    ex = sub.add_parser("export", help="export data")
    ex.add_argument("what", choices=["data"])
    ex.add_argument("-o", "--output", required=True, metavar="FILE.json|FILE.csv")
    ev = sub.add_parser("events", help="list policy-timeline events (export controls, procurement rules, launches)")
    ev.add_argument("--from", dest="date_from", metavar="DATE", type=_period_bound(end=False),
                    help="events that end on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)")
    ev.add_argument("--to", dest="date_to", metavar="DATE", type=_period_bound(end=True),
                    help="events that start on or before DATE (a month or year counts to its last day)")
    ev.add_argument("--category", action="append", choices=CATEGORIES, metavar="C",
                    help=f"one of {', '.join(CATEGORIES)}; repeat to allow several")
    ev.add_argument("--jurisdiction", action="append", choices=JURISDICTIONS, metavar="J",
                    help=f"one of {', '.join(JURISDICTIONS)}; repeat to allow several")
    ev.add_argument("--device", metavar="NAME", help="events about this device (name, slug or alias such as H20)")
    ev.add_argument("--format", default="table", choices=["table", "json", "csv"])
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop import paths as paths_mod
    try:
        paths = paths_mod.resolve(args.data_dir)
    except paths_mod.PathError as exc:
        sys.stderr.write(f"chiplens: {exc}\n")
        return 2
    if args.command is None:
        from desktop.gui import run_gui
        return run_gui(paths, args)
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
            return cli.cmd_compare(paths.database, args.a, args.b, args.format, sys.stdout)
        if args.command == "export":
            return cli.cmd_export(paths.database, args.what, Path(args.output))
        if args.command == "events":
            return cli.cmd_events(paths.database, args.format, sys.stdout, args.date_from, args.date_to,
                                  args.category, args.jurisdiction, args.device)
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
