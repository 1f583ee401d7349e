"""View ▸ Language: the window speaks the chosen language at once, keeps what it showed, and remembers it.

The translations come from a small .ts file the test writes (the shipped tables are checked elsewhere), built
with the same lrelease step a source checkout uses, into a cache folder under the test's temp folder.
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop import i18n
from desktop.present import lang as langs
from desktop.settings import LANGUAGE, AppSettings

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context><name>MainWindow</name>
<message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
<message><source>&amp;View</source><translation>&amp;Affichage</translation></message>
<message><source>Comparison</source><translation>Comparaison</translation></message>
</context>
<context><name>LanguageMenu</name>
<message><source>&amp;Language</source><translation>&amp;Langue</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french_tables(translation_table):
    return translation_table(TS)


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def language_action(window, code):
    return window.language_menu.actions[code]


def test_choosing_french_translates_the_open_window_and_keeps_the_comparison(window, french_tables, tmp_path, qtbot):
    window.app_settings = AppSettings(tmp_path / "settings.ini")
    window._load_chart()
    window._load_timeline()  # with the timeline and the later tabs (export controls, supply, stacks)
    window.set_devices(("910c", "h100", "h20"), baseline=2)
    shown = window.devices_shown()
    assert "&File" in menu_titles(window)

    language_action(window, "fr").trigger()
    qtbot.waitUntil(lambda: "&Fichier" in menu_titles(window))

    assert "&Affichage" in menu_titles(window)
    assert window.tabs.tabText(0) == "Comparaison"
    assert window.devices_shown() == shown and window._baseline == 2
    assert window.comparison is not None and window.panel.model.rowCount() > 0
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Affichage")
    assert "&Langue" in [a.text() for a in view.actions()]
    assert window.app_settings.language == "fr"  # remembered in the settings file
    assert AppSettings(tmp_path / "settings.ini").value(LANGUAGE) == "fr"
    # Qt's own strings follow: a standard button says Annuler
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    # shortcuts still work once, not twice (the old actions left the window)
    keys = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys))

    # the old tabs are gone for good: a store change or a new comparison reaches only the new ones
    qtbot.wait(50)
    window.store.save_pairing("Ascend vs Hopper", shown[0], shown[1])
    window.set_devices(shown[:2])
    assert window.tabs.count() >= 5

    language_action(window, "en").trigger()
    qtbot.waitUntil(lambda: "&File" in menu_titles(window))
    assert window.devices_shown() == shown[:2]


def test_a_switch_keeps_the_note_being_typed(window, french_tables, tmp_path, qtbot):
    window.app_settings = AppSettings(tmp_path / "settings.ini")
    window.toggle_notes()
    qtbot.waitUntil(lambda: window.notes is not None)
    window.notes.new_note()
    window.notes.title_edit.setText("Ascend 910C yields")
    window.notes.editor.setPlainText("SMIC N+2 capacity, per the December sources")  # typed, not yet autosaved
    uid = window.notes.current_uid()
    language_action(window, "fr").trigger()
    qtbot.waitUntil(lambda: "&Fichier" in menu_titles(window))
    qtbot.waitUntil(lambda: window.notes is not None and window.notes_host.shown())
    assert window.notes.current_uid() == uid
    assert window.notes.title_edit.text() == "Ascend 910C yields"
    assert "SMIC N+2" in window.notes.editor.toPlainText()
    assert "SMIC N+2" in window.store.note(uid).body  # saved before the rebuild


def test_the_language_setting_is_checked(tmp_path):
    s = AppSettings(tmp_path / "settings.ini")
    assert s.language == "system"
    s.set_user_choice(LANGUAGE, "zh_CN")
    assert AppSettings(tmp_path / "settings.ini").language == "zh_CN"
    with pytest.raises(ValueError):
        s.set_value(LANGUAGE, "klingon")
    s.qsettings.setValue(LANGUAGE, "de")  # a hand-edited file: the default, not a crash
    assert s.language == "system"


@pytest.mark.parametrize("code, expected", [("fr_FR.UTF-8", "fr"), ("fr", "fr"), ("zh_CN.UTF-8", "zh_CN"),
                                            ("zh-Hans-CN", "zh_CN"), ("zh_TW", "en"), ("de_DE", "en"), ("", "en")])
def test_system_languages_map_to_the_ones_shipped(code, expected):
    assert langs.normalize(code) == expected
    assert langs.resolve("system", code) == expected
    assert langs.resolve("fr", code) == "fr"


def test_without_a_built_file_the_ts_is_read(french_tables, monkeypatch):
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)
    assert i18n.qm_file("fr") is None
    i18n.install("fr", QApplication.instance())
    assert QApplication.translate("MainWindow", "&File") == "&Fichier"
    assert QApplication.translate("MainWindow", "Untranslated words") == "Untranslated words"
