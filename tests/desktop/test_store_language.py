"""The store writes numbers and dates in the window's language, and in the new one after a switch."""
from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.present import dates
from desktop.present.locale_style import number_style
from desktop.store import Store, locale_style

NNBSP = "\u202f"


def bandwidth(store: Store) -> str:
    row = store.compare("910c", "h100").row("memory_bandwidth")
    return row.cells[1].display


def test_french_figures_and_dates_then_english_after_a_switch(db_path):
    store = Store(db_path, language="fr")
    try:
        assert store.style == number_style("fr")
        shown = bandwidth(store)
        assert shown.endswith(f"{NNBSP}To/s") and "TB/s" not in shown and "." not in shown  # '3,35 To/s'
        assert dates.day("2026-12-04") == "4 déc. 2026"

        store.set_language("zh_CN")
        assert bandwidth(store).endswith(" TB/s") and dates.day("2026-12-04") == "2026年12月4日"

        store.set_language("en")
        assert store.language == "en" and store.style == locale_style()
        assert bandwidth(store) == Store(db_path, language="en").compare("910c", "h100") \
            .row("memory_bandwidth").cells[1].display
        assert bandwidth(store).endswith(" TB/s") and dates.day("2026-12-04") == "2026-12-04"
    finally:
        dates.set_language("en")


def test_english_keeps_the_users_own_separators(db_path):
    store = Store(db_path)  # the window's language: English here
    assert store.language == "en"
    loc = QLocale()
    assert (store.style.group, store.style.point) == (loc.groupSeparator(), loc.decimalPoint())
    assert store.style.unit("TB/s") == "TB/s" and store.style.space == " "
    german = locale_style(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert (german.group, german.point, german.unit("TB/s")) == (".", ",", "TB/s")
    assert locale_style(lang="fr") == number_style("fr")


def test_the_export_control_verdict_row_writes_its_margins_in_the_language(db_path):
    """'TPP 2,368' in English reads as a decimal in French: the verdict row follows the window's numbers."""
    import re
    english = Store(db_path, language="en").compare("910c", "h100").row("export_control_verdict")
    store = Store(db_path, language="fr")
    try:
        french = store.compare("910c", "h100").row("export_control_verdict")
        grouped = [c.display for c in english.cells if re.search(r"\d,\d{3}", c.display)]
        assert grouped  # the English row writes thousands with a comma...
        for cell in french.cells:
            assert not re.search(r"\d,\d{3}", cell.display), cell.display  # ...the French one never does
        assert any(re.search(rf"\d{NNBSP}\d{{3}}", c.display) for c in french.cells)  # it groups with a thin space
    finally:
        dates.set_language("en")


def test_the_rules_list_writes_thresholds_and_days_in_the_language(db_path):
    import re

    from db.api import Library
    from desktop.control_actions import ControlRulesModel
    from desktop.present import controls as pc
    rules = Library(db_path).controls.rules()
    store = Store(db_path, language="fr")  # the window's numbers and dates
    model = ControlRulesModel(rules, store.style)
    try:
        tests = [model.tests_text(r) for r in rules]
        assert any(re.search(rf"\d{NNBSP}\d{{3}}", t) for t in tests)  # '4 800'
        assert not any(re.search(r"\d,\d{3}", t) for t in tests)
        first = min(rules, key=lambda r: r.effective)
        assert dates.day(first.effective) in pc.dates_text(first) and first.effective not in pc.dates_text(first)
    finally:
        dates.set_language("en")
