"""The timeline's vocabulary reads in English as the window has always shown it, and in the language of a
translate function for the exports and the command line; an unknown code shows as it is."""
from __future__ import annotations

from db.api.events import CATEGORIES, CONFIDENCES, JURISDICTIONS, PRECISIONS
from desktop.present import event_words as words


def test_every_code_of_the_store_has_words():
    assert set(CATEGORIES) <= set(words.CATEGORIES)
    assert set(JURISDICTIONS) <= set(words.JURISDICTIONS)
    assert set(CONFIDENCES) <= set(words.CONFIDENCES)
    assert set(PRECISIONS) <= set(words.PRECISIONS)


def test_english_and_a_translated_table():
    assert words.category_label("export-control") == "Export control"
    assert words.jurisdiction_label("CN") == "China"
    assert words.quarter_template() == "Q%1 %2"
    table = {("Timeline", "Export control"): "Contrôle à l’exportation", ("Timeline", "China"): "Chine",
             ("Timeline", "official"): "officiel", ("Timeline", "Q%1 %2"): "T%1 %2"}

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)
    assert words.category_label("export-control", translate) == "Contrôle à l’exportation"
    assert words.jurisdiction_label("CN", translate) == "Chine"
    assert words.confidence_label("official", translate) == "officiel"
    assert words.quarter_template(translate) == "T%1 %2"
    assert words.category_label("a-new-kind", translate) == "a-new-kind"
