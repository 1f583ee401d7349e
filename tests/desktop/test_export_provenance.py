"""Provenance in exports, read as a reviewer reads them: each source says where its figures were read, a figure
read on a weak relay is marked ◦ and the mark is explained, rows whose sides come from different sources or
methods are listed, the brief counts the figures resting on weak citations and marks the sources cited only
through weak relays. Expected numbers are worked out from the store's comparison, never copied from the seed."""
from __future__ import annotations

import re
import unicodedata

from db.api import Library
from db.api.compare import SOURCES_DIFFER_SHARED, default_carrier
from desktop.export.brief_html import sources_html
from desktop.present.findings import key_findings
from desktop.export.compare_picture import TablePicture
from desktop.export.options import ExportOptions
from desktop.export.sources import SourceIndex, page_key
from desktop.export.theme import PRINT
from desktop.export.views import comparison_document
from desktop.present.provenance import short_publisher
from tests.desktop.conftest import add_device
from tests.desktop.test_export import export, needs_pdftotext, pdf_text, svg_texts

WEAK = "weak-relay"


def _root(v):
    while v.inputs:
        v = v.inputs[0]
    return v


def shown(comparison):
    """The figures the table shows (not the gaps)."""
    return [c.value for r in comparison.rows for c in r.cells if c.value is not None and not c.value.is_gap]


def stored(v):
    """The stored figures a shown figure cites (a worked-out one: its inputs, down the chain)."""
    if v.inputs:
        return [s for i in v.inputs for s in stored(i)]
    return [v] if v.source is not None else []


def weak_sources(comparison) -> dict[str, str]:
    """Source key -> publisher of the sources every cited figure of which was read on a weak relay (a figure of no
    stated carrier, such as a composition, where its source's kind says)."""
    carriers: dict[str, set] = {}
    publishers = {}
    for v in shown(comparison):
        for s in stored(v):
            carriers.setdefault(s.source.key, set()).add(s.carrier_quality or default_carrier(s.source.kind))
            publishers[s.source.key] = s.source.publisher
    return {k: publishers[k] for k, found in carriers.items() if found == {WEAK}}


def pair(db_path, a="cm384", b="nvl72"):
    return Library(db_path).compare.pair(a, b)


def caption_line(caption, start: str) -> str:
    return next(line for line in caption.lines if line.startswith(start))


def test_the_caption_says_where_each_sources_figures_were_read(qapp, db_path):
    comparison = pair(db_path)
    caption = comparison_document(comparison, ExportOptions(caption=True)).caption
    sources = caption_line(caption, "Sources")
    weak = weak_sources(comparison)
    assert weak, "the CM384 vs NVL72 comparison cites weak relays (the reference's provenance notes list them)"
    for publisher in weak.values():  # 'AI Wiki (OT◦, weak relay)'
        assert re.search(rf"\] {re.escape(short_publisher(publisher))} \([OTR?]+◦, weak relay\)", sources), publisher
    primary = {s.source.publisher for v in shown(comparison) for s in stored(v) if s.carrier_quality == "primary"}
    for publisher in primary:
        assert re.search(rf"\] {re.escape(short_publisher(publisher))} \([OTR?]+, primary", sources), publisher


def test_the_weak_mark_is_explained_with_the_count_of_figures_it_marks(qapp, db_path, data_dir, tmp_path):
    comparison = pair(db_path)
    values = shown(comparison)
    weak = sum(_root(v).carrier_quality == WEAK for v in values)
    caption = comparison_document(comparison, ExportOptions(caption=True)).caption
    assert f"◦ read on a weak relay (aggregator, wiki, reseller blog, mirror): {weak} of {len(values)} figures shown." \
        in caption.lines
    target = tmp_path / "c.svg"  # the picture itself: ◦ beside the marks, and the table's legend explaining it
    assert export(data_dir, "export", "compare", "cm384", "nvl72", "-o", str(target), "--part", "table",
                  "--no-caption") == 0
    text = svg_texts(target)
    assert text.count("◦") >= weak and "◦ read on a weak relay" in text


def test_no_weak_figure_no_weak_mark(qapp, db_path, data_dir, tmp_path):
    add_device(db_path, "own-a", "Own A", values=[("bf16_dense", 100.0)])
    add_device(db_path, "own-b", "Own B", values=[("bf16_dense", 50.0)])
    target = tmp_path / "own.svg"
    assert export(data_dir, "export", "compare", "own-a", "own-b", "-o", str(target)) == 0
    assert "◦" not in svg_texts(target)


def test_the_caption_lists_rows_whose_sides_come_from_different_sources(qapp, db_path):
    comparison = pair(db_path)
    caption = comparison_document(comparison, ExportOptions(caption=True)).caption
    noted = [r for r in comparison.rows if r.provenance_note is not None and any(c.value for c in r.cells)]
    assert noted, "the CM384 and NVL72 figures come from different sources in some rows"
    line = caption_line(caption, "Rows whose sides come from different sources or methods: ")
    for row in noted:
        assert row.metric.label in line
    for row in comparison.rows:
        if row.provenance_note is None and row.metric.label not in {r.metric.label for r in noted}:
            assert f"{row.metric.label}:" not in line and f"{row.metric.label};" not in line
    shared = [r for r in noted if r.provenance_note.code == SOURCES_DIFFER_SHARED]
    for row in shared:  # 'Memory capacity: different sources (WinBuzzer gives a figure for each)'
        who = short_publisher(str(row.provenance_note.data[0]))
        assert f"{row.metric.label}: different sources ({who} gives a figure for each)" in line


def test_one_page_cited_under_two_keys_has_one_number(qapp, db_path):
    comparison = pair(db_path)
    index = SourceIndex()
    table = TablePicture(comparison, PRINT, index)
    pages = [page_key(e.source.url) for e in index.entries if e.source.url]
    assert len(pages) == len(set(pages)), "two numbered entries for one page"
    by_page: dict[str, set[str]] = {}
    for v in shown(comparison):
        for s in stored(v):
            if s.source.url:
                by_page.setdefault(page_key(s.source.url), set()).add(s.source.key)
    numbers = {e.number for e in index.entries}
    assert len(numbers) == len(index.entries) == len({page_key(e.source.url) or e.source.key for e in index.entries})
    for row in table.rows:  # every cited number is listed
        for i, _cell in enumerate(row.cells):
            for n in filter(None, table.refs.get((row.metric.key, i), "").split(",")):
                assert int(n) in numbers


def test_the_brief_counts_figures_resting_on_weak_citations(qapp, db_path):
    comparison = pair(db_path)
    values = shown(comparison)
    weak = sum(_root(v).carrier_quality == WEAK for v in values)
    assert 0 < weak < len(values)
    table = TablePicture(comparison, PRINT, SourceIndex())
    findings = key_findings(comparison, Library(db_path).compare.scale_to_match, rows=table.rows)
    assert findings[-1].startswith(f"{weak} of {len(values)} figures rest on weak citations")


def test_the_briefs_source_list_marks_sources_cited_only_through_weak_relays(qapp, db_path):
    comparison = pair(db_path)
    index = SourceIndex()
    TablePicture(comparison, PRINT, index)
    listing = sources_html(index)
    weak = weak_sources(comparison)
    assert weak
    weak_entries = {index._by_key[key].number for key in weak}
    for entry in index.entries:
        marked = f"[{entry.number}] ◦ <b>" in listing
        assert marked == (entry.number in weak_entries), entry.source.publisher
        second_line = listing.split(f"[{entry.number}] ", 1)[1].split("<br>")[1]
        assert second_line.startswith("<b>weak relay only</b>") == marked
    assert "“" in listing and "figure(s)" not in listing  # 'n figures', not 'figure(s)'


@needs_pdftotext
def test_a_cm384_nvl72_brief_reads_its_provenance(qapp, data_dir, db_path, tmp_path):
    comparison = pair(db_path)
    values = shown(comparison)
    weak = sum(_root(v).carrier_quality == WEAK for v in values)
    target = tmp_path / "brief.pdf"
    assert export(data_dir, "report", "--pairing", "cm384-vs-nvl72", "-o", str(target)) == 0
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(target)).split())  # 'ﬁ' ligatures as 'fi'

    assert "Key findings" in text
    assert f"{weak} of {len(values)} figures rest on weak citations" in text
    assert "weak relay only" in text and "◦ before a source: every figure cited to it was read on a weak relay" in text
    for publisher in weak_sources(comparison).values():
        assert f"◦ {short_publisher(publisher, limit=200)}" in text
    assert "newsletter clipping front-matter" not in text  # a source's date without the reviewer's aside
