"""Data ▸ Sources (issue 17): every source as a citation in a sortable, filterable table; a source's figures;
citing a better source for one of them, with undo, as an analyst does it in the window."""
from __future__ import annotations

import json
from collections import Counter

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

import resources
from db.api import Library
from desktop.dialogs.sources_dialog import SourceFiguresDialog
from desktop.models.source_quality_model import COLUMNS, SourceQualityModel


def seed() -> tuple[list[dict], list[dict]]:
    return (json.loads(resources.seed_bytes("values.json"))["values"],
            json.loads(resources.seed_bytes("sources.json"))["sources"])


def column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def rows(dialog) -> list:
    return [dialog.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(dialog.proxy.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, db_path):
    model = SourceQualityModel()
    model.set_sources(Library(db_path).catalog.sources_overview())
    qtmodeltester.check(model)


def open_sources(window):
    action = next(a for a in window.menuBar().actions() if a.text() == "&Data").menu().actions()
    sources = next(a for a in action if a.text() == "Sou&rces…")
    sources.trigger()
    return window.catalog.sources_dialog


def test_data_sources_lists_every_source_filters_weak_relays_searches_and_sorts(window, qtbot):
    values, sources = seed()
    weak = Counter(v["source"] for v in values if v["carrier_quality"] == "weak-relay")
    cited = Counter(v["source"] for v in values)
    dialog = open_sources(window)
    assert dialog.isVisible() and dialog.proxy.rowCount() == len(sources)
    first = rows(dialog)[0]  # the source with the most figures read on weak relays comes first
    assert len(first.weak_figures) == max(weak.values()) == weak[first.source.key]
    assert dialog.proxy.index(0, column("weak")).data() == str(max(weak.values()))
    qtbot.mouseClick(dialog.weak_only, Qt.MouseButton.LeftButton, pos=QPoint(4, dialog.weak_only.height() // 2))
    assert dialog.weak_only.isChecked() and {q.source.key for q in rows(dialog)} == set(weak)
    assert dialog.count.text() == f"{len(weak)} of {len(sources)} sources"
    dialog.table.sortByColumn(column("figures"), Qt.SortOrder.DescendingOrder)
    assert len(rows(dialog)[0].figures) == max(cited[k] for k in weak)
    dialog.weak_only.setChecked(False)
    top = cited.most_common(1)[0][0]
    publisher = next(s["publisher"] for s in sources if s["key"] == top)
    qtbot.keyClicks(dialog.search, publisher)
    assert top in {q.source.key for q in rows(dialog)} and dialog.proxy.rowCount() < len(sources)
    device = rows(dialog)[0].headline_devices
    dialog.search.clear()
    everything = rows(dialog)
    if device:
        qtbot.keyClicks(dialog.search, device[0])
        found = {q.source.key for q in rows(dialog)}
        assert {q.source.key for q in everything if device[0] in q.headline_devices} <= found, \
            "searching a device's name finds every source its headline figures rest on"
        assert len(found) < len(everything)
    # every header reads whole at the dialog's size
    header = dialog.table.horizontalHeader()
    for c in range(len(COLUMNS) - 1):
        text = dialog.model.headerData(c, Qt.Orientation.Horizontal)
        assert header.fontMetrics().horizontalAdvance(text) < header.sectionSize(c), text
    # a long publisher elides, and its tooltip holds it all
    index = dialog.proxy.index(0, column("publisher"))
    assert index.data() in index.data(Qt.ItemDataRole.ToolTipRole)


def test_a_weak_headline_figure_cited_to_a_better_source_from_the_dialog_and_undone(window, qtbot, monkeypatch):
    lib = Library(window.store.database)
    shown = {d.slug for d in window.comparison.devices}
    q, use = next((q, h) for q in lib.catalog.sources_overview() for h in q.headlines
                  if h.device_slug in shown and h.weak_only and h.value_uid == h.figure_uid)
    column_of = 1 + [d.slug for d in window.comparison.devices].index(use.device_slug)
    before = window.comparison.row(use.metric_key).cells[column_of - 1].value
    assert before.uid == use.value_uid
    vendor = window.catalog.save_source({"publisher": "Maker's datasheet", "title": "Spec", "date": "2026-02",
                                         "kind": "vendor"}, None)
    dialog = open_sources(window)
    assert dialog.select(q.source.key)
    figures = dialog.open_selected()
    assert isinstance(figures, SourceFiguresDialog) and figures.table.rowCount() == len(q.figures)
    assert figures.select_figure(use.figure_uid)
    made = []

    def as_the_analyst_fills_it(value):
        d = make(value)
        assert not d.buttons.button(d.buttons.StandardButton.Ok).isEnabled()  # no source chosen yet
        d.choose_source(vendor.key)
        assert d.carrier_box.currentData() == "primary"  # the default of a vendor's page
        made.append(d)
        d.exec = lambda: QDialog.DialogCode.Accepted
        return d
    make = window.catalog.citation_dialog
    monkeypatch.setattr(window.catalog, "citation_dialog", as_the_analyst_fills_it)
    uid = figures.upgrade_selected()
    assert made and uid
    cell = window.comparison.row(use.metric_key).cells[column_of - 1]
    assert cell.value.uid == uid and cell.value.source.key == vendor.key and cell.value.value_num == before.value_num
    assert before.uid in {c.uid for c in cell.candidates}  # the old figure is still there, as an alternative
    assert cell.value.note.startswith("citation upgraded from ")
    assert window.undo_stack.undoText().startswith("Cite a better source for")
    # the list follows: the better source now gives the headline, the weak one no longer does
    by_key = {x.source.key: x for x in rows(dialog)}
    assert use.device_slug in {h.device_slug for h in by_key[vendor.key].headlines}
    assert (use.device_slug, use.metric_key) not in {(h.device_slug, h.metric_key) for h in by_key[q.source.key].headlines}
    window.undo_stack.undo()
    assert window.comparison.row(use.metric_key).cells[column_of - 1].value.uid == before.uid
    by_key = {x.source.key: x for x in rows(dialog)}
    assert (use.device_slug, use.metric_key) in {(h.device_slug, h.metric_key) for h in by_key[q.source.key].headlines}


def test_the_cell_menu_offers_a_better_source_for_a_stored_figure(window):
    row = window.comparison.row("bf16_dense")
    menu = window.catalog.cell_menu(row, 1, QPoint())
    assert "Cite a &better source…" in [a.text() for a in menu.actions()]
    menu.close()


class _Actions:
    def upgrade_citation(self, value):
        return None

    def edit_source(self, source):
        return None


def test_the_dialog_survives_an_empty_store_and_long_cjk_publishers(qtbot, tmp_path, db_path):
    from db import api
    from desktop.dialogs.sources_dialog import SourcesDialog
    from desktop.store import Store
    empty = tmp_path / "empty" / api.DB_FILENAME
    api.create_empty_store(empty)
    dialog = SourcesDialog(Store(empty), _Actions())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.proxy.rowCount() == 0 and dialog.count.text() == "0 of 0 sources"
    assert not dialog.open_button.isEnabled() and dialog.open_selected() is None
    store = Store(db_path)
    long_name = "华为技术有限公司 昇腾计算产品线 白皮书与技术规格汇编（第三版，含附录与勘误）" * 2
    store.save_source({"publisher": long_name, "title": "规格", "date": "1969-12", "kind": "vendor"})
    dialog = SourcesDialog(store, _Actions())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.select(next(s.key for s in store.sources() if s.publisher == long_name))
    q = dialog.current()
    assert q.figures == () and q.carrier is None and q.headline_devices == ()
    figures = dialog.open_selected()
    qtbot.addWidget(figures)
    assert figures.table.rowCount() == 0 and not figures.upgrade_button.isEnabled()
    row = dialog.proxy.mapFromSource(dialog.model.index(dialog.model.row_of(q.source.key), column("carrier")))
    assert row.data() == "—"
