"""The command line: one parser for every command, one module per group of commands.

    chiplens [--data-dir DIR] [--lang en|fr|zh_CN] [COMMAND ...]     without a command, the window opens

`--lang` (before or after the command; default: the locale) sets the language of the human messages
(words.py); JSON keys, CSV headers and exit codes stay English.

One module per group of commands: catalog.py (list, export data), compare.py, events.py, notes.py (notes add|list|
search|export|import|share), sources.py, controls.py, data.py (data changes), supply.py, stacks.py, pictures.py
(export compare|timeline|controls|market-share, report), imports.py (import), database.py (db), team.py (team
connect|disconnect|status|sync|conflicts|resolve|members|add-member|init: the team library on PostgreSQL, whose
driver is loaded only by these commands); output.py writes their tables; backup.py makes the day's backup after
the first command of the day that wrote to the store. Building the
parser imports no Qt and no SQLAlchemy; a window start (no command) builds only the window's options
(`parse_args`), so that the command modules stay unloaded on the way to the first paint.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import APP_NAME, __version__


def period_bound(end: bool):
    """argparse type for --from/--to: YYYY, YYYY-MM, YYYY-Qn or YYYY-MM-DD -> the first (last) ISO day."""
    def convert(text: str) -> str:
        from db.api.events import parse_period
        period = parse_period(text)
        if period is None:
            from desktop.cli.words import say, translate
            raise argparse.ArgumentTypeError(say(translate(
                "Cli", "%1 is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY"), repr(text)))
        return period[1] if end else period[0]
    return convert


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments: without a command (a window start) only the window's options are built and read; with
    a command, --help or anything else, the whole parser."""
    window, rest = build_parser(commands=False).parse_known_args(argv)
    if not rest:
        window.command = None
        return window
    from desktop.cli.words import use
    use(_lang_asked(sys.argv[1:] if argv is None else argv))  # argparse's own errors come before main()
    return build_parser().parse_args(argv)


def language(args=None) -> str:
    """The code of the language a command speaks ("en", "fr", "zh_CN"): its `--lang`, else the locale's."""
    from desktop.cli.words import language as chosen  # the window's start does not load the command line's words
    return chosen(args)


def _lang_asked(argv: list[str]) -> str:
    """The language `--lang X` or `--lang=X` asks for, wherever it stands on the line (else None: the locale)."""
    for k, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and k + 1 < len(argv):
            return language(argparse.Namespace(lang=argv[k + 1]))
        if word.startswith("--lang="):
            return language(argparse.Namespace(lang=word.split("=", 1)[1]))
    return language()


_LANG_HELP = ("language of the messages and of exports: en, fr or zh_CN (default: the locale: LANGUAGE, LC_ALL, "
              "LC_MESSAGES, LANG); JSON keys and CSV headers stay English")


def _lang_everywhere(parser: argparse.ArgumentParser, seen: set[int]) -> None:
    """`--lang` after any command and sub-command too (`chiplens report ... --lang fr`); a sub-command's default
    is SUPPRESS so that a `--lang` given before the command is kept."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                if id(sub) not in seen:
                    seen.add(id(sub))
                    sub.add_argument("--lang", choices=LANG_CODES, metavar="en|fr|zh_CN",
                                     default=argparse.SUPPRESS, help=_LANG_HELP)
                    _lang_everywhere(sub, seen)


LANG_CODES = ("en", "fr", "zh_CN")  # desktop.present.lang.LANGUAGES


def build_parser(commands: bool = True) -> argparse.ArgumentParser:
    """The one parser; `commands=False`: the window's options alone (without --help, which lists the commands)."""
    p = argparse.ArgumentParser(
        prog="chiplens", add_help=commands,
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
    p.add_argument("--lang", choices=LANG_CODES, metavar="en|fr|zh_CN", help=_LANG_HELP)
    if not commands:
        return p
    from db.api.events import CATEGORIES, JURISDICTIONS
    from desktop.cli import controls, data, database, imports, sources, stacks, supply, team  # heavy imports: inside
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
    cp.add_argument("--per-package", action="store_true",
                    help="split a board's or superchip's figures per accelerator package (÷ the packages it holds)")
    _export_parser(sub)
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
    database.add_parser(sub)
    imports.add_parser(sub)
    sources.add_parser(sub)
    controls.add_parser(sub)
    data.add_parser(sub)
    supply.add_parser(sub)
    stacks.add_parser(sub)
    team.add_parser(sub)
    _report_parser(sub)
    _lang_everywhere(p, set())
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
    add.add_argument("--shared", action="store_true",
                     help="share the note with the team library from the next sync (notes are private otherwise)")
    sh = ns.add_parser("share", help="share a note with the team library from the next sync")
    sh.add_argument("uid", metavar="UID", help="the note's uid (chiplens notes list)")
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
    ex.add_argument("--force", action="store_true", help="replace files of the same name already in DIR (without it, "
                    "an export that would replace one writes nothing and names them)")
    im = ns.add_parser("import", help="import Markdown notes (a folder or a file); re-importing creates no duplicates")
    im.add_argument("source", metavar="DIR|FILE")


def _export_parser(sub) -> None:
    from db.api.events import CATEGORIES, JURISDICTIONS
    ex = sub.add_parser("export", help="export data (JSON, CSV), or a view as a picture (PNG, SVG, PDF)")
    views = ex.add_subparsers(dest="view", metavar="WHAT", required=True)
    data = views.add_parser("data", help="the whole catalog as a data pack (.json) or its figures (.csv)")
    data.add_argument("-o", "--output", required=True, metavar="FILE.json|FILE.csv")
    cp = views.add_parser("compare", help="the comparison of 2 to 4 devices: table and chart, with a caption")
    cp.add_argument("devices", nargs="+", metavar="DEVICE", help="2 to 4 names, slugs or aliases (910C, H100, CM384)")
    cp.add_argument("--part", choices=["both", "table", "chart"], default="both",
                    help="the table and the chart (default), or either alone")
    cp.add_argument("--baseline", metavar="NAME", help="the device ratios are taken against (default: the second)")
    cp.add_argument("--per-package", action="store_true",
                    help="split a board's or superchip's figures per accelerator package (÷ the packages it holds)")
    _picture_options(cp)
    tl = views.add_parser("timeline", help="the policy timeline (lanes by jurisdiction), with a caption")
    tl.add_argument("--from", dest="date_from", type=period_bound(end=False), metavar="DATE",
                    help="first day shown (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY; default: the first event's year)")
    tl.add_argument("--to", dest="date_to", type=period_bound(end=True), metavar="DATE",
                    help="last day shown (default: the last event's year)")
    tl.add_argument("--device", metavar="NAME", help="only events about this device")
    tl.add_argument("--category", action="append", choices=CATEGORIES, metavar="C", help="repeat for several")
    tl.add_argument("--jurisdiction", action="append", choices=JURISDICTIONS, metavar="J", help="repeat for several")
    _picture_options(tl)
    cm = views.add_parser("controls", help="the export-control map: every chip against the rules in force that day")
    cm.add_argument("--on", metavar="DATE", help="the day (YYYY-MM-DD; default: today)")
    cm.add_argument("--ring", action="append", metavar="NAME", help="ring a device (repeat for several)")
    _picture_options(cm)
    ms = views.add_parser("market-share", help="China's AI-accelerator market shares by vendor and year, one line "
                                               "per source (IDC, TrendForce, Bernstein), with its sources")
    _picture_options(ms)
    from desktop.cli import stacks
    stacks.add_export_parser(views, _picture_options)


def _scale(text: str) -> float:
    try:
        value = float(text.rstrip("xX×"))
    except ValueError:
        from desktop.cli.words import say, translate
        raise argparse.ArgumentTypeError(say(translate(
            "Cli", "%1 is not a scale: use 1, 2, 3 or a number such as 1.5"), repr(text))) from None
    return value


def _picture_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.pdf")
    p.add_argument("--scale", type=_scale, default=1.0, metavar="N",
                   help="pixels per logical pixel of a PNG (1, 2, 3, or e.g. 1.5); an SVG's displayed size")
    p.add_argument("--width", type=int, default=None, metavar="PX",
                   help="width of the picture in logical pixels (default 1000, and 200 more for each compared "
                        "device past two; a PNG is PX × N pixels wide)")
    p.add_argument("--theme", choices=["screen", "print"], default="screen",
                   help="screen: the app's colours; print: white paper, dark text, colour-blind-safe and "
                        "greyscale-safe (patterns and letters)")
    p.add_argument("--no-caption", dest="caption", action="store_false",
                   help="leave out the caption (title, units, sources, date, version, credits)")


def _report_parser(sub) -> None:
    rp = sub.add_parser("report", help="the PDF brief of 2 to 4 devices or a saved pairing: key findings, table, "
                                       "chart, timeline, notes, sources")
    rp.add_argument("devices", nargs="*", metavar="DEVICE",
                    help="2 to 4 names, slugs or aliases (910C, H100, CM384), as for compare")
    rp.add_argument("--pairing", metavar="SLUG", help="a saved pairing's slug instead (chiplens list pairings)")
    rp.add_argument("--baseline", metavar="NAME", help="the device ratios are taken against (default: the second)")
    rp.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rp.add_argument("--paper", choices=["a4", "letter"], default="a4")
    rp.add_argument("--findings", metavar="FILE",
                    help="the key findings from FILE (UTF-8 text, one a line) instead of the generated ones")


def command_name(args) -> str:
    """`chiplens notes add`, `chiplens export compare`, `chiplens db backup`: how messages name the command."""
    sub = next((getattr(args, k) for k in ("notes_command", "db_command", "team_command", "view") if getattr(args, k, None)), None)
    return " ".join(["chiplens", *filter(None, (getattr(args, "command", None), sub))])


def failed(exc: BaseException, name: str, database: Path) -> int | None:
    """The one translation of what the user can act on, for every command (and the checks before it): a
    StoreError or a sqlite3 error (full disk, read-only, busy, damaged: the app's usual message), an OS error on
    any file (the file named, and why). Told on stderr; returns the exit code 1, or None for a bug (re-raised by
    the caller: a traceback is for bugs only)."""
    from desktop.cli.words import translate
    from desktop.present.file_errors import file_error, store_error_text
    if isinstance(exc, BrokenPipeError):  # `chiplens ... | head`
        return 0
    if isinstance(exc, OSError):
        sys.stderr.write(f"{name}: {file_error(exc, translate)}\n")
        return 1
    from db.api.store import store_error
    if (err := store_error(exc, database)) is not None:
        title, message = store_error_text(err, translate)
        sys.stderr.write(f"chiplens: {title}.\n{message}\n")
        return 1
    return None


def main(paths, args) -> int:
    """Run the command; an error the user can act on is told (exit 1), never shown as a traceback. Its human
    messages speak `--lang` or the locale's language; `args.lang` holds that code for the command."""
    from desktop.cli.words import use
    args.lang = language(args)
    use(args.lang)
    try:
        return run(paths, args)
    except Exception as exc:
        if (code := failed(exc, command_name(args), paths.database)) is None:
            raise
        return code


def run(paths, args) -> int:
    """Run the command `args` names (not the window); its exit code."""
    if args.command == "db":  # before open_store: these commands must work on a damaged database
        from desktop.cli import database
        return database.run_db(paths, args)
    if args.command == "team" and args.team_command == "init":  # a server's set-up: no store needed
        from desktop.cli import team
        return team.cmd_init(args, sys.stdout)
    if args.command == "report" or (args.command == "export" and args.view != "data"):
        from desktop.cli import pictures
        return pictures.main(paths, args)
    from db.api import Library
    from desktop.cli import backup
    lib = Library(paths.database)
    lib.open(check_later=True)  # reads need no full check; a write waits for it (db.api.store)
    if getattr(args, "format", None) == "table":  # numbers for a person: the language's style; JSON, CSV: English
        from desktop.present.locale_style import number_style
        lib.style = number_style(args.lang)
    watch = lib.backups.watch_writes()
    try:
        code = _command(lib, args)
        if code == 0:  # the day's first write: the day's backup (reads make none)
            backup.after_success(lib, paths, watch)
    finally:
        watch.close()
    return code


def _command(lib, args) -> int:
    from desktop.cli import (catalog, compare, controls, data, events, imports, notes, sources, stacks,  # only here
                             supply, team)
    if args.command == "list":
        return catalog.cmd_list(lib, args.what, args.format, sys.stdout)
    if args.command == "compare":
        return compare.cmd_compare(lib, [args.a, args.b, *args.more], args.format, sys.stdout, args.baseline,
                                   args.per_package)
    if args.command == "export":
        return catalog.cmd_export(lib, args.view, Path(args.output))
    if args.command == "events":
        return events.cmd_events(lib, args.format, sys.stdout, args.date_from, args.date_to,
                                 args.category, args.jurisdiction, args.device)
    if args.command == "notes":
        return notes.cmd_notes(lib, args, sys.stdout)
    if args.command == "controls":
        return controls.cmd_controls(lib, args.devices, args.all, args.on, args.format, sys.stdout)
    if args.command == "sources":
        return sources.cmd_sources(lib, args.weak, args.format, sys.stdout)
    if args.command == "data":
        return data.cmd_changes(lib, args.since, args.format, sys.stdout, sys.stderr)
    if args.command == "supply":
        return supply.cmd_supply(lib, args.subject, args.metric, args.format, sys.stdout)
    if args.command == "import":
        return imports.cmd_import(lib, args, sys.stdout, sys.stderr)
    if args.command == "stacks":
        return stacks.cmd_stacks(lib, args.jurisdiction, args.format, sys.stdout)
    if args.command == "team":
        return team.cmd_team(lib, args, sys.stdout)
    return 2
