"""The metric catalog's words are marked for translation from the bundled seed, and shown translated.

desktop/present/catalog_words.py is generated from resources/seed/metrics.json (packaging/catalog_words.py): when
the seed gains, loses or rewords a label, group, description or formula, this test fails until the module is written again,
so that no word of the catalog reaches the window untranslatable.
"""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import resources
from desktop.present import catalog_words
from desktop.present.catalog_words import catalog_word

ROOT = Path(__file__).resolve().parents[3]


def seed_words() -> set[str]:
    data = json.loads(resources.seed_bytes("metrics.json"))
    out = set(data["groups"])
    for m in data["metrics"]:
        out |= {m["group"], m["label"], m.get("description", ""), m.get("formula", "")}
    return out - {""}


def test_every_word_of_the_seed_catalog_is_marked_and_nothing_else():
    assert set(catalog_words.WORDS) == seed_words()
    assert len(catalog_words.WORDS) == len(set(catalog_words.WORDS))


def test_the_module_is_the_generator_s_output():
    """The module as packaging/catalog_words.py writes it (lupdate reads its literals, not WORDS at run time)."""
    text = (ROOT / "desktop" / "present" / "catalog_words.py").read_text(encoding="utf-8")
    marked = [json.loads(m) for m in re.findall(r'QT_TRANSLATE_NOOP\("Metric", (".*")\),$', text, re.M)]
    assert marked == list(catalog_words.WORDS)
    spec = importlib.util.spec_from_file_location("chiplens_packaging_catalog_words",
                                                  ROOT / "packaging" / "catalog_words.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    assert generator.render() == text


def test_a_word_shows_in_the_language_of_the_translate_function():
    data = json.loads(resources.seed_bytes("metrics.json"))
    label, group = data["metrics"][0]["label"], data["metrics"][0]["group"]
    table = {("Metric", label): "Étiquette traduite", ("Metric", group): "Groupe traduit"}

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)
    assert catalog_word(label, translate) == "Étiquette traduite"
    assert catalog_word(group, translate) == "Groupe traduit"
    assert catalog_word(label) == label  # English: the seed's own words
    assert catalog_word("A metric the analyst added", translate) == "A metric the analyst added"
    assert catalog_word("", translate) == ""
