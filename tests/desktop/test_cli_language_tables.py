"""The command line's tables read in --lang (metric names, groups, marks, categories, dates, numbers); its JSON and
CSV stay byte for byte what English writes.

The translations are this test's own small .ts file (CHIPLENS_I18N_DIR), not the shipped ones."""
from xml.sax.saxutils import escape

import pytest

from desktop.app import main
from desktop.cli import words
from desktop.present.locale_style import NNBSP

FRENCH = {
    "Metric": {"Memory capacity": "Capacité mémoire (essai)", "Memory": "Mémoire (essai)"},
    "Beyond": {"Software": "Logiciel (essai)", "Stack and latest version": "Pile (essai)"},
    "Controls": {"● named": "● nommée (essai)", "○ not named": "○ non nommée (essai)"},
    "Timeline": {"Export control": "Contrôle (essai)", "official": "officiel (essai)"},
}


@pytest.fixture
def french(tmp_path, monkeypatch):
    contexts = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
            for s, t in messages.items()) + "</context>" for name, messages in FRENCH.items())
    (tmp_path / "chiplens_fr.ts").write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fr">{contexts}</TS>',
        encoding="utf-8")
    monkeypatch.setenv(words.I18N_DIR_ENV, str(tmp_path))
    yield
    words.use("en")


def run(capsys, data_dir, *argv) -> str:
    assert main(["--data-dir", str(data_dir), *argv]) == 0
    return capsys.readouterr().out


def test_compare_json_and_csv_are_the_same_bytes_in_french(capsys, data_dir, french):
    for fmt in ("json", "csv"):
        english = run(capsys, data_dir, "compare", "910c", "h100", "b200", "--format", fmt)
        assert "Memory capacity" in english and "Software" in english
        french_ = run(capsys, data_dir, "--lang", "fr", "compare", "910c", "h100", "b200", "--format", fmt)
        assert french_ == english, fmt
        assert "(essai)" not in french_ and NNBSP not in french_


def test_compare_table_reads_in_french(capsys, data_dir, french):
    english = run(capsys, data_dir, "compare", "910c", "h100")
    table = run(capsys, data_dir, "--lang", "fr", "compare", "910c", "h100")
    assert "\nMemory capacity " in english and NNBSP not in english
    assert "\nCapacité mémoire (essai) " in table, "the metric's name"
    assert "\nLogiciel (essai)\n" in table and "\nPile (essai)\n" in table, "the statement rows' group and name"
    assert "officiel (essai)]" in table, "a citation's grade"
    assert NNBSP in table, "French numbers: a narrow no-break space before the unit and between thousands"


def test_events_and_controls_tables_read_in_french(capsys, data_dir, french):
    english = run(capsys, data_dir, "events", "--category", "export-control")
    table = run(capsys, data_dir, "--lang", "fr", "events", "--category", "export-control")
    assert " export-control " in english and "Contrôle (essai)" not in english
    rows = table.splitlines()[2:]
    assert rows and all(" Contrôle (essai) " in row for row in rows)
    assert not any(row[:4].isdigit() and row[4] == "-" for row in rows), "no ISO date: the date in French"
    english = run(capsys, data_dir, "controls", "910c", "--on", "2025-06-01")
    table = run(capsys, data_dir, "--lang", "fr", "controls", "910c", "--on", "2025-06-01")
    assert "● named" in english and "· 2025-06-01\n" in english
    assert "● nommée (essai)" in table and "● named" not in table
    assert "2025-06-01" not in table.splitlines()[0], "the date in French"
