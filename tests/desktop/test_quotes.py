"""Quote into note: citations carry the figure, its confidence and its source."""
from db import api
from desktop.quotes import quote_event, quote_figure


def test_quote_a_figure_with_its_source(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    row = cmp.row("bf16_dense")
    text = quote_figure(row.metric, cmp.devices[0], row.cells[0])
    assert text.startswith("> **Dense BF16/FP16 — Huawei Ascend 910C: 752 TFLOPS** (official)")
    assert "Huawei (P. Zuo et al.), arXiv" in text and "(https://arxiv.org/html/2506.12708v2)" in text
    assert "Sources disagree: 752 / 780 / 800 TFLOPS" in text


def test_quote_a_derived_figure_and_a_gap(db_path):
    cmp = api.compare(db_path, "910C", "H100")
    eff = cmp.row("bf16_per_watt")
    text = quote_figure(eff.metric, cmp.devices[1], eff.cells[1])
    assert "derived" in text and "Derived: dense BF16/FP16 ÷ power = 989.4 TFLOPS ÷ 700 W (TDP)" in text
    gap = cmp.row("fp64")
    assert quote_figure(gap.metric, cmp.devices[0], gap.cells[0]).startswith("> **FP64 — Huawei Ascend 910C: not published**")


def test_quote_an_event(db_path):
    event = next(e for e in api.list_events(db_path) if e.date == "2025-04-09" and "H20" in e.title)
    text = quote_event(event)
    assert text.startswith(f"> **2025-04-09 — {event.title}** (official; US; export-control)")
    assert all(s.publisher in text for s in event.sources)
    cm = next(e for e in api.list_events(db_path) if "CloudMatrix 384" in e.title and e.precision == "month")
    assert quote_event(cm).startswith("> **2025-04 — ")
