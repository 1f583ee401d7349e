"""`chiplens --lang fr` opens the window in French for that run, without changing the saved language setting.

The translations come from a small .ts file the test writes, not the shipped ones."""
from __future__ import annotations

import pytest

from desktop.cli import parse_args
from desktop.main_window import MainWindow
from desktop.settings import LANGUAGE, AppSettings
from desktop.startup.gui import install_language
from desktop.store import Store

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Fichier (essai)</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french_table(translation_table):
    return translation_table(TS)


def _menus(qtbot, db_path) -> list[str]:
    window = MainWindow(Store(db_path), None, ("910c", "h100"))
    qtbot.addWidget(window)
    return [a.text() for a in window.menuBar().actions()]


def test_lang_opens_the_window_in_that_language_and_saves_nothing(qtbot, db_path, french_table, tmp_path):
    settings_file = tmp_path / "settings.ini"
    settings = AppSettings(settings_file)
    settings.set_user_choice(LANGUAGE, "en")  # the user's own choice: English
    args = parse_args(["--lang", "fr"])
    assert args.command is None, "no command: the window"
    assert install_language(args, settings) == "fr"
    assert "&Fichier (essai)" in _menus(qtbot, db_path)
    assert settings.language == "en", "the setting is kept"
    settings.close()
    assert AppSettings(settings_file).language == "en"
    assert install_language(parse_args([]), AppSettings(settings_file)) == "en", "without --lang: the setting"
    assert "&File" in _menus(qtbot, db_path)
