"""Entry point: `chiplens` (the GUI) and its command-line subcommands.

main(argv) -> exit code. The command-line paths never import Qt; the GUI path installs the
crash handlers first, shows the window, and loads heavy modules (pyqtgraph, SQLAlchemy) later.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import APP_NAME, __version__


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
