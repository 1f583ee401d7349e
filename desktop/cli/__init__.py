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

`--help`, the usage line and argparse's errors speak the same language (help_words.py): the help texts are
marked where they are written (QT_TRANSLATE_NOOP, context "Cli") and translated when help is shown or an
error told (Parser, HelpFormatter below), never while the parser is built or a line parses cleanly: a window
start reads no translation.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop import APP_NAME, __version__


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a help text for translation where it is written; translated where it is shown (words.py has the
    same marker: a window start does not load it)."""
    return text


_line: list[str] | None = None  # the command line a parser reads: its --lang is the language argparse speaks


def _speaking(line: list[str] | None, call, *args):
    """`call(*args)` with argparse's own words (its module globals `_` and `ngettext`, looked up when it says
    something) in the command line's language; `line`: the command line read (None: the language in use)."""
    global _line
    if argparse._ is _argparse_text:  # already speaking: a sub-command's parser, help during a parse
        return call(*args)
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_text, _argparse_ngettext  # type: ignore[attr-defined]
    _line = line
    try:
        return call(*args)
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
        _line = None


def _argparse_text(text: str) -> str:
    from desktop.cli import help_words  # only once argparse has something to say: a help, an error
    return help_words.argparse_text(text, _line)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_text(singular if n == 1 else plural)


def _help_text(text: str) -> str:
    from desktop.cli import help_words
    return help_words.help_text(text, _line)


class HelpFormatter(argparse.HelpFormatter):
    """Help texts, descriptions, epilogs and section headings in the command line's language, as they are
    formatted; lines wrapped by their width on screen (a Chinese character takes two columns)."""

    def start_section(self, heading):
        if heading and heading is not argparse.SUPPRESS:
            heading = _help_text(heading)
            self.__dict__.setdefault("headings", []).append(heading)
        super().start_section(heading)

    def format_help(self):
        text = super().format_help()
        if not getattr(self, "headings", None):
            return text
        from desktop.cli.help_words import heading_lines  # argparse writes "heading:", whatever the language
        return heading_lines(text, self.headings)

    def add_text(self, text):
        super().add_text(_help_text(text) if text and text is not argparse.SUPPRESS else text)

    def _get_help_string(self, action):
        return _help_text(action.help)

    def _split_lines(self, text, width):
        from desktop.cli.help_words import split_lines
        return split_lines(text, width)

    def _fill_text(self, text, width, indent):
        from desktop.cli.help_words import fill_text
        return fill_text(text, width, indent)


class Parser(argparse.ArgumentParser):
    """argparse in the command line's language: its help, usage line and errors (help_words.py)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(self, args=None, namespace=None):
        line = list(sys.argv[1:] if args is None else args)
        return _speaking(line, super().parse_known_args, args, namespace)

    def parse_args(self, args=None, namespace=None):
        line = list(sys.argv[1:] if args is None else args)
        return _speaking(line, super().parse_args, args, namespace)

    def format_usage(self):
        return _speaking(None, super().format_usage)

    def format_help(self):
        return _speaking(None, super().format_help)

    def error(self, message):
        _speaking(None, super().error, message)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments: without a command (a window start) only the window's options are built and read; with
    a command, --help or anything else, the whole parser."""
    window, rest = build_parser(commands=False).parse_known_args(argv)
    if not rest:
        window.command = None
        return window
    from desktop.cli.words import language_asked, use
    use(language_asked(sys.argv[1:] if argv is None else argv))  # argparse's own errors come before main()
    return build_parser().parse_args(argv)


def language(args=None) -> str:
    """The code of the language a command speaks ("en", "fr", "zh_CN"): its `--lang`, else the locale's."""
    from desktop.cli.words import language as chosen  # the window's start does not load the command line's words
    return chosen(args)


_LANG_HELP = QT_TRANSLATE_NOOP("Cli", "language of the messages, of the help and of exports: en, fr or zh_CN "
                                      "(default: the locale: LANGUAGE, LC_ALL, LC_MESSAGES, LANG); JSON keys and CSV "
                                      "headers stay English")


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
    p = Parser(
        prog="chiplens", add_help=commands,
        description=QT_TRANSLATE_NOOP("Cli", "Compare AI accelerators and rack-scale systems side by side, with "
                                             "sources. Without a command, opens the window."))
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--data-dir", metavar="DIR",
                   help=QT_TRANSLATE_NOOP("Cli", "folder holding the database (default: the user data folder; also "
                                                 "CHIPLENS_DATA_DIR)"))
    p.add_argument("--quit-when-ready", nargs="?", const="table", choices=["table", "chart"], metavar="table|chart",
                   help=QT_TRANSLATE_NOOP("Cli", "start the window and exit 0 as soon as the default comparison (or "
                                                 "also its chart) is painted, skipping teardown (for benchmarks and "
                                                 "smoke tests)"))
    p.add_argument("--pair", nargs=2, metavar=("A", "B"),
                   help=QT_TRANSLATE_NOOP("Cli", "open the window on this comparison"))
    p.add_argument("--safe-mode", action="store_true",
                   help=QT_TRANSLATE_NOOP("Cli", "start with default settings (your settings file is left as it is)"))
    p.add_argument("--lang", choices=LANG_CODES, metavar="en|fr|zh_CN", help=_LANG_HELP)
    if not commands:
        return p
    from db.api.events import CATEGORIES, JURISDICTIONS
    from desktop.cli import (controls, data, database, imports, pictures, sources, stacks, supply,  # heavy: inside
                             team)
    from desktop.cli.arguments import period_bound
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    ls = sub.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "list chips, systems or pairings"))
    ls.add_argument("what", nargs="?", default="all", choices=["all", "chips", "systems", "pairings"])
    ls.add_argument("--format", default="table", choices=["table", "json"])
    cp = sub.add_parser("compare", help=QT_TRANSLATE_NOOP("Cli", "compare 2 to 4 devices (names, slugs or aliases such "
                                                                 "as 910C, H100, CM384)"))
    cp.add_argument("a", metavar="A")
    cp.add_argument("b", metavar="B")
    cp.add_argument("more", nargs="*", default=[], metavar="C [D]",  # optional: never named as required
                    help=QT_TRANSLATE_NOOP("Cli", "a third and fourth device"))
    cp.add_argument("--baseline", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "the device ratios are taken against (default: the second)"))
    cp.add_argument("--format", default="table", choices=["table", "json", "csv"])
    cp.add_argument("--per-package", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "split a board's or superchip's figures per accelerator package (÷ "
                                                  "the packages it holds)"))
    pictures.add_export_parser(sub)
    ev = sub.add_parser("events", help=QT_TRANSLATE_NOOP("Cli", "list policy-timeline events (export controls, "
                                                                "procurement rules, launches)"))
    ev.add_argument("--from", dest="date_from", metavar="DATE", type=period_bound(end=False),
                    help=QT_TRANSLATE_NOOP("Cli", "events that end on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY-Qn or "
                                                  "YYYY)"))
    ev.add_argument("--to", dest="date_to", metavar="DATE", type=period_bound(end=True),
                    help=QT_TRANSLATE_NOOP("Cli", "events that start on or before DATE (a month or year counts to its "
                                                  "last day)"))
    ev.add_argument("--category", action="append", choices=CATEGORIES, metavar="C",
                    help=QT_TRANSLATE_NOOP("Cli", "one of %(choices)s; repeat to allow several"))
    ev.add_argument("--jurisdiction", action="append", choices=JURISDICTIONS, metavar="J",
                    help=QT_TRANSLATE_NOOP("Cli", "one of %(choices)s; repeat to allow several"))
    ev.add_argument("--device", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "events about this device (name, slug or alias such as H20)"))
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
    pictures.add_report_parser(sub)
    _lang_everywhere(p, set())
    return p


def _notes_parser(sub) -> None:
    nt = sub.add_parser("notes", help=QT_TRANSLATE_NOOP("Cli", "analyst notes: add, list, search, export, import"))
    ns = nt.add_subparsers(dest="notes_command", metavar="NOTES_COMMAND", required=True)
    add = ns.add_parser("add", help=QT_TRANSLATE_NOOP("Cli", "add a note; prints its uid"))
    add.add_argument("--title", required=True)
    add.add_argument("--body-file", metavar="FILE",
                     help=QT_TRANSLATE_NOOP("Cli", "the body (Markdown) from FILE, or - for standard input"))
    add.add_argument("--tag", action="append", default=[], metavar="TAG",
                     help=QT_TRANSLATE_NOOP("Cli", "repeat for several tags"))
    add.add_argument("--link", action="append", default=[], metavar="KIND:TARGET",
                     help=QT_TRANSLATE_NOOP("Cli", "device:SLUG, pairing:SLUG, event:UID or source:KEY; repeat for "
                                                   "several"))
    add.add_argument("--shared", action="store_true",
                     help=QT_TRANSLATE_NOOP("Cli", "share the note with the team library from the next sync (notes are "
                                                   "private otherwise)"))
    sh = ns.add_parser("share", help=QT_TRANSLATE_NOOP("Cli", "share a note with the team library from the next sync"))
    sh.add_argument("uid", metavar="UID", help=QT_TRANSLATE_NOOP("Cli", "the note's uid (chiplens notes list)"))
    ls = ns.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "list notes, newest first"))
    ls.add_argument("--tag", help=QT_TRANSLATE_NOOP("Cli", "only notes with this tag"))
    ls.add_argument("--device", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "only notes linked to this device (name, slug or alias)"))
    ls.add_argument("--trash", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "list the notes in the trash instead"))
    ls.add_argument("--sort", default="updated", choices=["updated", "title"])
    ls.add_argument("--format", default="table", choices=["table", "json"])
    se = ns.add_parser("search", help=QT_TRANSLATE_NOOP("Cli", "full-text search (words as prefixes; Chinese as runs "
                                                               "of characters)"))
    se.add_argument("query")
    se.add_argument("--tag", help=QT_TRANSLATE_NOOP("Cli", "only notes with this tag"))
    se.add_argument("--device", metavar="NAME",
                    help=QT_TRANSLATE_NOOP("Cli", "only notes linked to this device (name, slug or alias)"))
    se.add_argument("--limit", type=int, default=200)
    se.add_argument("--format", default="table", choices=["table", "json"])
    ex = ns.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "write each note to a Markdown file with front matter"))
    ex.add_argument("-o", "--output", required=True, metavar="DIR")
    ex.add_argument("--force", action="store_true",
                    help=QT_TRANSLATE_NOOP("Cli", "replace files of the same name already in DIR (without it, an "
                                                  "export that would replace one writes nothing and names them)"))
    im = ns.add_parser("import", help=QT_TRANSLATE_NOOP("Cli", "import Markdown notes (a folder or a file); "
                                                               "re-importing creates no duplicates"))
    im.add_argument("source", metavar="DIR|FILE")


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
