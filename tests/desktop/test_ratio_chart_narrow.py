"""The ratio chart in a narrow column (a 1280 x 720 window whose table takes the width of long figures), in
French: every name whole, no text on another text or on a bar, every bar's label inside the plot, at every width
the column can give it, down to the chart's own floor; and that floor leaves the table its width."""
from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtWidgets import QApplication

from db.api import Library
from desktop import i18n
from desktop.charts.ratio_chart import RatioChart
from desktop.charts.ratio_plot import Drawing
from desktop.present import ratio_bars as rb

FRENCH = {
    "Metric": {"Dense BF16/FP16": "BF16/FP16 dense", "Dense FP8": "FP8 dense", "Memory capacity": "Capacité mémoire",
               "Memory bandwidth": "Bande passante mémoire",
               "Scale-up bandwidth per accelerator": "Bande passante scale-up par accélérateur",
               "Power (TDP or all-in)": "Puissance (TDP ou totale)",
               "Dense BF16 TFLOPS per watt": "TFLOPS BF16 denses par watt"},
    "RatioChart": {"ratio %1 ÷ %2 (log scale; 1× = equal)": "%1 ÷ %2 (échelle log.\u00a0; 1× = égal)",
                   "A better": "A meilleur", "B better": "B meilleur", "no better side": "aucun côté meilleur"},
}
# ⚠ on the first two (a basis not stated: '22.2×  ▲A  ⚠'), six rows on the third
PAIRS = [("atlas-950-superpod", "gb200-nvl72"), ("tpu-v7-ironwood", "b200"), ("ascend-910c", "h100-sxm")]


def comparison_page(qtbot, store, pair, size):
    """The Comparison tab for `pair` from `store`, shown at `size`, its chart made."""
    from desktop.views.comparison_page import ComparisonPage
    comparison = store.compare_many(pair, 1, False)
    page = ComparisonPage(store)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    page.set_comparison(comparison)
    page.load_chart(comparison)
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def french(translation_table, qapp):
    contexts = "".join(f"<context><name>{escape(name)}</name>" + "".join(
        f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
        for s, t in words.items()) + "</context>" for name, words in FRENCH.items())
    translation_table(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr_FR">'
                      f"{contexts}</TS>\n")
    i18n.install("fr")


def collisions(d: Drawing) -> list[tuple[str, str]]:
    """Every pair of drawn things that touch: two texts, or a text and a bar or marker."""
    hits = []
    for i, a in enumerate(d.texts):
        hits += [(a.text, b.text) for b in d.texts[i + 1:] if a.rect.intersects(b.rect)]
        hits += [(a.text, s.tip) for s in d.shapes if a.rect.intersects(s.rect)]
    return hits


def whole(name: str) -> str:
    """A drawn name read back as one line ('scale-' then 'up' on the next line reads 'scale-up')."""
    return name.replace("-\n", "-").replace("\n", " ")


def laid_out(qtbot, comparison, width: int) -> RatioChart:
    """The chart as the column's scroll area gives it: `width` (never under the chart's floor), and at least the
    height its layout asks for at that width."""
    chart = RatioChart()
    qtbot.addWidget(chart)
    chart.set_comparison(comparison)
    chart.resize(max(width, chart.minimumSizeHint().width()), 200)
    chart.show()
    qtbot.waitExposed(chart)
    chart.resize(chart.width(), max(chart.minimumSizeHint().height(), chart.heightForWidth(chart.width())))
    chart.layout().activate()
    return chart


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize("width", [0, 270, 320, 380, 450, 560])  # 0: the chart's own floor
def test_nothing_overlaps_and_no_name_is_cut(qtbot, french, db_path, pair, width):
    comparison = Library(db_path).compare.pair(*pair)
    chart = laid_out(qtbot, comparison, width)
    drawing = chart.plot.lay_out()
    names = [r.label for r in rb.bar_plot(comparison, QApplication.translate).rows]
    assert set(names) <= set(FRENCH["Metric"].values())  # the French names are the ones drawn
    assert [whole(n) for n in drawing.of("name")] == names  # each whole, in the table's order: no '…'
    assert collisions(drawing) == []
    labels = [t for t in drawing.texts if t.role == "label"]
    assert len(labels) == len(names) and all(drawing.box.contains(t.rect) for t in labels)
    frame = QRectF(chart.plot.rect())
    assert all(frame.contains(t.rect) for t in drawing.texts), [(t.text, t.rect) for t in drawing.texts]
    ticks = [t.rect for t in drawing.texts if t.role == "tick"]
    assert "1×" in drawing.of("tick") and not any(a.intersects(b) for a, b in zip(ticks, ticks[1:]))
    parts = [chart.title, chart.legend, chart.plot, chart.caption]  # the chart's rows never cover each other
    rects = [QRect(w.mapTo(chart, w.rect().topLeft()), w.size()) for w in parts]
    assert not any(a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])
    assert all(chart.rect().contains(r) for r in rects)


@pytest.mark.parametrize("pair", PAIRS)
def test_a_narrow_chart_puts_each_name_above_its_bar(qtbot, french, db_path, pair):
    chart = laid_out(qtbot, Library(db_path).compare.pair(*pair), 0)
    drawing = chart.plot.lay_out()
    assert chart.plot.mode == "above"
    bars = [s.rect for s in drawing.shapes]
    for name, bar in zip([t.rect for t in drawing.texts if t.role == "name"], bars, strict=True):
        assert name.bottom() <= bar.top()  # its own lines, above its bar
    assert drawing.box.width() >= chart.width() - 30  # the plot takes the width the names gave up
    assert chart.minimumSizeHint().width() <= 300  # the floor leaves the table its figures at 1280 px


def test_a_wide_chart_keeps_the_names_beside_the_bars(qtbot, french, db_path):
    chart = laid_out(qtbot, Library(db_path).compare.pair("ascend-910c", "h100-sxm"), 560)
    drawing = chart.plot.lay_out()
    assert chart.plot.mode == "beside"
    assert all(t.rect.right() < drawing.box.left() for t in drawing.texts if t.role == "name")


@pytest.mark.parametrize("pair", PAIRS[:2])
def test_the_scale_calculator_below_the_chart_keeps_its_words_apart(qtbot, french, db_path, pair):
    """In the same narrow column, "Scale to match" says why two figures cannot be scaled on more lines; its box
    grows to hold them (the chart above scrolls) instead of pressing the verdict onto the reasons."""
    from desktop.store import Store
    page = comparison_page(qtbot, Store(db_path), pair, (1280, 600))
    calc = page.calculator
    heights = set()
    for left in (600, 900, 1280):  # the splitter stops the table where the chart's floor begins
        page.setSizes([left, 1280 - left])
        QApplication.processEvents()
        result, detail = calc.result.geometry(), calc.detail.geometry()
        assert calc.detail.text() and result.bottom() < detail.top()
        for label in (calc.result, calc.detail):
            assert label.height() >= label.heightForWidth(label.width())  # every wrapped line has its room
        assert page.calc_box.geometry().bottom() < page.height()
        heights.add((result.height(), detail.height()))
        hint = page.provenance.browser  # below it, what to do, whole: a paragraph that wraps (or scrolls)
        assert hint.toPlainText() == "Select a figure in the table to see every source for it."
        assert hint.document().size().height() <= hint.viewport().height() or hint.verticalScrollBar().maximum() > 0
    assert len(heights) > 1  # the words did wrap onto more lines somewhere in the range
