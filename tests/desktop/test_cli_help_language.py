"""`chiplens --help`, every command's help, the usage line and argparse's errors speak --lang (or the locale's
language), from the shipped translations; a window start parses its options without reading any of them."""
from __future__ import annotations

import argparse
import gettext
import re

import pytest

from desktop import cli
from desktop.app import main
from desktop.cli import words
from desktop.present import lang as langs

LANGS = ("fr", "zh_CN")


@pytest.fixture(autouse=True)
def _english_again(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")  # argparse wraps to the terminal's width
    yield
    words.use("en")


def shipped(lang: str, context: str, text: str) -> str:
    found = langs.catalog(lang).get((context, text))
    assert found and found != text, f"{lang} has no translation of {text!r}"
    return found


def flat(text: str) -> str:
    """Text without the line breaks and indentation argparse wraps it with."""
    return re.sub(r"[ \t\n]+", " ", text)


def run(capsys, data_dir, *argv) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return done.value.code, out, err


def test_chiplens_help_in_french(capsys, data_dir):
    code, out, err = run(capsys, data_dir, "--lang", "fr", "--help")
    assert code == 0 and err == ""
    assert out.startswith("usage\u00a0: chiplens [-h]")
    assert "arguments positionnels\u00a0:" in out and "\noptions\u00a0:\n" in out
    for english in ("show this help message and exit", "show program's version number and exit"):
        assert flat(shipped("fr", "argparse", english)) in flat(out)
        assert english not in out
    description = "Compare AI accelerators and rack-scale systems side by side, with sources. Without a command, " \
                  "opens the window."
    assert flat(shipped("fr", "Cli", description)) in flat(out) and "Compare AI accelerators" not in out
    assert "compare 2 to 4 devices" not in flat(out) and "compare 2 à 4 matériels" in flat(out)
    assert "usage:" not in out and "positional arguments" not in out and "options:" not in out


def test_a_command_help_in_chinese_after_the_command(capsys, data_dir):
    code, out, err = run(capsys, data_dir, "compare", "--help", "--lang=zh_CN")
    assert code == 0 and err == ""
    assert out.startswith("用法：chiplens compare [-h]") and "\n选项：\n" in out and "位置参数：" in out
    baseline = "the device ratios are taken against (default: the second)"
    assert shipped("zh_CN", "Cli", baseline) in flat(out) and baseline not in flat(out)
    assert "--baseline NAME" in out and "--per-package" in out  # option names and metavars stay as they are
    assert "usage:" not in out and "show this help message" not in out


def test_the_locale_speaks_when_no_lang_is_given(capsys, data_dir, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    code, out, _ = run(capsys, data_dir, "notes", "--help")
    assert code == 0 and out.startswith("用法：chiplens notes")
    assert shipped("zh_CN", "Cli", "list notes, newest first") in out


def test_a_missing_argument_is_told_in_french(capsys, data_dir):
    code, out, err = run(capsys, data_dir, "--lang", "fr", "compare")
    assert code == 2 and out == ""
    assert err.startswith("usage\u00a0: chiplens compare")
    assert "chiplens compare\u00a0: erreur\u00a0: les arguments suivants sont obligatoires\u00a0: A, B\n" in err
    assert "the following arguments are required" not in err and "error:" not in err


@pytest.mark.parametrize("lang, argv, english", [
    ("zh_CN", ["list", "--format", "xml"], "invalid choice"),
    ("fr", ["compare", "a", "b", "--bogus"], "unrecognized arguments"),
    ("fr", ["notes", "search", "x", "--limit", "many"], "invalid int value"),
    ("zh_CN", ["--pair", "a"], "expected 2 arguments"),  # a window option: the window's parser tells it
])
def test_argparse_errors_speak_the_language(capsys, data_dir, lang, argv, english):
    code, _, err = run(capsys, data_dir, "--lang", lang, *argv)
    assert code == 2
    assert english not in err and "error:" not in err
    assert ("erreur\u00a0:" if lang == "fr" else "错误：") in err


def parsers(parser: argparse.ArgumentParser):
    """Every parser of the command line: the top one and each command's and sub-command's."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """The English help texts, description and epilog a parser's --help shows."""
    texts = [parser.description or "", parser.epilog or ""]
    for action in parser._actions:
        texts.append(action.help or "")
        texts += [choice.help or "" for choice in getattr(action, "_choices_actions", ())]
    return [t for t in texts if t and t is not argparse.SUPPRESS]


@pytest.mark.parametrize("lang", LANGS)
def test_no_help_line_is_left_in_english(lang):
    everything = list(parsers(cli.build_parser()))
    assert len({p.prog for p in everything}) == len(everything) > 30  # every command and sub-command is read
    words.use(lang)
    for parser in everything:
        shown = parser.format_help()
        for text in help_texts(parser):
            english = flat(text % {"choices": "x"} if "%(" in text else text)
            if "\n" in text:  # a list (the exit codes): each of its lines
                assert not any(flat(line).strip() in flat(shown) for line in text.splitlines()[1:]), parser.prog
            else:
                assert english not in flat(shown), f"{parser.prog}: {text!r} is shown in English"
        assert "usage:" not in shown and "positional arguments" not in shown and "options:" not in shown


def test_a_chinese_help_fits_the_terminal_it_is_wrapped_for(monkeypatch):
    """A Chinese character takes two columns: the help lines are wrapped by their width on screen."""
    import unicodedata
    monkeypatch.setenv("COLUMNS", "80")
    words.use("zh_CN")

    def columns(line: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
    for parser in parsers(cli.build_parser()):
        shown = parser.format_help()
        body = shown.split("\n\n", 1)[1]  # past the usage line, which argparse wraps itself
        assert max(map(columns, body.splitlines())) <= 80, parser.prog


def test_a_window_start_reads_no_translation(monkeypatch, tmp_path):
    """`chiplens --lang fr` (the window) parses its options without reading a catalog or translating a word;
    argparse's own words are left as gettext's afterwards."""
    read = []
    real = langs.catalog
    monkeypatch.setattr(langs, "catalog", lambda *a: read.append(a) or real(*a))
    args = cli.parse_args(["--lang", "fr", "--data-dir", str(tmp_path), "--pair", "910c", "h100"])
    assert args.command is None and args.lang == "fr" and args.pair == ["910c", "h100"]
    assert read == [] and argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    with pytest.raises(SystemExit):  # the same options, one wrong: the error is told in French
        cli.parse_args(["--lang", "fr", "--pair", "910c"])
    assert read and argparse._ is gettext.gettext
