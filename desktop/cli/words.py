"""The command line's human messages in the user's language; its machine output stays English.

`chiplens --lang fr ...` (or `--lang` after the command), else the locale (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG, as desktop.present.lang.from_environment reads them) chooses the language of what is written for a
person to read: errors, confirmations, status lines, the headings of text tables. JSON keys, CSV headers and
exit codes never change. The messages are the `.ts` translations the window uses (context "Cli" here, and
each present module's own context), read without Qt. CHIPLENS_I18N_DIR names another folder of
`chiplens_<lang>.ts` files (a test's own, or a translator checking a file before it ships).

    translate("Cli", "no notes")                  lupdate extracts the literal; the current language's text
    say(translate("Cli", "wrote %1"), target)     the same, with %1 %2 filled
"""
from __future__ import annotations

import os

from desktop.present import lang as langs

CONTEXT = "Cli"
I18N_DIR_ENV = "CHIPLENS_I18N_DIR"

_current: langs.Translate = langs.english
_code = langs.ENGLISH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks a text for translation where it is defined (a table's headings); translated where it is shown."""
    return text


def language(args=None) -> str:
    """The language a command speaks: `--lang` if given (anywhere on the line), else the environment's."""
    return _known(getattr(args, "lang", None))


def language_asked(argv: list[str]) -> str:
    """The language `--lang X` or `--lang=X` asks for, wherever it stands on the line, else the environment's:
    known before the line is parsed, so that --help and argparse's errors speak it."""
    for k, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and k + 1 < len(argv):
            return _known(argv[k + 1])
        if word.startswith("--lang="):
            return _known(word.split("=", 1)[1])
    return langs.from_environment()


def _known(code: str | None) -> str:
    return code if code in langs.LANGUAGES else langs.from_environment()


def use(code: str) -> None:
    """Speak `code` from now on (English: the source texts)."""
    global _current, _code
    _code = code if code in langs.LANGUAGES else langs.ENGLISH
    folder = os.environ.get(I18N_DIR_ENV) or None
    if _code == langs.ENGLISH:
        _current = langs.english
        return
    table = langs.catalog(_code, folder)

    def current(context: str, text: str) -> str:
        return table.get((context, text), text)
    _current = current


def current_language() -> str:
    return _code


def translate(context: str, text: str) -> str:
    """`text` (a source of context `context`) in the current language; a Translate for desktop.present."""
    return _current(context, text)


def say(template: str, *values: object) -> str:
    """A translated template with its %1 %2 filled."""
    return langs.arg(template, *values)
