"""Dialogs, start-up messages and quotes say db's English checks and errors in the window's language.

The translations come from a small .ts file each test writes and builds with lrelease (the shipped tables are
being translated elsewhere); English stays exactly as db/ words it.
"""
from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from db import api
from db.integrity import translate as store_error
from desktop import i18n
from desktop.dialogs.device_dialog import DeviceDialog
from desktop.quotes import quote_figure
from desktop.startup import store_opening

ROOT = Path(__file__).resolve().parents[2]
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>CatalogForm</name>
<message><source>a name is required</source><translation>un nom est requis</translation></message>
<message><source>%1 already names another device (%2)</source>
<translation>%1 désigne déjà un autre matériel (%2)</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(tmp_path):
    """A translator from the test's own .ts, built by lrelease, installed for the test only."""
    lrelease = i18n._lrelease()
    if lrelease is None:
        pytest.skip("lrelease is not in this PySide6")
    (tmp_path / "fr.ts").write_text(TS, encoding="utf-8")
    subprocess.run([lrelease, "-silent", str(tmp_path / "fr.ts"), "-qm", str(tmp_path / "fr.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "fr.qm"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def new_device_dialog(window) -> DeviceDialog:
    return DeviceDialog(window.store.devices(), window.store.organisations(), window.store.sources(), None, (),
                        window)


def test_the_device_dialog_says_the_checks_in_french(window, french, qtbot):
    dialog = new_device_dialog(window)
    qtbot.addWidget(dialog)
    dialog.validate()
    assert dialog.message("name") == "un nom est requis"
    dialog.aliases_edit.setText("NVL72")
    dialog.validate()
    assert "désigne déjà un autre matériel (gb200-nvl72)" in dialog.message("aliases")
    assert "NVL72" in dialog.message("aliases")  # the value the check quoted is put back


def test_in_english_the_checks_read_as_db_words_them(window, qtbot):
    dialog = new_device_dialog(window)
    qtbot.addWidget(dialog)
    dialog.validate()
    assert dialog.message("name") == "a name is required"


def errors(tmp_path) -> list:
    path = tmp_path / "chiplens.sqlite"
    path.write_bytes(b"")
    return [store_error(sqlite3.OperationalError(text), path) for text in
            ("database or disk is full", "database is locked", "attempt to write a readonly database")]


def test_store_errors_are_said_again_from_templates_with_their_values(tmp_path):
    table = {template: "«" + template + "»" for template in (*store_opening.TITLES,
                                                             *(t for _p, t in store_opening.MESSAGES))}

    def marked(context: str, text: str) -> str:
        assert context == "StoreOpening"
        return table.get(text, text)
    for exc in errors(tmp_path):
        assert store_opening.title(exc) == exc.title and store_opening.message(exc) == exc.message  # English
        assert store_opening.title(exc, marked) == "«" + exc.title + "»"
        said = store_opening.message(exc, marked)
        assert said.startswith("«") and str(tmp_path / "chiplens.sqlite") in said  # a template, the path put back


def test_what_is_wrong_with_a_damaged_file_is_said_from_a_template(tmp_path):
    from db.integrity import corrupt
    table = {"it is truncated: %1 bytes of the %2 its header counts": "tronqué : %1 octets sur %2"}
    exc = corrupt(tmp_path / "chiplens.sqlite", "it is truncated: 4,096 bytes of the 8,192 its header counts")
    assert store_opening.detail(exc) == exc.detail
    assert store_opening.detail(exc, lambda c, t: table.get(t, t)) == "tronqué : 4,096 octets sur 8,192"


def test_an_unknown_store_message_is_shown_as_db_wrote_it():
    from db.errors import StoreError
    exc = StoreError("The database could not be opened: something new.")
    assert store_opening.message(exc, lambda c, t: "X") == exc.message


def test_a_quote_uses_the_words_of_the_window(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    row = cmp.row("bf16_dense")
    table = {"Source: %1": "Source : %1", "official": "officiel"}
    text = quote_figure(row.metric, cmp.devices[0], row.cells[0], lambda c, t: table.get(t, t))
    assert "(officiel)" in text and "> Source : Huawei" in text
    assert "Dense BF16/FP16 — Huawei Ascend 910C" in text  # the data stays as written


MINE = ["desktop/beyond_actions.py", "desktop/catalog_actions.py", "desktop/control_actions.py",
        "desktop/event_actions.py", "desktop/file_actions.py", "desktop/fact_menus.py", "desktop/provenance.py",
        "desktop/theme_menu.py", "desktop/quotes.py", "desktop/notes_host.py", "desktop/main_window.py",
        *sorted(p.relative_to(ROOT).as_posix() for folder in ("dialogs", "startup", "views/notes")
                for p in (ROOT / "desktop" / folder).glob("*.py"))]


def test_lupdate_files_each_text_under_the_context_it_is_looked_up_with(tmp_path):
    """A text outside a class, or called through another object's tr(), must not land in a context that the
    running app never asks for (an empty one, or a variable's name): it would never be translated."""
    import xml.etree.ElementTree as ET
    lupdate = Path(i18n._lrelease() or "").with_name("lupdate")
    if not lupdate.is_file():
        pytest.skip("lupdate is not in this PySide6")
    out = tmp_path / "probe.ts"
    subprocess.run([str(lupdate), "-silent", "-locations", "none", *MINE, "-ts", str(out)], cwd=ROOT, check=True)
    contexts = {c.findtext("name") or "" for c in ET.parse(out).getroot().iter("context")}
    assert contexts and all(name[:1].isupper() and "." not in name for name in contexts), sorted(contexts)


def test_no_text_is_translated_inside_an_f_string():
    """lupdate does not read inside f-strings: a tr() there is never extracted, so never translated."""
    import ast
    hidden = []
    for name in MINE:
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                hidden += [f"{name}:{call.lineno}" for call in ast.walk(node) if isinstance(call, ast.Call)
                           and getattr(call.func, "attr", getattr(call.func, "id", None)) in ("tr", "translate")
                           and any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)]
    assert not hidden, hidden
