"""db returns why a ratio is missing as a code with its data; desktop/present/reasons.py says it in words."""
from db import api
from db.reasons import BASELINE_ZERO, QUALIFIERS_DIFFER, Reason
from desktop.present.reasons import TEMPLATES, phrase


def test_reasons_are_codes_and_are_phrased_in_the_presentation_layer():
    assert phrase(Reason(QUALIFIERS_DIFFER, ("Cube units only", None))) == "not comparable: Cube units only vs standard figure"
    assert phrase(Reason(BASELINE_ZERO)) == "the baseline's figure is zero"
    assert phrase(None) == ""
    seen = []
    french = {"not comparable: %1 vs %2": "non comparable : %1 contre %2", "standard figure": "chiffre standard"}
    text = phrase(Reason(QUALIFIERS_DIFFER, (None, "bidirectional")), lambda ctx, s: seen.append(ctx) or french.get(s, s))
    assert text == "non comparable : chiffre standard contre bidirectional" and set(seen) == {"Reason"}


def test_a_comparison_carries_reasons_not_sentences(db_path):
    notes = []
    for names in (["910C", "H100"], ["CM384", "NVL72"], ["910C", "H100", "H20", "B200"]):
        cmp = api.compare_many(db_path, names)
        notes += [n for r in cmp.rows for n in (r.ratio_note, *(c.ratio_note for c in r.cells)) if n]
    assert notes and all(isinstance(n, Reason) and n.code in TEMPLATES for n in notes)
    assert all(phrase(n) and "%" not in phrase(n) for n in notes)
