"""The command line's human messages follow --lang, else the locale; its JSON keys and CSV headers stay English.

The translations are this test's own small .ts files (CHIPLENS_I18N_DIR), not the shipped ones."""
import json

import pytest

from desktop.app import main
from desktop.cli import words

MESSAGES = {
    "fr": {"no notes": "aucune note", "Metric": "Indicateur", "Status": "Statut",
           "no event matches these filters": "aucun événement ne correspond à ces filtres",
           "%1 is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY":
               "%1 n’est pas une date : écrivez AAAA-MM-JJ, AAAA-MM, AAAA-Tn ou AAAA"},
    "zh_CN": {"no notes": "没有笔记", "Metric": "指标", "Status": "状态", "Slug": "标识", "Name": "名称",
              "no event matches these filters": "没有符合这些筛选条件的事件",
              "%1 is not a date: use YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY": "%1 不是日期：请写 YYYY-MM-DD"},
}


def _ts(lang: str, messages: dict[str, str]) -> str:
    from xml.sax.saxutils import escape
    body = "".join(f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
                   for s, t in messages.items())
    return (f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="{lang}">'
            f"<context><name>Cli</name>{body}</context></TS>")


@pytest.fixture
def translations(tmp_path, monkeypatch):
    folder = tmp_path / "i18n"
    folder.mkdir()
    for lang, messages in MESSAGES.items():
        (folder / f"chiplens_{lang}.ts").write_text(_ts(lang, messages), encoding="utf-8")
    monkeypatch.setenv(words.I18N_DIR_ENV, str(folder))
    yield folder
    words.use("en")  # the next test's direct calls speak English again


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_locale_chooses_the_language_of_messages(capsys, data_dir, translations, monkeypatch):
    code, _, err = run(capsys, data_dir, "notes", "list")
    assert code == 0 and err == "chiplens notes: no notes\n", "English under LANGUAGE=en"
    monkeypatch.setenv("LANGUAGE", "fr")
    code, _, err = run(capsys, data_dir, "notes", "list")
    assert code == 0 and err == "chiplens notes: aucune note\n"
    monkeypatch.delenv("LANGUAGE")
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")  # LANGUAGE unset: LC_ALL before LANG
    code, _, err = run(capsys, data_dir, "notes", "list")
    assert code == 0 and err == "chiplens notes: 没有笔记\n"


def test_lang_before_or_after_the_command_wins_over_the_locale(capsys, data_dir, translations, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "fr")
    for argv in (["--lang", "zh_CN", "events", "--from", "1990", "--to", "1990"],
                 ["events", "--from", "1990", "--to", "1990", "--lang", "zh_CN"],
                 ["events", "--lang=zh_CN", "--from", "1990", "--to", "1990"]):
        code, out, err = run(capsys, data_dir, *argv)
        assert code == 0 and err == "chiplens events: 没有符合这些筛选条件的事件\n", argv
    code, _, err = run(capsys, data_dir, "--lang", "en", "events", "--from", "1990", "--to", "1990")
    assert err == "chiplens events: no event matches these filters\n", "--lang en: English on a French system"


def test_an_argument_error_speaks_the_language_too(capsys, data_dir, translations):
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "events", "--from", "someday", "--lang", "fr"])
    assert exit_.value.code == 2
    assert "'someday' n’est pas une date : écrivez AAAA-MM-JJ" in capsys.readouterr().err


def test_tables_headings_follow_the_language_and_machine_output_does_not(capsys, data_dir, translations):
    code, out, _ = run(capsys, data_dir, "--lang", "fr", "compare", "910c", "h100")
    assert code == 0
    head, status = out.splitlines()[:3:2]
    assert head.startswith("Indicateur ") and status.startswith("Statut "), "the text table's headings in French"
    for fmt in ("json", "csv"):
        english = run(capsys, data_dir, "compare", "910c", "h100", "--format", fmt)[1]
        for lang in ("fr", "zh_CN"):
            assert run(capsys, data_dir, "compare", "910c", "h100", "--format", fmt, "--lang", lang)[1] == english
    listed = run(capsys, data_dir, "list", "--format", "json", "--lang", "zh_CN")[1]
    assert set(json.loads(listed)[0]) == {"slug", "name", "kind", "vendor", "country", "family", "status", "aliases"}


def test_an_untranslated_message_stays_english(capsys, data_dir, translations):
    code, _, err = run(capsys, data_dir, "--lang", "fr", "compare", "910c", "h100", "h20", "b200", "mi300x")
    assert code == 2 and err == "chiplens compare: give 2 to 4 devices, not 5\n"


def test_chinese_headings_line_up_with_their_columns(capsys, data_dir, translations):
    """A Chinese character takes two columns of a terminal: the table pads by columns, not characters."""
    from desktop.cli.output import width
    code, out, _ = run(capsys, data_dir, "list", "--lang", "zh_CN")
    head, dashes = out.splitlines()[:2]
    assert code == 0 and head.startswith("标识 ")
    assert width(head[:head.index("名称")]) == dashes.index("  -") + 2, "the second heading starts over its column"
