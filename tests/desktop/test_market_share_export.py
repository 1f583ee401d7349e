"""`chiplens export market-share -o FILE.png|svg|pdf`: the market-share chart with its title and date on top, a legend
naming each line's source and the sources listed under it; expectations read from the store."""
from PySide6.QtGui import QImage

from db.api import Library
from desktop.export.market_share_picture import market_share_document
from desktop.export.options import ExportOptions
from tests.desktop.test_export import export, needs_pdftotext, pdf_text


def test_the_caption_has_title_and_date_on_top_and_every_source_below(qapp, db_path):
    lib = Library(db_path)
    doc = market_share_document(lib, ExportOptions())
    doc.layout(1000)
    assert doc.title_band.bottom <= doc.body_band.top and doc.foot_band.top >= doc.body_band.bottom
    assert "market" in doc.caption.title and doc.caption.date.startswith("Data as of 20")
    facts = [p.fact for s in lib.beyond.market_share() for p in s.points] + list(lib.beyond.market_share_left_out())
    for f in facts:
        assert any(f.source.publisher in line and (f.source.url or "") in line for line in doc.caption.lines)
    assert "never merged" in doc.caption.lines[0]


def test_export_market_share_writes_png_and_svg_naming_every_line(qapp, data_dir, db_path, tmp_path):
    series = Library(db_path).beyond.market_share()
    png = tmp_path / "share.png"
    assert export(data_dir, "export", "market-share", "-o", str(png)) == 0
    image = QImage(str(png))
    assert image.width() == 1000 and image.height() > 600
    svg = tmp_path / "share.svg"
    assert export(data_dir, "export", "market-share", "-o", str(svg)) == 0
    text = svg.read_text(encoding="utf-8")
    for s in series:
        assert s.subject.replace("&", "&amp;") in text and s.producer in text
    assert export(data_dir, "export", "market-share", "-o", str(tmp_path / "share.gif")) == 2


@needs_pdftotext
def test_the_pdf_reads_its_legend_and_sources(qapp, data_dir, tmp_path):
    target = tmp_path / "share.pdf"
    assert export(data_dir, "export", "market-share", "-o", str(target)) == 0
    text = " ".join(pdf_text(target).split())
    assert "one line per source" in text and "Not charted" in text and "Bernstein" in text and "IDC" in text


def french_day(source) -> str:
    from desktop.present import dates
    return dates.day(source.date, "fr")


def test_a_french_caption_dates_its_sources_as_the_legend_does(qapp, db_path):
    """'15 mai 2025' under the chart, as in its legend, not '2025-05-15' (English keeps ISO)."""
    lib = Library(db_path)
    facts = [p.fact for s in lib.beyond.market_share() for p in s.points] + list(lib.beyond.market_share_left_out())
    dated = [f.source for f in facts if f.source.date and len(f.source.date) == 10]
    assert dated
    french = market_share_document(lib, ExportOptions(lang="fr"))
    english = market_share_document(lib, ExportOptions())
    for source in dated:
        line = next(x for x in french.caption.lines if source.publisher in x and (source.url or "") in x)
        assert french_day(source) in line and source.date not in line.replace(source.url or "", ""), line
        assert any(source.date in x for x in english.caption.lines)
    legend = " ".join(s.source for s in french.body.series)
    assert any(french_day(s) in legend for s in dated)  # the same words as the legend's


def test_the_supply_tabs_export_speaks_the_windows_language(qtbot, db_path, tmp_path):
    from desktop.store import Store
    from desktop.views.supply_panel import SupplyPanel
    from desktop.present import dates
    panel = SupplyPanel(Store(db_path, language="fr"))
    qtbot.addWidget(panel)
    try:
        target = tmp_path / "share.svg"
        panel.export_picture(str(target))
        text = target.read_text(encoding="utf-8")
        source = next(p.fact.source for s in panel.store.market_share()[0] for p in s.points
                      if p.fact.source.date and len(p.fact.source.date) == 10)
        assert french_day(source) in text and "Data as of" not in text
    finally:
        dates.set_language("en")
