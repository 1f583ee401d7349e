"""The comparison, the scale calculator and the timeline show the words of the loaded translation: the metric
catalog's labels, groups and descriptions (from the bundled seed), the Software and Supply groups, the timeline's
categories. The translation is a small .ts the test writes (the shipped tables are translated elsewhere), built
with the lrelease step a source checkout uses."""
from __future__ import annotations

import json
from xml.sax.saxutils import escape

import pytest

import resources
from desktop import i18n
from desktop.models.comparison_model import GROUP_ROLE, ROW_ROLE, ComparisonModel
from desktop.models.event_list_model import category_label, jurisdiction_label
from desktop.present import lang as langs
from desktop.store import Store


def seed_metric(key: str) -> dict:
    return next(m for m in json.loads(resources.seed_bytes("metrics.json"))["metrics"] if m["key"] == key)


BF16 = seed_metric("bf16_dense")
WORDS = {
    "Metric": {BF16["label"]: "BF16/FP16 dense", BF16["group"]: "Calcul", BF16["description"]: "Débit crête dense."},
    "Beyond": {"Supply": "Approvisionnement", "Stack and latest version": "Pile et dernière version"},
    "Timeline": {"Export control": "Contrôle des exportations", "China": "Chine"},
    "Comparison": {"not published": "non publié", "Cube units": "unités Cube"},
    "Scale": {"%1 × %2 ≈ 1 × %3 on %4": "%1 × %2 ≈ 1 × %3 en %4"},
}


def ts() -> str:
    contexts = "".join(
        f"<context><name>{escape(name)}</name>" + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
            for s, t in words.items()) + "</context>" for name, words in WORDS.items())
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR">{contexts}</TS>\n'


@pytest.fixture
def french(translation_table, qapp):
    translation_table(ts())
    i18n.install("fr")


def shown(model: ComparisonModel) -> dict[str, tuple[str, str]]:
    """metric key -> (label, tooltip) of the metric column; groups under '#name'."""
    out = {}
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        group = model.data(index, GROUP_ROLE)
        if group is not None:
            out["#" + group] = (model.data(index), "")
        else:
            out[model.data(index, ROW_ROLE).metric.key] = (model.data(index), model.data(index, 0x03) or "")
    return out


def test_the_comparison_shows_the_catalog_s_words_in_the_language(french, db_path):
    model = ComparisonModel()
    model.set_comparison(Store(db_path).compare_many(["910c", "h100"]))
    rows = shown(model)
    label, tip = rows["bf16_dense"]
    assert label.startswith("BF16/FP16 dense") and BF16["label"] not in label
    assert tip.startswith("Débit crête dense.")
    assert rows["#" + BF16["group"]][0] == "Calcul"
    assert rows["#Supply"][0] == "Approvisionnement"
    cells = [model.data(model.index(r, c)) or "" for r in range(model.rowCount()) for c in (1, 2)]
    assert "non publié" in cells and "not published" not in cells  # db's words for a missing figure
    assert any(c.endswith("(unités Cube)") for c in cells) and not any("(Cube units)" in c for c in cells)


def test_english_shows_the_seed_s_words(db_path, qapp):
    i18n.install(langs.ENGLISH)
    model = ComparisonModel()
    model.set_comparison(Store(db_path).compare_many(["910c", "h100"]))
    rows = shown(model)
    assert rows["bf16_dense"][0].startswith(BF16["label"])
    assert rows["bf16_dense"][1].startswith(BF16["description"])
    assert rows["#" + BF16["group"]][0] == BF16["group"]


def test_a_comparison_built_in_english_is_not_shown_again_after_switching(french, db_path):
    """The store keeps the comparisons it built; the rows it phrases (the verdict row, Software, Supply) follow
    the language the window speaks now."""
    store = Store(db_path)

    def stack_label(comparison) -> str:
        return next(r.metric.label for r in comparison.rows if r.metric.key.endswith("latest_version"))
    i18n.install(langs.ENGLISH)
    assert stack_label(store.compare_many(["910c", "h100"])) == "Stack and latest version"
    i18n.install("fr")
    assert stack_label(store.compare_many(["910c", "h100"])) == "Pile et dernière version"


def test_the_scale_calculator_speaks_the_language(french, db_path, qtbot):
    from desktop.views.scale_calculator_panel import ScaleCalculatorPanel
    store = Store(db_path)
    panel = ScaleCalculatorPanel(store)
    qtbot.addWidget(panel)
    panel.set_comparison(store.compare_many(["910c", "h100"]))
    assert "BF16/FP16 dense" in [panel.metric_box.itemText(i) for i in range(panel.metric_box.count())]
    panel.metric_box.setCurrentIndex(panel.metric_box.findData("bf16_dense"))
    assert " en BF16/FP16 dense" in panel.result.text()


def test_timeline_categories_and_jurisdictions_are_translated(french):
    assert category_label("export-control") == "Contrôle des exportations"
    assert jurisdiction_label("CN") == "Chine"
