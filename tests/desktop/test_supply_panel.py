"""The Supply tab on a real store: estimates side by side with what they count, filters, the details pane's safe link,
and the market-share chart (one line per source, the same drawing as its export). Expectations come from the store
itself or the bundled seed, never copied numbers."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QPainter

from db.api import Library
from db.dto import ChangeSet
from desktop.export.market_share_picture import MarketSharePicture
from desktop.export.theme import theme
from desktop.models.supply_table_model import SupplyTableModel
from desktop.present import supply_rows as sr
from desktop.store import Store
from desktop.views.supply_panel import SupplyPanel

import pytest


@pytest.fixture
def panel(qtbot, db_path):
    p = SupplyPanel(Store(db_path))
    qtbot.addWidget(p)
    p.resize(1280, 640)
    p.show()
    qtbot.waitExposed(p)
    return p


def shown_facts(panel):
    return panel.model.facts()


def test_the_tab_is_in_the_window(window):
    window._load_chart()
    window._load_timeline()
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Supply" in texts
    assert window.tabs.widget(texts.index("Supply")) is window.supply


def test_every_fact_is_shown_once_under_a_heading_per_kind_and_year(panel, db_path):
    every = Library(db_path).beyond.supply()
    assert sorted(f.uid for f in shown_facts(panel)) == sorted(f.uid for f in every)
    heading = None
    for row in panel.model.rows:
        if isinstance(row, sr.Heading):
            heading = row
            assert panel.table.columnSpan(panel.model.rows.index(row), 0) == panel.model.columnCount()
        else:
            assert heading is not None and row.kind == heading.kind and sr.year_of(row.period) == heading.year


def test_huawei_2025_output_estimates_sit_side_by_side_saying_what_each_counts(panel, db_path):
    panel.subject_edit.setText("huawei")
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("output"))
    panel.refresh_facts()
    expected = [f for f in Library(db_path).beyond.supply("huawei", "output") if f.period == "2025"]
    heading = next(r for r in panel.model.rows if isinstance(r, sr.Heading) and r.year == "2025")
    assert sorted(f.uid for f in heading.facts) == sorted(f.uid for f in expected)
    counted = {f.counted for f in expected}
    assert len(counted) > 1  # the estimates count different things...
    text = sr.heading_text(heading)
    assert all(c in text for c in counted) and "never added or merged" in text  # ...and the heading says so
    column = [k for k, _ in sr.COLUMNS].index("counted")
    for row, item in enumerate(panel.model.rows):
        if not isinstance(item, sr.Heading) and item.period == "2025":
            assert panel.model.index(row, column).data() == f"counts {item.counted}"


def test_filters_by_subject_words_kind_and_organisation(panel, db_path):
    lib = Library(db_path).beyond
    panel.subject_edit.setText("ascend 910c")
    panel.refresh_facts()
    assert {f.uid for f in shown_facts(panel)} == {f.uid for f in lib.supply("ascend 910c")}
    assert all("910c" in f.subject.lower() for f in shown_facts(panel))
    panel.subject_edit.clear()
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("hbm"))
    assert {f.uid for f in shown_facts(panel)} == {f.uid for f in lib.supply(kind="hbm")} != set()
    panel.kind_box.setCurrentIndex(0)
    panel.org_box.setCurrentIndex(panel.org_box.findData("smic"))
    facts = shown_facts(panel)
    assert facts and all("smic" in f.organisations for f in facts)
    assert {f.uid for f in facts} == {f.uid for f in lib.supply(organisation="smic")}
    panel.subject_edit.setText("no such maker anywhere")
    panel.refresh_facts()
    assert panel.model.rowCount() == 0 and "No supply fact" in panel.count_label.text()


def test_details_give_the_full_citation_and_open_only_safe_links(panel, monkeypatch):
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url.toString()) or True)
    row = next(i for i, r in enumerate(panel.model.rows) if not isinstance(r, sr.Heading) and r.source.url and r.note)
    fact = panel.model.rows[row]
    panel.table.selectRow(row)
    text = panel.details.toPlainText()
    assert fact.source.publisher in text and fact.note in text and fact.source.url in text
    assert f"href='{fact.source.url}'" in panel.details.toHtml() or fact.source.url in panel.details.toHtml()
    panel.details.anchorClicked.emit(QUrl(fact.source.url))
    panel.details.anchorClicked.emit(QUrl("javascript:alert(1)"))
    panel.details.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == [fact.source.url]


def test_rows_wrap_instead_of_cutting_text(panel):
    column = [k for k, _ in sr.COLUMNS].index("note")
    metrics = panel.table.fontMetrics()
    row = max((i for i, r in enumerate(panel.model.rows) if not isinstance(r, sr.Heading)),
              key=lambda i: len(panel.model.rows[i].note or ""))
    one_line = metrics.lineSpacing()
    assert panel.table.rowHeight(row) > 2 * one_line  # the longest note wraps over several lines
    assert panel.table.textElideMode().name == "ElideNone"
    assert panel.table.horizontalHeader().length() <= panel.table.viewport().width() + 1  # no column off screen
    assert panel.model.index(row, column).data() == panel.model.rows[row].note


def test_the_model_passes_the_model_tester(qtmodeltester, db_path):
    model = SupplyTableModel()
    model.set_facts(Library(db_path).beyond.supply("huawei"))
    qtmodeltester.check(model)


# the market-share chart ---------------------------------------------------------------------------------------------
def test_the_chart_draws_one_line_per_source_and_subject(panel, db_path):
    series = Library(db_path).beyond.market_share()
    assert len({s.producer for s in series}) > 1
    drawn = panel.chart.drawn_series()
    assert drawn == [f"{s.subject} — {s.producer}" for s in series]  # one each, in the store's order, none merged
    picture = panel.chart.picture
    assert [len(s.points) for s in picture.series] == [len(s.points) for s in series]
    assert len({s.colour for s in picture.series}) == len(series)
    image = QImage(int(picture.width) + 1, int(picture.height) + 1, QImage.Format.Format_RGB32)
    image.fill(picture.theme.background)
    p = QPainter(image)
    picture.paint(p, 0, 0)
    p.end()
    seen = set()
    for s in picture.series:
        for i, pt in enumerate(s.points):
            c = picture.point(s.key, i)
            pixel = image.pixelColor(round(c.x()), round(c.y()))
            want = picture.theme.panel if pt.forecast else QColor(s.colour)
            assert abs(pixel.red() - want.red()) + abs(pixel.green() - want.green()) + abs(pixel.blue() - want.blue()) < 40
            if not pt.forecast:
                seen.add(s.key)
    assert seen  # filled markers of the series' own colour were painted where the layout put them


def test_every_point_is_labelled_with_its_value_and_the_undated_statements_are_listed(panel, db_path):
    picture = panel.chart.picture
    assert len(picture.labels) == sum(len(s.points) for s in picture.series)
    boxes = [label.box for label in picture.labels.values()]
    assert not any(a.intersects(b) for n, a in enumerate(boxes) for b in boxes[n + 1:])
    left_out = Library(db_path).beyond.market_share_left_out()
    assert left_out
    for f in left_out:
        assert f.subject in picture.left_out and f.source.publisher in picture.left_out


def test_the_window_chart_and_the_export_are_one_drawing(panel, db_path):
    from desktop.export.market_share_picture import market_share_document
    from desktop.export.options import ExportOptions
    window_picture = panel.chart.picture
    window_picture.fit_height = None
    doc = market_share_document(Library(db_path), ExportOptions(caption=False))
    export_picture = doc.body
    images = []
    for picture in (window_picture, export_picture):
        picture.layout(900)
        image = QImage(900, int(picture.height) + 1, QImage.Format.Format_RGB32)
        image.fill(0)
        p = QPainter(image)
        picture.paint(p, 0, 0)
        p.end()
        images.append(image)
    assert images[0] == images[1]


def test_a_share_the_analyst_adds_becomes_its_own_line(panel, db_path):
    before = panel.chart.drawn_series()
    Library(db_path).beyond.save_fact("supply", {
        "subject": "NVIDIA", "field": "China AI accelerator market share", "period": "2024", "value": "70",
        "unit": "%", "confidence": "reported", "publisher": "Example Research", "url": "https://example.org/share"})
    panel.store.publish(ChangeSet(frozenset({"analyst_fact"})))
    after = panel.chart.drawn_series()
    assert len(after) == len(before) + 1 and "NVIDIA — Example Research" in after
    assert any(f.origin == "user" for f in shown_facts(panel))


def test_an_empty_chart_says_so(qapp):
    picture = MarketSharePicture((), (), theme("screen"))
    assert picture.layout(600) > 0
    image = QImage(600, int(picture.height) + 1, QImage.Format.Format_RGB32)
    p = QPainter(image)
    picture.paint(p, 0, 0)
    p.end()
    assert "No source gives" in picture._note()


def test_long_unicode_names_and_an_old_year_wrap_in_a_narrow_chart(panel, db_path):
    name = "华为昇腾超长名称的供应商" * 6
    Library(db_path).beyond.save_fact("supply", {
        "subject": name, "field": "China AI accelerator market share", "period": "1969", "value": "12.5",
        "unit": "%", "confidence": "third-party", "publisher": "研究机构 " * 10})
    panel.store.publish(ChangeSet(frozenset({"analyst_fact"})))
    assert any(n.startswith(name) for n in panel.chart.drawn_series())
    picture = panel.chart.picture
    picture.fit_height = None
    height = picture.layout(360)
    assert picture.frame.first == 1969 and len(picture.ticks) < picture.frame.last - picture.frame.first + 1
    assert height > picture.frame.plot.y1 + 100  # the legend wraps under the plot
    assert all(label.box.x1 <= picture.frame.plot.x1 for label in picture.labels.values())
    panel.subject_edit.setText("华为昇腾")
    panel.refresh_facts()
    assert [f.subject for f in shown_facts(panel)] == [name]


def test_the_heading_names_what_the_estimates_count_in_the_language_of_the_window(panel, db_path):
    """The list of counted things in a heading is words of the language, not the store's codes (chips, dies)."""
    marked = {}

    def translate(context, text):
        marked[text] = f"«{text}»"
        return marked[text]
    panel.subject_edit.setText("huawei")
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("output"))
    panel.refresh_facts()
    heading = next(r for r in panel.model.rows if isinstance(r, sr.Heading) and len({f.counted for f in r.facts}) > 1)
    text = sr.heading_text(heading, translate)
    for counted in {f.counted for f in heading.facts}:
        assert f"«{counted}»" in text  # each one went through the translation


def test_the_market_share_chart_speaks_the_language_of_its_window_or_export(db_path):
    """Words through the translation (the grade in its own context), percentages and source dates in the
    language: a French chart reads '42 %' and '15 mai 2025', not '42%' and '2025-05-15'."""
    import re

    from desktop.present import market_share_layout as lay
    series = Library(db_path).beyond.market_share()
    marked = MarketSharePicture(series, (), theme("screen"), lambda context, text: f"[{context}]{text}")
    assert marked.series and all(re.search(r"\[Beyond\](official|third-party|reported)", s.source)
                                 for s in marked.series)
    french = MarketSharePicture(series, (), theme("screen"), lang="fr")
    for s in french.series:
        assert all(p.text.endswith("\u202f%") for p in s.points), [p.text for p in s.points]
        assert not re.search(r"\d{4}-\d{2}-\d{2}", s.source), s.source  # dates written out, not ISO
    english = lay.chart_series(series)
    assert all(p.text.endswith("%") and "\u202f" not in p.text for s in english for p in s.points)
