"""The scale calculator's sentence phrased from db's numbers: in English exactly db's sentence, for every metric the
calculator offers and every device of a pairing or a group, in the plain and a French number style; in another
language, with that language's template and the catalog's word for the metric."""
from __future__ import annotations

from db.api import Library
from db.api.compare import NumberStyle
from desktop.present.catalog_words import CONTEXT as METRIC
from desktop.present.scale_words import CONTEXT, MORE, scale_detail, scale_text

FRENCH = NumberStyle(group="\u202f", point=",")


def comparisons(lib: Library):
    pairings = lib.catalog.pairings()
    yield from (lib.compare.pair(p.device_a, p.device_b) for p in pairings)
    yield lib.compare.many(["910c", "h100", "h20"])
    yield lib.compare.many(["cloudmatrix-384", "gb200-nvl72"])


def test_english_reads_as_db_s_sentence_for_every_metric_and_device(db_path):
    lib = Library(db_path)
    checked = 0
    for comparison in comparisons(lib):
        keys = [r.metric.key for r in comparison.rows if r.metric.kind == "number" and r.metric.higher_is_better]
        others = [i for i in range(len(comparison.devices)) if i != comparison.baseline]
        for key in keys:
            for i in others:
                for style in (None, FRENCH):
                    m = lib.compare.scale_to_match(comparison, key, i, style)
                    shown = style or lib.style
                    assert scale_text(comparison, m, i, style=shown) == m.text, (key, i)
                    assert scale_detail(comparison, m, i, style=shown) == m.detail, (key, i)
                    checked += 1
    assert checked > 0


def test_another_language_uses_its_template_and_the_catalog_s_word(db_path):
    lib = Library(db_path)
    comparison = lib.compare.many(["910c", "h100"])
    m = lib.compare.scale_to_match(comparison, "bf16_dense", 0)
    assert m.count is not None and m.count >= 1
    table = {(CONTEXT, MORE): "%1 × %2 ≈ 1 × %3 en %4", (METRIC, m.metric.label): "BF16/FP16 dense"}

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)
    text = scale_text(comparison, m, 0, translate, lib.style)
    assert f"≈ 1 × {comparison.devices[1].name} en BF16/FP16 dense" in text
    assert m.metric.label not in text
