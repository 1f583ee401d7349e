"""`chiplens --help`, the usage line and argparse's errors in the command line's language.

argparse says its own words (usage:, options, "the following arguments are required: ...") through its module
globals `_` and `ngettext`, looked up when it says them: while a ChipLens parser parses, formats its help or
tells an error, they lead here (desktop.cli.Parser), and the help texts, descriptions and section headings are
translated as they are formatted (desktop.cli.HelpFormatter). Our help texts are context "Cli", marked where
they are written; argparse's are context "argparse", listed below for lupdate. Option names, metavars (FILE,
COMMAND, A B) and choices stay as they are. This module is loaded only when there is something to say: a line
that parses cleanly (a window start) translates nothing.
"""
from __future__ import annotations

import re
import textwrap

from desktop.cli.words import CONTEXT, QT_TRANSLATE_NOOP, language_asked, translate, use
from desktop.present.lang import arg

ARGPARSE = "argparse"

# argparse's words a user can meet (Python 3.11's), kept here for lupdate; %(...)s and %s are filled by argparse
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "(default: %(default)s)"),
)
HEADING = QT_TRANSLATE_NOOP("argparse", "%1:")  # a section's heading line ("options:"), in the language's punctuation

_spoken: list[str] | None = None  # the command line whose language is in use


def _speak(line: list[str] | None) -> None:
    """Speak the language `line` asks for (its --lang, else the locale's), once per line read."""
    global _spoken
    if line is not None and line is not _spoken:
        use(language_asked(line))
        _spoken = line


def argparse_text(text: str, line: list[str] | None) -> str:
    """One of argparse's own texts in the language of `line`."""
    _speak(line)
    return translate(ARGPARSE, text)


def help_text(text: str, line: list[str] | None) -> str:
    """A help text, description, epilog or section heading in the language of `line`: ours (context "Cli"),
    a composed one (arguments.Composed), or argparse's (its headings, the help of -h and --version)."""
    _speak(line)
    make = getattr(text, "make", None)
    if make is not None:
        return make(translate)
    shown = translate(CONTEXT, text)
    return shown if shown != text else translate(ARGPARSE, text)


def heading_lines(text: str, headings: list[str]) -> str:
    """The help `text` with its section headings punctuated as the language does ("options\u00a0:", "选项：")."""
    template = translate(ARGPARSE, HEADING)
    if template == HEADING:
        return text
    for heading in set(headings):
        text = re.sub(rf"^( *){re.escape(heading)}:$", lambda m: m.group(1) + arg(template, heading), text,
                      flags=re.M)
    return text


_WIDE = "\u1100-\u115f\u2e80-\u303e\u3040-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
_PIECES = re.compile(rf"[ \t\n\r\f\v]+|[{_WIDE}]|[^ \t\n\r\f\v{_WIDE}]+")
_SPACES = re.compile(r"\s+", re.ASCII)
_NO_LINE_START = set("，。、；：！？）》」』】’”")  # Chinese punctuation stays at the end of the line before


def _cells(text: str) -> int:
    return sum(2 if re.match(f"[{_WIDE}]", c) else 1 for c in text)


def split_lines(text: str, width: int) -> list[str]:
    """`text` wrapped to `width` columns on screen (a Chinese character takes two; Chinese breaks between
    characters, not before its closing punctuation); text without wide characters wraps as argparse's does."""
    text = _SPACES.sub(" ", text).strip()  # a no-break space stays: it binds French ":" to its word
    if not re.search(f"[{_WIDE}]", text):
        return textwrap.wrap(text, width)
    lines: list[str] = []
    line = ""
    for piece in _PIECES.findall(text):
        if _SPACES.fullmatch(piece):
            piece = " "
            if not line:
                continue
        if line and _cells(line) + _cells(piece) > width and piece != " " and piece not in _NO_LINE_START:
            lines.append(line.rstrip())
            line = ""
        line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


def fill_text(text: str, width: int, indent: str) -> str:
    """A description or epilog filled to `width`; one written in lines (a list: the exit codes) keeps them."""
    if "\n" in text:
        return "\n".join(indent + line for line in text.splitlines())
    return "\n".join(indent + line for line in split_lines(text, width - len(indent)))
