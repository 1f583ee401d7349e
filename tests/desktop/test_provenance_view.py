"""Provenance as the window shows it (issue 17, points 1 and 5): a weak citation visible in the cell mark, the
citation in words on hover and in the sources panel, the row's "different sources" note, the ≠ flag explained,
and the value dialog's two provenance fields. Real stores, real widgets."""
from __future__ import annotations

import dataclasses

import pytest
from tests_support import user_device_with_sources, open_value_dialog
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from db import api
from db.api.compare import default_carrier, producer_kind
from desktop.present.provenance import NOTE_MARK, PRODUCER_SUGGESTIONS, rests_on_weak_relay
from desktop.present.reasons import phrase
from desktop.provenance import confidence_icon, legend_text

DECORATION, TOOLTIP = Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole


def image(icon, size: int) -> QImage:
    return icon.pixmap(size, size).toImage()


def cells(comparison):
    for row in comparison.rows:
        for side, cell in enumerate(row.cells):
            if cell.value is not None and cell.value.value_num is not None:
                yield row, side, cell


def test_a_weak_citation_has_its_own_mark_beside_the_same_letter(window):
    window.set_devices(("cloudmatrix-384", "gb200-nvl72"))
    model = window.panel.model
    shown = list(cells(model.comparison()))
    row, side, cell = next((r, s, c) for r, s, c in shown if rests_on_weak_relay(c.value) and not c.value.is_derived)
    weak = model.data(model.index(model.row_of(row.metric.key), 1 + side), DECORATION)
    # the same figure read on a better page has the plain mark of its letter; only a weak relay changes it
    primary = confidence_icon(dataclasses.replace(cell.value, carrier_quality="primary"))
    relay = confidence_icon(dataclasses.replace(cell.value, carrier_quality="reputable-relay"))
    for size in (16, 32):
        assert image(weak, size) != image(primary, size), size
        assert image(relay, size) == image(primary, size), size
    # ... and it is not ƒ's dashed circle either
    derived = next(c for _, _, c in shown if c.value.is_derived and not rests_on_weak_relay(c.value))
    assert image(confidence_icon(derived.value), 16) != image(weak, 16)


def test_hover_says_the_citation_and_its_producer_in_words(window):
    window.set_devices(("cloudmatrix-384", "gb200-nvl72"))
    model = window.panel.model
    row, side, cell = next((r, s, c) for r, s, c in cells(model.comparison())
                           if rests_on_weak_relay(c.value) and not c.value.is_derived and c.value.producer)
    tip = model.data(model.index(model.row_of(row.metric.key), 1 + side), TOOLTIP)
    publisher = cell.value.source.publisher.split(" (")[0]
    assert f"read on a weak relay ({publisher}" in tip
    spoken = model.data(model.index(model.row_of(row.metric.key), 1 + side), Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(cell.display) and "read on a weak relay" in spoken  # not the icon alone
    assert "produced by " in tip and "producer not stated" not in tip
    assert "dotted circle with a small ring: read only on a weak relay" in legend_text()
    assert window.panel.legend.text() == legend_text()


def test_a_row_whose_sides_were_not_produced_alike_is_marked_with_its_note(window):
    window.set_devices(("cloudmatrix-384", "gb200-nvl72"))
    model = window.panel.model
    rows = model.comparison().rows
    noted = next(r for r in rows if r.provenance_note is not None and r.ratio_display)
    plain = next(r for r in rows if r.provenance_note is None)
    label = model.index(model.row_of(noted.metric.key), 0)
    assert label.data().endswith(f" {NOTE_MARK}") and phrase(noted.provenance_note) in label.data(TOOLTIP)
    assert NOTE_MARK not in model.index(model.row_of(plain.metric.key), 0).data()
    ratio = model.index(model.row_of(noted.metric.key), 3)
    assert f"{NOTE_MARK} {phrase(noted.provenance_note)}" in ratio.data(TOOLTIP)
    window.panel.select_metric(noted.metric.key, 0)
    assert f"{NOTE_MARK} {phrase(noted.provenance_note)}" in window.provenance.text()


@pytest.fixture
def lab(db_path):
    """A device of the user's with two memory capacity figures: the vendor's page and a weak relay."""
    return user_device_with_sources(db_path, ("Chip Aggregator", "Specs", "2026-03", "compilation"))


def two_figures(db_path, slug, vendor, relay, high):
    for text, source, producer, note in (("96 GB", vendor, "vendor", ""),
                                         (high, relay, "dataset compiler (Chip Watch)", "their table, in GiB?")):
        api.save_value(db_path, {"device": slug, "metric": "memory_capacity", "value": text, "source": source,
                                 "confidence": "official", "producer": producer, "note": note})


@pytest.mark.parametrize("high, spread, reason", [("103 GB", "7.3%", True), ("115 GB", "19.8%", False)])
def test_the_disagreement_panel_lists_each_figure_the_spread_and_a_known_reason_only(make_window, db_path, lab,
                                                                                    high, spread, reason):
    slug, vendor, relay = lab
    two_figures(db_path, slug, vendor, relay, high)
    window = make_window(db_path, (slug, "h100-sxm"))
    cell = window.panel.model.comparison().row("memory_capacity").cells[0]
    assert cell.disagreement
    window.panel.select_metric("memory_capacity", 0)
    text = window.provenance.text()
    assert f"the figures differ by {spread} (highest ÷ lowest − 1)" in text
    assert "96 GB — the vendor · primary · 2026-01 · Maker" in text
    assert f"{high} — Chip Watch · weak relay · 2026-03 · Chip Aggregator" in text
    assert "Note: their table, in GiB?" in text
    assert ("Known reason: 96 GB and 103 GB differ by the factor between GiB and GB" in text) == reason
    assert ("Known reason" in text) == reason  # nothing is guessed for a factor no unit explains
    # every figure's citation in the panel, for the shown figure and the other one
    assert "Citation: official figure, read on its producer's own page (Maker); produced by the vendor" in text
    assert "Citation: official figure, read on a weak relay (Chip Aggregator); produced by Chip Watch" in text


def choose_source(dialog, key):
    dialog.source_box.setCurrentIndex(dialog.source_box.findData(key))


def test_the_dialog_offers_the_producer_kinds_and_takes_the_carrier_from_the_source(window, qtbot):
    sources = {s.kind: s for s in window.store.sources()}
    dialog = open_value_dialog(window, qtbot, device="ascend-910c", metric="fp8_dense")
    offered = [dialog.producer_box.itemText(i) for i in range(dialog.producer_box.count())]
    assert offered[0] == "" and offered[1:] == list(PRODUCER_SUGGESTIONS)
    assert all(producer_kind(p) for p in offered[1:])
    assert dialog.carrier_box.currentData() == "" and dialog.carrier_box.currentText() == "carrier not stated"
    for kind in ("compilation", "press", "vendor"):
        choose_source(dialog, sources[kind].key)
        assert dialog.carrier_box.currentData() == default_carrier(kind), kind
    dialog.carrier_box.setCurrentIndex(dialog.carrier_box.findData("reputable-relay"))  # the user's pick holds
    choose_source(dialog, sources["compilation"].key)
    assert dialog.carrier_box.currentData() == "reputable-relay"


def test_the_dialog_saves_both_fields_and_undo_restores_them(window, qtbot, db_path):
    source = next(s for s in window.store.sources() if s.kind == "compilation")
    dialog = open_value_dialog(window, qtbot, device="ascend-910c", metric="fp8_dense")
    dialog.value_edit.setText("1.1 PFLOPS")
    choose_source(dialog, source.key)
    dialog.confidence_box.setCurrentIndex(dialog.confidence_box.findData("third-party"))
    dialog.producer_box.setCurrentText("analyst firm (Chip Watch)")
    uid = window.catalog.save_value(dialog.fields(), None)
    v = api.get_value(db_path, uid)
    assert (v.producer, v.carrier_quality) == ("analyst firm (Chip Watch)", "weak-relay")
    # the user's figure reopens with what it has; the user picks another carrier and clears the producer
    dialog = open_value_dialog(window, qtbot, value=v)
    assert dialog.producer_box.currentText() == "analyst firm (Chip Watch)"
    assert dialog.carrier_box.currentText() == "weak relay"
    dialog.carrier_box.setCurrentIndex(dialog.carrier_box.findData("primary"))
    dialog.producer_box.setCurrentText("")
    assert window.catalog.save_value(dialog.fields(), uid) == uid
    v = api.get_value(db_path, uid)
    assert (v.producer, v.carrier_quality) == (None, "primary")
    window.undo_stack.undo()
    v = api.get_value(db_path, uid)
    assert (v.producer, v.carrier_quality) == ("analyst firm (Chip Watch)", "weak-relay")
    window.undo_stack.redo()
    assert api.get_value(db_path, uid).carrier_quality == "primary"


def test_an_edited_figure_keeps_a_carrier_its_source_would_not_give(window, qtbot, db_path):
    source = next(s for s in window.store.sources() if s.kind == "vendor")
    other = next(s for s in window.store.sources() if s.kind == "press")
    uid = window.catalog.save_value({"device": "ascend-910c", "metric": "fp8_dense", "value": "1.1 PFLOPS",
                                     "source": source.key, "confidence": "official",
                                     "carrier_quality": "weak-relay"}, None)
    dialog = open_value_dialog(window, qtbot, value=api.get_value(db_path, uid))
    assert dialog.carrier_box.currentData() == "weak-relay"
    choose_source(dialog, other.key)
    assert dialog.carrier_box.currentData() == "weak-relay"  # the analyst's own grade, not the source kind's
